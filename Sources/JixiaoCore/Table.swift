/// A named, typed column of a table.
package struct Field: Sendable, Hashable {
    package var name: String
    package var type: DataType

    package init(name: String, type: DataType) {
        self.name = name
        self.type = type
    }
}

/// A table: columns of equal length, seen through an optional selection of rows.
///
/// Filters, sorts and limits only build a new selection (row numbers into the same columns); the columns are
/// gathered into new storage only when a later operator needs them contiguous.
package struct Table: Sendable {
    package private(set) var names: [String]
    package private(set) var columns: [Column]
    /// The rows of `columns` this table shows, in order; nil means all of them.
    package private(set) var selection: [Int32]?

    package init(names: [String], columns: [Column], selection: [Int32]? = nil) {
        precondition(names.count == columns.count)
        self.names = names
        self.columns = columns
        self.selection = selection
    }

    package static let empty = Table(names: [], columns: [])

    /// The most rows a table holds: selections number rows with 32-bit integers. A CSV file under 2 GiB cannot
    /// reach it; operators that multiply rows (join) check it.
    package static let maxRows = Int(Int32.max)

    /// Rows in the base columns.
    package var baseRowCount: Int { columns.first?.count ?? 0 }

    /// Rows this table shows.
    package var rowCount: Int { selection?.count ?? baseRowCount }

    package var fields: [Field] {
        zip(names, columns).map { Field(name: $0, type: $1.type) }
    }

    package func columnIndex(named name: String) -> Int? {
        names.firstIndex(of: name)
    }

    /// The base row behind a visible row.
    @inline(__always)
    package func baseRow(_ row: Int) -> Int {
        if let selection { return Int(selection[row]) }
        return row
    }

    package func value(row: Int, column: Int) -> Value {
        columns[column].value(at: baseRow(row))
    }

    /// Column `index` holding exactly the visible rows, in order.
    package func materializedColumn(_ index: Int) -> Column {
        guard let selection else { return columns[index] }
        return columns[index].gathering(selection)
    }

    /// The same table with its selection applied to every column.
    package func materialized() -> Table {
        guard selection != nil else { return self }
        return Table(names: names, columns: columns.indices.map(materializedColumn))
    }

    /// The visible rows at `rows` (positions in this table's view).
    package func selecting(_ rows: [Int32]) -> Table {
        guard let selection else { return Table(names: names, columns: columns, selection: rows) }
        return Table(names: names, columns: columns, selection: rows.map { selection[Int($0)] })
    }

    /// The first `count` visible rows.
    package func prefix(_ count: Int) -> Table {
        let kept = min(max(count, 0), rowCount)
        if let selection { return Table(names: names, columns: columns, selection: Array(selection[..<kept])) }
        if kept == baseRowCount { return self }
        return Table(names: names, columns: columns, selection: (0..<Int32(kept)).map { $0 })
    }

    /// Only the columns at `indices`, renamed to `newNames` when given.
    package func projecting(_ indices: [Int], as newNames: [String]? = nil) -> Table {
        Table(names: newNames ?? indices.map { names[$0] }, columns: indices.map { columns[$0] }, selection: selection)
    }

    /// This table (materialized) with one more column, or with the named one replaced.
    package func adding(_ name: String, _ column: Column) -> Table {
        precondition(column.count == rowCount)
        var result = materialized()
        if let existing = result.columnIndex(named: name) {
            result.columns[existing] = column
        } else {
            result.names.append(name)
            result.columns.append(column)
        }
        return result
    }

    /// All visible rows as values, for small tables and tests.
    package func rows() -> [[Value]] {
        (0..<rowCount).map { row in columns.indices.map { value(row: row, column: $0) } }
    }
}
