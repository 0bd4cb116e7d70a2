import JixiaoCore
import JixiaoLanguage

extension Signature {
    /// Reads a command's arguments (after its name) as the signature declares them; `usage` is quoted in the
    /// error for a word the command does not take, and `command` names the catalog keys of what its errors
    /// say was expected (`help.where.part.condition.expected`).
    package func parse(_ parser: inout Parser, usage: String, command: String) throws -> Arguments {
        var arguments = Arguments()
        let help = CommandHelp(command)
        for part in parts {
            try readOptions(&parser, into: &arguments, strict: false)
            try read(part, expected: help.expected(of: part), &parser, into: &arguments)
        }
        try readOptions(&parser, into: &arguments, strict: true)
        if let token = parser.current {
            throw parser.error(code: .syntaxUnexpected, "unexpected '\(token.text)'", hint: "usage: \(usage)", at: token.range)
        }
        return arguments
    }

    // MARK: - Parts

    private func read(_ part: Part, expected: String, _ parser: inout Parser, into arguments: inout Arguments) throws {
        if let keyword = part.keyword {
            guard parser.consumeWord(keyword) else {
                if part.isOptional { return }
                throw parser.error(code: .syntaxExpected, "expected '\(keyword)'", hint: "\(keyword) \(part.placeholder)")
            }
        } else if part.isOptional, !isPresent(part, parser) {
            return
        }
        arguments.parts[part.id] = try value(of: part, expected: expected, &parser)
        if let suffix = part.suffix { try parser.expectWord(suffix) }
    }

    /// Whether an optional part without a keyword stands at the parser's place.
    private func isPresent(_ part: Part, _ parser: Parser) -> Bool {
        guard let token = parser.current, token.kind != .flag, !parser.atOption() else { return false }
        if let suffix = part.suffix { return token.isName && parser.peek(1)?.isWord(suffix) == true }
        // A word that starts a later part (`count as n`) is not this part.
        if token.kind == .identifier, parts.contains(where: { $0.keyword.map(token.isWord) ?? false }) { return false }
        switch part.kind {
        case .name, .columns: return token.isName
        case .choice: return token.kind == .identifier
        case .integer, .cell: return token.kind == .integer
        case .expression, .namedExpressions, .sortKeys, .keyPairs, .renames, .path: return true
        }
    }

    private func value(of part: Part, expected: String, _ parser: inout Parser) throws -> ArgumentValue {
        switch part.kind {
        case .expression:
            return .expression(try parser.expression())
        case .namedExpressions(let requireNames):
            return .namedExpressions(try parser.namedExpressions(requireNames: requireNames, what: expected))
        case .columns:
            return .names(try parser.names(expected))
        case .sortKeys:
            return .sortKeys(try parser.sortItems())
        case .keyPairs:
            var pairs: [KeyPair] = []
            repeat {
                let left = try parser.name(expected)
                let right = parser.consumeSymbol("=") || parser.consumeSymbol("==") ? try parser.name("the other dataset's key column") : left
                pairs.append(KeyPair(left: left, right: right))
            } while parser.consumeSymbol(",")
            return .keyPairs(pairs)
        case .renames:
            var pairs: [RenamePair] = []
            repeat {
                let old = try parser.name(expected)
                try parser.expectWord("as", hint: Message(.hintRenameAs))
                pairs.append(RenamePair(old: old, new: try parser.name(Message(.expectedNewName))))
            } while parser.consumeSymbol(",")
            return .renames(pairs)
        case .name:
            return .name(try parser.name(expected))
        case .path:
            let (text, range) = try parser.rawWord(expected)
            return .path(text, range: range)
        case .integer, .cell:
            let range = parser.currentRange
            return .integer(try parser.integer(expected), range: range)
        case .choice(let words, let aliases, let noun):
            guard let token = parser.current, token.kind == .identifier else {
                throw parser.error(code: .syntaxExpected, "expected \(expected): " + words.joined(separator: ", "), hint: "e.g. \(words.first.map { "… \($0)" } ?? "")")
            }
            let lower = token.text.lowercased()
            guard let word = words.contains(lower) ? lower : aliases[lower] else {
                let hint = Suggestion.nearest(to: token.text, among: words).map { "did you mean \($0)?" } ?? "one of: " + words.joined(separator: ", ")
                throw parser.error(code: .syntaxUnknownChoice, "unknown \(noun) \(token.text)", hint: hint, at: token.range)
            }
            _ = parser.advance()
            return .choice(Token(.identifier, word, token.range))
        }
    }

    // MARK: - Options and flags

