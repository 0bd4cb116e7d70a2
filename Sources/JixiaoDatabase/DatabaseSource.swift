import JixiaoCore

/// What a database dataset reads: a connection (without secrets) and a table, view or query.
package struct DatabaseSource: Sendable, Hashable {
    package enum Relation: Sendable, Hashable {
        /// A table or view by name (`orders`, `ledger.orders`).
        case table(String)
        /// A query's rows (`SELECT …` or `WITH …`).
        case query(String)
    }

    package var settings: ConnectionSettings
    package var relation: Relation
    /// Whether the relation is a plain table, whose rows have a stored order (`ctid`): pipelines over it keep
    /// that order, and grouping keeps the order in which groups first appear. A view or query has none, so
    /// only filters and columns go to the database for it.
    package var hasRowOrder: Bool

    package init(settings: ConnectionSettings, relation: Relation, hasRowOrder: Bool) {
        self.settings = settings
        self.relation = relation
        self.hasRowOrder = hasRowOrder
    }

    /// The relation as a SQL `FROM` item: a quoted name, or the query in parentheses.
    package var fromClause: String {
        switch relation {
        case .table(let name): return Self.quotedName(name)
        case .query(let sql): return "(\(sql)) AS \"source\"" // not user-facing: SQL
        }
    }

    /// `ledger.orders` as `"ledger"."orders"`: each dotted part quoted, so any name is taken as written.
    package static func quotedName(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { SQLExpressionWriter.identifier(String($0)) }.joined(separator: ".")
    }

    /// The text a saved script and `datasets` show: `pg:orders`, or the query.
    package var described: String {
        switch relation {
        case .table(let name): return "pg:" + name
        case .query(let sql): return sql
        }
    }

    /// Every row, in the stored order when there is one.
    package var wholeQuery: DatabaseQuery {
        DatabaseQuery(sql: "SELECT * FROM \(fromClause)" + (hasRowOrder ? " ORDER BY ctid" : "")) // not user-facing: SQL
    }

    /// Connects, checks the relation exists, and reads its columns (no rows): what `load pg:TABLE` keeps.
    package static func open(_ relation: Relation, settings: ConnectionSettings, isCancelled: @escaping @Sendable () -> Bool) throws -> (source: DatabaseSource, schema: Table, notes: [Message]) {
        var hasRowOrder = false
        if case .table(let name) = relation {
            // relkind 'r' is a plain table (a view, a partitioned or foreign table has no single stored order).
            let kind = try PostgresClient.fetch(DatabaseQuery(sql: "SELECT c.relkind::text FROM pg_class c WHERE c.oid = to_regclass($1)", parameters: [quotedName(name)]), // not user-facing: SQL
                                                settings: settings, isCancelled: isCancelled)
            guard kind.table.rowCount == 1 else {
                throw Diagnostic(.bind, .databaseMissingTable, [name], hint: Message(.hintDatabaseTables))
            }
            hasRowOrder = kind.table.value(row: 0, column: 0) == .text("r")
        }
        let source = DatabaseSource(settings: settings, relation: relation, hasRowOrder: hasRowOrder)
        let empty = try PostgresClient.fetch(DatabaseQuery(sql: "SELECT * FROM \(source.fromClause) LIMIT 0"), settings: settings, isCancelled: isCancelled) // not user-facing: SQL
        let schema = empty.table
        var columns = schema.columns
        if !empty.undeclaredScales.isEmpty {
            // numeric without a declared scale: the column keeps the most decimals any of its values has.
            let scales = empty.undeclaredScales.map { "max(scale(\(SQLExpressionWriter.identifier(schema.names[$0]))))::bigint" }.joined(separator: ", ")
            let found = try PostgresClient.fetch(DatabaseQuery(sql: "SELECT \(scales) FROM \(source.fromClause)"), settings: settings, isCancelled: isCancelled) // not user-facing: SQL
            for (place, column) in empty.undeclaredScales.enumerated() {
                var scale = 0
                if found.table.rowCount == 1, case .integer(let value) = found.table.value(row: 0, column: place) { scale = Int(value) }
                guard scale <= ExactDecimal.maxScale else {
                    throw Diagnostic(.input, .databaseNumericTooWide, [schema.names[column], String(scale)], hint: Message(.hintDatabaseCast, schema.names[column]))
                }
                columns[column] = Column(.decimal([], scale: scale))
            }
        }
        return (source, Table(names: schema.names, columns: columns), empty.notes)
    }
}
