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
            try read(part, expected: help.expectedMessage(of: part), &parser, into: &arguments)
        }
        try readOptions(&parser, into: &arguments, strict: true)
        if let token = parser.current {
            throw Diagnostic(.parse, .syntaxUnexpected, [token.text], hint: Message(.hintUsage, usage), source: parser.source, range: token.range)
        }
        return arguments
    }

    // MARK: - Parts

    private func read(_ part: Part, expected: Message, _ parser: inout Parser, into arguments: inout Arguments) throws {
        if let keyword = part.keyword {
            guard parser.consumeWord(keyword) else {
                if part.isOptional { return }
                throw Diagnostic(.parse, code: .syntaxExpected, text: Message(.expectedWord, keyword), hint: .verbatim(keyword + " " + part.placeholder),
                                 source: parser.source, range: parser.currentRange)
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

    private func value(of part: Part, expected: Message, _ parser: inout Parser) throws -> ArgumentValue {
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
                let right = parser.consumeSymbol("=") || parser.consumeSymbol("==") ? try parser.name(Message(.expectedOtherKey)) : left
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
                throw Diagnostic(.parse, code: .syntaxExpected, text: Message(key: MessageID.expectedChoice.rawValue, arguments: [.message(expected), .message(Message.list(words))]),
                                 hint: Message(.hintChoiceExample, words.first ?? ""), source: parser.source, range: parser.currentRange)
            }
            let lower = token.text.lowercased()
            guard let word = words.contains(lower) ? lower : aliases[lower] else {
                let hint = Suggestion.nearest(to: token.text, among: words).map { Message(.hintDidYouMean, $0) }
                    ?? Message(.hintChoiceOneOf, Message.list(words))
                throw Diagnostic(.parse, code: .syntaxUnknownChoice, text: Message.unknownChoice(noun: noun, token.text), hint: hint,
                                 source: parser.source, range: token.range)
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
                    throw Diagnostic(.parse, .syntaxUnknownFlag, [token.text], hint: knownHint(noneLeft: .hintNoFlags), source: parser.source, range: token.range)
                }
            } else if parser.atOption() {
                if let option = option(token.text) {
                    _ = parser.advance()
                    _ = parser.advance()
                    try readValue(of: option, at: token, &parser, into: &arguments)
                } else if strict {
                    throw Diagnostic(.parse, .syntaxUnknownOption, [token.text], hint: knownHint(noneLeft: .hintNoOptions), source: parser.source, range: token.range)
                } else {
                    return
                }
            } else {
                return
            }
        }
    }

    private func knownHint(noneLeft: MessageID) -> Message {
        let known = options.map { $0.isDashed ? "--\($0.key)" : "\($0.key)=" } + flags.map { "--\($0.name)" }
        return known.isEmpty ? Message(noneLeft) : Message(.hintKnownOptions, Message.list(known))
    }

    private func readValue(of option: OptionSpec, at keyToken: Token, _ parser: inout Parser, into arguments: inout Arguments) throws {
        let key = option.key
        if arguments.options[key] != nil {
            let what = option.kind.noun.map { Message(key: MessageID.choiceTheNoun.rawValue, arguments: [.message($0)]) } ?? .verbatim("\(key)=")
            throw Diagnostic(.parse, code: .syntaxGivenTwice, text: Message(key: DiagnosticCode.syntaxGivenTwice.rawValue, arguments: [.message(what)]),
                             source: parser.source, range: keyToken.range)
        }
        let written = option.isDashed ? "--\(key)" : "\(key)="
        func missing() -> Diagnostic {
            Diagnostic(.parse, code: .syntaxOptionValue, text: Message(.optionValueMissing, written), hint: option.kind.valuesHint,
                       source: parser.source, range: parser.currentRange)
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
                let (text, at) = try parser.rawWord(Message(.optionValueAfter, written))
                (value, range) = (.raw(text), at)
            }
        default:
            guard let token = parser.advance() else { throw missing() }
            range = token.range
            value = try option.kind.value(of: token, key: key, parser: parser)
            if option.kind == .column, let open = parser.current, open.isSymbol("("), open.range.lowerBound == token.range.upperBound {
                throw Diagnostic(.parse, code: .syntaxOptionValue, text: Message(.optionValueColumnNotExpression, key),
                                 hint: Message(.hintOptionDeriveFirst, key), source: parser.source, range: open.range)
            }
        }
        arguments.options[key] = OptionValue(value: value, range: range)
    }
}

extension OptionKind {
    /// What a value of this kind is called in messages, when it has a name of its own (`template`).
    var noun: Message? {
        if case .choice(_, let noun) = self { return noun.map(Message.choiceNoun) }
        return nil
    }

    /// The values it takes, for a hint.
    var valuesHint: Message? {
        guard case .choice(let words, let noun) = self else { return nil }
        guard let noun else { return Message(.hintChoiceValues, Message.list(words)) }
        return Message(key: MessageID.hintChoiceValuesNamed.rawValue, arguments: [.message(Message.choiceNoun(noun)), .message(Message.list(words))])
    }

    /// The value a token gives, or an error placed at it.
    func value(of token: Token, key: String, parser: Parser) throws -> OptionValue.Value {
        switch self {
        case .integer(let range, let unit):
            guard token.kind == .integer, let number = Int(token.text) else {
                throw Self.error(Message(.optionValueInteger, key), at: token, parser)
            }
            if let range, !range.contains(number) {
                let bounds = [key, String(range.lowerBound), String(range.upperBound)]
                let text = unit.isEmpty ? Message(key: MessageID.optionValueRange.rawValue, arguments: bounds.map(Message.Argument.verbatim))
                    : Message(key: MessageID.optionValueRangeUnit.rawValue, arguments: bounds.map(Message.Argument.verbatim) + [.message(Message(key: "option_unit." + unit, arguments: []))])
                throw Self.error(text, at: token, parser)
            }
            return .integer(number)
        case .text:
            guard token.kind == .string || token.isName || token.kind == .integer || token.kind == .decimal else {
                throw Self.error(Message(.optionValueText, key), at: token, parser)
            }
            return .text(token.text)
        case .raw:
            return .raw(token.text)
        case .column:
            guard token.isName else {
                throw Self.error(Message(.optionValueColumn, key), hint: Message(.hintOptionBackticks, key), at: token, parser)
            }
            return .column(token)
        case .choice(let words, let noun):
            let lower = token.text.lowercased()
            guard token.isName || token.kind == .string, words.contains(lower) else {
                if let noun {
                    throw Diagnostic(.parse, code: .syntaxUnknownChoice, text: Message.unknownChoice(noun: noun, token.text), hint: valuesHint,
                                     source: parser.source, range: token.range)
                }
                throw Self.error(Message(key: MessageID.optionValueChoice.rawValue, arguments: [.verbatim(key), .message(Self.list(words))]), at: token, parser)
            }
            return .choice(lower)
        }
    }

    /// `a`, `a or b`, `a, b or c` (a、b或c).
    static func list(_ words: [String]) -> Message {
        guard let last = words.last else { return .verbatim("") }
        guard words.count > 1 else { return .verbatim(last) }
        return Message(key: MessageID.choiceOr.rawValue, arguments: [.list(Array(words.dropLast())), .verbatim(last)])
    }

    /// An option's value refused, at the token that holds it.
    static func error(_ text: Message, hint: Message? = nil, at token: Token, _ parser: Parser) -> Diagnostic {
        Diagnostic(.parse, code: .syntaxOptionValue, text: text, hint: hint, source: parser.source, range: token.range)
    }
}
