import JixiaoRender
/// Writes a sheet as HTML: one `<table class="form">` with merged cells as `colspan`/`rowspan` and the title as
/// its caption, the notes as paragraphs below it, every text escaped. `appendix to FILE.html` writes it as a
/// standalone page; notebooks and reports put the same table into theirs.
package enum SheetHTMLRenderer {
    /// The style rules of a form's table, scoped to `table.form`, for every page that shows one.
    package static let css = [
        "table.form { border-collapse: collapse; font-size: 14px; margin: 0.5em 0 1em; }",
        "table.form caption { font-weight: bold; font-size: 18px; padding: 8px; }",
        "table.form th, table.form td { border: 1px solid #000; padding: 4px 8px; vertical-align: middle; }",
        "table.form th { font-weight: normal; background: #f2f2f2; }",
        "table.form td.number { text-align: right; }",
        "p.form-note { font-size: 13px; margin: 0.3em 0; }",
    ]

    package static func render(_ sheet: Sheet) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"zh-CN\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(escape(sheet.title))</title>",
            "<style>",
        ]
        lines += css
        lines += ["</style>", "</head>", "<body>", element(sheet), "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table and its notes, as a page embeds them.
    package static func element(_ sheet: Sheet) -> String {
        var lines = ["<table class=\"form\">"]
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
                case .label: cells += "<th scope=\"row\"\(attributes)>\(escape(cell.text))</th>"
                case .number: cells += "<td class=\"number\"\(attributes)>\(escape(cell.text))</td>"
                case .text: cells += "<td\(attributes)>\(escape(cell.text))</td>"
                }
            }
            lines.append("<tr>\(cells)</tr>")
        }
        lines.append("</table>")
        lines += sheet.notes.map { "<p class=\"form-note\">\(escape($0))</p>" }
        return lines.joined(separator: "\n")
    }

    /// Text safe in HTML content and attributes; line breaks become `<br>`.
    package static func escape(_ text: String) -> String {
        HTMLTableWriter.escaped(text)
    }
}