    /// Reads `key=value`, `--key value` and `--flag`s at the parser's place. Between parts (`strict` false) a
    /// `NAME =` that is no option is left for the part (`agg n = count()`); after the last part it is an error.
    private func readOptions(_ parser: inout Parser, into arguments: inout Arguments, strict: Bool) throws {
        while let token = parser.current {
            if token.kind == .flag {
                if let option = options.first(where: { $0.isDashed && $0.key == token.text }) {
                    _ = parser.advance()
                    try readValue(of: option, at: token, &parser, into: &arguments)
                } else if flags.contains(where: { $0.name == token.text }) {
                    _ = parser.advance()
                    arguments.flags.insert(token.text)
                } else {
                    throw parser.error(code: .syntaxUnknownFlag, "unknown flag --\(token.text)", hint: knownHint(noneLeft: "this command takes no flags"), at: token.range)
                }
            } else if parser.atOption() {
                if let option = option(token.text) {
                    _ = parser.advance()
                    _ = parser.advance()
                    try readValue(of: option, at: token, &parser, into: &arguments)
                } else if strict {
                    throw parser.error(code: .syntaxUnknownOption, "unknown option \(token.text)=", hint: knownHint(noneLeft: "this command takes no options"), at: token.range)
                } else {
                    return
                }
            } else {
                return
            }
        }
    }

    private func knownHint(noneLeft: String) -> String {
        let known = options.map { $0.isDashed ? "--\($0.key)" : "\($0.key)=" } + flags.map { "--\($0.name)" }
        return known.isEmpty ? noneLeft : "known: " + known.joined(separator: ", ")
    }

    private func readValue(of option: OptionSpec, at keyToken: Token, _ parser: inout Parser, into arguments: inout Arguments) throws {
        let key = option.key
        if arguments.options[key] != nil {
            throw parser.error(code: .syntaxGivenTwice, "\(option.kind.noun ?? "\(key)=") is given twice", at: keyToken.range)
        }
        let written = option.isDashed ? "--\(key)" : "\(key)="
        func missing() -> Diagnostic {
            parser.error(code: .syntaxOptionValue, "expected a value after \(written)", hint: option.kind.valuesHint)
        }
        let value: OptionValue.Value
        let range: Range<Int>
        switch option.kind {
        case .raw:
            guard parser.current != nil else { throw missing() }
            if let string = parser.current, string.kind == .string {
                _ = parser.advance()
                (value, range) = (.raw(string.text), string.range)
            } else {
                let (text, at) = try parser.rawWord("a value after \(written)")
                (value, range) = (.raw(text), at)
            }
        default:
            guard let token = parser.advance() else { throw missing() }
            range = token.range
            value = try option.kind.value(of: token, key: key, parser: parser)
            if option.kind == .column, let open = parser.current, open.isSymbol("("), open.range.lowerBound == token.range.upperBound {
                throw parser.error(code: .syntaxOptionValue, "\(key)= takes a column name, not an expression",
                                   hint: "derive it first: … | derive 月份 = month(日期) | … \(key)=月份", at: open.range)
            }
        }
        arguments.options[key] = OptionValue(value: value, range: range)
    }
}

extension OptionKind {
    /// What a value of this kind is called in messages, when it has a name of its own (`template`).
    var noun: String? {
        if case .choice(_, let noun) = self { return noun.map { "the \($0)" } }
        return nil
    }

    /// The values it takes, for a hint.
    var valuesHint: String? {
        if case .choice(let words, let noun) = self { return "\(noun.map { "\($0)s" } ?? "values"): " + words.joined(separator: ", ") }
        return nil
    }

    /// The value a token gives, or an error placed at it.
    func value(of token: Token, key: String, parser: Parser) throws -> OptionValue.Value {
        switch self {
        case .integer(let range, let unit):
            guard token.kind == .integer, let number = Int(token.text) else {
                throw parser.error(code: .syntaxOptionValue, "\(key)= takes a whole number", at: token.range)
            }
            if let range, !range.contains(number) {
                throw parser.error(code: .syntaxOptionValue, "\(key)= takes \(range.lowerBound) to \(range.upperBound)" + (unit.isEmpty ? "" : " \(unit)"), at: token.range)
            }
            return .integer(number)
        case .text:
            guard token.kind == .string || token.isName || token.kind == .integer || token.kind == .decimal else {
                throw parser.error(code: .syntaxOptionValue, "\(key)= takes text in quotes", at: token.range)
            }
            return .text(token.text)
        case .raw:
            return .raw(token.text)
        case .column:
            guard token.isName else {
                throw parser.error(code: .syntaxOptionValue, "\(key)= takes a column name", hint: "quote a name with backticks: \(key)=`金额（万元）`", at: token.range)
            }
            return .column(token)
        case .choice(let words, let noun):
            let lower = token.text.lowercased()
            guard token.isName || token.kind == .string, words.contains(lower) else {
                if let noun {
                    throw parser.error(code: .syntaxUnknownChoice, "unknown \(noun) \(token.text)", hint: valuesHint, at: token.range)
                }
                throw parser.error(code: .syntaxOptionValue, "\(key)= takes " + Self.list(words), at: token.range)
            }
            return .choice(lower)
        }
    }

    /// `a`, `a or b`, `a, b or c`.
    static func list(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
    }
}
