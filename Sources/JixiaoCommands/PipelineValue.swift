import JixiaoCore

/// A table grouped by key columns, waiting for `agg` or `count`.
package struct GroupedTable: Sendable {
    /// The rows being grouped (a selection of its columns; only the columns an aggregate reads are gathered).
    package var table: Table
    package var keyNames: [String]
    /// Key values for each row of `table`.
    package var keyColumns: [Column]
    package var index: GroupIndex

    package init(table: Table, keyNames: [String], keyColumns: [Column]) {
        self.table = table
        self.keyNames = keyNames
        self.keyColumns = keyColumns
        self.index = GroupIndex(keys: keyColumns, rowCount: table.rowCount)
    }

    /// One row per group: the key values.
    package func keysTable() -> Table {
        Table(names: keyNames, columns: keyColumns.map { $0.gathering(index.firstRow) })
    }

    /// One row per group: the keys and the number of rows (what a bare `group` shows).
    package func counted(as name: String = "count") -> Table {
        var counts = [Int64](repeating: 0, count: index.groupCount)
        for id in index.groupOfRow { counts[Int(id)] += 1 }
        let keys = keysTable()
        return Table(names: CSVReader.uniqued(keys.names + [name]), columns: keys.columns + [Column(.integer(counts))])
    }
}

/// What flows through `|`: a table, a grouped table, or text (help, charts, messages).
package enum PipelineValue: Sendable {
    case table(Table)
    /// A table with display choices made by `show` (rows, 合计 row).
    case presented(Table, Presentation)
    case grouped(GroupedTable)
    /// Text to print as it is.
    case text(String)
    /// Nothing to show (e.g. after `let`), with an optional short note.
    case none(String?)

    /// The value as a table, when it is one.
    package var table: Table? {
        switch self {
        case .table(let t), .presented(let t, _): return t
        case .grouped(let g): return g.counted()
        default: return nil
        }
    }
}

/// Display choices that travel with a table to the screen.
package struct Presentation: Sendable, Equatable {
    /// Rows to draw; nil means the workspace default.
    package var maxRows: Int?
    package var showTotal: Bool

    package init(maxRows: Int? = nil, showTotal: Bool = false) {
        self.maxRows = maxRows
        self.showTotal = showTotal
    }
}
