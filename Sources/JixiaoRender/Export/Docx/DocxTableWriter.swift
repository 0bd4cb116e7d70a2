import Foundation
import JixiaoCore

/// A table as a Word table: the header row bold, shaded and repeated on every page, cells as the screen shows
/// them (thousands separators, percent signs), numbers right-aligned; and as a whole document for `export`.
package enum DocxTableWriter {
    /// At most this many rows go into a document (a Word table of a million rows helps nobody); the
    /// document says how many were left out.
    package static let maximumRows = 10_000

    /// The table as a Word table `width` twentieths of a point wide, with a 合计 row when `showTotal`.
    package static func table(_ table: Table, width: Int, showTotal: Bool = false, rows: Int = maximumRows) -> WordTable {
        let hints = table.columns.map(\.hint)
        let numeric = table.columns.map { CellFormatter.alignsRight($0.type) }
        let shown = min(table.rowCount, rows)
        var texts: [[String]] = [table.names]
        for row in 0..<shown {
            texts.append(table.columns.indices.map { column in
                let value = table.value(row: row, column: column)
                return value.isNull ? "" : ExportCellText.text(value, hint: hints[column])
            })
        }
        if showTotal { texts.append(TableRenderer.totals(table)) }
        let displayWidths = table.names.indices.map { column in texts.map { DisplayWidth.of($0[column]) }.max() ?? 1 }
        var wordRows: [[WordCell]] = [table.names.map { WordCell($0, bold: true, alignment: .center, shaded: true) }]
        for (index, line) in texts.dropFirst().enumerated() {
            let isTotal = showTotal && index == texts.count - 2
            wordRows.append(line.enumerated().map { column, text in
                WordCell(text, bold: isTotal, alignment: numeric[column] ? .right : .left)
            })
        }
        // Numbers never wrap; text columns share the rest of the page.
        let unbreakable = table.columns.indices.map { column in numeric[column] }
        let valueWidths = table.names.indices.map { column in texts.dropFirst().map { DisplayWidth.of($0[column]) }.max() ?? 1 }
        var widths = WordTable.widths(displayWidths: displayWidths, unbreakable: unbreakable, total: width)
        for column in widths.indices where unbreakable[column] {
            widths[column] = max(widths[column], (valueWidths[column] + 2) * WordTable.twipsPerColumn)
        }
        return WordTable(columnWidths: widths, rows: wordRows, headerRows: 1)
    }

    /// A document holding the table under a title, landscape when the table is wider than a portrait page.
    package static func document(_ table: Table, title: String) -> WordDocument {
        let widest = table.names.indices.map { column in
            (0..<min(table.rowCount, 1000)).map { DisplayWidth.of(CellFormatter.text(table.value(row: $0, column: column), hint: table.columns[column].hint)) }
                .max().map { max($0, DisplayWidth.of(table.names[column])) } ?? DisplayWidth.of(table.names[column])
        }
        // About 90 columns of 五号 text fit a portrait page between its margins.
        var document = WordDocument(title: title, page: WordPage(landscape: widest.map { $0 + 2 }.reduce(0, +) > 90))
        document.blocks.append(.paragraph(WordParagraph(.title, title)))
        document.blocks.append(.table(self.table(table, width: document.textWidth)))
        if table.rowCount > maximumRows {
            document.blocks.append(.paragraph(WordParagraph(.note, Message(.docxRowsLeftOut, String(maximumRows), String(table.rowCount)).text(in: DocumentLanguage.language))))
        }
        return document
    }

    /// The .docx bytes of `document(_:title:)`.
    package static func data(_ table: Table, title: String) throws -> Data {
        try WordprocessingMLWriter.data(document(table, title: title))
    }
}
