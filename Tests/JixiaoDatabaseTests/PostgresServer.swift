import Foundation
import TestSupport
import XCTest

/// The real PostgreSQL server the database tests run against: the one `.ci/pg-server start` started for
/// `make test` (its settings in JIXIAO_PG*), or else one this test process starts the same way and stops when
/// it exits. Nothing is mocked. When no server can start, the tests skip saying why, except under CI
/// (CI=true), where that is a failure.
enum PostgresServer {
    struct Settings {
        var host: String
        var port: String
        var database: String
        var user: String
    }

    /// The folder of a server this process started, for the exit handler to stop it.
    nonisolated(unsafe) static var startedFolder: String?

    static let shared: Result<Settings, ServerUnavailable> = {
        let environment = ProcessInfo.processInfo.environment
        if let host = environment["JIXIAO_PGHOST"], let port = environment["JIXIAO_PGPORT"] {
            return .success(Settings(host: host, port: port, database: environment["JIXIAO_PGDATABASE"] ?? "jixiao", user: environment["JIXIAO_PGUSER"] ?? "jixiao"))
        }
        do {
            // A smaller orders table than make test's million rows: enough for every test but the 1M one.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["bash", TestSupport.repositoryRoot + "/.ci/pg-server", "start"]
            var childEnvironment = environment
            childEnvironment["JIXIAO_PG_ORDERS_ROWS"] = environment["JIXIAO_PG_ORDERS_ROWS"] ?? "20000"
            childEnvironment["JIXIAO_PGPORT_WANTED"] = String(5440 + Int(getpid() % 50))
            process.environment = childEnvironment
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let printed = String(data: output.fileHandleForReading.readDataToEndOfFile(), encoding: .utf8) ?? ""
            let complaint = String(data: errors.fileHandleForReading.readDataToEndOfFile(), encoding: .utf8) ?? ""
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                return .failure(ServerUnavailable(reason: ".ci/pg-server start failed: " + complaint.suffix(400)))
            }
            var values: [String: String] = [:]
            for word in printed.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { values[parts[0]] = parts[1] }
            }
            guard let host = values["JIXIAO_PGHOST"], let port = values["JIXIAO_PGPORT"] else {
                return .failure(ServerUnavailable(reason: ".ci/pg-server printed no settings: " + printed))
            }
            startedFolder = values["JIXIAO_PG_DIR"]
            atexit {
                guard let folder = PostgresServer.startedFolder else { return }
                let stop = Process()
                stop.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                stop.arguments = ["bash", TestSupport.repositoryRoot + "/.ci/pg-server", "stop", folder]
                try? stop.run()
                stop.waitUntilExit()
            }
            return .success(Settings(host: host, port: port, database: values["JIXIAO_PGDATABASE"] ?? "jixiao", user: values["JIXIAO_PGUSER"] ?? "jixiao"))
        } catch {
            return .failure(ServerUnavailable(reason: "cannot run .ci/pg-server: \(error)"))
        }
    }()

    struct ServerUnavailable: Error {
        var reason: String
    }

    /// The server's settings, put into this process's PG* variables (which `load pg` reads); skips the test
    /// when there is no server (fails under CI).
    static func require(file: StaticString = #filePath, line: UInt = #line) throws -> Settings {
        switch shared {
        case .success(let settings):
            setenv("PGHOST", settings.host, 1)
            setenv("PGPORT", settings.port, 1)
            setenv("PGDATABASE", settings.database, 1)
            setenv("PGUSER", settings.user, 1)
            unsetenv("PGPASSWORD")
            unsetenv("PGPASSFILE")
            return settings
        case .failure(let unavailable):
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("no PostgreSQL server for the database tests under CI: \(unavailable.reason)", file: file, line: line)
            }
            throw XCTSkip("needs a PostgreSQL server, which could not start: \(unavailable.reason)")
        }
    }

    /// Runs SQL through psql (the server's own client), for setting up and checking what jixiao cannot do
    /// (it never writes).
    @discardableResult
    static func psql(_ sql: String, _ settings: Settings) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", settings.host, "-p", settings.port, "-U", settings.user, "-d", settings.database, "-c", sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(data: output.fileHandleForReading.readDataToEndOfFile(), encoding: .utf8) ?? ""
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ServerUnavailable(reason: "psql failed: \(sql)") }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
