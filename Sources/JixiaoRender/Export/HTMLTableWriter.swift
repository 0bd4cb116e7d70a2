import JixiaoCore

/// Writes a table as a standalone HTML page (UTF-8, with its meta charset) for a report.
///
/// Cells are formatted as on screen; numbers are right-aligned in tabular figures; `& < > " '` are
/// escaped and line breaks become `<br>`.
package enum HTMLTableWriter {
    /// The table as a whole HTML page titled `title`.
    package static func text(_ table: Table, title: String) -> String {
        // The page's markup and style (not user-facing); the title and cells are escaped into it.
        let lines = [
            "<!DOCTYPE html>", // not user-facing: markup
            "<html lang=\"zh-CN\">", // not user-facing: markup
            "<head>",
            "<meta charset=\"utf-8\">", // not user-facing: markup
            "<title>\(escaped(title))</title>",
            "<style>",
            "table { border-collapse: collapse; font-family: sans-serif; }", // not user-facing: CSS
            "th, td { border: 1px solid #999; padding: 4px 8px; vertical-align: top; }", // not user-facing: CSS
            "th { background: #f0f0f0; }",
            ".num { text-align: right; font-variant-numeric: tabular-nums; }", // not user-facing: CSS
            "</style>",
            "</head>",
            "<body>",
            element(table),
            "</body>",
            "</html>",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `<table>` element alone (numbers in `class="num"` cells); with `showTotal`, a `class="total"` row of exact sums.
    package static func element(_ table: Table, showTotal: Bool = false) -> String {
        let hints = table.columns.map(\.hint)
        let numeric = table.columns.map { CellFormatter.alignsRight($0.type) }
        func cell(_ tag: String, _ text: String, _ isNumeric: Bool) -> String {
            "<\(tag)\(isNumeric ? " class=\"num\"" : "")>\(text)</\(tag)>" // not user-facing: markup
        }
        var lines = ["<table>", "<thead>"]
        lines.append("<tr>" + table.names.enumerated().map { cell("th", escaped($1), numeric[$0]) }.joined() + "</tr>")
        lines += ["</thead>", "<tbody>"]
        for row in 0..<table.rowCount {
            let cells = table.columns.indices.map { column -> String in
                let value = table.value(row: row, column: column)
                return cell("td", value.isNull ? "" : escaped(ExportCellText.text(value, hint: hints[column])), numeric[column])
            }
            lines.append("<tr>" + cells.joined() + "</tr>")
        }
        if showTotal {
            let total = "<tr class=\"total\">" // not user-facing: markup
            lines.append(total + TableRenderer.totals(table).enumerated().map { cell("td", escaped($1), numeric[$0]) }.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines.joined(separator: "\n")
    }

    /// Text made safe inside HTML: `& < > " '` escaped, line breaks as `<br>` (kept as they are inside `<pre>`).
    package static func escaped(_ text: String, lineBreaks: Bool = true) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var afterCarriageReturn = false
        // Scalar by scalar: `<` followed by a combining mark is one Character, and must be escaped all the same.
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n" where afterCarriageReturn: continue
            case "\r", "\n": result += lineBreaks ? "<br>" : "\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
