import JixiaoRender

/// Writes a sheet as Markdown: one pipe table per block of rows, since Markdown tables cannot merge cells.
///
/// Each block gets only the columns its cells start on, so a cell merged across columns becomes one Markdown
/// column; a cell merged across rows shows its text in its first row and leaves the rows below it empty.
package enum SheetMarkdownRenderer {
    package static func render(_ sheet: Sheet) -> String {
        var parts = ["## " + escape(sheet.title)]
        if let subtitle = sheet.subtitle { parts.append(escape(subtitle)) }
        let grid = sheet.ownerGrid()
        let starts = sheet.blockStarts.filter { $0 < sheet.rowCount }.sorted()
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : sheet.rowCount
            if sheet.captionRows.contains(start), end == start + 1, grid[start][0] >= 0 {
                parts.append("**" + escape(sheet.cells[grid[start][0]].singleLine) + "**")
                continue
            }
            parts.append(table(sheet, grid: grid, rows: start..<end))
        }
        parts += sheet.notes.map(escape)
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func table(_ sheet: Sheet, grid: [[Int]], rows: Range<Int>) -> String {
        // The block's columns: every grid column where a cell of these rows begins.
        var boundaries = Set([0])
        for row in rows {
            for column in 0..<sheet.columnCount where column == 0 || grid[row][column] != grid[row][column - 1] {
                boundaries.insert(column)
            }
        }
        let columns = boundaries.sorted()
        var lines: [String] = []
        var rightAligned = [Bool](repeating: false, count: columns.count)
        for row in rows {
            var cells: [String] = []
            for (position, column) in columns.enumerated() {
                let owner = grid[row][column]
                guard owner >= 0 else { cells.append(""); continue }
                let cell = sheet.cells[owner]
                // Only the cell's own first position shows its text.
                guard cell.row == row && cell.column == column else { cells.append(""); continue }
                if row != rows.lowerBound && cell.style == .number { rightAligned[position] = true }
                cells.append(escape(cell.text))
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        let rule = "| " + rightAligned.map { $0 ? "---:" : "---" }.joined(separator: " | ") + " |"
        lines.insert(rule, at: 1)
        return lines.joined(separator: "\n")
    }

    /// Text safe inside a Markdown table cell: pipes and emphasis marks escaped, line breaks as `<br>`.
    package static func escape(_ text: String) -> String {
        var result = ""
        // Control characters and bidirectional overrides as symbols, as on a terminal (`MarkdownText`).
        for character in TerminalText.sanitized(text, keepingLineBreaks: true) {
            switch character {
            case "|": result += "\\|"
            case "*": result += "\\*"
            case "_": result += "\\_"
            case "\\": result += "\\\\"
            case "\n": result += "<br>"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}
