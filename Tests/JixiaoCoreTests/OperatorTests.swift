import JixiaoCore
import Testing

@Suite struct OperatorTests {
    let table = Table(names: ["乡镇", "金额"], columns: [
        Column.from([.text("保安镇"), .text("殷祖镇"), .null, .text("保安镇"), .text("陈贵镇")]),
        Column.from([.decimal(ExactDecimal(units: 150, scale: 2)), .null, .decimal(ExactDecimal(units: 300, scale: 2)),
                     .decimal(ExactDecimal(units: 150, scale: 2)), .decimal(ExactDecimal(units: 50, scale: 2))]),
    ])

    @Test func sortIsStableWithNullsLast() {
        let ascending = table.sorted(by: [SortKey(column: table.materializedColumn(1), descending: false)])
        #expect(ascending.rows().map { $0[1].description } == ["0.50", "1.50", "1.50", "3.00", ""])
        #expect(ascending.rows().map { $0[0].description } == ["陈贵镇", "保安镇", "保安镇", "", "殷祖镇"])
        let descending = table.sorted(by: [SortKey(column: table.materializedColumn(1), descending: true)])
        #expect(descending.rows().map { $0[1].description } == ["3.00", "1.50", "1.50", "0.50", ""])
    }

    @Test func filterBuildsASelectionWithoutCopying() {
        let filtered = table.selecting([0, 3])
        #expect(filtered.selection == [0, 3])
        #expect(filtered.baseRowCount == 5)
        #expect(filtered.prefix(1).rows() == [[.text("保安镇"), .decimal(ExactDecimal(units: 150, scale: 2))]])
    }

    @Test func groupsInOrderOfFirstAppearance() throws {
        let groups = GroupIndex(keys: [table.materializedColumn(0)], rowCount: table.rowCount)
        #expect(groups.groupOfRow == [0, 1, 2, 0, 3])
        let sums = try AggregateFunction.sum.compute(table.materializedColumn(1), groups: groups, resultType: .decimal(scale: 2))
        #expect((0..<4).map { sums.value(at: $0).description } == ["3.00", "", "3.00", "0.50"])
        let median = try AggregateFunction.median.compute(table.materializedColumn(1), groups: GroupIndex(keys: [], rowCount: 5), resultType: .decimal(scale: 3))
        #expect(median.value(at: 0).description == "1.500")
        let share = try AggregateFunction.share.compute(table.materializedColumn(1), groups: groups, resultType: .decimal(scale: 2))
        #expect((0..<4).map { share.value(at: $0).description } == ["46.15", "", "46.15", "7.69"])
    }

    /// A money column's median is in the column's own scale (60,000.00, not 60,000.000); the mean of two middles
    /// that needs one more decimal is rounded half up to it. Whole numbers keep the exact half.
    @Test func theMedianKeepsTheColumnsScale() throws {
        func median(_ column: Column) throws -> Column {
            let type = try AggregateFunction.median.resultType(column.type).get()
            return try AggregateFunction.median.compute(column, groups: GroupIndex(keys: [], rowCount: column.count), resultType: type)
        }
        let money = Column(.decimal([5_000_000, 7_000_000, 6_000_000, 6_000_000], scale: 2))
        #expect(try AggregateFunction.median.resultType(money.type).get() == .decimal(scale: 2))
        #expect(try median(money).value(at: 0) == .decimal(ExactDecimal(units: 6_000_000, scale: 2)))
        #expect(try median(money).value(at: 0).description == "60000.00")
        // 0.01 and 0.02: the exact mean 0.015 is shown at the column's 2 decimals, rounded half up.
        #expect(try median(Column(.decimal([1, 2], scale: 2))).value(at: 0).description == "0.02")
        #expect(try median(Column(.decimal([-2, -1], scale: 2))).value(at: 0).description == "-0.02")
        #expect(try median(Column(.decimal([1, 3, 2], scale: 2))).value(at: 0).description == "0.02")
        #expect(try median(Column(.integer([1, 2]))).value(at: 0).description == "1.5")
        #expect(try median(Column(.integer([1, 2, 7]))).value(at: 0).description == "2.0")
    }

    @Test func joinsInnerAndLeft() throws {
        let towns = Table(names: ["乡镇", "村数"], columns: [Column.from([.text("保安镇"), .text("殷祖镇")]), Column.from([.integer(28), .integer(20)])])
        let inner = try table.joined(with: towns, leftKeys: [0], rightKeys: [0], kind: .inner)
        #expect(inner.names == ["乡镇", "金额", "村数"])
        #expect(inner.rows().map { $0[2] } == [.integer(28), .integer(20), .integer(28)])
        let left = try table.joined(with: towns, leftKeys: [0], rightKeys: [0], kind: .left)
        #expect(left.rowCount == 5)
        #expect(left.rows().map { $0[2] } == [.integer(28), .integer(20), .null, .integer(28), .null])
    }

    @Test func distinctKeepsFirstRows() {
        #expect(table.distinct(on: [0]).rows().map { $0[0].description } == ["保安镇", "殷祖镇", "", "陈贵镇"])
    }
}
