/// Joins: rows of the left table matched with rows of the right on equal keys.
package enum JoinKind: String, Sendable {
    case inner, left
}

extension Table {
    /// Hash join on key columns (given as column numbers on each side). The result holds the left columns,
    /// then the right columns other than its keys; clashing names get a suffix (`名称_2`).
    /// The result is counted before anything is built for it: more rows than `budgets.rows` (or `Table.maxRows`),
    /// or more memory than `budgets.memory`, is an error saying how many rows it would produce, never an
    /// allocation that aborts the process (keys that repeat on both sides multiply). `checkCancelled` (Ctrl-C) is
    /// asked every 65,536 rows.
    package func joined(with right: Table, leftKeys: [Int], rightKeys: [Int], kind: JoinKind,
                        budgets: Budgets = .current, checkCancelled: () throws -> Void = {}) throws -> Table {
        let left = self
        func keyValues(_ table: Table, _ keys: [Int], _ row: Int) -> [Value]? {
            var values: [Value] = []
            for key in keys {
                let value = table.value(row: row, column: key)
                if value.isNull { return nil }
                // Integers and decimals of equal value must meet: compare numbers as decimals.
                values.append(value.exactDecimal.map { .decimal($0) } ?? value)
            }
            return values
        }
        var index: [[Value]: [Int32]] = [:]
        for row in 0..<right.rowCount {
            if row & 0xFFFF == 0xFFFF { try checkCancelled() }
            if let key = keyValues(right, rightKeys, row) { index[key, default: []].append(Int32(row)) }
        }
        // Count first: a join whose keys repeat on both sides can ask for more rows than memory holds.
        var resultCount = 0
        var leftKeyValues: [[Value]?] = []
        leftKeyValues.reserveCapacity(left.rowCount)
        for row in 0..<left.rowCount {
            if row & 0xFFFF == 0xFFFF { try checkCancelled() }
            let key = keyValues(left, leftKeys, row)
            leftKeyValues.append(key)
            resultCount += key.flatMap { index[$0]?.count } ?? (kind == .left ? 1 : 0)
        }
        let rowLimit = min(budgets.rows, Table.maxRows)
        if resultCount > rowLimit {
            throw Diagnostic(.run, .budgetJoinRows, [String(resultCount), String(rowLimit)], hint: Message(.hintJoinKeysRepeat))
        }
        // Two row numbers per result row, and each column's values (the right ones pass through `Value`s).
        let rightColumns = right.columns.count - rightKeys.count
        let bytesPerRow = 8 + left.columns.count * 8 + rightColumns * (8 + MemoryLayout<Value>.stride)
        let (bytes, overflow) = resultCount.multipliedReportingOverflow(by: bytesPerRow)
        if overflow || bytes > budgets.memory {
            throw Diagnostic(.run, .budgetJoinMemory, [String(resultCount), overflow ? String(Int.max) : String(bytes), String(budgets.memory)],
                             hint: Message(.hintBudgetMemory))
        }
        var leftRows: [Int32] = []
        var rightRows: [Int32] = []
        leftRows.reserveCapacity(resultCount)
        rightRows.reserveCapacity(resultCount)
        for row in 0..<left.rowCount {
            if row & 0xFFFF == 0xFFFF { try checkCancelled() }
            if let key = leftKeyValues[row], let matches = index[key] {
                for match in matches {
                    leftRows.append(Int32(row))
                    rightRows.append(match)
                }
            } else if kind == .left {
                leftRows.append(Int32(row))
                rightRows.append(-1)
            }
        }
        let leftPart = left.selecting(leftRows).materialized()
        var columns = leftPart.columns
        for index in right.columns.indices where !rightKeys.contains(index) {
            try checkCancelled()
            let source = right.materializedColumn(index)
            let values = rightRows.map { $0 < 0 ? Value.null : source.value(at: Int($0)) }
            columns.append(Column.from(values, type: source.type, hint: source.hint))
        }
        return Table(names: Self.joinedFields(left.fields, right.fields, rightKeys: rightKeys).map(\.name), columns: columns)
    }

    /// The columns a join gives, before any row is matched: the left columns, then the right ones other than its
    /// keys, clashing names with a suffix (`名称_2`).
    package static func joinedFields(_ left: [Field], _ right: [Field], rightKeys: [Int]) -> [Field] {
        let kept = left + right.indices.filter { !rightKeys.contains($0) }.map { right[$0] }
        return zip(CSVReader.uniqued(kept.map(\.name)), kept).map { Field(name: $0, type: $1.type) }
    }

    /// One row for each distinct combination of the given columns, in order of first appearance.
    package func distinct(on columnIndices: [Int]) -> Table {
        distinct(on: columnIndices, checkCancelled: {})
    }

    /// `distinct(on:)`, asking `checkCancelled` (Ctrl-C) while the rows are grouped.
    package func distinct(on columnIndices: [Int], checkCancelled: () throws -> Void) rethrows -> Table {
        let keys = columnIndices.map { materializedColumn($0) }
        let groups = try GroupIndex(keys: keys, rowCount: rowCount, checkCancelled: checkCancelled)
        return projecting(columnIndices).selecting(groups.firstRow)
    }
}
