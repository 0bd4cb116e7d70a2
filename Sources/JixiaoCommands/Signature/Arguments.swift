import JixiaoCore
import JixiaoLanguage

/// A command's arguments as its signature read them: parts by id, options by key, flags. A command is made
/// from them (`init(arguments:)`) and gives them back (`arguments`), from which its canonical text is written.
package struct Arguments: Sendable {
    package var parts: [String: ArgumentValue] = [:]
    package var options: [String: OptionValue] = [:]
    package var flags: Set<String> = []

    package init(parts: [String: ArgumentValue] = [:], options: [String: OptionValue] = [:], flags: Set<String> = []) {
        self.parts = parts
        self.options = options
        self.flags = flags
    }

    // MARK: - Reading parts

    /// A part the signature requires, read by one of the accessors below (`arguments.required("keys",
    /// arguments.sortKeys)`); a missing one is a bug in the command's declaration, reported, not trapped.
    package func required<T>(_ id: String, _ read: (String) -> T?) throws -> T {
        guard let value = read(id) else {
            throw Diagnostic(.internal, .internalSignaturePart, [id])
        }
        return value
    }

    package func expression(_ id: String) -> Expression? {
        if case .expression(let value)? = parts[id] { return value }
        return nil
    }

    package func namedExpressions(_ id: String) -> [NamedExpression]? {
        if case .namedExpressions(let value)? = parts[id] { return value }
        return nil
    }

    package func names(_ id: String) -> [Token]? {
        if case .names(let value)? = parts[id] { return value }
        return nil
    }

    package func sortKeys(_ id: String) -> [SortItem]? {
        if case .sortKeys(let value)? = parts[id] { return value }
        return nil
    }

    package func keyPairs(_ id: String) -> [KeyPair]? {
        if case .keyPairs(let value)? = parts[id] { return value }
        return nil
    }

    package func renames(_ id: String) -> [RenamePair]? {
        if case .renames(let value)? = parts[id] { return value }
        return nil
    }

    package func name(_ id: String) -> Token? {
        if case .name(let value)? = parts[id] { return value }
        return nil
    }

    package func path(_ id: String) -> (text: String, range: Range<Int>)? {
        if case .path(let text, let range)? = parts[id] { return (text, range) }
        return nil
    }

    package func integer(_ id: String) -> (value: Int, range: Range<Int>)? {
        if case .integer(let value, let range)? = parts[id] { return (value, range) }
        return nil
    }

    /// A choice's word, as its canonical spelling (an alias already replaced).
    package func choice(_ id: String) -> Token? {
        if case .choice(let value)? = parts[id] { return value }
        return nil
    }

    // MARK: - Reading options

    package func integerOption(_ key: String) -> Int? {
        if case .integer(let value)? = options[key]?.value { return value }
        return nil
    }

    package func textOption(_ key: String) -> String? {
        switch options[key]?.value {
        case .text(let value)?, .raw(let value)?, .choice(let value)?: return value
        default: return nil
        }
    }

    package func columnOption(_ key: String) -> Token? {
        if case .column(let value)? = options[key]?.value { return value }
        return nil
    }

    /// Where an option's value was typed (for errors about it).
    package func optionRange(_ key: String) -> Range<Int>? { options[key]?.range }

    // MARK: - Writing

    /// Sets or clears a part.
    package mutating func set(_ id: String, _ value: ArgumentValue?) {
        parts[id] = value
    }

    /// Sets or clears an option.
    package mutating func set(option key: String, _ value: OptionValue.Value?) {
        options[key] = value.map { OptionValue(value: $0, range: 0..<0) }
    }

    /// Sets or clears a flag.
    package mutating func set(flag name: String, _ on: Bool) {
        if on { flags.insert(name) } else { flags.remove(name) }
    }
}

/// The value of one part.
package enum ArgumentValue: Sendable {
    case expression(Expression)
    case namedExpressions([NamedExpression])
    case names([Token])
    case sortKeys([SortItem])
    case keyPairs([KeyPair])
    case renames([RenamePair])
    case name(Token)
    case path(String, range: Range<Int>)
    case integer(Int, range: Range<Int>)
    case choice(Token)

    /// How canonical text writes it.
    package var canonical: String {
        switch self {
        case .expression(let expression): return expression.canonical
        case .namedExpressions(let items): return items.map(\.canonical).joined(separator: ", ")
        case .names(let names): return names.map { Expression.name($0.text) }.joined(separator: ", ")
        case .sortKeys(let items): return items.map(\.canonical).joined(separator: ", ")
        case .keyPairs(let pairs): return pairs.map(\.canonical).joined(separator: ", ")
        case .renames(let pairs): return pairs.map(\.canonical).joined(separator: ", ")
        case .name(let token): return Expression.name(token.text)
        case .path(let path, _): return Expression.path(path)
        case .integer(let value, _): return String(value)
        case .choice(let token): return token.text
        }
    }
}

/// `KEY` or `KEY = OTHER_KEY` of a join.
package struct KeyPair: Sendable {
    package var left: Token
    package var right: Token

    package init(left: Token, right: Token) {
        self.left = left
        self.right = right
    }

    package var canonical: String {
        left.text == right.text ? Expression.name(left.text) : "\(Expression.name(left.text)) = \(Expression.name(right.text))"
    }
}

/// `OLD as NEW` of a rename.
package struct RenamePair: Sendable {
    package var old: Token
    package var new: Token

    package init(old: Token, new: Token) {
        self.old = old
        self.new = new
    }

    package var canonical: String { "\(Expression.name(old.text)) as \(Expression.name(new.text))" }
}

/// The value of one option, with where it was typed.
package struct OptionValue: Sendable {
    package enum Value: Sendable, Equatable {
        case integer(Int)
        case text(String)
        case raw(String)
        case column(Token)
        case choice(String)
    }

    package var value: Value
    package var range: Range<Int>

    package init(value: Value, range: Range<Int>) {
        self.value = value
        self.range = range
    }

    /// How canonical text writes the value.
    package var canonical: String {
        switch value {
        case .integer(let number): return String(number)
        case .text(let text): return Expression.quote(text)
        case .raw(let text): return Parser.isBarePath(text) && !text.contains("=") ? text : Expression.quote(text)
        case .column(let token): return Expression.name(token.text)
        case .choice(let word): return word
        }
    }
}

extension Arguments {
    /// Two argument sets are the same when every part, option and flag is written the same (where things were
    /// typed does not count).
    package func sameAs(_ other: Arguments) -> Bool {
        parts.mapValues(\.canonical) == other.parts.mapValues(\.canonical)
            && options.mapValues(\.canonical) == other.options.mapValues(\.canonical)
            && flags == other.flags
    }
}
