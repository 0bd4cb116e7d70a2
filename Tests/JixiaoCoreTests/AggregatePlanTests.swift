import JixiaoCore
import Testing

/// `AggregatePlan` and `AggregateOperator`: aggregates inside expressions, each distinct one computed once,
/// over groups by position, never by a name a user column could take.
@Suite struct AggregatePlanTests {
    static func money(_ units: Int64?) -> Value { units.map { .decimal(ExactDecimal(units: $0, scale: 2)) } ?? .null }

    /// 方向 and two money columns; the last group's 全年 values are all null.
    let table = Table(names: ["方向", "全年", "年初"], columns: [
        Column.from([.text("到位"), .text("支出"), .text("到位"), .text("支出"), .text("结余")]),
        Column.from([money(10), money(20), money(30_000_000), money(40), money(nil)], type: .decimal(scale: 2)),
        Column.from([money(5), money(15), money(1), money(nil), money(7)], type: .decimal(scale: 2)),
    ])
    var keyColumn: Column { table.materializedColumn(0) }
    var keyField: Field { Field(name: "方向", type: .text) }
    func column(_ i: Int) -> BoundExpression { .column(i, table.columns[i].type) }

    func texts(_ table: Table, _ column: Int) -> [String] {
        (0..<table.rowCount).map { table.value(row: $0, column: column).description }
    }

    @Test func anExpressionOfTwoAggregatesIsComputedPerGroup() throws {
        var plan = AggregatePlan(keys: [keyField])
        let full = try plan.aggregate(.sum, argument: column(1)).get()
        let start = try plan.aggregate(.sum, argument: column(2)).get()
        let type = try #require(ArithmeticOperator.subtract.resultType(full.type, start.type))
        plan.outputs = [.init(name: "调整", expression: .arithmetic(.subtract, full, start, type))]
        let result = try AggregateOperator.run(plan, over: table, keys: [keyColumn])
        #expect(result.names == ["方向", "调整"])
        #expect(texts(result, 0) == ["到位", "支出", "结余"])
        // 到位: (0.10 + 300,000.00) − (0.05 + 0.01); 支出: (0.20 + 0.40) − 0.15; 结余: null − 0.07 is null.
        #expect(texts(result, 1) == ["300000.04", "0.45", ""])
    }

    @Test func aScalarFunctionAroundAnAggregate() throws {
        var plan = AggregatePlan(keys: [])
        let sum = try plan.aggregate(.sum, argument: column(1)).get()
        plan.outputs = [.init(name: "万元", expression: .function(.wan, [sum], .decimal(scale: 2)))]
        let result = try AggregateOperator.run(plan, over: table, keys: [])
        // 300,000.70 yuan is 30.00007 万元, shown as 30.00.
        #expect(result.rows() == [[Self.money(3_000)]])
    }

    @Test func theSameAggregateUsedTwiceIsComputedOnce() throws {
        var plan = AggregatePlan(keys: [keyField])
        let first = try plan.aggregate(.sum, argument: column(1)).get()
        let again = try plan.aggregate(.sum, argument: column(1)).get()
        let count = try plan.aggregate(.count, argument: nil).get()
        let countAgain = try plan.aggregate(.count, argument: nil).get()
        #expect(first == again)
        #expect(count == countAgain)
        // A different function or argument is a different aggregate.
        let other = try plan.aggregate(.max, argument: column(1)).get()
        let otherArgument = try plan.aggregate(.sum, argument: column(2)).get()
        #expect(plan.aggregates.map(\.function) == [.sum, .count, .max, .sum])
        #expect(Set([first, count, other, otherArgument]).count == 4)
        plan.outputs = [
            .init(name: "a", expression: first),
            .init(name: "b", expression: .arithmetic(.add, first, again, .decimal(scale: 2))),
            .init(name: "n", expression: countAgain),
        ]
        let result = try AggregateOperator.run(plan, over: table, keys: [keyColumn])
        #expect(texts(result, 1) == ["300000.10", "0.60", ""])
        #expect(texts(result, 2) == ["600000.20", "1.20", ""])
        #expect(texts(result, 3) == ["2", "2", "1"])
    }

