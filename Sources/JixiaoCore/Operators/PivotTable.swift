/// What `pivot` computes: rows by the values of row keys, columns by the values of a column key, and in each
/// cell one aggregate of the rows with that pair of values; with a 合计 column and a 合计 row.
///
/// The totals are never added up from the cells: each is the same aggregate computed again over all the rows
/// of its row (its column, the whole table), from exact values. So `wan(sum(金额))` totals the exact yuan and
/// rounds once, and `mean(x)` totals as the mean of all the rows, as a spreadsheet's pivot table does.
package struct PivotTablePlan: Sendable {
    /// The row keys' names and values (one value per input row each).
    package var rowKeys: [(name: String, column: Column)]
    /// The column key's values, one per input row.
    package var columnKey: Column
    /// The cell aggregate over keys `rowKeys + [columnKey]`, one output.
    package var cells: AggregatePlan
    /// The same aggregate over keys `rowKeys`: the 合计 column.
    package var rowTotals: AggregatePlan
    /// Over key `columnKey`: the 合计 row.
    package var columnTotals: AggregatePlan
    /// Over no keys: the corner.
    package var grandTotal: AggregatePlan
    /// The columns, in this order, when listed (`by 层级 in [...]`); the input holds only rows with these values.
    package var listedColumns: [Value]?
    /// Rows and columns sorted by their values (text in pinyin order), else in order of first appearance.
    package var sorted: Bool
    /// Whether to add the 合计 row and column.
    package var totals: Bool
    /// The label of the totals' row and column.
    package var totalLabel: String

    package init(rowKeys: [(name: String, column: Column)], columnKey: Column, cells: AggregatePlan, rowTotals: AggregatePlan,
                columnTotals: AggregatePlan, grandTotal: AggregatePlan, listedColumns: [Value]?, sorted: Bool, totals: Bool, totalLabel: String) {
        self.rowKeys = rowKeys
        self.columnKey = columnKey
        self.cells = cells
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
        self.grandTotal = grandTotal
        self.listedColumns = listedColumns
        self.sorted = sorted
        self.totals = totals
        self.totalLabel = totalLabel
    }
}

extension PivotOperator {
    /// The name of a column made for a null column-key value.
    package static let nullColumnName = "null"

    /// The pivot table of `rows` (whose visible rows the plan's key columns describe, one value each).
    /// A cell no row reaches is null, never 0. Row keys and column names are as `plan` orders them.
    /// More cells (rows × columns) than `budgets.rows`, or more memory than `budgets.memory`, is an error saying
    /// how many it would produce, found before the cells are made.
    package static func table(_ rows: Table, plan: PivotTablePlan, budgets: Budgets = .current, checkCancelled: () throws -> Void = {}) throws -> Table {
        let rowKeyColumns = plan.rowKeys.map(\.column)
        let cells = try AggregateOperator.run(plan.cells, over: rows, keys: rowKeyColumns + [plan.columnKey], checkCancelled: checkCancelled)
        var rowTotals = try AggregateOperator.run(plan.rowTotals, over: rows, keys: rowKeyColumns, checkCancelled: checkCancelled)
        var columnTotals = try AggregateOperator.run(plan.columnTotals, over: rows, keys: [plan.columnKey], checkCancelled: checkCancelled)
        let keyCount = rowKeyColumns.count

        // The rows: one per distinct combination of the row keys (the row totals hold each once).
        if plan.sorted {
            rowTotals = rowTotals.sorted(by: (0..<keyCount).map { SortKey(column: rowTotals.materializedColumn($0), descending: false) }).materialized()
        }
        // The columns: listed, or the distinct values of the column key.
        let columnValues: [Value]
        if let listed = plan.listedColumns {
            columnValues = listed
        } else {
            if plan.sorted { columnTotals = columnTotals.sorted(by: [SortKey(column: columnTotals.materializedColumn(0), descending: false)]).materialized() }
            columnValues = (0..<columnTotals.rowCount).map { columnTotals.value(row: $0, column: 0) }
        }
        let (cellCount, overflow) = rowTotals.rowCount.multipliedReportingOverflow(by: columnValues.count)
        // Each cell is a `Value` in the matrix and again while its column is made.
        let (bytes, bytesOverflow) = cellCount.multipliedReportingOverflow(by: 2 * MemoryLayout<Value>.stride)
        if overflow || cellCount > budgets.rows || bytesOverflow || bytes > budgets.memory {
            throw Diagnostic(.run, .budgetPivotCells, [String(rowTotals.rowCount), String(columnValues.count), String(min(budgets.rows, budgets.memory / (2 * MemoryLayout<Value>.stride)))],
                             hint: Message(.hintBudgetPivot))
        }
        try checkCancelled()
        var rowOf: [[Value]: Int] = [:]
        for row in 0..<rowTotals.rowCount { rowOf[(0..<keyCount).map { rowTotals.value(row: row, column: $0) }] = row }
        var columnOf: [Value: Int] = [:]
        for (index, value) in columnValues.enumerated() where columnOf[value] == nil { columnOf[value] = index }

        // Each cell where a row reaches it; nil elsewhere.
        var matrix = [[Value]](repeating: [Value](repeating: .null, count: columnValues.count), count: rowTotals.rowCount)
        for row in 0..<cells.rowCount {
            guard let r = rowOf[(0..<keyCount).map { cells.value(row: row, column: $0) }],
                  let c = columnOf[cells.value(row: row, column: keyCount)] else { continue }
            matrix[r][c] = cells.value(row: row, column: keyCount + 1)
        }
        let cellColumn = cells.columns[keyCount + 1]
        let cellType = cellColumn.type, hint = cellColumn.hint

        var names = plan.rowKeys.map(\.name) + columnValues.map { $0.isNull ? nullColumnName : $0.description }
        var keyColumns = (0..<keyCount).map { rowTotals.materializedColumn($0) }
        var valueColumns = columnValues.indices.map { c in Column.from(matrix.map { $0[c] }, type: cellType, hint: hint) }
        guard plan.totals else {
            return Table(names: CSVReader.uniqued(names), columns: keyColumns + valueColumns)
        }

        // The 合计 column, then the 合计 row: the label under the first key (made text when it is not), the
        // other keys empty, each column's total, and the corner.
        names.append(plan.totalLabel)
        valueColumns.append(rowTotals.materializedColumn(keyCount))
        let grand = try AggregateOperator.run(plan.grandTotal, over: rows, keys: [], checkCancelled: checkCancelled)
        var columnTotalOf: [Value: Value] = [:]
        for row in 0..<columnTotals.rowCount { columnTotalOf[columnTotals.value(row: row, column: 0)] = columnTotals.value(row: row, column: 1) }
        let totalsRow = columnValues.map { columnTotalOf[$0] ?? .null } + [grand.value(row: 0, column: 0)]
        keyColumns = keyColumns.enumerated().map { index, column in
            let values = (0..<column.count).map(column.value)
            if index == 0 {
                return Column.from(values.map { $0.isNull || $0.type == .text ? $0 : .text($0.description) } + [.text(plan.totalLabel)], type: .text, hint: column.hint)
            }
            return Column.from(values + [.null], type: column.type, hint: column.hint)
        }
        valueColumns = valueColumns.enumerated().map { index, column in
            Column.from((0..<column.count).map(column.value) + [totalsRow[index]], type: column.type, hint: column.hint)
        }
        return Table(names: CSVReader.uniqued(names), columns: keyColumns + valueColumns)
    }
}
