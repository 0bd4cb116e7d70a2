/// A table turned on its side: one row per value of a row key, one column per value of a column key, and in
/// each cell the exact sum (or count) of the rows that have that pair of values.
///
/// A cell no row reaches is nil, which is not 0: a sum of values that happen to cancel is 0. Totals add the
/// exact cells, never rounded ones.
package struct Pivot: Sendable, Equatable {
    /// The row key's values, one per row of the pivot.
    package var rowKeys: [Value]
    /// The column key's values, one per column of the pivot.
    package var columnKeys: [Value]
    /// `cells[row][column]`: nil where no input row has that pair of keys with a value.
    package var cells: [[ExactDecimal?]]

    /// Each row's total over its cells; nil for a row of empty cells.
    package func rowTotals() throws(PivotOperator.Overflow) -> [ExactDecimal?] {
        var totals: [ExactDecimal?] = []
        for row in cells { totals.append(try Self.total(row)) }
        return totals
    }

    /// Each column's total over its cells; nil for a column of empty cells.
    package func columnTotals() throws(PivotOperator.Overflow) -> [ExactDecimal?] {
        var totals: [ExactDecimal?] = []
        for column in columnKeys.indices { totals.append(try Self.total(cells.map { $0[column] })) }
        return totals
    }

    /// The total of every cell; nil when every cell is empty.
    package func grandTotal() throws(PivotOperator.Overflow) -> ExactDecimal? {
        try Self.total(cells.flatMap { $0 })
    }

    static func total(_ values: [ExactDecimal?]) throws(PivotOperator.Overflow) -> ExactDecimal? {
        var total: ExactDecimal?
        for value in values {
            guard let value else { continue }
            guard let sum = ExactDecimal.adding(total ?? ExactDecimal(units: 0, scale: value.scale), value) else {
                throw PivotOperator.Overflow(rowKey: nil, columnKey: nil)
            }
            total = sum
        }
        return total
    }
}

/// Builds a `Pivot` from the visible rows of a table.
package enum PivotOperator {
    /// What a cell holds.
    package enum CellAggregate: Sendable {
        /// The exact sum of the value column's non-null values, in the column's scale.
        case sum
        /// The number of rows with a non-null value (every row when there is no value column).
        case count
    }

    /// A sum that does not fit 18 digits, with the keys of the cell when it is one (nil for a total).
    package struct Overflow: Error, Sendable, Equatable {
        package var rowKey: Value?
        package var columnKey: Value?

        /// The overflow of the cell at these keys; nil keys for a total.
        package init(rowKey: Value?, columnKey: Value?) {
            self.rowKey = rowKey
            self.columnKey = columnKey
        }
    }

    /// Rows by the values of column `rowKey`, columns by the values of column `columnKey`, both in order of first
    /// appearance; or, with `columnOrder`, exactly those columns in that order (rows with another column key
    /// are left out). Nulls are a key value like any other. A key seen only beside null values still gets its
    /// row or column, of empty cells. `value` is the column summed or counted; count may go without one.
    package static func run(_ table: Table, rowKey: Int, columnKey: Int, value: Int?, aggregate: CellAggregate,
                           columnOrder: [Value]? = nil) throws -> Pivot {
        let rowColumn = table.materializedColumn(rowKey)
        let columnColumn = table.materializedColumn(columnKey)
        let values = value.map { table.materializedColumn($0) }
        let units: [Int64]?
        let scale: Int
        switch (aggregate, values?.storage) {
        case (.count, _):
            units = nil
            scale = 0
        case (.sum, .integer(let v)?):
            units = v
            scale = 0
        case (.sum, .decimal(let v, let s)?):
            units = v
            scale = s
        case (.sum, _):
            throw Diagnostic(.internal, .internalPivotValue)
        }

        let rowIDs = GroupIndex.denseIDs(rowColumn)
        let rowKeys = firstAppearances(rowIDs).map { rowColumn.value(at: Int($0)) }
        let columnOfRow: [Int?]
        let columnKeys: [Value]
        if let columnOrder {
            var position: [Value: Int] = [:]
            for (i, key) in columnOrder.enumerated() where position[key] == nil { position[key] = i }
            columnOfRow = (0..<table.rowCount).map { position[columnColumn.value(at: $0)] }
            columnKeys = columnOrder
        } else {
            let ids = GroupIndex.denseIDs(columnColumn)
            columnOfRow = ids.map { Int($0) }
            columnKeys = firstAppearances(ids).map { columnColumn.value(at: Int($0)) }
        }

        var sums = [[Int64?]](repeating: [Int64?](repeating: nil, count: columnKeys.count), count: rowKeys.count)
        for row in 0..<table.rowCount {
            guard let c = columnOfRow[row] else { continue }
            if let values, values.isNull(at: row) { continue }
            let r = Int(rowIDs[row])
            let amount = units.map { $0[row] } ?? 1
            let (sum, overflow) = (sums[r][c] ?? 0).addingReportingOverflow(amount)
            // A sum equal to the null marker would read back as null: it does not fit either.
            if overflow || sum == NullMarker.integer { throw Overflow(rowKey: rowKeys[r], columnKey: columnKeys[c]) }
            sums[r][c] = sum
        }
        let cells = sums.map { $0.map { $0.map { ExactDecimal(units: $0, scale: scale) } } }
        return Pivot(rowKeys: rowKeys, columnKeys: columnKeys, cells: cells)
    }

    /// For dense ids numbered in order of first appearance, the first row of each.
    static func firstAppearances(_ ids: [Int32]) -> [Int32] {
        var first: [Int32] = []
        for (row, id) in ids.enumerated() where Int(id) == first.count { first.append(Int32(row)) }
        return first
    }
}