    /// The old planner named aggregate results \u{1F}agg0, \u{1F}agg1 …; a key or input column of that name
    /// now means nothing special, because outputs reach aggregates by position.
    @Test func aColumnNamedLikeTheOldHiddenColumnsIsAnOrdinaryColumn() throws {
        let hiddenLike = Table(names: ["\u{1F}agg0", "\u{1F}rows"], columns: [
            Column.from([.text("甲"), .text("乙"), .text("甲")]),
            Column.from([.integer(1), .integer(2), .integer(3)]),
        ])
        var plan = AggregatePlan(keys: [Field(name: "\u{1F}agg0", type: .text)])
        let sum = try plan.aggregate(.sum, argument: .column(1, .integer)).get()
        plan.outputs = [
            .init(name: "\u{1F}agg0", expression: .column(0, .text)),
            .init(name: "\u{1F}rows", expression: sum),
        ]
        let result = try AggregateOperator.run(plan, over: hiddenLike, keys: [hiddenLike.materializedColumn(0)])
        #expect(result.names == ["\u{1F}agg0", "\u{1F}agg0_2", "\u{1F}rows"])
        #expect(result.rows() == [[.text("甲"), .text("甲"), .integer(4)], [.text("乙"), .text("乙"), .integer(2)]])
    }

    @Test func withoutKeysAnEmptyInputIsOneGroup() throws {
        var plan = AggregatePlan(keys: [])
        let count = try plan.aggregate(.count, argument: nil).get()
        let sum = try plan.aggregate(.sum, argument: column(1)).get()
        plan.outputs = [.init(name: "n", expression: count), .init(name: "合计", expression: sum), .init(name: "one", expression: .literal(.integer(1)))]
        let empty = table.selecting([])
        let result = try AggregateOperator.run(plan, over: empty, keys: [])
        #expect(result.rows() == [[.integer(0), .null, .integer(1)]])
    }

    @Test func withKeysAnEmptyInputHasNoGroups() throws {
        var plan = AggregatePlan(keys: [keyField])
        plan.outputs = [.init(name: "n", expression: try plan.aggregate(.count, argument: nil).get())]
        let empty = table.selecting([])
        let result = try AggregateOperator.run(plan, over: empty, keys: [empty.materializedColumn(0)])
        #expect(result.names == ["方向", "n"])
        #expect(result.rowCount == 0)
    }

    /// No aggregate at all: a literal still has one row per group to be evaluated on.
    @Test func outputsWithoutAggregatesHaveOneRowPerGroup() throws {
        var plan = AggregatePlan(keys: [])
        plan.outputs = [.init(name: "x", expression: .literal(.integer(7)))]
        #expect(try AggregateOperator.run(plan, over: table, keys: []).rows() == [[.integer(7)]])
        var grouped = AggregatePlan(keys: [keyField])
        grouped.outputs = [.init(name: "x", expression: .arithmetic(.add, .literal(.integer(1)), .literal(.integer(2)), .integer))]
        let result = try AggregateOperator.run(grouped, over: table, keys: [keyColumn])
        #expect(result.rows() == [[.text("到位"), .integer(3)], [.text("支出"), .integer(3)], [.text("结余"), .integer(3)]])
    }

    @Test func nullsAreSkippedAndAGroupOfNullsSumsToNull() throws {
        var plan = AggregatePlan(keys: [keyField])
        plan.outputs = [
            .init(name: "rows", expression: try plan.aggregate(.count, argument: nil).get()),
            .init(name: "values", expression: try plan.aggregate(.count, argument: column(2)).get()),
            .init(name: "sum", expression: try plan.aggregate(.sum, argument: column(1)).get()),
            .init(name: "mean", expression: try plan.aggregate(.mean, argument: column(2)).get()),
        ]
        let result = try AggregateOperator.run(plan, over: table, keys: [keyColumn])
        #expect(texts(result, 1) == ["2", "2", "1"])
        #expect(texts(result, 2) == ["2", "1", "1"])
        #expect(texts(result, 3) == ["300000.10", "0.60", ""])
        #expect(texts(result, 4) == ["0.03", "0.15", "0.07"])
    }

