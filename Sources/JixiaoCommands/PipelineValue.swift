import JixiaoCore
import JixiaoEvaluation

/// A table grouped by key columns, waiting for `agg` or `count`.
package struct GroupedTable: Sendable {
    /// The rows being grouped (a selection of its columns; only the columns an aggregate reads are gathered).
    package var table: Table
    package var keyNames: [String]
    /// Key values for each row of `table`.
    package var keyColumns: [Column]
    package var index: GroupIndex

    package init(table: Table, keyNames: [String], keyColumns: [Column]) {
        self.init(table: table, keyNames: keyNames, keyColumns: keyColumns, checkCancelled: {})
    }

    /// Groups as `init(table:keyNames:keyColumns:)` does, asking `checkCancelled` (Ctrl-C) while it groups.
    package init(table: Table, keyNames: [String], keyColumns: [Column], checkCancelled: () throws -> Void) rethrows {
        self.table = table
        self.keyNames = keyNames
        self.keyColumns = keyColumns
        self.index = try GroupIndex(keys: keyColumns, rowCount: table.rowCount, checkCancelled: checkCancelled)
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
    /// A form (`appendix`, `evaluate`, `audit`): its sheets, which a notebook, a report or a file draws as real
    /// tables, and the text the screen shows.
    case form(FormOutput)
    /// Nothing to show (e.g. after `let`), with an optional short note.
    case none(String?)

    /// The text of a text or a form, as the screen shows it.
    package var shownText: String? {
        switch self {
        case .text(let text): return text
        case .form(let form): return form.text
        default: return nil
        }
    }

    /// The value as a table, when it is one.
    package var table: Table? {
        switch self {
        case .table(let t), .presented(let t, _): return t
        case .grouped(let g): return g.counted()
        default: return nil
        }
    }
}

/// Sheets with the text that draws them on screen. Nothing can follow it in a pipeline, as with text.
package struct FormOutput: Sendable {
    package var sheets: [Sheet]
    /// What the screen shows (the sheets drawn as text, with any note around them).
    package var text: String

    package init(sheets: [Sheet], text: String) {
        self.sheets = sheets
        self.text = text
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
