import JixiaoCore
import JixiaoLanguage
import Testing

/// No route builds an expression too deep for the recursive walks over it: parentheses, calls and `not` are
/// bounded as the parser recurses, chains and chains inside chains by the height of every node.
@Suite struct ExpressionDepthTests {
    func parse(_ text: String) throws -> Expression {
        var parser = Parser(source: text, tokens: try Lexer(text).tokens())
        let expression = try parser.expression()
        try parser.expectEnd()
        return expression
    }

    func deepError(_ text: String) -> Diagnostic? {
        #expect(throws: Diagnostic.self) { try parse(text) }
    }

    @Test func fiveThousandLevelsOfEveryKindAreRefused() {
        let parens = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(deepError(parens)?.message == "expression nested too deeply (over 200 levels)")
        let calls = String(repeating: "abs(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(deepError(calls)?.message == "expression nested too deeply (over 200 levels)")
        #expect(deepError(String(repeating: "not ", count: 5000) + "true")?.message == "expression nested too deeply (over 200 levels)")
        #expect(deepError(String(repeating: "-", count: 5000) + "1")?.message == "expression nested too deeply (over 200 levels)")
        let tooDeep = "expression too deep (over \(Parser.maxHeight) levels of operators and calls)"
        for op in [" and ", " or ", " + ", " * ", " - ", " / "] {
            let chain = [String](repeating: "a", count: 5000).joined(separator: op)
            #expect(deepError(chain)?.message == tooDeep, "\(op)")
        }
    }

    /// Chains at every level of nesting add up: 150 levels of parentheses, each holding 10 additions and a
    /// condition, is far below the parenthesis limit, but 1,500 levels of tree.
    @Test func chainsInsideNestedLevelsAreBoundedByHeight() {
        var text = "x"
        for _ in 0..<150 { text = "abs(" + text + String(repeating: " + 1", count: 10) + ")" }
        let error = deepError(text)
        #expect(error?.message == "expression too deep (over \(Parser.maxHeight) levels of operators and calls)")
        #expect(error?.hint == "split it into steps with derive")
        // The caret is under the operator that went one level too far.
        if let range = error?.range { #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == "+") }
    }

    @Test func theDeepestAcceptedExpressionIsWalkedSafely() throws {
        // A chain of exactly maxHeight − 1 additions: height maxHeight.
        let chain = [String](repeating: "1", count: Parser.maxHeight).joined(separator: " + ")
        let expression = try parse(chain)
        #expect(expression.height == Parser.maxHeight)
        #expect(expression.canonical == chain)
        #expect(try parse(expression.canonical) == expression)
        let bound = try Binder(fields: [], source: chain).bind(expression)
        #expect(bound.type == .integer)
        #expect(deepError(chain + " + 1") != nil)
        // Heights are kept as nodes change: aggregate extraction turns sum(x) (height 2) into a column (height 1).
        let shorter = [String](repeating: "1", count: Parser.maxHeight - 2).joined(separator: " + ")
        let withSum = try parse("sum(x) + " + shorter)
        #expect(withSum.height == Parser.maxHeight)
        var calls: [AggregateCall] = []
        let extracted = try AggregateExtraction.extract(withSum, source: "", into: &calls)
        #expect(extracted.height == Parser.maxHeight - 1)
        #expect(calls.count == 1)
    }

    @Test func longFlatListsAreNotDeep() throws {
        let list = "x in [" + (1...5000).map(String.init).joined(separator: ", ") + "]"
        #expect(try parse(list).height == 2)
    }
}
