import Foundation

/// Writes a table as a JSON array of objects, one object per line, keys in column order.
///
/// Numbers are written with their exact decimals (`1234.50`), dates as `"2022-06-08"`, timestamps as
/// `"2024-03-01T08:30:00+08:00"`, times as `"11:00:00"`, durations as `"PT36H15M0S"`, nulls as `null`;
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
        case .date, .time: return JSONText.quoted(value.description)
        // RFC 3339 (`2024-03-01T08:30:00+08:00`) and ISO 8601 durations (`PT36H15M0S`): what other programs
        // read, and what JSONReader reads back to the same types (a duration under a day is no time of day).
        case .timestamp(let t): return JSONText.quoted(CivilDate.format(t.day) + "T" + Clock.formatTime(t.timeOfDay) + t.zoneText)
        case .duration(let d): return JSONText.quoted(Clock.formatISODuration(d))
        }
    }
}
