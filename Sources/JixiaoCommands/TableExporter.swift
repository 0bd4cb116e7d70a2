import Foundation
import JixiaoCore
import JixiaoRender

/// Turns a table into a file's bytes in any export format, and writes it atomically.
///
/// CSV, TSV, JSON and XLSX carry plain, exact values for other programs; Markdown, HTML and Word (.docx) carry
/// the cells as the screen shows them (thousands separators, percent signs), for reports.
package enum TableExporter {
    /// The file's bytes in `format`; `title` names the HTML page and the sheet, `excel` adds a BOM to CSV/TSV.
    package static func data(_ table: Table, format: TableFileFormat, title: String, excel: Bool = false) throws -> Data {
        switch format {
        case .csv: return CSVWriter.data(table, byteOrderMark: excel)
        case .tsv: return CSVWriter.data(table, delimiter: 0x09, byteOrderMark: excel)
        case .json: return JSONWriter.data(table)
        case .markdown: return Data(MarkdownTableWriter.text(table).utf8)
        case .html: return Data(HTMLTableWriter.text(table, title: title).utf8)
        case .xlsx: return try XLSXWriter.data(table, sheetName: title, columnWidths: columnWidths(table))
        case .docx: return try DocxTableWriter.data(table, title: title)
        }
    }

    /// Writes `table` to `path` through `AtomicFile`: the file is whole or untouched.
    package static func write(_ table: Table, to path: String, format: TableFileFormat, title: String, excel: Bool = false) throws {
        let bytes: Data = try data(table, format: format, title: title, excel: excel)
        try AtomicFile.write(bytes, to: path)  // file-gate: checked: ExportCommand passes the path checkWrite gave
    }

    /// Display widths of each column's header and cells (the first 1000 rows), for a sheet's column widths.
    static func columnWidths(_ table: Table) -> [Int] {
        table.names.indices.map { column in
            let hint = table.columns[column].hint
            var width = DisplayWidth.of(table.names[column])
            for row in 0..<min(table.rowCount, 1000) {
                width = max(width, DisplayWidth.of(CellFormatter.text(table.value(row: row, column: column), hint: hint)))
            }
            return width
        }
    }
}
