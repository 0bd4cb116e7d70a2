import Foundation

/// Writes a table as a JSON array of objects, one object per line, keys in column order.
///
/// Numbers are written with their exact decimals (`1234.50`), dates as `"2022-06-08"`, nulls as `null`;
/// `JSONReader` reads the file back to the same table.
package enum JSONWriter {
    /// The file's bytes (UTF-8).
    package static func data(_ table: Table) -> Data {
        let keys = table.names.map(JSONText.quoted)
        var lines: [String] = []
        lines.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            var members: [String] = []
            members.reserveCapacity(keys.count)
            for (index, key) in keys.enumerated() {
                members.append(key + ": " + json(table.value(row: row, column: index)))
            }
            lines.append("  {" + members.joined(separator: ", ") + "}")
        }
        let body = lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
        return Data(body.utf8)
    }

    static func json(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .integer, .decimal: return value.description
        case .boolean(let b): return b ? "true" : "false"
        case .text(let s): return JSONText.quoted(s)
        case .date: return JSONText.quoted(value.description)
        }
    }
}
