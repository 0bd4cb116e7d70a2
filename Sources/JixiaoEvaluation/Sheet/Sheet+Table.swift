import JixiaoCore
import JixiaoRender

extension Sheet {
    /// A table as a sheet: a header row, then one row per table row, cells as the screen shows them, numbers
    /// right-aligned and kept as numbers (a percentage as its fraction), so that every format draws it as a form.
    package static func table(_ table: Table, title: String, subtitle: String? = nil, notes: [String] = []) -> Sheet {
        var sheet = Sheet(title: title, subtitle: subtitle, columnCount: max(table.names.count, 1))
        sheet.addRow(table.names.map { SheetCell($0, style: .header) })
        let hints = table.columns.map(\.hint)
        for row in 0..<table.rowCount {
            sheet.addRow(table.columns.indices.map { column in
                let value = table.value(row: row, column: column)
                let text = value.isNull ? "" : CellFormatter.text(value, hint: hints[column])
                guard CellFormatter.alignsRight(table.columns[column].type) else { return SheetCell(text, style: .text) }
                return SheetCell(text, style: .number, number: number(value, hint: hints[column]))
            })
        }
        sheet.notes = notes
        return sheet
    }

    /// A numeric value as a spreadsheet keeps it, in the decimals the screen shows.
    static func number(_ value: Value, hint: DisplayHint) -> SheetNumber? {
        switch value {
        case .integer(let i):
            return hint == .percent ? SheetNumber.percent(points: ExactDecimal(i), decimals: 0) : SheetNumber(ExactDecimal(i), format: .fixed(0))
        case .decimal(let d):
            return hint == .percent ? SheetNumber.percent(points: d, decimals: d.scale) : SheetNumber(d, format: .fixed(d.scale))
        default:
            return nil
        }
    }
}
