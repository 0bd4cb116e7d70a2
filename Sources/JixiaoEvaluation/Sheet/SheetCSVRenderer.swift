/// Writes a sheet as CSV (RFC 4180, CRLF line ends, a UTF-8 byte-order mark so that spreadsheet programs read
/// the Chinese text correctly). Every row has one field per column: a merged cell's text stands in its first
/// position and the positions it covers are empty. The title comes first and the notes last, one per row.
package enum SheetCSVRenderer {
    package static let byteOrderMark = "\u{FEFF}"

    package static func render(_ sheet: Sheet) -> String {
        let blank = [String](repeating: "", count: sheet.columnCount)
        func padded(_ text: String) -> [String] {
            var row = blank
            if !row.isEmpty { row[0] = text }
            return row
        }
        var rows: [[String]] = [padded(sheet.title)]
        if let subtitle = sheet.subtitle { rows.append(padded(subtitle)) }
        let grid = sheet.ownerGrid()
        for row in 0..<sheet.rowCount {
            rows.append((0..<sheet.columnCount).map { column in
                let owner = grid[row][column]
                guard owner >= 0 else { return "" }
                let cell = sheet.cells[owner]
                return cell.row == row && cell.column == column ? cell.singleLine : ""
            })
        }
        rows += sheet.notes.map(padded)
        return byteOrderMark + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field, quoted when it holds a comma, a quote, a line break or edge spaces.
    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" } || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Substring(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
