import Foundation
import JixiaoCore
import JixiaoDatabase

/// A dataset read from a database (`load pg:TABLE as NAME`, `load pg "SELECT …" as NAME`): where it comes
/// from, its columns, and its rows once a pipeline needed them whole.
///
/// A table's rows stay in the database: a pipeline that starts at it sends its leading stages there as one
/// query (see `DatabasePushDown`), and only a pipeline that needs every row reads them, once; the rows are then
/// kept, shared by every copy of the workspace (undo keeps them too).
package final class DatabaseDataset: @unchecked Sendable, Equatable {
    package let source: DatabaseSource
    /// The columns, with no rows (for binding, completion and `schema`).
    package let schema: Table
    private let lock = NSLock()
    private var cached: Table?

    package init(source: DatabaseSource, schema: Table, rows: Table? = nil) {
        self.source = source
        self.schema = schema
        self.cached = rows
    }

    /// Every row, read once (a table's rows in the order the server stores them).
    package func rows(isCancelled: @escaping @Sendable () -> Bool) throws -> Table {
        if let table = lock.withLock({ cached }) { return table }
        let fetched = try PostgresClient.fetch(source.wholeQuery, settings: source.settings, expectedTypes: schema.columns.map(\.type), isCancelled: isCancelled)
        lock.withLock { cached = fetched.table }
        return fetched.table
    }

    /// The rows when they were read already.
    package var rowsIfRead: Table? { lock.withLock { cached } }

    package static func == (lhs: DatabaseDataset, rhs: DatabaseDataset) -> Bool {
        lhs.source == rhs.source
    }
}

extension Workspace {
    /// A dataset's rows: its table, or for a database table the rows read from the database (once), checked
    /// against the read policy first. `table` is what the caller found for it.
    package func rows(of name: String, table: Table, isCancelled: @escaping @Sendable () -> Bool = { false }) throws -> Table {
        guard let dataset = dataset(named: name), case .database(let database) = dataset.origin else { return table }
        try checkDatabase(database.source.settings)
        return try database.rows(isCancelled: isCancelled)
    }
}
