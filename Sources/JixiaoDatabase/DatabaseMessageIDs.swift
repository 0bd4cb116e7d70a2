import JixiaoCore

// The identifiers of the database sources' texts that are not a diagnostic's own message: hints, notices and
// what explain adds (zh/CatalogZhDatabase.swift and en/CatalogEnDatabase.swift hold the templates).

extension MessageID {
    /// write postgres://USER@HOST:PORT/DATABASE …
    package static let hintDatabaseURL = MessageID("hint.database_url")
    /// put the password in ~/.pgpass or PGPASSWORD, never in a command
    package static let hintDatabasePassword = MessageID("hint.database_password")
    /// cast it in a query: load pg "SELECT {1}::text AS {1} FROM …" as NAME
    package static let hintDatabaseCast = MessageID("hint.database_cast")
    /// the connection comes from PGHOST, PGPORT, PGDATABASE and PGUSER, or connection=postgres://…
    package static let hintDatabaseSettings = MessageID("hint.database_settings")
    /// name a table or view of the database (psql's \dt lists them)
    package static let hintDatabaseTables = MessageID("hint.database_tables")
    /// to allow it, replay with --allow-db {1}
    package static let hintDatabaseAllow = MessageID("hint.database_allow")
    /// load pg:TABLE as NAME reads a table or view; load pg "SELECT …" as NAME a query
    package static let hintDatabaseSourceSyntax = MessageID("hint.database_source_syntax")
    /// timestamps read as their dates (the time of day is dropped): {1}
    package static let noticeDatabaseTimestamps = MessageID("notice.database_timestamps")
    /// loaded {1} from {2}: table {3}, {4} columns; its rows stay in the database until a pipeline reads them
    package static let noticeDatabaseTable = MessageID("notice.database_table")
    /// loaded {1} from {2}: {3} rows, {4} columns
    package static let noticeDatabaseQuery = MessageID("notice.database_query")
    /// database (where a stage of explain runs)
    package static let explainInDatabase = MessageID("explain.in_database")
    /// jixiao (where a stage of explain runs)
    package static let explainInJixiao = MessageID("explain.in_jixiao")
    /// SQL sent to {1}: {2}
    package static let explainSQL = MessageID("explain.sql")
    /// parameters: {1}
    package static let explainParameters = MessageID("explain.parameters")
    /// dataset {1} (database {2}) changed since the script was saved: sha256 {3}… then, {4}… now ({5})
    package static let sessionDatabaseChanged = MessageID("session.database_changed")
    /// dataset {1}: cannot check database {2}: {3}
    package static let sessionDatabaseUnchecked = MessageID("session.database_unchecked")
}
