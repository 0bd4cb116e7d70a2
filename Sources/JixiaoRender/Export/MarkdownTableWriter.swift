import JixiaoCore

/// Writes a table as a GitHub-flavoured Markdown table for a report.
///
/// Cells are formatted as on screen (thousands separators, fixed decimals, `%`), null cells are empty,
/// numbers are right-aligned with `---:`, and every column is padded to one display width (Chinese
/// characters count two) so the source lines up in a monospaced editor. `|` and `\` are escaped, line breaks
/// become `<br>`, `& < >` entities and control characters symbols (`MarkdownText.cell`), so no cell can break
/// the table or pass raw HTML.
package enum MarkdownTableWriter {
    /// The table as Markdown, ending with a line break; with `showTotal`, a bold 合计 row of exact sums.
    package static func text(_ table: Table, showTotal: Bool = false) -> String {
        let hints = table.columns.map(\.hint)
        let rightAligned = table.columns.map { CellFormatter.alignsRight($0.type) }
        let header = table.names.map(escaped)
        var body: [[String]] = (0..<table.rowCount).map { row in
            table.columns.indices.map { column in
                let value = table.value(row: row, column: column)
                return value.isNull ? "" : escaped(ExportCellText.text(value, hint: hints[column]))
            }
        }
        if showTotal { body.append(TableRenderer.totals(table).map { $0.isEmpty ? "" : "**\(escaped($0))**" }) }
        var widths = header.map { max(3, DisplayWidth.of($0)) }
        for row in body {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            "| " + cells.enumerated().map { DisplayWidth.pad($1, to: widths[$0], alignRight: rightAligned[$0]) }.joined(separator: " | ") + " |"
        }
        let rule = "| " + widths.enumerated().map { index, width in
            rightAligned[index] ? String(repeating: "-", count: width - 1) + ":" : ":" + String(repeating: "-", count: width - 1)
        }.joined(separator: " | ") + " |"
        guard !table.names.isEmpty else { return "" }
        return ([line(header), rule] + body.map(line)).joined(separator: "\n") + "\n"
    }

    static func escaped(_ text: String) -> String { MarkdownText.cell(text) }
}

/// Cell text for reports: as on screen, but with line breaks kept for the writer to translate.
enum ExportCellText {
    static func text(_ value: Value, hint: DisplayHint) -> String {
        if case .text(let s) = value { return s }
        return CellFormatter.text(value, hint: hint)
    }
}
