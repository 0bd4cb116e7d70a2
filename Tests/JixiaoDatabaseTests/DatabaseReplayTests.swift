import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoDatabase
import JixiaoRender
import TestSupport
import XCTest

/// Saved scripts that read databases: the header records each source, replay checks it, the read policy of
/// replayed scripts covers databases, and no password reaches a file.
final class DatabaseReplayTests: XCTestCase {
    func testASavedScriptRecordsTheSourceReplaysAndNoticesAChangedRow() throws {
        let settings = try PostgresServer.require()
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for line in ["load pg:orders_small as o", "o | group 渠道 | agg total = sum(金额) | sort total desc"] {
            XCTAssertNil(interpreter.run(line).error, line)
        }
        let script = SaveCommand.script(from: interpreter.workspace.log, workspace: interpreter.workspace).script
        let header = ScriptHeader.parse(script)
        XCTAssertEqual(header.databases.count, 1)
        let recorded = try XCTUnwrap(header.databases.first)
        XCTAssertEqual(recorded.name, "o")
        XCTAssertEqual(recorded.rows, Int(try PostgresServer.psql("SELECT count(*) FROM orders_small", settings)))
        XCTAssertEqual(recorded.query, "pg:orders_small")
        XCTAssertTrue(recorded.connection.hasPrefix("postgres://jixiao@"), recorded.connection)
        XCTAssertEqual(recorded.sha256.count, 64)
        XCTAssertTrue(script.contains("load pg:orders_small as o\n"), script)

        // Replayed, the script may read the database only when the person allowed it.
        let replayer = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: replayer.folder) }
        let refused = ScriptReplay(interpreter: replayer.interpreter).run(script, file: "o.jx")
        XCTAssertEqual(refused?.code, .securityDatabaseNotAllowed)
        XCTAssertTrue(ScriptReplay(interpreter: replayer.interpreter).fingerprintMismatches(script).isEmpty, "not allowed: not even asked")
        replayer.interpreter.workspace.allowedDatabases = ["jixiao"]
        XCTAssertNil(ScriptReplay(interpreter: replayer.interpreter).run(script, file: "o.jx"))
        XCTAssertEqual(ScriptReplay(interpreter: replayer.interpreter).fingerprintMismatches(script), [])

        // One changed amount is noticed like a changed file.
        let first = try PostgresServer.psql("SELECT min(订单号) FROM orders_small", settings)
        try PostgresServer.psql("UPDATE orders_small SET 金额 = 金额 + 0.01 WHERE 订单号 = '\(first)'", settings)
        defer { _ = try? PostgresServer.psql("UPDATE orders_small SET 金额 = 金额 - 0.01 WHERE 订单号 = '\(first)'", settings) }
        let mismatches = ScriptReplay(interpreter: replayer.interpreter).fingerprintMismatches(script)
        XCTAssertEqual(mismatches.count, 1)
        XCTAssertTrue(mismatches.first?.contains("dataset o (database postgres://jixiao@") ?? false, mismatches.first ?? "")
        XCTAssertTrue(mismatches.first?.contains("still \(recorded.rows) rows") ?? false, mismatches.first ?? "")
    }

    func testPasswordsReachNoFile() throws {
        _ = try PostgresServer.require()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = try Journal(path: folder + "/journal.jx")
        let line = "load pg:funds as f connection=\"postgres://analyst:analyst-secret@localhost/jixiao\""
        let interpreter = try TestSupport.interpreter()
        let outcome = interpreter.run(line)
        XCTAssertEqual(outcome.error?.code, .databasePasswordInUrl)
        XCTAssertFalse(outcome.error?.message.contains("analyst-secret") ?? true)
        let shown = outcome.error.map { DiagnosticRenderer.render($0, color: false) } ?? ""
        XCTAssertFalse(shown.contains("analyst-secret"), shown)
        XCTAssertTrue(shown.contains("^"), shown)
        try journal.recordFailure(line, error: outcome.error?.message ?? "")
        let written = try String(contentsOfFile: folder + "/journal.jx", encoding: .utf8)
        XCTAssertFalse(written.contains("analyst-secret"), written)
        XCTAssertTrue(written.contains("postgres://analyst:**************@localhost/jixiao"), written)

        // With the password in PGPASSWORD, a saved script holds the connection and nothing secret.
        setenv("PGUSER", "analyst", 1)
        setenv("PGPASSWORD", "analyst-secret", 1)
        defer { _ = try? PostgresServer.require() }
        let (session, sandbox) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: sandbox) }
        for line in ["load pg:funds as f", "f | agg total = sum(金额)"] { XCTAssertNil(session.run(line).error, line) }
        let script = SaveCommand.script(from: session.workspace.log, workspace: session.workspace).script
        XCTAssertFalse(script.contains("analyst-secret"), script)
        XCTAssertTrue(script.contains("connection=postgres://analyst@"), script)
    }
}
