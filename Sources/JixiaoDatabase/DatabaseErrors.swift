import Foundation
import JixiaoCore
import NIOCore
import PostgresNIO

/// postgres-nio's errors as jixiao's diagnostics, one line each: the server's own message for a SQL error,
/// the connection (without secrets) for the rest. A password never appears: postgres-nio's errors do not
/// carry it, and nothing here prints the configuration.
enum DatabaseErrors {
    static func diagnostic(for error: any Error, settings: ConnectionSettings, timeout: Int) -> Diagnostic {
        if let diagnostic = error as? Diagnostic { return diagnostic }
        if let error = error as? PSQLError {
            if error.code == .server, let info = error.serverInfo {
                let state = info[.sqlState] ?? ""
                let message = info[.message] ?? ""
                switch state {
                case "28P01", "28000": // invalid_password, invalid_authorization_specification
                    return Diagnostic(.security, .databaseLoginRefused, [settings.url, settings.user], hint: Message(.hintDatabasePassword))
                case "3D000": // invalid_catalog_name
                    return Diagnostic(.io, .databaseUnreachable, [settings.url, message], hint: Message(.hintDatabaseSettings))
                case "42P01": // undefined_table
                    return Diagnostic(.bind, .databaseMissingTable, [message], hint: Message(.hintDatabaseTables))
                case "57014": // query_canceled
                    return Diagnostic.interrupted
                case "25006": // read_only_sql_transaction
                    return Diagnostic(.security, .databaseReadOnly, [message])
                default:
                    return Diagnostic(.input, .databaseQueryFailed, [message])
                }
            }
            switch error.code {
            case .authMechanismRequiresPassword:
                return Diagnostic(.security, .databaseLoginRefused, [settings.url, settings.user], hint: Message(.hintDatabasePassword))
            case .queryCancelled:
                return Diagnostic.interrupted
            default:
                let underlying = error.underlying.map(describe) ?? error.code.description
                return Diagnostic(.io, .databaseUnreachable, [settings.url, underlying], hint: Message(.hintDatabaseSettings))
            }
        }
        if let channel = error as? ChannelError, case .connectTimeout = channel {
            return Diagnostic(.io, .databaseTimeout, [settings.url, String(timeout)], hint: Message(.hintDatabaseSettings))
        }
        return Diagnostic(.io, .databaseUnreachable, [settings.url, describe(error)], hint: Message(.hintDatabaseSettings))
    }

    /// The system's words for a connection failure (connection refused, no such file …).
    private static func describe(_ error: any Error) -> String {
        if let channel = error as? ChannelError, case .connectTimeout = channel { return "timeout" } // not user-facing: the system's word
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)) }
        if let connect = error as? NIOConnectionError, let first = connect.connectionErrors.first {
            return describe(first.error)
        }
        return String(describing: error)
    }
}
