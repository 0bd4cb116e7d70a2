import JixiaoCore

/// Reads tokens: the expression grammar and the small pieces commands build their arguments from.
///
/// Precedence, lowest first: `or`, `and`, `not`, comparisons (`== != < <= > >= in contains between is`),
/// `+ -`, `* / %`, unary minus, primaries.
public struct Parser {
    public let source: String
    public let tokens: [Token]
    public private(set) var position: Int
    public let endOffset: Int
    private var depth = 0

    /// Nesting deeper than this is refused with an error rather than risking the stack.
    public static let maxDepth = 200

    public static let keywords: Set<String> = ["and", "or", "not", "in", "contains", "between", "is", "null",
                                                "true", "false", "asc", "desc", "as", "on"]

    public init(source: String, tokens: [Token], position: Int = 0, endOffset: Int? = nil) {
        self.source = source
        self.tokens = tokens
        self.position = position
        self.endOffset = endOffset ?? source.utf8.count
    }

    /// Whether `name` can be typed bare: it lexes to exactly one name token and is no keyword.
    public static func isBareName(_ name: String) -> Bool {
        guard !keywords.contains(name.lowercased()), let tokens = try? Lexer(name).tokens(), tokens.count == 1 else { return false }
        return tokens[0].kind == .identifier && tokens[0].text == name
    }

    // MARK: - Token access

    public var atEnd: Bool { position >= tokens.count }
    public var current: Token? { atEnd ? nil : tokens[position] }

    public func peek(_ offset: Int = 0) -> Token? {
        let index = position + offset
        return index < tokens.count ? tokens[index] : nil
    }

    public mutating func advance() -> Token? {
        guard let token = current else { return nil }
        position += 1
        return token
    }

    /// Where the next token starts, or the end of the text.
    public var currentRange: Range<Int> {
        current?.range ?? endOffset..<(endOffset + 1)
    }

    public func error(_ message: String, hint: String? = nil, at range: Range<Int>? = nil) -> Diagnostic {
        Diagnostic(.parse, message, hint: hint, source: source, range: range ?? currentRange)
    }

    public mutating func consumeWord(_ word: String) -> Bool {
        if current?.isWord(word) == true { position += 1; return true }
        return false
    }

    public mutating func consumeSymbol(_ symbol: String) -> Bool {
        if current?.isSymbol(symbol) == true { position += 1; return true }
        return false
    }

    public mutating func expectSymbol(_ symbol: String, _ what: String) throws {
        guard consumeSymbol(symbol) else { throw error("expected \(what)") }
    }

    public mutating func expectWord(_ word: String, hint: String? = nil) throws {
        guard consumeWord(word) else { throw error("expected '\(word)'", hint: hint) }
    }

    /// A column, dataset or other name.
    public mutating func name(_ what: String) throws -> Token {
        guard let token = current, token.isName, token.kind == .quotedIdentifier || !Self.keywords.contains(token.text.lowercased()) else {
            throw error("expected \(what)")
        }
        position += 1
        return token
    }

    public mutating func integer(_ what: String) throws -> Int {
        guard let token = current, token.kind == .integer, let value = Int(token.text) else {
            throw error("expected \(what) (a whole number)")
        }
        position += 1
        return value
    }

    public mutating func expectEnd() throws {
        if let token = current { throw error("unexpected '\(token.text)'", hint: "nothing more was expected here", at: token.range) }
    }

    /// The raw text of the next word, up to white space, as a file path is typed; or a quoted string.
    public mutating func rawWord(_ what: String) throws -> (text: String, range: Range<Int>) {
        guard let first = current else { throw error("expected \(what)") }
        if first.kind == .string { position += 1; return (first.text, first.range) }
        let bytes = Array(source.utf8)
        var end = first.range.lowerBound
        while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x09 && bytes[end] != UInt8(ascii: "|") { end += 1 }
        while let token = current, token.range.lowerBound < end { position += 1 }
        let range = first.range.lowerBound..<end
        return (String(decoding: bytes[range], as: UTF8.self), range)
    }

    // MARK: - Options: key=value and --flag

    /// `key=value` when the next tokens have that shape.
    public func atOption() -> Bool {
        guard let key = current, key.kind == .identifier, let equals = peek(1), equals.isSymbol("=") else { return false }
        return true
    }

    // MARK: - Expressions

