import JixiaoLanguage

/// Where the next word of a command's arguments stands, by its signature: in a part, or as an option's value.
/// Tab completion reads it, so it offers what the part's kind takes, whatever the command.
package enum ArgumentPosition: Sendable {
    case part(Part)
    case optionValue(OptionSpec)
    /// Past the last part: only options and flags may follow.
    case optionsOnly

    /// The position after `tokens`, the arguments typed so far (the command's name not among them).
    package static func after(_ tokens: [Token], in signature: Signature) -> ArgumentPosition {
        if let last = tokens.last {
            if last.kind == .flag, let option = signature.options.first(where: { $0.isDashed && $0.key == last.text }) {
                return .optionValue(option)
            }
            if last.isSymbol("="), tokens.count >= 2, tokens[tokens.count - 2].kind == .identifier,
               let option = signature.option(tokens[tokens.count - 2].text) {
                return .optionValue(option)
            }
        }
        let parts = signature.parts
        // A part behind a keyword is reached by its keyword; the word first typed goes to the first part without one.
        guard var index = parts.firstIndex(where: { $0.keyword == nil }) ?? (parts.isEmpty ? nil : 0) else { return .optionsOnly }
        var consumed: [Token] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.kind == .flag {
                i += signature.options.contains(where: { $0.isDashed && $0.key == token.text }) ? 2 : 1
                continue
            }
            if token.kind == .identifier, i + 1 < tokens.count, tokens[i + 1].isSymbol("="), signature.option(token.text) != nil {
                i += 3
                continue
            }
            if token.kind == .identifier, let keyed = parts.indices.first(where: { $0 >= index && parts[$0].keyword.map(token.isWord) == true }) {
                index = keyed
                consumed = []
                i += 1
                continue
            }
            let part = parts[index]
            if let suffix = part.suffix, !consumed.isEmpty, token.isWord(suffix) {
                guard index + 1 < parts.count else { return .optionsOnly }
                index += 1
                consumed = []
                i += 1
                continue
            }
            if !consumed.isEmpty, part.kind.isOneWord, !(part.kind == .path && consumed.last?.range.upperBound == token.range.lowerBound) {
                // The part is complete: this token starts the next one.
                guard index + 1 < parts.count, parts[index + 1].keyword == nil else { return .optionsOnly }
                index += 1
                consumed = []
            }
            consumed.append(token)
            i += 1
        }
        let part = parts[index]
        if !consumed.isEmpty, part.kind.isOneWord, part.suffix == nil {
            guard index + 1 < parts.count, parts[index + 1].keyword == nil else { return .optionsOnly }
            return .part(parts[index + 1])
        }
        return .part(part)
    }
}

extension PartKind {
    /// Whether the part is one word (a name, a number, a path), not a list or an expression.
    var isOneWord: Bool {
        switch self {
        case .name, .path, .integer, .cell, .choice: return true
        case .expression, .namedExpressions, .columns, .sortKeys, .keyPairs, .renames: return false
        }
    }
}
