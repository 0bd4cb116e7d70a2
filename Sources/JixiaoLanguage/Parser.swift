import JixiaoCore

/// Reads tokens: the expression grammar and the small pieces commands build their arguments from.
///
/// Precedence, lowest first: `or`, `and`, `not`, comparisons (`== != < <= > >= in contains between is`),
/// `+ -`, `* / %`, unary minus, primaries.
package struct Parser {
    package let source: String
    package let tokens: [Token]
    package private(set) var position: Int
    package let endOffset: Int
    private var depth = 0

    /// Nesting deeper than this is refused with an error rather than risking the stack.
    package static let maxDepth = 200

    /// The highest expression tree accepted (see `Expression.height`): far above anything written by hand,
    /// far below what the recursive walks over a tree could survive on a thread's stack. The binder of a debug
    /// build under AddressSanitizer overflowed 8 MiB at height 1,000; at 256 it stays well inside.
    package static let maxHeight = 256

    package static let keywords: Set<String> = ["and", "or", "not", "in", "contains", "between", "is", "null",
                                                "true", "false", "asc", "desc", "as", "on"]

    package init(source: String, tokens: [Token], position: Int = 0, endOffset: Int? = nil) {
        self.source = source
        self.tokens = tokens
        self.position = position
        self.endOffset = endOffset ?? source.utf8.count
    }

    /// Whether `name` can be typed bare: it lexes to exactly one name token, is no keyword, and does not read as
    /// a date written without quotes (`2022年6月1日`).
    package static func isBareName(_ name: String) -> Bool {
        guard !keywords.contains(name.lowercased()), let tokens = try? Lexer(name).tokens(), tokens.count == 1 else { return false }
        return tokens[0].kind == .identifier && tokens[0].text == name && !isUnquotedDate(name)
    }

    // MARK: - Dates written without quotes

    /// A name that is a whole date, `2022年6月1日`: the lexer reads digits running into Chinese as one name, but
    /// such a name is the date an analyst typed.
    static func isUnquotedDate(_ name: String) -> Bool {
        name.utf8.first.map { $0 >= 48 && $0 <= 57 } == true && CivilDate.parse(Array(name.utf8)[...]) != nil
    }

    /// The date at the current token written without quotes, as an analyst types it (`2022-06-01`, `2022/6/1`:
    /// a four-digit year, then month and day of one or two digits, with one separator and no spaces between), and
    /// the tokens it spans; nil when the tokens have another shape, which stays arithmetic.
    private func unquotedDate() -> (text: String, range: Range<Int>, tokens: Int)? {
        guard position + 4 < tokens.count else { return nil }
        let parts = tokens[position...(position + 4)]
        let (year, first, month, second, day) = (parts[position], parts[position + 1], parts[position + 2], parts[position + 3], parts[position + 4])
        guard year.kind == .integer, year.text.utf8.count == 4, first.isSymbol("-") || first.isSymbol("/"), second.isSymbol(first.text),
              month.kind == .integer, (1...2).contains(month.text.utf8.count), day.kind == .integer, (1...2).contains(day.text.utf8.count) else {
            return nil
        }
        // Written as one word: each token starts where the one before it ends.
        guard zip(parts.dropLast(), parts.dropFirst()).allSatisfy({ $0.range.upperBound == $1.range.lowerBound }) else { return nil }
        let range = year.range.lowerBound..<day.range.upperBound
        return (year.text + first.text + month.text + second.text + day.text, range, 5)
    }

    /// `date("…")`, as the date would be written with quotes: a valid date in its ISO form, anything else (a 13th
    /// month) as typed, for the binder to refuse with the date function's error.
    private func dateCall(_ text: String, _ range: Range<Int>) throws -> Expression {
        let days = CivilDate.parse(Array(text.utf8)[...])
        let literal = try node(.literal(.text(days.map(CivilDate.format) ?? text)), range)
        return try node(.call("date", [literal]), range)
    }

    // MARK: - Token access

    package var atEnd: Bool { position >= tokens.count }
    package var current: Token? { atEnd ? nil : tokens[position] }

    package func peek(_ offset: Int = 0) -> Token? {
        let index = position + offset
        return index < tokens.count ? tokens[index] : nil
    }

    package mutating func advance() -> Token? {
        guard let token = current else { return nil }
        position += 1
        return token
    }

    /// Where the next token starts, or the end of the text.
    package var currentRange: Range<Int> {
        current?.range ?? endOffset..<(endOffset + 1)
    }

    /// A syntax error with `code`'s message filled with `arguments`, at `range` or else at the current token.
    package func error(_ code: DiagnosticCode, _ arguments: Message.Argument..., hint: Message? = nil, at range: Range<Int>? = nil) -> Diagnostic {
        Diagnostic(.parse, code, arguments: arguments, hint: hint, source: source, range: range ?? currentRange)
    }

    /// A syntax error with `code` and a message of its own, at `range` or else at the current token.
    package func error(code: DiagnosticCode, text: Message, hint: Message? = nil, at range: Range<Int>? = nil) -> Diagnostic {
        Diagnostic(.parse, code: code, text: text, hint: hint, source: source, range: range ?? currentRange)
    }

    package mutating func consumeWord(_ word: String) -> Bool {
        if current?.isWord(word) == true { position += 1; return true }
        return false
    }

    package mutating func consumeSymbol(_ symbol: String) -> Bool {
        if current?.isSymbol(symbol) == true { position += 1; return true }
        return false
    }

    /// `symbol` next, else the error `what` (the whole message: "expected [ to open the list after in").
    package mutating func expectSymbol(_ symbol: String, _ what: MessageID) throws {
        guard consumeSymbol(symbol) else { throw error(code: .syntaxExpected, text: Message(what)) }
    }

    package mutating func expectWord(_ word: String, hint: Message? = nil) throws {
        guard consumeWord(word) else { throw error(code: .syntaxExpected, text: Message(.expectedWord, word), hint: hint) }
    }

    /// A column, dataset or other name; `what` completes the error "expected …" ("a column name").
    package mutating func name(_ what: Message) throws -> Token {
        guard let token = current, token.isName, token.kind == .quotedIdentifier || !Self.keywords.contains(token.text.lowercased()) else {
            throw error(.syntaxExpected, .message(what))
        }
        position += 1
        return token
    }

    /// A name, `what` in English (said as written in every language, until its caller passes a `Message`).
    package mutating func name(_ what: String) throws -> Token {
        try name(Message.verbatim(what))
    }

    /// A whole number; `what` completes the error "expected … (a whole number)".
    package mutating func integer(_ what: Message) throws -> Int {
        guard let token = current, token.kind == .integer, let value = Int(token.text) else {
            throw error(code: .syntaxExpected, text: Message(key: MessageID.expectedWholeNumber.rawValue, arguments: [.message(what)]))
        }
        position += 1
        return value
    }

    /// A whole number, `what` in English (said as written in every language, until its caller passes a `Message`).
    package mutating func integer(_ what: String) throws -> Int {
        try integer(Message.verbatim(what))
    }

    package mutating func expectEnd() throws {
        if let token = current { throw error(.syntaxUnexpected, .verbatim(token.text), hint: Message(.hintNothingMore), at: token.range) }
    }

    /// The raw text of the next word, up to white space or `|` (and never past this stage), as a file path is
    /// typed; or a quoted string. A token that starts inside the word belongs to it whole: a quote in a path
    /// does not cut it short and leave the rest of the line unread.
    package mutating func rawWord(_ what: Message) throws -> (text: String, range: Range<Int>) {
        guard let first = current else { throw error(.syntaxExpected, .message(what)) }
        if first.kind == .string { position += 1; return (first.text, first.range) }
        let bytes = Array(source.utf8)
        let limit = min(max(endOffset, first.range.upperBound), bytes.count)
        func wordEnd(from start: Int) -> Int {
            var end = start
            while end < limit && !Self.endsRawWord(bytes, at: end) { end += 1 }
            return end
        }
        var end = wordEnd(from: first.range.lowerBound)
        while let token = current, token.range.lowerBound < end {
            if token.range.upperBound > end { end = wordEnd(from: token.range.upperBound) }
            position += 1
        }
        let range = first.range.lowerBound..<end
        return (String(decoding: bytes[range], as: UTF8.self), range)
    }

    /// A raw word, `what` in English (said as written in every language, until its caller passes a `Message`).
    package mutating func rawWord(_ what: String) throws -> (text: String, range: Range<Int>) {
        try rawWord(Message.verbatim(what))
    }

    /// White space (the ideographic space too), a line break, or `|` (also full-width) ends a raw word.
    static func endsRawWord(_ bytes: [UInt8], at i: Int) -> Bool {
        let (scalar, _) = LexicalVocabulary.scalar(in: bytes, at: i)
        return LexicalVocabulary.isSpace(scalar) || LexicalVocabulary.asciiForm(scalar) == "|"
    }

    /// Whether a file path can be written bare (else it is written as a string): it lexes, holds no quote,
    /// comment sign, white space or bar, so that reading it back with `rawWord` gives the same path.
    package static func isBarePath(_ path: String) -> Bool {
        guard !path.isEmpty, (try? Lexer(path).tokens()) != nil else { return false }
        let bytes = Array(path.utf8)
        if bytes.indices.contains(where: { endsRawWord(bytes, at: $0) }) { return false }
        return !path.unicodeScalars.contains { LexicalVocabulary.isQuoteMark($0) || $0 == LexicalVocabulary.commentMark }
    }

    // MARK: - Options: key=value and --flag

    /// `key=value` when the next tokens have that shape.
    package func atOption() -> Bool {
        guard let key = current, key.kind == .identifier, let equals = peek(1), equals.isSymbol("=") else { return false }
        return true
    }

    // MARK: - Expressions

    package mutating func expression() throws -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            throw error(.syntaxTooDeep, .verbatim(String(Self.maxDepth)), hint: Message(.hintSplitWithDerive))
        }
        return try orExpression()
    }

    /// A new node, refused when it would make the tree higher than `maxHeight`. Parentheses, calls and `not`
    /// are bounded by `maxDepth` as the parser recurses; chains (`a and b and …`, `1 + 1 + …`) are loops that
    /// nest as deeply as they are long, and chains inside nested levels add up, so the height of every node
    /// is checked as it is built. `at` is where to point: the operator that went one level too far.
    private func node(_ kind: Expression.Kind, _ range: Range<Int>, at place: Range<Int>? = nil) throws -> Expression {
        let expression = Expression(kind, range)
        guard expression.height <= Self.maxHeight else {
            throw error(.syntaxTooComplex, .verbatim(String(Self.maxHeight)), hint: Message(.hintSplitWithDerive), at: place ?? range)
        }
        return expression
    }

    private mutating func orExpression() throws -> Expression {
        var lhs = try andExpression()
        while let token = current, token.isWord("or") {
            position += 1
            let rhs = try andExpression()
            lhs = try node(.binary("or", lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
        }
        return lhs
    }

    private mutating func andExpression() throws -> Expression {
        var lhs = try notExpression()
        while let token = current, token.isWord("and") {
            position += 1
            let rhs = try notExpression()
            lhs = try node(.binary("and", lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
        }
        return lhs
    }

    private mutating func notExpression() throws -> Expression {
        if let token = current, token.isWord("not") {
            position += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else { throw error(.syntaxTooDeep, .verbatim(String(Self.maxDepth))) }
            let operand = try notExpression()
            return try node(.unary("not", operand), token.range.lowerBound..<operand.range.upperBound)
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
            return try node(.binary(token.text, lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
        }
        if token.isSymbol("=") {
            throw error(.syntaxSingleEquals, hint: Message(.hintUseDoubleEquals), at: token.range)
        }
        var negated = false
        if token.isWord("not"), let next = peek(1), next.isWord("in") || next.isWord("between") || next.isWord("contains") {
            negated = true
            position += 1
        }
        if consumeWord("in") {
            let open = currentRange
            try expectSymbol("[", .expectedListOpen)
            var items: [Expression] = []
            if !consumeSymbol("]") {
                repeat { items.append(try additive()) } while consumeSymbol(",")
                guard consumeSymbol("]") else { throw error(code: .syntaxExpected, text: Message(.expectedListEnd), hint: Message(.hintListOpenedHere), at: currentRange) }
            }
            let end = tokens[position - 1].range.upperBound
            _ = open
            return try node(.inList(lhs, items, negated: negated), lhs.range.lowerBound..<end)
        }
        if consumeWord("contains") {
            let rhs = try additive()
            let call = try node(.call("contains", [lhs, rhs]), lhs.range.lowerBound..<rhs.range.upperBound)
            if negated { return try node(.unary("not", call), call.range) }
            return call
        }
        if consumeWord("between") {
            let lo = try additive()
            try expectWord("and", hint: Message(.hintBetweenForm))
            let hi = try additive()
            return try node(.between(lhs, lo, hi, negated: negated), lhs.range.lowerBound..<hi.range.upperBound)
        }
        if consumeWord("is") {
            let negatedNull = consumeWord("not")
            guard let nullToken = current, nullToken.isWord("null") else { throw error(code: .syntaxExpected, text: Message(.expectedNullAfterIs)) }
            position += 1
            return try node(.isNull(lhs, negated: negatedNull), lhs.range.lowerBound..<nullToken.range.upperBound)
        }
        return lhs
    }

    private mutating func additive() throws -> Expression {
        var lhs = try multiplicative()
        while let token = current, token.isSymbol("+") || token.isSymbol("-") {
            position += 1
            let rhs = try multiplicative()
            lhs = try node(.binary(token.text, lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
        }
        return lhs
    }

    private mutating func multiplicative() throws -> Expression {
        var lhs = try unary()
        while let token = current, token.isSymbol("*") || token.isSymbol("/") || token.isSymbol("%") {
            position += 1
            let rhs = try unary()
            lhs = try node(.binary(token.text, lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
        }
        return lhs
    }

    private mutating func unary() throws -> Expression {
        if let token = current, token.isSymbol("-") {
            position += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else { throw error(.syntaxTooDeep, .verbatim(String(Self.maxDepth))) }
            let operand = try unary()
            if case .literal(let value) = operand.kind {
                switch value {
                case .integer(let i): return try node(.literal(.integer(-i)), token.range.lowerBound..<operand.range.upperBound)
                case .decimal(let d): return try node(.literal(.decimal(d.negated)), token.range.lowerBound..<operand.range.upperBound)
                default: break
                }
            }
            return try node(.unary("-", operand), token.range.lowerBound..<operand.range.upperBound)
        }
        return try primary()
    }

    private mutating func primary() throws -> Expression {
        guard let token = current else {
            throw error(code: .syntaxExpected, text: Message(.expectedValue))
        }
        switch token.kind {
        case .integer:
            if let date = unquotedDate() {
                position += date.tokens
                return try dateCall(date.text, date.range)
            }
            position += 1
            guard let value = Int64(token.text) else {
                throw error(.syntaxIntegerOverflow, hint: Message(.hintWriteAsDecimal), at: token.range)
            }
            return try node(.literal(.integer(value)), token.range)
        case .decimal:
            position += 1
            guard let value = ExactDecimal(parsing: token.text) else {
                throw error(.syntaxNumberOverflow, at: token.range)
            }
            return try node(.literal(.decimal(value)), token.range)
        case .string:
            position += 1
            return try node(.literal(.text(token.text)), token.range)
        case .quotedIdentifier:
            position += 1
            return try node(.column(token.text), token.range)
        case .identifier:
            let lower = token.text.lowercased()
            if lower == "true" || lower == "false" { position += 1; return try node(.literal(.boolean(lower == "true")), token.range) }
            if lower == "null" { position += 1; return try node(.literal(.null), token.range) }
            if Self.keywords.contains(lower) {
                throw error(.syntaxKeywordAsValue, .verbatim(token.text), at: token.range)
            }
            position += 1
            if Self.isUnquotedDate(token.text), current?.isSymbol("(") != true { return try dateCall(token.text, token.range) }
            if let open = current, open.isSymbol("(") {
                position += 1
                var args: [Expression] = []
                if !consumeSymbol(")") {
                    repeat { args.append(try expression()) } while consumeSymbol(",")
                    guard let close = current, close.isSymbol(")") else {
                        throw error(code: .syntaxExpected, text: Message(.expectedCallEnd, token.text), hint: Message(.hintCallOpenedHere), at: currentRange)
                    }
                    position += 1
                }
                return try node(.call(lower, args), token.range.lowerBound..<tokens[position - 1].range.upperBound)
            }
            return try node(.column(token.text), token.range)
        case .symbol where token.text == "(":
            position += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else {
                throw error(.syntaxTooDeep, .verbatim(String(Self.maxDepth)), hint: Message(.hintSplitWithDerive), at: token.range)
            }
            var inner = try orExpression()
            guard let close = current, close.isSymbol(")") else { throw error(code: .syntaxExpected, text: Message(.expectedParenClose), at: currentRange) }
            position += 1
            inner.range = token.range.lowerBound..<close.range.upperBound
            return inner
        default:
            throw error(code: .syntaxExpected, text: Message(.expectedValueFound, token.text), at: token.range)
        }
    }
}
