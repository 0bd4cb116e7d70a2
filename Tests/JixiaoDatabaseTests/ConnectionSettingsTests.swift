import Foundation
import JixiaoCore
import JixiaoDatabase
import TestSupport
import XCTest

/// Connection settings as libpq reads them, without a server.
final class ConnectionSettingsTests: XCTestCase {
    func testTheEnvironmentAndURLs() throws {
        let environment = ["PGHOST": "/run/pg", "PGPORT": "5433", "PGDATABASE": "ledger", "PGUSER": "analyst"]
        let fromEnvironment = ConnectionSettings.fromEnvironment(environment)
        XCTAssertEqual(fromEnvironment, ConnectionSettings(host: "/run/pg", port: 5433, database: "ledger", user: "analyst"))
        XCTAssertEqual(fromEnvironment.socketPath, "/run/pg/.s.PGSQL.5433")
        XCTAssertEqual(fromEnvironment.url, "postgres://analyst@%2Frun%2Fpg:5433/ledger")
        XCTAssertEqual(try ConnectionSettings.parse(url: fromEnvironment.url, environment: [:]), fromEnvironment)
        XCTAssertEqual(try ConnectionSettings.parse(url: "postgresql://bob@db.example/budget", environment: environment),
                       ConnectionSettings(host: "db.example", port: 5433, database: "budget", user: "bob"))
        XCTAssertEqual(ConnectionSettings.fromEnvironment(["USER": "li"]), ConnectionSettings(host: "/var/run/postgresql", port: 5432, database: "li", user: "li"))
        XCTAssertThrowsError(try ConnectionSettings.parse(url: "postgres://bob:pw@db/x", environment: [:])) { error in
            XCTAssertEqual((error as? Diagnostic)?.code, .databasePasswordInUrl)
            XCTAssertFalse((error as? Diagnostic)?.message.contains("pw") ?? true)
        }
        XCTAssertEqual((try? ConnectionSettings.parse(url: "mysql://x", environment: [:])) == nil, true)
    }

    func testPasswordsFromPgpass() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# host:port:database:user:password\ndb.example:5432:budget:bob:b\\:one\nlocalhost:*:*:li:socket-pw\n*:*:*:*:any\n"
            .write(toFile: folder + "/pgpass", atomically: true, encoding: .utf8)
        let environment = ["PGPASSFILE": folder + "/pgpass"]
        XCTAssertEqual(ConnectionSettings(host: "db.example", port: 5432, database: "budget", user: "bob").password(environment: environment), "b:one")
        XCTAssertEqual(ConnectionSettings(host: "/tmp", port: 5439, database: "x", user: "li").password(environment: environment), "socket-pw")
        XCTAssertEqual(ConnectionSettings(host: "other", port: 1, database: "x", user: "y").password(environment: environment), "any")
        XCTAssertEqual(ConnectionSettings(host: "other", port: 1, database: "x", user: "y").password(environment: environment.merging(["PGPASSWORD": "env"]) { $1 }), "env")
    }

    func testPasswordsAreRedacted() {
        XCTAssertEqual(ConnectionSettings.redactingPasswords("load pg:t as t connection=postgres://bob:s3cret@db:5432/x | count"),
                       "load pg:t as t connection=postgres://bob:******@db:5432/x | count")
        XCTAssertEqual(ConnectionSettings.redactingPasswords("postgres://bob@db/x and https://a:b@c"), "postgres://bob@db/x and https://a:*@c")
        XCTAssertEqual(ConnectionSettings.redactingPasswords("no url here"), "no url here")
    }
}
