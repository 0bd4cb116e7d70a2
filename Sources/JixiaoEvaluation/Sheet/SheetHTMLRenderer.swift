import JixiaoRender
/// Writes a sheet as a standalone HTML page: UTF-8, one `<table>` with merged cells as `colspan`/`rowspan`,
/// every text escaped.
package enum SheetHTMLRenderer {
    package static func render(_ sheet: Sheet) -> String {
        var lines = [
            "<!DOCTYPE html>", // not user-facing: markup
            "<html lang=\"zh-CN\">", // not user-facing: markup
            "<head>",
            "<meta charset=\"utf-8\">", // not user-facing: markup
            "<title>\(escape(sheet.title))</title>",
            "<style>",
            "table { border-collapse: collapse; font-size: 14px; }", // not user-facing: CSS
            "caption { font-weight: bold; font-size: 18px; padding: 8px; }", // not user-facing: CSS
            "th, td { border: 1px solid #000; padding: 4px 8px; vertical-align: middle; }", // not user-facing: CSS
            "th { font-weight: normal; background: #f2f2f2; }", // not user-facing: CSS
            "td.number { text-align: right; }", // not user-facing: CSS
            "</style>",
            "</head>",
            "<body>",
            "<table>",
        ]
        var caption = escape(sheet.title)
        if let subtitle = sheet.subtitle { caption += "<br>" + escape(subtitle) }
        lines.append("<caption>\(caption)</caption>")
        let grid = sheet.ownerGrid()
        for row in 0..<sheet.rowCount {
            var cells = ""
            for column in 0..<sheet.columnCount {
                let owner = grid[row][column]
                guard owner >= 0 else { cells += "<td></td>"; continue }
                let cell = sheet.cells[owner]
                guard cell.row == row && cell.column == column else { continue }
                var attributes = ""
                if cell.columnSpan > 1 { attributes += " colspan=\"\(cell.columnSpan)\"" }
                if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }
                switch cell.style {
                case .header: cells += "<th\(attributes)>\(escape(cell.text))</th>"
                case .label: cells += "<th scope=\"row\"\(attributes)>\(escape(cell.text))</th>" // not user-facing: markup
                case .number: cells += "<td class=\"number\"\(attributes)>\(escape(cell.text))</td>" // not user-facing: markup
                case .text: cells += "<td\(attributes)>\(escape(cell.text))</td>"
                }
            }
            lines.append("<tr>\(cells)</tr>")
        }
        lines.append("</table>")
        lines += sheet.notes.map { "<p>\(escape($0))</p>" }
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in HTML content and attributes; line breaks become `<br>`.
    package static func escape(_ text: String) -> String {
        HTMLTableWriter.escaped(text)
    }
}
