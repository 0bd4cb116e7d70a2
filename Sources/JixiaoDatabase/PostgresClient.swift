import Foundation
import JixiaoCore
import Logging
import NIOCore
import PostgresNIO

/// One query for the database: SQL with `$1`, `$2` … placeholders and their values, each sent as text beside
/// the SQL (never pasted into it) and cast there to the type it compares with.
package struct DatabaseQuery: Sendable, Hashable {
    package var sql: String
    package var parameters: [String?]

    package init(sql: String, parameters: [String?] = []) {
        self.sql = sql
        self.parameters = parameters
    }
}

/// Rows a query gave, as an exact table, with notes on what was converted (timestamps read as dates).
package struct FetchedTable: Sendable {
    package var table: Table
    package var notes: [Message]
    /// Columns of type numeric without a declared scale: their scale is the largest their values have.
    package var undeclaredScales: [Int] = []
}

/// Runs read-only queries on a PostgreSQL-compatible server through postgres-nio, for code that is not
/// asynchronous: each call connects, runs the query inside a `READ ONLY` transaction, reads every row into
/// exact columns and closes. Ctrl-C (`isCancelled`) cancels the query on the server, through a second
/// connection (`pg_cancel_backend`), and the call ends as interrupted.
package enum PostgresClient {
    /// Seconds to wait for the server to accept a connection (and log in).
    package static let defaultConnectTimeout = 10

    /// The rows of `query` as a table; `expectedTypes` (by column) fixes the types of columns a query computes
    /// (a sum read back as `numeric` is an integer where jixiao's own sum of integers is).
    package static func fetch(_ query: DatabaseQuery, settings: ConnectionSettings, connectTimeout: Int = defaultConnectTimeout,
                              expectedTypes: [DataType?] = [], isCancelled: @escaping @Sendable () -> Bool = { false }) throws -> FetchedTable {
        let password = settings.password()
        let state = QueryState()
        let work: @Sendable () async throws -> FetchedTable = {
            let connection = try await connect(settings, password: password, timeout: connectTimeout)
            do {
                let pid = try await connection.query("SELECT pg_backend_pid()", logger: logger).collect() // not user-facing: SQL
                if let row = pid.first, let value = try? row.decode(Int32.self) { state.setBackend(value) }
                try await connection.query("START TRANSACTION READ ONLY", logger: logger) // not user-facing: SQL
                var bindings = PostgresBindings()
                for parameter in query.parameters {
                    if let parameter { bindings.append(parameter, context: .default) } else { bindings.appendNull() }
                }
                let rows = try await connection.query(PostgresQuery(unsafeSQL: query.sql, binds: bindings), logger: logger)
                var builder = try ResultBuilder(columns: Array(rows.columns), expectedTypes: expectedTypes)
                for try await row in rows {
                    try builder.append(row)
                    if state.isCancelRequested { throw Diagnostic.interrupted }
                }
                try await connection.query("COMMIT", logger: logger) // not user-facing: SQL
                try await connection.close()
                return try builder.build()
            } catch {
                try? await connection.close()
                throw error
            }
        }
        return try wait(for: work, state: state, settings: settings, password: password, timeout: connectTimeout, isCancelled: isCancelled)
    }

    // MARK: - Connecting

    private static let logger = Logger(label: "jixiao.database", factory: { _ in SwiftLogNoOpLogHandler() }) // not user-facing: a logger label

    private static func connect(_ settings: ConnectionSettings, password: String?, timeout: Int) async throws -> PostgresConnection {
        var configuration: PostgresConnection.Configuration
        if settings.isUnixSocket {
            configuration = .init(unixSocketPath: settings.socketPath, username: settings.user, password: password, database: settings.database)
        } else {
            configuration = .init(host: settings.host, port: settings.port, username: settings.user, password: password, database: settings.database, tls: .disable)
        }
        configuration.options.connectTimeout = .seconds(Int64(timeout))
        // Every transaction of this session is read-only, whatever a query tries: a database is never written.
        configuration.options.additionalStartupParameters = [("default_transaction_read_only", "on"), ("application_name", "jixiao")] // not user-facing: server settings
        return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
    }

    /// Waits for `work`, polling `isCancelled`; on Ctrl-C asks the server to cancel the running query.
    private static func wait(for work: @escaping @Sendable () async throws -> FetchedTable, state: QueryState, settings: ConnectionSettings,
                             password: String?, timeout: Int, isCancelled: @Sendable () -> Bool) throws -> FetchedTable {
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { state.finish(.success(try await work())) } catch { state.finish(.failure(error)) }
            done.signal()
        }
        var cancelled = false
        // The connect timeout bounds the connection; a running query runs as long as the server takes (or
        // until Ctrl-C), so there is no deadline here.
        while done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if !cancelled && isCancelled() {
                cancelled = true
                state.requestCancel()
                if let pid = state.backend {
                    Task.detached {
                        guard let second = try? await connect(settings, password: password, timeout: timeout) else { return }
                        _ = try? await second.query("SELECT pg_cancel_backend(\(pid))", logger: logger) // not user-facing: SQL
                        try? await second.close()
                    }
                }
            }
        }
        guard let result = state.result else { throw Diagnostic.interrupted }
        switch result {
        case .success(let table): return table
        case .failure(let error):
            if cancelled { throw Diagnostic.interrupted }
            throw DatabaseErrors.diagnostic(for: error, settings: settings, timeout: timeout)
        }
    }
}

/// What the waiting thread and the query's task share: the server's process id (to cancel it), whether Ctrl-C
/// was pressed, and the result.
private final class QueryState: @unchecked Sendable {
    private let lock = NSLock()
    private var pid: Int32?
    private var cancelRequested = false
    private var outcome: Result<FetchedTable, any Error>?

    func setBackend(_ value: Int32) { lock.withLock { pid = value } }
    var backend: Int32? { lock.withLock { pid } }
    func requestCancel() { lock.withLock { cancelRequested = true } }
    var isCancelRequested: Bool { lock.withLock { cancelRequested } }
    func finish(_ value: Result<FetchedTable, any Error>) { lock.withLock { outcome = value } }
    var result: Result<FetchedTable, any Error>? { lock.withLock { outcome } }
}
