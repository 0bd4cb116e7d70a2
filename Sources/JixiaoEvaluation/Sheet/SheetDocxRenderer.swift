import Foundation
import JixiaoRender

/// Writes a sheet as Word: the title, the form as one Word table (a cell merged across columns has
/// `gridSpan`, one merged down rows `vMerge`), headers bold and shaded, numbers right-aligned, and the notes
/// below, on A4 (landscape when the form is wider than a portrait page).
package enum SheetDocxRenderer {
    /// Display columns of 五号 text a portrait A4 page holds between its margins; wider forms go landscape.
    static let portraitColumns = 90

    /// Whether the form needs a landscape page.
    package static func needsLandscape(_ sheet: Sheet) -> Bool {
        SheetTextRenderer.Layout(sheet).widths.map { $0 + 2 }.reduce(0, +) > portraitColumns
    }

    /// A document holding the sheet alone.
    package static func document(_ sheet: Sheet) -> WordDocument {
        var document = WordDocument(title: sheet.title, page: WordPage(landscape: needsLandscape(sheet)))
        document.blocks = blocks(sheet, width: document.textWidth)
        return document
    }

    package static func data(_ sheet: Sheet) throws -> Data {
        try WordprocessingMLWriter.data(document(sheet))
    }

    /// The title, subtitle, table and notes, the table `width` twentieths of a point wide.
    package static func blocks(_ sheet: Sheet, width: Int) -> [WordBlock] {
        var blocks: [WordBlock] = [.paragraph(WordParagraph(.title, sheet.title))]
        if let subtitle = sheet.subtitle { blocks.append(.paragraph(WordParagraph(.subtitle, subtitle))) }
        blocks.append(.table(table(sheet, width: width)))
        blocks += sheet.notes.map { .paragraph(WordParagraph(.note, $0)) }
        return blocks
    }

    /// The form's grid as a Word table: each row lists its cells left to right, a cell merged down rows
    /// appearing in every row it covers (`restart` in the first, `continue` below), blank positions empty.
    package static func table(_ sheet: Sheet, width: Int) -> WordTable {
        let layout = SheetTextRenderer.Layout(sheet)
        let grid = sheet.ownerGrid()
        var rows: [[WordCell]] = []
        for row in 0..<sheet.rowCount {
            var cells: [WordCell] = []
            var column = 0
            while column < sheet.columnCount {
                let owner = grid[row][column]
                guard owner >= 0 else {
                    cells.append(WordCell(""))
                    column += 1
                    continue
                }
                let cell = sheet.cells[owner]
                var word = WordCell(cell.row == row ? cell.text : "", bold: cell.style == .header || cell.style == .label,
                                    alignment: alignment(cell), gridSpan: cell.columnSpan, shaded: cell.style == .header)
                if cell.rowSpan > 1 { word.verticalMerge = cell.row == row ? .restart : .continue }
                cells.append(word)
                column = cell.column + cell.columnSpan
            }
            rows.append(cells)
        }
        return WordTable(columnWidths: WordTable.widths(displayWidths: layout.widths.map { $0 + 2 }, total: width), rows: rows)
    }

    static func alignment(_ cell: SheetCell) -> WordAlignment {
        switch cell.style {
        case .header, .label: return .center
        case .number: return cell.number == nil ? .center : .right
        case .text: return .left
        }
    }
}
