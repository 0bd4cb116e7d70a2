import JixiaoCore
import Testing

/// `PivotOperator`: rows by one key, columns by another, exact cells, empty cells apart from zero, totals from
/// the exact cells.
@Suite struct PivotOperatorTests {
    static func money(_ units: Int64?, scale: Int = 2) -> Value { units.map { .decimal(ExactDecimal(units: $0, scale: scale)) } ?? .null }
    static func exact(_ units: Int64, scale: Int = 2) -> ExactDecimal { ExactDecimal(units: units, scale: scale) }

    /// Long form, as `group 乡镇, 层级 | agg …` gives it: town, level, amount.
    static func table(_ rows: [(String?, String?, Int64?)], scale: Int = 2) -> Table {
        Table(names: ["乡镇", "层级", "金额"], columns: [
            Column.from(rows.map { $0.0.map(Value.text) ?? .null }, type: .text),
            Column.from(rows.map { $0.1.map(Value.text) ?? .null }, type: .text),
            Column.from(rows.map { money($0.2, scale: scale) }, type: .decimal(scale: scale)),
        ])
    }

    @Test func rowsAndColumnsComeInOrderOfFirstAppearance() throws {
        let table = Self.table([("殷祖镇", "村级", 100), ("保安镇", "镇级", 200), ("殷祖镇", "镇级", 300), ("陈贵镇", "村级", 400)])
        let pivot = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum)
        #expect(pivot.rowKeys == [.text("殷祖镇"), .text("保安镇"), .text("陈贵镇")])
        #expect(pivot.columnKeys == [.text("村级"), .text("镇级")])
        #expect(pivot.cells == [[Self.exact(100), Self.exact(300)], [nil, Self.exact(200)], [Self.exact(400), nil]])
    }

    @Test func aGivenColumnOrderIsExactlyTheColumns() throws {
        let table = Self.table([("殷祖镇", "村级", 100), ("殷祖镇", "镇级", 300), ("殷祖镇", "市级", 5)])
        let pivot = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum,
                                          columnOrder: [.text("镇级"), .text("社区"), .text("村级")])
        #expect(pivot.columnKeys == [.text("镇级"), .text("社区"), .text("村级")])
        // 社区 appears nowhere: an empty column. 市级 is not asked for: its row counts nowhere, totals included.
        #expect(pivot.cells == [[Self.exact(300), nil, Self.exact(100)]])
        #expect(try pivot.rowTotals() == [Self.exact(400)])
        #expect(try pivot.columnTotals() == [Self.exact(300), nil, Self.exact(100)])
    }

    @Test func aPairSeenTwiceIsSummedExactly() throws {
        let table = Self.table([("保安镇", "村级", 10), ("保安镇", "村级", 20)])
        let pivot = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum)
        // 0.10 + 0.20 is 0.30, exactly, in the column's scale.
        #expect(pivot.cells == [[Self.exact(30)]])
        #expect(pivot.cells[0][0] == ExactDecimal(parsing: "0.30"))
        #expect(pivot.cells[0][0]?.scale == 2)
    }

    @Test func anEmptyCellIsNotAZeroCell() throws {
        let table = Self.table([("保安镇", "村级", 150), ("保安镇", "村级", -150), ("保安镇", "镇级", nil), ("殷祖镇", "社区", 1)])
        let pivot = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum)
        #expect(pivot.columnKeys == [.text("村级"), .text("镇级"), .text("社区")])
        // Amounts that cancel make 0; a pair seen only with a null amount, or never, is empty.
        #expect(pivot.cells[0] == [Self.exact(0), nil, nil])
        #expect(pivot.cells[1] == [nil, nil, Self.exact(1)])
        #expect(try pivot.rowTotals() == [Self.exact(0), Self.exact(1)])
        // 镇级 has a column (its key was seen) with no value in it: its total is empty, not 0.
        #expect(try pivot.columnTotals() == [Self.exact(0), nil, Self.exact(1)])
    }

    /// Cells of 0.004 show as 0.00 at two decimals; their total is 0.012, not 0.00.
    @Test func totalsAddTheExactCellsNotRoundedOnes() throws {
        let table = Self.table([("保安镇", "村级", 4), ("保安镇", "镇级", 4), ("殷祖镇", "村级", 4), ("殷祖镇", "村级", 1)], scale: 3)
        let pivot = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum)
        #expect(pivot.cells == [[Self.exact(4, scale: 3), Self.exact(4, scale: 3)], [Self.exact(5, scale: 3), nil]])
        #expect(try pivot.rowTotals() == [Self.exact(8, scale: 3), Self.exact(5, scale: 3)])
        #expect(try pivot.columnTotals() == [Self.exact(9, scale: 3), Self.exact(4, scale: 3)])
        #expect(try pivot.grandTotal() == Self.exact(13, scale: 3))
        // The totals are the sum of the input, too.
        let direct = try AggregateFunction.sum.compute(table.materializedColumn(2), groups: GroupIndex(keys: [], rowCount: 4), resultType: .decimal(scale: 3))
        #expect(direct.value(at: 0) == .decimal(try #require(try pivot.grandTotal())))
    }

    @Test func countCountsRowsWithAValueOrEveryRow() throws {
        let table = Self.table([("保安镇", "村级", 1), ("保安镇", "村级", nil), ("保安镇", "镇级", nil), ("殷祖镇", "村级", 3)])
        let values = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .count)
        #expect(values.cells == [[ExactDecimal(1), nil], [ExactDecimal(1), nil]])
        let rows = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: nil, aggregate: .count)
        #expect(rows.cells == [[ExactDecimal(2), ExactDecimal(1)], [ExactDecimal(1), nil]])
        #expect(try rows.grandTotal() == ExactDecimal(4))
    }

    @Test func nullKeysAreAKeyOfTheirOwn() throws {
        let table = Self.table([(nil, "村级", 1), ("保安镇", nil, 2), (nil, "村级", 3)])
        let pivot = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum)
        #expect(pivot.rowKeys == [.null, .text("保安镇")])
        #expect(pivot.columnKeys == [.text("村级"), .null])
        #expect(pivot.cells == [[Self.exact(4), nil], [nil, Self.exact(2)]])
    }

    @Test func numericAndDateKeysWork() throws {
        let table = Table(names: ["月份", "年", "n"], columns: [
            Column.from([.integer(3), .integer(4), .integer(3)]),
            Column.from([.date(19_000), .date(19_000), .date(19_365)]),
            Column.from([.integer(2), .integer(5), .integer(7)]),
        ])
        let pivot = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum)
        #expect(pivot.rowKeys == [.integer(3), .integer(4)])
        #expect(pivot.columnKeys == [.date(19_000), .date(19_365)])
        #expect(pivot.cells == [[ExactDecimal(2), ExactDecimal(7)], [ExactDecimal(5), nil]])
    }

    @Test func onlyVisibleRowsArePivoted() throws {
        let table = Self.table([("保安镇", "村级", 1), ("殷祖镇", "镇级", 2), ("保安镇", "镇级", 3)]).selecting([2, 1])
        let pivot = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum)
        #expect(pivot.rowKeys == [.text("保安镇"), .text("殷祖镇")])
        #expect(pivot.columnKeys == [.text("镇级")])
        #expect(pivot.cells == [[Self.exact(3)], [Self.exact(2)]])
    }

    @Test func aCellTooLargeNamesItsKeys() {
        let table = Table(names: ["a", "b", "n"], columns: [
            Column.from([.text("甲"), .text("乙"), .text("乙")]),
            Column.from([.text("x"), .text("y"), .text("y")]),
            Column(.integer([1, Int64.max, 1])),
        ])
        #expect(throws: PivotOperator.Overflow(rowKey: .text("乙"), columnKey: .text("y"))) {
            try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum)
        }
    }

    @Test func aTotalTooLargeIsAnErrorNotAWrongNumber() throws {
        let table = Table(names: ["a", "b", "n"], columns: [
            Column.from([.text("甲"), .text("甲")]),
            Column.from([.text("x"), .text("y")]),
            Column(.integer([Int64.max - 1, Int64.max - 1])),
        ])
        let pivot = try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 2, aggregate: .sum)
        #expect(try pivot.columnTotals() == [ExactDecimal(Int64.max - 1), ExactDecimal(Int64.max - 1)])
        #expect(throws: PivotOperator.Overflow(rowKey: nil, columnKey: nil)) { try pivot.rowTotals() }
        #expect(throws: PivotOperator.Overflow(rowKey: nil, columnKey: nil)) { try pivot.grandTotal() }
    }

    @Test func summingTextIsAnErrorNotACrash() {
        let table = Self.table([("保安镇", "村级", 1)])
        #expect(throws: Diagnostic.self) { try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: 0, aggregate: .sum) }
        #expect(throws: Diagnostic.self) { try PivotOperator.run(table, rowKey: 0, columnKey: 1, value: nil, aggregate: .sum) }
    }
}
