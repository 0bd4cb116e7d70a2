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
