import JixiaoCore
import JixiaoLanguage

/// `NAME = expression` or a bare expression, as in `agg 合计 = sum(金额)` or `select 乡镇, 村`.
package struct NamedExpression: Sendable {
    package var name: String?
    package var expression: Expression

    package init(name: String?, expression: Expression) {
        self.name = name
        self.expression = expression
    }

    package var canonical: String {
        guard let name else { return expression.canonical }
        return "\(Expression.name(name)) = \(expression.canonical)"
    }

    /// The output column's name: the given one, or the expression's own.
    package var outputName: String { name ?? expression.defaultName }
}

/// One key of `sort`: an expression, a direction, and for text its order (pinyin, or `codepoint`).
package struct SortItem: Sendable {
    package var expression: Expression
    package var descending: Bool
    package var collation: TextCollation

    package init(expression: Expression, descending: Bool, collation: TextCollation = .pinyin) {
        self.expression = expression
        self.descending = descending
        self.collation = collation
    }

    package var canonical: String {
        expression.canonical + (descending ? " desc" : "") + (collation == .codepoint ? " codepoint" : "")
    }
}

extension Parser {
    /// A comma-separated list of `NAME = expression` or bare expressions.
    package mutating func namedExpressions(requireNames: Bool = false, what: Message) throws -> [NamedExpression] {
        var items: [NamedExpression] = []
        repeat {
            if atEnd || current?.kind == .flag { break }
            var name: String?
            if let first = current, first.isName, let equals = peek(1), equals.isSymbol("=") {
                name = first.text
                _ = advance()
                _ = advance()
            } else if requireNames {
                throw Diagnostic(.parse, code: .syntaxExpected, text: Message(.expectedNamedExpression), hint: Message(.hintExample, what),
                                 source: source, range: currentRange)
            }
            items.append(NamedExpression(name: name, expression: try expression()))
        } while consumeSymbol(",")
        guard !items.isEmpty else {
            throw error(.syntaxExpected, .message(what))
        }
        return items
    }

    /// A comma-separated list of expressions, each optionally followed by asc or desc and by codepoint.
    package mutating func sortItems() throws -> [SortItem] {
        var items: [SortItem] = []
        repeat {
            let expression = try self.expression()
            var descending = false
            var collation = TextCollation.pinyin
            // `desc` and `codepoint` in either order.
            for _ in 0..<2 {
                if consumeWord("desc") { descending = true } else if consumeWord("asc") { descending = false }
                if consumeWord(TextCollation.codepoint.rawValue) { collation = .codepoint }
            }
            items.append(SortItem(expression: expression, descending: descending, collation: collation))
        } while consumeSymbol(",")
        return items
    }

    /// A comma-separated list of names.
    package mutating func names(_ what: Message) throws -> [Token] {
        var names: [Token] = []
        repeat { names.append(try name(what)) } while consumeSymbol(",")
        return names
    }
}