    @Test func sumsAreExactAtScaleTwo() throws {
        let cents = Table(names: ["x"], columns: [Column.from([Self.money(10), Self.money(20)], type: .decimal(scale: 2))])
        var plan = AggregatePlan(keys: [])
        let sum = try plan.aggregate(.sum, argument: .column(0, .decimal(scale: 2))).get()
        plan.outputs = [
            .init(name: "sum", expression: sum),
            .init(name: "is 0.3", expression: .comparison(.equal, sum, .literal(.decimal(ExactDecimal(units: 3, scale: 1))))),
        ]
        let result = try AggregateOperator.run(plan, over: cents, keys: [])
        #expect(result.rows() == [[Self.money(30), .boolean(true)]])
        #expect(result.columns[0].type == .decimal(scale: 2))
    }

    @Test func aFilteredInputAggregatesOnlyItsVisibleRows() throws {
        var plan = AggregatePlan(keys: [])
        plan.outputs = [.init(name: "sum", expression: try plan.aggregate(.sum, argument: column(1)).get())]
        let visible = table.selecting([1, 3])
        #expect(try AggregateOperator.run(plan, over: visible, keys: []).rows() == [[Self.money(60)]])
    }

    @Test func resultsAreShownAsWhatTheyWereTakenOf() throws {
        let percent = Table(names: ["p"], columns: [Column(.decimal([1_000, 2_000], scale: 2), hint: .percent)])
        var plan = AggregatePlan(keys: [])
        let sum = try plan.aggregate(.sum, argument: .column(0, .decimal(scale: 2))).get()
        plan.outputs = [
            .init(name: "sum", expression: sum),
            .init(name: "share", expression: try plan.aggregate(.share, argument: .column(0, .decimal(scale: 2))).get()),
            .init(name: "count", expression: try plan.aggregate(.count, argument: nil).get()),
            .init(name: "wan", expression: .function(.wan, [sum], .decimal(scale: 2))),
        ]
        let result = try AggregateOperator.run(plan, over: percent, keys: [])
        #expect(result.columns.map(\.hint) == [.percent, .percent, .number, ScalarFunction.wan.hint])
    }

    @Test func anAggregateThatDoesNotApplyIsRefusedWithAMessage() {
        var plan = AggregatePlan(keys: [])
        let text = Field(name: "方向", type: .text)
        let result = plan.aggregate(.sum, argument: .column(0, text.type))
        #expect(throws: FunctionTypeError.self) { try result.get() }
        if case .failure(let failure) = result { #expect(failure.message == "sum needs numbers; this is text") }
        #expect(plan.aggregates.isEmpty)
        if case .failure(let failure) = plan.aggregate(.mean, argument: nil) {
            #expect(failure.message == "mean needs a column: mean(x)")
        } else {
            Issue.record("mean() without a column was accepted")
        }
    }

    @Test func aPlanAndKeysThatDisagreeAreAnInternalErrorNotACrash() {
        let plan = AggregatePlan(keys: [keyField])
        #expect(throws: Diagnostic.self) { try AggregateOperator.run(plan, over: table, keys: []) }
    }

    @Test func aSumTooLargeIsAnErrorNotAWrongNumber() {
        let huge = Table(names: ["x"], columns: [Column(.integer([Int64.max, 1]))])
        var plan = AggregatePlan(keys: [])
        plan.outputs = [.init(name: "sum", expression: (try? plan.aggregate(.sum, argument: .column(0, .integer)).get()) ?? .literal(.null))]
        #expect(throws: Diagnostic.self) { try AggregateOperator.run(plan, over: huge, keys: []) }
    }
}
