import Foundation
import JixiaoCore

/// Where a database source connects, as libpq reads it: `PGHOST`, `PGPORT`, `PGDATABASE`, `PGUSER`, or a
/// `postgres://USER@HOST:PORT/DATABASE` URL (which must hold no password). A host beginning with `/` is the
/// folder of the server's Unix socket. The password is never part of these settings: it is looked up when
/// connecting (`PGPASSWORD`, else `~/.pgpass`), so nothing that describes a connection can leak it.
package struct ConnectionSettings: Sendable, Hashable {
    package var host: String
    package var port: Int
    package var database: String
    package var user: String

    package init(host: String, port: Int, database: String, user: String) {
        self.host = host
        self.port = port
        self.database = database
        self.user = user
    }

    /// Whether the host is a socket folder (`/tmp`, `/var/run/postgresql`).
    package var isUnixSocket: Bool { host.hasPrefix("/") }

    /// The socket file in the host folder: `.s.PGSQL.PORT`, as the server names it.
    package var socketPath: String {
        (host.hasSuffix("/") ? host : host + "/") + ".s.PGSQL.\(port)" // not user-facing: the server's socket file name
    }

    /// The connection as a URL without secrets, for saved scripts, journals and messages:
    /// `postgres://user@host:5432/db`, a socket folder percent-encoded as libpq reads it.
    package var url: String {
        let encodedHost = isUnixSocket ? (host.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? host) : host
        return "postgres://\(user)@\(encodedHost):\(port)/\(database)" // not user-facing: a connection URL
    }

    /// The settings from the environment, as libpq defaults them: host /var/run/postgresql, port 5432, the
    /// user from the login, the database named as the user.
    package static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ConnectionSettings {
        let user = nonEmpty(environment["PGUSER"]) ?? nonEmpty(environment["USER"]) ?? nonEmpty(environment["LOGNAME"]) ?? "postgres" // not user-facing: libpq's default user
        return ConnectionSettings(host: nonEmpty(environment["PGHOST"]) ?? "/var/run/postgresql", // not user-facing: libpq's default socket folder
                                  port: nonEmpty(environment["PGPORT"]).flatMap { Int($0) } ?? 5432,
                                  database: nonEmpty(environment["PGDATABASE"]) ?? user, user: user)
    }

    /// Settings from a `postgres://` (or `postgresql://`) URL; parts it leaves out come from the environment.
    /// A URL with a password is refused: it would be saved in scripts and journals.
    package static func parse(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ConnectionSettings {
        var settings = fromEnvironment(environment)
        let schemes = ["postgres://", "postgresql://"] // not user-facing: URL schemes
        guard let scheme = schemes.first(where: { text.hasPrefix($0) }) else {
            throw Diagnostic(.parse, .databaseBadUrl, [redactingPasswords(text)], hint: Message(.hintDatabaseURL))
        }
        var rest = Substring(text.dropFirst(scheme.count))
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        var authority = rest
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            let database = String(rest[rest.index(after: slash)...])
            if !database.isEmpty { settings.database = database.removingPercentEncoding ?? database }
        }
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            guard !userInfo.contains(":") else {
                throw Diagnostic(.security, .databasePasswordInUrl, hint: Message(.hintDatabasePassword))
            }
            if !userInfo.isEmpty { settings.user = String(userInfo).removingPercentEncoding ?? String(userInfo) }
            authority = authority[authority.index(after: at)...]
        }
        var hostPart = String(authority)
        if let colon = hostPart.lastIndex(of: ":"), !hostPart.hasPrefix("[") || hostPart[..<colon].hasSuffix("]") {
            guard let port = Int(hostPart[hostPart.index(after: colon)...]), (1...65535).contains(port) else {
                throw Diagnostic(.parse, .databaseBadUrl, [redactingPasswords(text)], hint: Message(.hintDatabaseURL))
            }
            settings.port = port
            hostPart = String(hostPart[..<colon])
        }
        if !hostPart.isEmpty { settings.host = hostPart.removingPercentEncoding ?? hostPart }
        return settings
    }

    /// The password for these settings: `PGPASSWORD`, else the first matching line of `~/.pgpass` (or
    /// `PGPASSFILE`), as libpq matches it (`*` matches anything; a socket connection matches `localhost`).
    package func password(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let password = Self.nonEmpty(environment["PGPASSWORD"]) { return password }
        let file = Self.nonEmpty(environment["PGPASSFILE"]) ?? (NSHomeDirectory() + "/.pgpass") // not user-facing: libpq's password file
        guard let data = try? RegularFile.read(file), let text = String(data: data, encoding: .utf8) else { return nil }  // file-gate: own: the person's password file (~/.pgpass or PGPASSFILE)
        let hostNames = isUnixSocket ? ["localhost", host] : [host] // not user-facing: libpq's name for a socket connection
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.pgpassFields(String(line))
            guard fields.count == 5 else { continue }
            func matches(_ field: String, _ values: [String]) -> Bool { field == "*" || values.contains(field) }
            if matches(fields[0], hostNames), matches(fields[1], [String(port)]), matches(fields[2], [database]), matches(fields[3], [user]) {
                return fields[4]
            }
        }
        return nil
    }

    /// A `.pgpass` line's fields: `:` separates, `\:` and `\\` escape.
    static func pgpassFields(_ line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}

extension ConnectionSettings {
    /// `text` with the password of any `scheme://user:password@` URL in it hidden (see `SecretText`).
    package static func redactingPasswords(_ text: String) -> String {
        SecretText.redacted(text)
    }
}
