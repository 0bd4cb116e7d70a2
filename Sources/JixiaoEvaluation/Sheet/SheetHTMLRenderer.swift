import JixiaoRender
/// Writes a sheet as HTML: one `<table class="form">` with merged cells as `colspan`/`rowspan` and the title as
/// its caption, the notes as paragraphs below it, every text escaped. `appendix to FILE.html` writes it as a
/// standalone page; notebooks and reports put the same table into theirs.
package enum SheetHTMLRenderer {
    /// The style rules of a form's table, scoped to `table.form`, for every page that shows one.
    package static let css = [
        "table.form { border-collapse: collapse; font-size: 14px; margin: 0.5em 0 1em; }",  // not user-facing: markup
        "table.form caption { font-weight: bold; font-size: 18px; padding: 8px; }",  // not user-facing: markup
        "table.form th, table.form td { border: 1px solid #000; padding: 4px 8px; vertical-align: middle; }",  // not user-facing: markup
        "table.form th { font-weight: normal; background: #f2f2f2; }",  // not user-facing: markup
        "table.form td.number { text-align: right; }",  // not user-facing: markup
        "p.form-note { font-size: 13px; margin: 0.3em 0; }",  // not user-facing: markup
    ]

    package static func render(_ sheet: Sheet) -> String {
        var lines = [
            "<!DOCTYPE html>",  // not user-facing: markup
            "<html lang=\"zh-CN\">",  // not user-facing: markup
            "<head>",  // not user-facing: markup
            "<meta charset=\"utf-8\">",  // not user-facing: markup
            "<title>\(escape(sheet.title))</title>",  // not user-facing: markup
            "<style>",  // not user-facing: markup
        ]
        lines += css
        lines += ["</style>", "</head>", "<body>", element(sheet), "</body>", "</html>"]  // not user-facing: markup
        return lines.joined(separator: "\n") + "\n"  // not user-facing: markup
    }

    /// The table and its notes, as a page embeds them.
    package static func element(_ sheet: Sheet) -> String {
        var lines = ["<table class=\"form\">"]  // not user-facing: markup
        var caption = escape(sheet.title)
        if let subtitle = sheet.subtitle { caption += "<br>" + escape(subtitle) }  // not user-facing: markup
        lines.append("<caption>\(caption)</caption>")  // not user-facing: markup
        let grid = sheet.ownerGrid()
        for row in 0..<sheet.rowCount {
            var cells = ""  // not user-facing: markup
            for column in 0..<sheet.columnCount {
                let owner = grid[row][column]
                guard owner >= 0 else { cells += "<td></td>"; continue }  // not user-facing: markup
                let cell = sheet.cells[owner]
                guard cell.row == row && cell.column == column else { continue }
                var attributes = ""  // not user-facing: markup
                if cell.columnSpan > 1 { attributes += " colspan=\"\(cell.columnSpan)\"" }  // not user-facing: markup
                if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }  // not user-facing: markup
                switch cell.style {
                case .header: cells += "<th\(attributes)>\(escape(cell.text))</th>"  // not user-facing: markup
                case .label: cells += "<th scope=\"row\"\(attributes)>\(escape(cell.text))</th>"  // not user-facing: markup
                case .number: cells += "<td class=\"number\"\(attributes)>\(escape(cell.text))</td>"  // not user-facing: markup
                case .text: cells += "<td\(attributes)>\(escape(cell.text))</td>"  // not user-facing: markup
                }
            }
            lines.append("<tr>\(cells)</tr>")  // not user-facing: markup
        }
        lines.append("</table>")  // not user-facing: markup
        lines += sheet.notes.map { "<p class=\"form-note\">\(escape($0))</p>" }  // not user-facing: markup
        return lines.joined(separator: "\n")  // not user-facing: markup
    }

    /// Text safe in HTML content and attributes; line breaks become `<br>`.
    package static func escape(_ text: String) -> String {
        HTMLTableWriter.escaped(text)
    }
}
