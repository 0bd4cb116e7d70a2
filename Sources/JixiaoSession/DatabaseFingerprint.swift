import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoDatabase

/// A database source as a saved script expects it: the dataset's name, the connection (a URL without a
/// password), what it read (`pg:TABLE` or the query), the rows it gave and the SHA-256 of those rows in
/// canonical form, so that `replay` warns when the database changed as it warns for a changed file.
package struct DatabaseFingerprint: Sendable, Equatable {
    package var name: String
    package var rows: Int
    package var sha256: String
    package var connection: String
    package var query: String

    package init(name: String, rows: Int, sha256: String, connection: String, query: String) {
        self.name = name
        self.rows = rows
        self.sha256 = sha256
        self.connection = connection
        self.query = query
    }

    /// `#! database o rows=1000000 sha256=… connection=postgres://… query=pg:orders` (the query last: it may
    /// hold spaces, and runs to the end of the line; line breaks in it are written as spaces).
    package var line: String {
        let oneLine = query.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "#! database \(name) rows=\(rows) sha256=\(sha256) connection=\(connection) query=\(oneLine)" // not user-facing: header format
    }

    /// Reads a `#! database` line's fields after the word `database`.
    static func parse(_ line: Substring) -> DatabaseFingerprint? {
        guard let queryStart = line.range(of: " query=") else { return nil }
        let words = line[..<queryStart.lowerBound].split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        var fields: [String: String] = [:]
        for word in words.dropFirst(2) {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return DatabaseFingerprint(name: words[1], rows: Int(fields["rows"] ?? "") ?? -1, sha256: fields["sha256"] ?? "",
                                   connection: fields["connection"] ?? "", query: String(line[queryStart.upperBound...]))
    }

    /// The fingerprint of a database dataset's rows as they are now.
    package static func of(_ name: String, _ dataset: DatabaseDataset, isCancelled: @escaping @Sendable () -> Bool = { false }) throws -> DatabaseFingerprint {
        let table = try dataset.rows(isCancelled: isCancelled)
        return DatabaseFingerprint(name: name, rows: table.rowCount, sha256: sha256(of: table),
                                   connection: dataset.source.settings.url, query: dataset.source.described)
    }

    /// The SHA-256 of a table in canonical form: the column names and types, then each row, each value as a
    /// type letter, its length in UTF-8 bytes and its text (`N` alone for null), so that no two different
    /// tables write the same bytes.
    package static func sha256(of table: Table) -> String {
        var bytes: [UInt8] = []
        func write(_ text: String) {
            bytes += Array(String(text.utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes += Array(text.utf8)
        }
        for field in table.fields {
            write(field.name)
            write(field.type.description)
        }
        bytes.append(UInt8(ascii: "\n"))
        for row in 0..<table.rowCount {
            for column in 0..<table.columns.count {
                let value = table.value(row: row, column: column)
                switch value {
                case .null: bytes.append(UInt8(ascii: "N"))
                case .integer: bytes.append(UInt8(ascii: "I")); write(value.description)
                case .decimal: bytes.append(UInt8(ascii: "D")); write(value.description)
                case .text: bytes.append(UInt8(ascii: "T")); write(value.description)
                case .date: bytes.append(UInt8(ascii: "d")); write(value.description)
                case .boolean: bytes.append(UInt8(ascii: "B")); write(value.description)
                case .timestamp: bytes.append(UInt8(ascii: "S")); write(value.description)
                case .time: bytes.append(UInt8(ascii: "t")); write(value.description)
                case .duration: bytes.append(UInt8(ascii: "L")); write(value.description)
                }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return SHA256.hex(bytes)
    }

    /// The relation a header's `query=` names.
    var relation: DatabaseSource.Relation {
        query.hasPrefix("pg:") ? .table(String(query.dropFirst(3))) : .query(query) // not user-facing: the database source's prefix
    }
}
