import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoDatabase
import TestSupport
import XCTest

/// `load pg:TABLE` and `load pg "SELECT …"` against a real server: exact types, nulls, errors, read-only.
final class DatabaseSourceTests: XCTestCase {
    private func interpreter() throws -> Interpreter {
        _ = try PostgresServer.require()
        return try TestSupport.interpreter()
    }

    func testTableKeepsItsTypesAndItsRowsStayInTheDatabase() throws {
        let interpreter = try interpreter()
        let loaded = interpreter.run("load pg:funds as f")
        XCTAssertNil(loaded.error)
        XCTAssertTrue(loaded.value.map(OutputRenderer.compact)?.contains("its rows stay in the database") ?? false)
        XCTAssertEqual(try TestSupport.compact("schema f", interpreter: interpreter),
                       try TestSupport.compact("schema funds", interpreter: interpreter))
        // The same exact sums as the bundled CSV, to the fen.
        let query = " | group 方向 | agg n = count(), total = sum(金额), mean = mean(金额), first = min(日期)"
        XCTAssertEqual(try TestSupport.compact("f" + query, interpreter: interpreter), try TestSupport.compact("funds" + query, interpreter: interpreter))
        XCTAssertEqual(try TestSupport.compact("f | count", interpreter: interpreter), "23")
    }

    func testNullsAreKept() throws {
        let interpreter = try interpreter()
        XCTAssertNil(interpreter.run("load pg:activities as a").error)
        for query in [" | agg n = count(销售额), all = count(), total = sum(销售额), mean = mean(销售额)",
                      " | where 销售额 is null | count", " | sort 销售额 desc | top 3", " | sort 销售额 | select 名称, 销售额 | top 40"] {
            XCTAssertEqual(try TestSupport.compact("a" + query, interpreter: interpreter),
                           try TestSupport.compact("activities" + query, interpreter: interpreter), query)
        }
    }

    func testQueryRowsAndTypes() throws {
        let interpreter = try interpreter()
        let loaded = interpreter.run("load pg \"SELECT 方向, sum(金额) AS 金额, count(*) AS n, bool_or(金额 > 100000) AS big, max(日期)::timestamp AS 最后 FROM funds GROUP BY 方向 ORDER BY 方向\" as t")
        XCTAssertNil(loaded.error)
        let text = loaded.value.map(OutputRenderer.compact) ?? ""
        XCTAssertTrue(text.contains("2 rows"), text)
        XCTAssertTrue(text.contains("最后"), "the timestamp column is named in the note: \(text)")
        XCTAssertEqual(try TestSupport.compact("t | select 方向, 金额, n, big, 最后", interpreter: interpreter),
                       try TestSupport.compact("funds | group 方向 | agg 金额 = sum(金额), n = count(), big = max(金额 > 100000), 最后 = max(日期)", interpreter: interpreter))
    }

    func testANumericBeyondEighteenDigitsIsAnErrorNamingTheColumn() throws {
        let interpreter = try interpreter()
        let error = interpreter.run("load pg \"SELECT 1 AS ok, 12345678901234567890.25::numeric AS 巨额\" as b").error
        XCTAssertEqual(error?.code, .databaseNumericTooWide)
        XCTAssertTrue(error?.message.contains("巨额") ?? false, error?.message ?? "")
        XCTAssertNil(interpreter.workspace.dataset(named: "b"))
        // Eighteen digits are exact, not rounded.
        XCTAssertEqual(try TestSupport.compact("load pg \"SELECT 1234567890123456.78::numeric(18,2) AS x\" as c", "c", interpreter: interpreter), "1234567890123456.78")
    }

