import Foundation
import JixiaoCore
import JixiaoRender

/// Writes a sheet as an .xlsx workbook laid out as the form: the title and subtitle merged across the form,
/// every merged cell of the screen merged, thin borders, bold centred headers, wrapped text, column widths
/// from the same layout as the text form (display width, so Chinese fits), row heights for the wrapped
/// lines, numbers as numbers with their formats (`0.00`, `0.00%`), the notes below, and the print set-up:
/// A4, landscape when the form is wider than a portrait page, one page wide, the title rows on every page.
package enum SheetXLSXRenderer {
    /// Points per line of 11-point text, and the padding a row adds above and below its lines.
    static let lineHeight = 14.25
    static let rowPadding = 6.0
    /// Excel width units a portrait A4 page holds between its margins at 100%; wider forms print landscape.
    static let portraitWidth = 100.0

    package static func data(_ sheet: Sheet) throws -> Data {
        try XLSXFormWriter.data(form(sheet))
    }

    /// The sheet as a spreadsheet form (zero-based rows: title, subtitle, the grid, then the notes).
    package static func form(_ sheet: Sheet) -> SpreadsheetForm {
        let layout = SheetTextRenderer.Layout(sheet)
        let columnCount = max(sheet.columnCount, 1)
        // A column's text width plus its padding and border, as on screen.
        let widths = (0..<columnCount).map { Double((layout.widths.indices.contains($0) ? layout.widths[$0] : 1) + 3) }
        var form = SpreadsheetForm(sheetName: sheet.title, columnWidths: widths)
        form.landscape = widths.reduce(0, +) > portraitWidth
        let totalWidth = Int(widths.reduce(0, +))

        func fullWidthRow(_ text: String, at row: Int, style: SpreadsheetForm.Style, linesWide: Int) {
            form.cells.append(SpreadsheetForm.Cell(row: row, column: 0, content: .text(text), style: style))
            for column in 1..<max(columnCount, 1) { form.cells.append(SpreadsheetForm.Cell(row: row, column: column, content: .empty, style: style)) }
            if columnCount > 1 { form.merges.append(SpreadsheetForm.Merge(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: columnCount - 1)) }
            let lines = SheetTextRenderer.Layout.wrap(text, to: max(linesWide, 1)).count
            form.rowHeights[row] = Double(lines) * lineHeight * (style.font == .title ? 1.5 : 1) + rowPadding
        }

        var row = 0
        fullWidthRow(sheet.title, at: row, style: SpreadsheetForm.Style(font: .title, alignment: .center, bordered: false), linesWide: totalWidth / 2)
        row += 1
        if let subtitle = sheet.subtitle {
            fullWidthRow(subtitle, at: row, style: SpreadsheetForm.Style(alignment: .center, bordered: false), linesWide: totalWidth)
            row += 1
        }
        form.repeatedRows = 0..<row
        let top = row

        // The grid: each cell at its place, the positions it covers styled alike so its border is whole.
        let grid = sheet.ownerGrid()
        for (index, cell) in sheet.cells.enumerated() {
            let style = Self.style(of: cell)
            for r in cell.row..<(cell.row + cell.rowSpan) {
                for c in cell.column..<(cell.column + cell.columnSpan) where grid[r][c] == index {
                    let isFirst = r == cell.row && c == cell.column
                    form.cells.append(SpreadsheetForm.Cell(row: top + r, column: c, content: isFirst ? content(of: cell) : .empty, style: style))
                }
            }
            if cell.rowSpan > 1 || cell.columnSpan > 1 {
                form.merges.append(SpreadsheetForm.Merge(firstRow: top + cell.row, firstColumn: cell.column,
                                                         lastRow: top + cell.row + cell.rowSpan - 1, lastColumn: cell.column + cell.columnSpan - 1))
            }
        }
        for r in 0..<sheet.rowCount {
            for c in 0..<sheet.columnCount where grid[r][c] < 0 {
                form.cells.append(SpreadsheetForm.Cell(row: top + r, column: c, content: .empty, style: SpreadsheetForm.Style()))
            }
        }
        for (r, lines) in lineCounts(sheet, layout: layout).enumerated() {
            form.rowHeights[top + r] = Double(lines) * lineHeight + rowPadding
        }
        row = top + sheet.rowCount

        // The notes, each a row across the form, below a blank line.
        if !sheet.notes.isEmpty { row += 1 }
        for note in sheet.notes {
            fullWidthRow(note, at: row, style: SpreadsheetForm.Style(bordered: false), linesWide: totalWidth - 2)
            row += 1
        }
        return form
    }

    static func style(of cell: SheetCell) -> SpreadsheetForm.Style {
        let format = cell.number?.formatCode
        switch cell.style {
        case .header, .label: return SpreadsheetForm.Style(font: .bold, alignment: .center, numberFormat: format)
        case .number: return SpreadsheetForm.Style(alignment: cell.number == nil ? .center : .right, numberFormat: format)
        case .text: return SpreadsheetForm.Style(alignment: .left, numberFormat: format)
        }
    }

    static func content(of cell: SheetCell) -> SpreadsheetForm.Content {
        if let number = cell.number { return .number(number.value) }
        return cell.text.isEmpty ? .empty : .text(cell.text)
    }

    /// Lines each row needs: its tallest cell, and a cell merged down several rows adds what its rows lack to
    /// the last of them.
    static func lineCounts(_ sheet: Sheet, layout: SheetTextRenderer.Layout) -> [Int] {
        var lines = [Int](repeating: 1, count: sheet.rowCount)
        let wrapped = sheet.cells.map { SheetTextRenderer.Layout.wrap($0.text, to: max(layout.spanWidth($0), 1)).count }
        for (index, cell) in sheet.cells.enumerated() where cell.rowSpan == 1 {
            lines[cell.row] = max(lines[cell.row], wrapped[index])
        }
        for (index, cell) in sheet.cells.enumerated() where cell.rowSpan > 1 {
            let rows = cell.row..<min(sheet.rowCount, cell.row + cell.rowSpan)
            let available = rows.map { lines[$0] }.reduce(0, +)
            if wrapped[index] > available, let last = rows.last { lines[last] += wrapped[index] - available }
        }
        return lines
    }
}
