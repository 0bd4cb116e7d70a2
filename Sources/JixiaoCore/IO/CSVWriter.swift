import Foundation

/// Writes a table as CSV or TSV (RFC 4180 quoting), in UTF-8.
///
/// Values are written plainly so any program reads them back: numbers without thousands separators and with
/// their exact decimals, ISO dates, true/false, nulls as empty cells; a percentage column keeps its `%`
/// (`12.50%`), which Excel and jixiao both read as a percentage.
package enum CSVWriter {
    /// The file's bytes. `byteOrderMark` starts them with the UTF-8 mark, which Excel needs to tell UTF-8
    /// from the system's code page (GBK on Chinese Windows).
    package static func data(_ table: Table, delimiter: UInt8 = UInt8(ascii: ","), byteOrderMark: Bool = false) -> Data {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        let separator = String(UnicodeScalar(delimiter))
        text += table.names.map { quoted($0, delimiter: delimiter) }.joined(separator: separator) + "\n"
        for row in 0..<table.rowCount {
            var cells: [String] = []
            cells.reserveCapacity(table.columns.count)
            for (index, column) in table.columns.enumerated() {
                cells.append(quoted(plainText(table.value(row: row, column: index), hint: column.hint), delimiter: delimiter))
            }
            text += cells.joined(separator: separator) + "\n"
        }
        return Data(text.utf8)
    }

    /// A value as plain text: what `Value.description` gives, with `%` on percentages.
    package static func plainText(_ value: Value, hint: DisplayHint) -> String {
        switch value {
        case .integer, .decimal: return hint == .percent ? value.description + "%" : value.description
        default: return value.description
        }
    }

    /// Quotes a field holding the delimiter, a quote, a line break, or spaces at either end.
    static func quoted(_ text: String, delimiter: UInt8) -> String {
        let needsQuotes = text.utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