    func testErrorsAreOneLocatedLine() throws {
        let interpreter = try interpreter()
        let missing = interpreter.run("load pg:no_such_table as x").error
        XCTAssertEqual(missing?.code, .databaseMissingTable)
        XCTAssertEqual(missing?.range, 5..<21)
        let wrong = interpreter.run("load pg \"SELECT nonsense FROM funds\" as x").error
        XCTAssertEqual(wrong?.code, .databaseQueryFailed)
        XCTAssertTrue(wrong?.message.contains("nonsense") ?? false)
        XCTAssertNotNil(wrong?.range)
        XCTAssertEqual(interpreter.run("load pg \"DELETE FROM funds\" as x").error?.code, .databaseNotSelect)
        // A port nothing listens on: refused at once, with the connection (never a password) in the message.
        let unreachable = interpreter.run("load pg:funds as x connection=\"postgres://jixiao@%2Ftmp%2Fno-such-folder:5999/jixiao\"").error
        XCTAssertEqual(unreachable?.code, .databaseUnreachable)
        XCTAssertEqual(interpreter.run("load pg:funds as x connection=\"postgres://jixiao:hunter2@localhost/jixiao\"").error?.code, .databasePasswordInUrl)
    }

    func testWritesAreRefusedByTheServer() throws {
        let settings = try PostgresServer.require()
        let interpreter = try TestSupport.interpreter()
        let before = try PostgresServer.psql("SELECT last_value FROM ledger_numbers", settings)
        // Advancing a sequence writes: the read-only transaction refuses it.
        let error = interpreter.run("load pg \"SELECT nextval('ledger_numbers') AS n\" as x").error
        XCTAssertEqual(error?.code, .databaseReadOnly)
        XCTAssertEqual(try PostgresServer.psql("SELECT last_value FROM ledger_numbers", settings), before)
        // A statement that is not a query is refused before it is sent, and one hidden in a query by the server.
        XCTAssertEqual(interpreter.run("load pg \"DELETE FROM funds\" as x").error?.code, .databaseNotSelect)
        XCTAssertNotNil(interpreter.run("load pg \"WITH gone AS (DELETE FROM funds RETURNING *) SELECT * FROM gone\" as x").error)
        XCTAssertEqual(try PostgresServer.psql("SELECT count(*) FROM funds", settings), "23")
    }

    func testPasswordsComeFromPgpassAndAWrongOneIsRefused() throws {
        _ = try PostgresServer.require()
        let interpreter = try TestSupport.interpreter()
        setenv("PGUSER", "analyst", 1)
        setenv("PGPASSWORD", "not-the-password", 1)
        let refused = interpreter.run("load pg:funds as x").error
        XCTAssertEqual(refused?.code, .databaseLoginRefused)
        XCTAssertFalse(refused?.message.contains("not-the-password") ?? true)
        unsetenv("PGPASSWORD")
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# a comment\n*:*:*:analyst:analyst-secret\n".write(toFile: folder + "/pgpass", atomically: true, encoding: .utf8)
        setenv("PGPASSFILE", folder + "/pgpass", 1)
        defer {
            unsetenv("PGPASSFILE")
            _ = try? PostgresServer.require()
        }
        XCTAssertNil(interpreter.run("load pg:funds as x").error)
        XCTAssertEqual(try TestSupport.compact("x | count", interpreter: interpreter), "23")
    }

    func testCtrlCCancelsTheQueryOnTheServer() throws {
        let settings = try PostgresServer.require()
        let interpreter = try TestSupport.interpreter()
        let started = Date()
        interpreter.isCancelled = { Date().timeIntervalSince(started) > 0.5 }
        let outcome = interpreter.run("load pg \"SELECT pg_sleep(600)::text AS slept\" as s")
        XCTAssertEqual(outcome.error?.phase, .interrupted)
        XCTAssertNil(interpreter.workspace.dataset(named: "s"))
        // The server is no longer running it (the cancel reached it before the call returned).
        var running = "1"
        for _ in 0..<50 {
            running = try PostgresServer.psql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(600)%' AND pid <> pg_backend_pid() AND state = 'active'", settings)
            if running == "0" { break }
            usleep(100_000)
        }
        XCTAssertEqual(running, "0")
    }
}
