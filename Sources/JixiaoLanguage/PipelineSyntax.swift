import JixiaoCore

/// One stage of a pipeline as written: the command's name and its argument tokens.
package struct StageSyntax: Sendable {
    package var name: Token
    /// Tokens after the name, up to the next top-level `|`.
    package var arguments: [Token]
    package var range: Range<Int>

    /// A parser over this stage's arguments.
    package func parser(source: String) -> Parser {
        Parser(source: source, tokens: arguments, endOffset: range.upperBound)
    }
}

/// A whole command line: optional `let NAME =`, then stages separated by `|`.
package struct PipelineSyntax: Sendable {
    package var source: String
    /// The name bound by `let NAME = …`.
    package var binding: Token?
    /// `explain` before the line (each, when written more than once): show its plan instead of running it.
    package var explained: [Token] = []
    package var stages: [StageSyntax]

    /// Parses the line's structure; each command then parses its own arguments.
    package static func parse(_ source: String) throws -> PipelineSyntax {
        var tokens = try Lexer(source).tokens()
        var position = 0
        var binding: Token?
        var explained: [Token] = []
        while let first = tokens.first, first.isWord("explain") {
            explained.append(first)
            tokens.removeFirst()
            guard !tokens.isEmpty else {
                throw Diagnostic(.parse, .syntaxExplainEmpty, hint: Message(.hintExplainExample), source: source, range: first.range)
            }
        }
        if tokens.count >= 1, tokens[0].isWord("let") {
            guard tokens.count >= 2, tokens[1].isName else {
                throw Diagnostic(.parse, code: .syntaxExpected, text: Message(.expectedNameAfterLet), hint: Message(.hintLetForm), source: source,
                                 range: tokens.count >= 2 ? tokens[1].range : tokens[0].range.upperBound..<(tokens[0].range.upperBound + 1))
            }
            guard tokens.count >= 3, tokens[2].isSymbol("=") else {
                let range = tokens.count >= 3 ? tokens[2].range : tokens[1].range.upperBound..<(tokens[1].range.upperBound + 1)
                throw Diagnostic(.parse, code: .syntaxExpected, text: Message(.expectedEqualsAfterLet, tokens[1].text), hint: Message(.hintLetForm), source: source,
                                 range: range)
            }
            binding = tokens[1]
            position = 3
        }
        var stages: [StageSyntax] = []
        var depth = 0
        var current: [Token] = []
        func close(at end: Int) throws {
            guard let first = current.first else {
                throw Diagnostic(.parse, code: .syntaxExpected, text: Message(stages.isEmpty && binding == nil ? .expectedCommand : .expectedCommandAfterBar),
                                 source: source, range: end..<(end + 1))
            }
            guard first.isName else {
                throw Diagnostic(.parse, code: .syntaxExpected, text: Message(.expectedCommandName, first.text), source: source, range: first.range)
            }
            let last = current[current.count - 1]
            stages.append(StageSyntax(name: first, arguments: Array(current.dropFirst()), range: first.range.lowerBound..<last.range.upperBound))
            current = []
        }
        while position < tokens.count {
            let token = tokens[position]
            if token.isSymbol("(") || token.isSymbol("[") { depth += 1 }
            if token.isSymbol(")") || token.isSymbol("]") { depth = max(0, depth - 1) }
            if token.isSymbol("|") && depth == 0 {
                try close(at: token.range.lowerBound)
            } else {
                current.append(token)
            }
            position += 1
        }
        try close(at: source.utf8.count)
        return PipelineSyntax(source: source, binding: binding, explained: explained, stages: stages)
    }

    /// The first stage's name: a dataset or a command.
    package var head: StageSyntax { stages[0] }
}
