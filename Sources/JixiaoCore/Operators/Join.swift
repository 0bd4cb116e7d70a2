/// Joins: rows of the left table matched with rows of the right on equal keys.
package enum JoinKind: String, Sendable {
    case inner, left
}

extension Table {
    /// Hash join on key columns (given as column numbers on each side). The result holds the left columns,
    /// then the right columns other than its keys; clashing names get a suffix (`名称_2`).
    /// Throws when the result would exceed `Table.maxRows` (keys that repeat on both sides multiply).
    package func joined(with right: Table, leftKeys: [Int], rightKeys: [Int], kind: JoinKind) throws -> Table {
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
            if let key = keyValues(right, rightKeys, row) { index[key, default: []].append(Int32(row)) }
        }
        // Count first: a join whose keys repeat on both sides can ask for more rows than a table holds.
        var resultCount = 0
        var leftKeyValues: [[Value]?] = []
        leftKeyValues.reserveCapacity(left.rowCount)
        for row in 0..<left.rowCount {
            let key = keyValues(left, leftKeys, row)
            leftKeyValues.append(key)
            resultCount += key.flatMap { index[$0]?.count } ?? (kind == .left ? 1 : 0)
            if resultCount > Table.maxRows {
                throw Diagnostic(.run, .joinTooManyRows, [String(Table.maxRows)], hint: Message(.hintJoinKeysRepeat))
            }
        }
        var leftRows: [Int32] = []
        var rightRows: [Int32] = []
        leftRows.reserveCapacity(resultCount)
        rightRows.reserveCapacity(resultCount)
        for row in 0..<left.rowCount {
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
        let keys = columnIndices.map { materializedColumn($0) }
        let groups = GroupIndex(keys: keys, rowCount: rowCount)
        return projecting(columnIndices).selecting(groups.firstRow)
    }
}
