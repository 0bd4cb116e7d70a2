import JixiaoCore
import JixiaoLanguage

/// `NAME = expression` or a bare expression, as in `agg 合计 = sum(金额)` or `select 乡镇, 村`.
public struct NamedExpression: Sendable {
    public var name: String?
    public var expression: Expression

    public var canonical: String {
        guard let name else { return expression.canonical }
        return "\(Expression.name(name)) = \(expression.canonical)"
    }

    /// The output column's name: the given one, or the expression's own.
    public var outputName: String { name ?? expression.defaultName }
}

/// One key of `sort`: an expression and a direction.
public struct SortItem: Sendable {
    public var expression: Expression
    public var descending: Bool

    public var canonical: String { expression.canonical + (descending ? " desc" : "") }
}

/// `key=value` options and `--flag`s after a command's arguments.
public struct Options: Sendable {
    public var values: [String: Token] = [:]
    public var flags: Set<String> = []
    /// The command line, for pointing at a bad value.
    public var source: String = ""

    public func integer(_ key: String) throws -> Int? {
        guard let token = values[key] else { return nil }
        guard token.kind == .integer, let value = Int(token.text) else {
            throw Diagnostic(.parse, "\(key)= takes a whole number", source: source, range: token.range)
        }
        return value
    }

    public func text(_ key: String) -> String? { values[key]?.text }

    /// The options as typed, in a fixed order, for canonical text.
    public var canonical: String {
        // A value is written as typed (a flag keeps its --), a string re-quoted.
        let bytes = Array(source.utf8)
        let pairs = values.sorted { $0.key < $1.key }.map { key, token in
            let typed = token.range.upperBound <= bytes.count ? String(decoding: bytes[token.range], as: UTF8.self) : token.text
            return "\(key)=" + (token.kind == .string ? Expression.quote(token.text) : typed)
        }
        return (pairs + flags.sorted().map { "--\($0)" }).joined(separator: " ")
    }
}

extension Parser {
    /// A comma-separated list of `NAME = expression` or bare expressions.
    public mutating func namedExpressions(requireNames: Bool = false, what: String) throws -> [NamedExpression] {
        var items: [NamedExpression] = []
        repeat {
            if atEnd || current?.kind == .flag { break }
            var name: String?
            if let first = current, first.isName, let equals = peek(1), equals.isSymbol("=") {
                name = first.text
                _ = advance()
                _ = advance()
            } else if requireNames {
                throw error("expected NAME = expression", hint: "e.g. \(what)")
            }
            items.append(NamedExpression(name: name, expression: try expression()))
        } while consumeSymbol(",")
        guard !items.isEmpty else { throw error("expected \(what)") }
        return items
    }

    /// A comma-separated list of expressions, each optionally followed by asc or desc.
    public mutating func sortItems() throws -> [SortItem] {
        var items: [SortItem] = []
        repeat {
            let expression = try self.expression()
            var descending = false
            if consumeWord("desc") { descending = true } else { _ = consumeWord("asc") }
            items.append(SortItem(expression: expression, descending: descending))
        } while consumeSymbol(",")
        return items
    }

    /// A comma-separated list of names.
    public mutating func names(_ what: String) throws -> [Token] {
        var names: [Token] = []
        repeat { names.append(try name(what)) } while consumeSymbol(",")
        return names
    }

    /// Trailing `key=value` options and `--flags`, only those allowed. Values of `rawKeys` are read as typed up
    /// to white space (`encoding=utf-8`, `sheet=2022年`), or as a quoted string.
    public mutating func options(keys: [String] = [], flags: [String] = [], rawKeys: Set<String> = []) throws -> Options {
        try options(into: Options(), keys: keys, flags: flags, rawKeys: rawKeys)
    }

    /// Like `options(keys:flags:rawKeys:)`, adding to options read earlier (a command may take options in two places).
    public mutating func options(into existing: Options, keys: [String] = [], flags: [String] = [], rawKeys: Set<String> = []) throws -> Options {
        var options = existing
        options.source = source
        while let token = current {
            if token.kind == .flag {
                guard flags.contains(token.text) else {
                    let known = flags.map { "--\($0)" } + keys.map { "\($0)=" }
                    throw error("unknown flag --\(token.text)", hint: known.isEmpty ? "this command takes no flags" : "known: " + known.joined(separator: ", "), at: token.range)
                }
                options.flags.insert(token.text)
                _ = advance()
            } else if atOption() {
                guard keys.contains(token.text) else {
                    let known = keys.map { "\($0)=" } + flags.map { "--\($0)" }
                    throw error("unknown option \(token.text)=", hint: known.isEmpty ? "this command takes no options" : "known: " + known.joined(separator: ", "), at: token.range)
                }
                _ = advance()
                _ = advance()
                if rawKeys.contains(token.text), let first = current, first.kind != .string {
                    let (text, range) = try rawWord("a value after \(token.text)=")
                    options.values[token.text] = Token(.identifier, text, range)
                    continue
                }
                guard let value = advance() else { throw error("expected a value after \(token.text)=") }
                options.values[token.text] = value
            } else {
                break
            }
        }
        return options
    }
}