    public mutating func expression() throws -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            throw error("expression nested too deeply (over \(Self.maxDepth) levels)", hint: "split it into steps with derive")
        }
        return try orExpression()
    }

    /// Chains of one operator nest as deeply as they are long; bound them like parentheses.
    private func countLink(_ links: inout Int) throws {
        links += 1
        if links + depth > Self.maxDepth * 5 {
            throw error("expression too long (over \(Self.maxDepth * 5) operators in a row)", hint: "split it into steps with derive")
        }
    }

    private mutating func orExpression() throws -> Expression {
        var lhs = try andExpression()
        var links = 0
        while consumeWord("or") {
            try countLink(&links)
            let rhs = try andExpression()
            lhs = Expression(.binary("or", lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound)
        }
        return lhs
    }

    private mutating func andExpression() throws -> Expression {
        var lhs = try notExpression()
        var links = 0
        while consumeWord("and") {
            try countLink(&links)
            let rhs = try notExpression()
            lhs = Expression(.binary("and", lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound)
        }
        return lhs
    }

    private mutating func notExpression() throws -> Expression {
        if let token = current, token.isWord("not") {
            position += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else { throw error("expression nested too deeply (over \(Self.maxDepth) levels)") }
            let operand = try notExpression()
            return Expression(.unary("not", operand), token.range.lowerBound..<operand.range.upperBound)
        }
        return try comparison()
    }

    private static let comparisonSymbols: Set<String> = ["==", "!=", "<", "<=", ">", ">="]

    private mutating func comparison() throws -> Expression {
        let lhs = try additive()
        guard let token = current else { return lhs }
        if token.kind == .symbol && Self.comparisonSymbols.contains(token.text) {
            position += 1
            let rhs = try additive()
            return Expression(.binary(token.text, lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound)
        }
        if token.isSymbol("=") {
            throw error("'=' compares nothing here", hint: "use == to compare", at: token.range)
        }
        var negated = false
        if token.isWord("not"), let next = peek(1), next.isWord("in") || next.isWord("between") || next.isWord("contains") {
            negated = true
            position += 1
        }
        if consumeWord("in") {
            let open = currentRange
            try expectSymbol("[", "[ to open the list after in")
            var items: [Expression] = []
            if !consumeSymbol("]") {
                repeat { items.append(try additive()) } while consumeSymbol(",")
                guard consumeSymbol("]") else { throw error("expected , or ] in the list", hint: "the list opened here", at: currentRange) }
            }
            let end = tokens[position - 1].range.upperBound
            _ = open
            return Expression(.inList(lhs, items, negated: negated), lhs.range.lowerBound..<end)
        }
        if consumeWord("contains") {
            let rhs = try additive()
            let call = Expression(.call("contains", [lhs, rhs]), lhs.range.lowerBound..<rhs.range.upperBound)
            return negated ? Expression(.unary("not", call), call.range) : call
        }
        if consumeWord("between") {
            let lo = try additive()
            try expectWord("and", hint: "between takes: x between low and high")
            let hi = try additive()
            return Expression(.between(lhs, lo, hi, negated: negated), lhs.range.lowerBound..<hi.range.upperBound)
        }
        if consumeWord("is") {
            let negatedNull = consumeWord("not")
            guard let nullToken = current, nullToken.isWord("null") else { throw error("expected null after is") }
            position += 1
            return Expression(.isNull(lhs, negated: negatedNull), lhs.range.lowerBound..<nullToken.range.upperBound)
        }
        return lhs
    }

    private mutating func additive() throws -> Expression {
        var lhs = try multiplicative()
        var links = 0
        while let token = current, token.isSymbol("+") || token.isSymbol("-") {
            try countLink(&links)
            position += 1
            let rhs = try multiplicative()
            lhs = Expression(.binary(token.text, lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound)
        }
        return lhs
    }

    private mutating func multiplicative() throws -> Expression {
        var lhs = try unary()
        var links = 0
        while let token = current, token.isSymbol("*") || token.isSymbol("/") || token.isSymbol("%") {
            try countLink(&links)
            position += 1
            let rhs = try unary()
            lhs = Expression(.binary(token.text, lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound)
        }
        return lhs
    }

    private mutating func unary() throws -> Expression {
        if let token = current, token.isSymbol("-") {
            position += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else { throw error("expression nested too deeply (over \(Self.maxDepth) levels)") }
            let operand = try unary()
            if case .literal(let value) = operand.kind {
                switch value {
                case .integer(let i): return Expression(.literal(.integer(-i)), token.range.lowerBound..<operand.range.upperBound)
                case .decimal(let d): return Expression(.literal(.decimal(d.negated)), token.range.lowerBound..<operand.range.upperBound)
                default: break
                }
            }
            return Expression(.unary("-", operand), token.range.lowerBound..<operand.range.upperBound)
        }
        return try primary()
    }

    private mutating func primary() throws -> Expression {
        guard let token = current else {
            throw error("expected a value, a column or a function here")
        }
        switch token.kind {
        case .integer:
            position += 1
            guard let value = Int64(token.text) else {
                throw error("number too large for a whole number", hint: "write it as a decimal", at: token.range)
            }
            return Expression(.literal(.integer(value)), token.range)
        case .decimal:
            position += 1
            guard let value = ExactDecimal(parsing: token.text) else {
                throw error("number too large or too precise", at: token.range)
            }
            return Expression(.literal(.decimal(value)), token.range)
        case .string:
            position += 1
            return Expression(.literal(.text(token.text)), token.range)
        case .quotedIdentifier:
            position += 1
            return Expression(.column(token.text), token.range)
        case .identifier:
            let lower = token.text.lowercased()
            if lower == "true" || lower == "false" { position += 1; return Expression(.literal(.boolean(lower == "true")), token.range) }
            if lower == "null" { position += 1; return Expression(.literal(.null), token.range) }
            if Self.keywords.contains(lower) {
                throw error("expected a value, found the keyword '\(token.text)'", at: token.range)
            }
            position += 1
            if let open = current, open.isSymbol("(") {
                position += 1
                var args: [Expression] = []
                if !consumeSymbol(")") {
                    repeat { args.append(try expression()) } while consumeSymbol(",")
                    guard let close = current, close.isSymbol(")") else {
                        throw error("expected , or ) to close \(token.text)(", hint: "the call opened here", at: currentRange)
                    }
                    position += 1
                }
                return Expression(.call(lower, args), token.range.lowerBound..<tokens[position - 1].range.upperBound)
            }
            return Expression(.column(token.text), token.range)
        case .symbol where token.text == "(":
            position += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else {
                throw error("expression nested too deeply (over \(Self.maxDepth) levels)", hint: "split it into steps with derive", at: token.range)
            }
            var inner = try orExpression()
            guard let close = current, close.isSymbol(")") else { throw error("expected ) to close (", at: currentRange) }
            position += 1
            inner.range = token.range.lowerBound..<close.range.upperBound
            return inner
        default:
            throw error("expected a value, a column or a function, found '\(token.text)'", at: token.range)
        }
    }
}
