import JixiaoCore
import JixiaoLanguage
import Testing

/// The syntax side of `agg`: aggregate calls taken out of expressions, bound, and planned.
@Suite struct AggregateExtractionTests {
    func parse(_ text: String) throws -> Expression {
        var parser = Parser(source: text, tokens: try Lexer(text).tokens())
        let expression = try parser.expression()
        try parser.expectEnd()
        return expression
    }

    let input = [Field(name: "方向", type: .text), Field(name: "金额", type: .decimal(scale: 2))]

    func plan(_ items: [(String, String)], keys: [Field] = []) throws -> AggregatePlan {
        let source = items.map(\.1).joined(separator: ", ")
        return try AggregateExtraction.plan(items.map { (name: $0.0, expression: try parse($0.1)) },
                                            input: Binder(fields: input, source: source), keys: keys)
    }

    @Test func callsAreReplacedByTheirResultsNotByNames() throws {
        var calls: [AggregateCall] = []
        let outer = try AggregateExtraction.extract(try parse("wan(sum(金额)) + count()"), source: "", into: &calls)
        #expect(calls.map(\.function) == [.sum, .count])
        guard case .binary("+", let lhs, let rhs) = outer.kind, case .call("wan", let args) = lhs.kind else {
            Issue.record("unexpected shape: \(outer.kind)")
            return
        }
        #expect(args.map(\.kind) == [.aggregateResult(0)])
        #expect(rhs.kind == .aggregateResult(1))
    }

    @Test func theSameCallInTwoItemsIsOneAggregate() throws {
        let plan = try plan([("a", "sum(金额)"), ("b", "wan(sum(金额)) + SUM(金额)"), ("n", "count() * 2")])
        #expect(plan.aggregates.map(\.function) == [.sum, .count])
        #expect(plan.outputs.map(\.name) == ["a", "b", "n"])
        #expect(plan.aggregates[0].resultType == .decimal(scale: 2))
    }

    /// A key named like the old hidden columns is bound as the key; nothing else can mean an aggregate.
    @Test func aKeyNamedLikeTheOldHiddenColumnsIsJustAKey() throws {
        let key = Field(name: "\u{1F}agg0", type: .text)
        let plan = try plan([("x", "`\u{1F}agg0`"), ("s", "sum(金额)")], keys: [key])
        guard case .column(0, .text) = plan.outputs[0].expression, case .column(1, _) = plan.outputs[1].expression else {
            Issue.record("unexpected binding: \(plan.outputs.map(\.expression))")
            return
        }
    }

    @Test func errorsKeepTheirMessages() throws {
        #expect(throws: Diagnostic.self) { try plan([("x", "sum(sum(金额))")]) }
        do {
            _ = try plan([("x", "sum(方向)")])
            Issue.record("sum of text was accepted")
        } catch let error as Diagnostic {
            #expect(error.message == "sum needs numbers; this is text")
            #expect(error.hint == AggregateFunction.sum.summary.text(in: .en))
        }
        do {
            _ = try plan([("x", "金额 + sum(金额)")])
            Issue.record("a bare column outside an aggregate was accepted")
        } catch let error as Diagnostic {
            #expect(error.message == "no column named 金额")
            #expect(error.phase == .bind)
        }
    }
}
