import JixiaoCore
import JixiaoLanguage
import Testing

@Suite struct LexerTests {
    @Test func readsChineseNamesStringsAndNumbers() throws {
        let tokens = try Lexer("stations | where 乡镇 == “保安镇” and 金额 >= 1234.50").tokens()
        #expect(tokens.map(\.text) == ["stations", "|", "where", "乡镇", "==", "保安镇", "and", "金额", ">=", "1234.50"])
        #expect(tokens[5].kind == .string)
        #expect(tokens[9].kind == .decimal)
    }

    @Test func backticksQuoteAnyHeader() throws {
        let tokens = try Lexer("select `金额（万元）`, `a b`").tokens()
        #expect(tokens[1].kind == .quotedIdentifier)
        #expect(tokens[1].text == "金额（万元）")
        #expect(tokens[3].text == "a b")
    }

    @Test func fullWidthPunctuationActsAsOperators() throws {
        let tokens = try Lexer("agg a ＝ count()，b = sum（金额）").tokens()
        #expect(tokens.map(\.text) == ["agg", "a", "=", "count", "(", ")", ",", "b", "=", "sum", "(", "金额", ")"])
    }

    @Test func commentsEndTheLine() throws {
        #expect(try Lexer("stations # 全部站点").tokens().map(\.text) == ["stations"])
    }

    @Test func unterminatedStringIsLocated() {
        let error = #expect(throws: Diagnostic.self) { try Lexer("where 乡镇 == \"保安").tokens() }
        #expect(error?.range?.lowerBound == 16)
    }
}

@Suite struct ParserTests {
    func parse(_ text: String) throws -> Expression {
        var parser = Parser(source: text, tokens: try Lexer(text).tokens())
        let expression = try parser.expression()
        try parser.expectEnd()
        return expression
    }

    @Test func precedenceAndCanonicalText() throws {
        #expect(try parse("a + b * 2 > 10 and not c == \"x\" or d").canonical == "a + b * 2 > 10 and not c == \"x\" or d")
        #expect(try parse("(a + b) * 2").canonical == "(a + b) * 2")
        #expect(try parse("a - (b - c)").canonical == "a - (b - c)")
        #expect(try parse("(a - b) - c").canonical == "a - b - c")
        #expect(try parse("(a or b) and c").canonical == "(a or b) and c")
        #expect(try parse("not (a and b)").canonical == "not (a and b)")
        #expect(try parse("金额 between 1 and 2").canonical == "金额 between 1 and 2")
        #expect(try parse("乡镇 not in [\"保安镇\", \"殷祖镇\"]").canonical == "乡镇 not in [\"保安镇\", \"殷祖镇\"]")
        #expect(try parse("村 is not null").canonical == "村 is not null")
        #expect(try parse("round(wan(sum(金额)), 2)").canonical == "round(wan(sum(金额)), 2)")
        #expect(try parse("-3 * x").canonical == "-3 * x")
        #expect(try parse("`金额（万元）` > 1").canonical == "`金额（万元）` > 1")
    }

    @Test func singleEqualsGetsAHint() {
        let error = #expect(throws: Diagnostic.self) { try parse("乡镇 = \"保安镇\"") }
        #expect(error?.hint == "use == to compare")
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        let error = #expect(throws: Diagnostic.self) { try parse(deep) }
        #expect(error?.message.contains("nested too deeply") == true)
        let long = (0..<5000).map { _ in "1" }.joined(separator: " + ")
        #expect(throws: Diagnostic.self) { try parse(long) }
        let nots = String(repeating: "not ", count: 5000) + "true"
        #expect(throws: Diagnostic.self) { try parse(nots) }
    }

    @Test func pipelineSplitsOnTopLevelBarsOnly() throws {
        let syntax = try PipelineSyntax.parse("let x = stations | where 乡镇 in [\"a|b\"] | count")
        #expect(syntax.binding?.text == "x")
        #expect(syntax.stages.map(\.name.text) == ["stations", "where", "count"])
        let error = #expect(throws: Diagnostic.self) { try PipelineSyntax.parse("stations | | count") }
        #expect(error?.message == "expected a command after |")
    }
}

@Suite struct BinderTests {
    let fields = [Field(name: "乡镇", type: .text), Field(name: "金额", type: .decimal(scale: 2)), Field(name: "日期", type: .date)]

    func bind(_ text: String) throws -> BoundExpression {
        var parser = Parser(source: text, tokens: try Lexer(text).tokens())
        return try Binder(fields: fields, source: text).bind(try parser.expression())
    }

    @Test func suggestsTheNearestColumn() {
        let error = #expect(throws: Diagnostic.self) { try bind("乡镗 == \"保安镇\"") }
        #expect(error?.phase == .bind)
        #expect(error?.hint == "did you mean 乡镇?")
        #expect(error?.range == 0..<6)
    }

    @Test func turnsTextIntoDatesWhenComparedWithDates() throws {
        guard case .comparison(_, _, .literal(.date(let days))) = try bind("日期 >= \"2022-06-01\"") else {
            Issue.record("expected a date literal")
            return
        }
        #expect(CivilDate.format(days) == "2022-06-01")
        let error = #expect(throws: Diagnostic.self) { try bind("日期 >= \"六月\"") }
        #expect(error?.hint == "write dates as \"2022-06-08\"")
    }

    @Test func rejectsMismatchedComparisons() {
        let error = #expect(throws: Diagnostic.self) { try bind("乡镇 == 3") }
        #expect(error?.hint == "put the value in quotes")
        #expect(throws: Diagnostic.self) { try bind("sum(金额) > 1") }
        #expect(throws: Diagnostic.self) { try bind("wna(金额)") }
    }
}
