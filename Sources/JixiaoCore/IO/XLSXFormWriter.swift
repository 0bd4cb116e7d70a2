import Foundation

/// A printed form laid out as one worksheet: styled cells, merged ranges, column widths, row heights and the
/// print set-up (A4, orientation, fitted to one page wide, rows repeated on every page).
///
/// The spreadsheet counterpart of a form drawn on screen; `XLSXFormWriter` writes it.
package struct SpreadsheetForm: Sendable {
    /// How a cell looks. Every distinct style becomes one cell format of the workbook.
    package struct Style: Sendable, Hashable {
        package enum Font: Sendable, Hashable {
            case body
            case bold
            /// The form's title: bold and larger.
            case title
        }

        package enum Alignment: Sendable, Hashable {
            case left
            case center
            case right
        }

        package var font: Font
        package var alignment: Alignment
        package var wraps: Bool
        /// A thin border on all four sides.
        package var bordered: Bool
        /// A number format code (`0.00`, `0.00%`); nil for the general format.
        package var numberFormat: String?

        package init(font: Font = .body, alignment: Alignment = .left, wraps: Bool = true, bordered: Bool = true, numberFormat: String? = nil) {
            self.font = font
            self.alignment = alignment
            self.wraps = wraps
            self.bordered = bordered
            self.numberFormat = numberFormat
        }
    }

    package enum Content: Sendable, Equatable {
        /// A styled cell with nothing in it (the positions a merged cell covers, so its border is drawn whole).
        case empty
        case text(String)
        /// Stored as the exact decimal text in `<v>`; a percentage is its fraction (12.5% is 0.125).
        case number(ExactDecimal)
    }

    package struct Cell: Sendable {
        /// Zero-based position.
        package var row: Int
        package var column: Int
        package var content: Content
        package var style: Style

        package init(row: Int, column: Int, content: Content, style: Style) {
            self.row = row
            self.column = column
            self.content = content
            self.style = style
        }
    }

    /// A merged range, zero-based and inclusive.
    package struct Merge: Sendable, Equatable {
        package var firstRow: Int
        package var firstColumn: Int
        package var lastRow: Int
        package var lastColumn: Int

        package init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
            self.firstRow = firstRow
            self.firstColumn = firstColumn
            self.lastRow = lastRow
            self.lastColumn = lastColumn
        }
    }

    package var sheetName: String
    /// Widths in Excel's character units, one per column.
    package var columnWidths: [Double]
    /// Heights in points, by zero-based row; rows not listed keep the default height.
    package var rowHeights: [Int: Double] = [:]
    package var cells: [Cell] = []
    package var merges: [Merge] = []
    /// Zero-based rows printed at the top of every page.
    package var repeatedRows: Range<Int>?
    package var landscape = false
    /// The font of every cell; Chinese forms are set in 宋体.
    package var fontName = "宋体"  // not user-facing: markup
    package var fontSize = 11

    package init(sheetName: String, columnWidths: [Double]) {
        self.sheetName = sheetName
        self.columnWidths = columnWidths
    }
}

/// Writes a `SpreadsheetForm` as an .xlsx workbook of one sheet, over the same ZIP writer as `XLSXWriter`.
///
/// Print set-up: A4 (`paperSize="9"`), the form's orientation, fitted to one page wide and as many pages tall
/// as it needs (`fitToWidth="1" fitToHeight="0"`), the repeated rows as the sheet's print titles, centred.
package enum XLSXFormWriter {
    package static func data(_ form: SpreadsheetForm) throws -> Data {
        var strings = SharedStrings()
        var styles = FormStyles()
        let sheetName = XLSXWriter.safeSheetName(form.sheetName)
        let rowCount = max(form.cells.map { $0.row + 1 }.max() ?? 1, form.rowHeights.keys.map { $0 + 1 }.max() ?? 1)
        let columnCount = max(form.columnWidths.count, form.cells.map { $0.column + 1 }.max() ?? 1)
        var sheet = /* // not user-facing: markup */ """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>
            <dimension ref="A1:\(CellReference.letters(columnCount - 1))\(rowCount)"/>
            <sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>
            <sheetFormatPr defaultRowHeight="15"/>

            """
        if !form.columnWidths.isEmpty {
            sheet += "<cols>"  // not user-facing: markup
            for (index, width) in form.columnWidths.enumerated() {
                sheet += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(width))\" customWidth=\"1\"/>"  // not user-facing: markup
            }
            sheet += "</cols>\n"  // not user-facing: markup
        }
        sheet += "<sheetData>\n"  // not user-facing: markup
        let byRow = Dictionary(grouping: form.cells, by: \.row)
        for row in 0..<rowCount {
            let cells = (byRow[row] ?? []).sorted { $0.column < $1.column }
            let height = form.rowHeights[row]
            guard !cells.isEmpty || height != nil else { continue }
            sheet += "<row r=\"\(row + 1)\"" + (height.map { " ht=\"\(number($0))\" customHeight=\"1\"" } ?? "") + ">"  // not user-facing: markup
            for cell in cells {
                let reference = "\(CellReference.letters(cell.column))\(row + 1)"  // not user-facing: markup
                let style = styles.index(of: cell.style)
                switch cell.content {
                case .empty:
                    sheet += "<c r=\"\(reference)\" s=\"\(style)\"/>"  // not user-facing: markup
                case .text(let text):
                    sheet += "<c r=\"\(reference)\" s=\"\(style)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"  // not user-facing: markup
                case .number(let value):
                    sheet += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(value.description)</v></c>"  // not user-facing: markup
                }
            }
            sheet += "</row>\n"  // not user-facing: markup
        }
        sheet += "</sheetData>\n"  // not user-facing: markup
        if !form.merges.isEmpty {
            sheet += "<mergeCells count=\"\(form.merges.count)\">"  // not user-facing: markup
            for merge in form.merges {
                sheet += "<mergeCell ref=\"\(CellReference.letters(merge.firstColumn))\(merge.firstRow + 1):\(CellReference.letters(merge.lastColumn))\(merge.lastRow + 1)\"/>"  // not user-facing: markup
            }
            sheet += "</mergeCells>\n"  // not user-facing: markup
        }
        sheet += /* // not user-facing: markup */ """
            <printOptions horizontalCentered="1"/>
            <pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>
            <pageSetup paperSize="9" orientation="\(form.landscape ? "landscape" : "portrait")" fitToWidth="1" fitToHeight="0"/>
            <headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>
            </worksheet>

            """
        var definedNames = ""  // not user-facing: markup
        if let rows = form.repeatedRows, !rows.isEmpty {
            let quoted = "'" + sheetName.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"  // not user-facing: markup
            definedNames = "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">\(XMLEscaping.escaped(quoted))!$\(rows.lowerBound + 1):$\(rows.upperBound)</definedName></definedNames>"  // not user-facing: markup
        }
        let workbook = /* // not user-facing: markup */ """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets><sheet name="\(XMLEscaping.escaped(sheetName))" sheetId="1" r:id="rId1"/></sheets>\(definedNames)</workbook>

            """
        return try ZIPPackage.data(parts: [
            ("[Content_Types].xml", XLSXWriter.contentTypes),  // not user-facing: markup
            ("_rels/.rels", XLSXWriter.packageRelationships),  // not user-facing: markup
            ("xl/workbook.xml", workbook),  // not user-facing: markup
            ("xl/_rels/workbook.xml.rels", XLSXWriter.workbookRelationships),  // not user-facing: markup
            ("xl/styles.xml", styles.xml(fontName: form.fontName, fontSize: form.fontSize)),  // not user-facing: markup
            ("xl/sharedStrings.xml", strings.xml),  // not user-facing: markup
            ("xl/worksheets/sheet1.xml", sheet),  // not user-facing: markup
        ], what: "workbook")  // not user-facing: markup
    }

    /// A width or height as the shortest exact text (15, 17.5).
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// The cell formats of a form: one per distinct style, after the plain format 0.
struct FormStyles {
    private var styles: [SpreadsheetForm.Style] = []

    mutating func index(of style: SpreadsheetForm.Style) -> Int {
        if let existing = styles.firstIndex(of: style) { return existing + 1 }
        styles.append(style)
        return styles.count
    }

    func xml(fontName: String, fontSize: Int) -> String {
        var codes: [String] = []
        for style in styles {
            if let code = style.numberFormat, !codes.contains(code) { codes.append(code) }
        }
        let name = XMLEscaping.escaped(fontName)
        // charset 134 is GB2312: spreadsheet programs pick the Chinese face for it.
        func font(bold: Bool, size: Int) -> String {
            "<font>\(bold ? "<b/>" : "")<sz val=\"\(size)\"/><name val=\"\(name)\"/><charset val=\"134\"/></font>"  // not user-facing: markup
        }
        var text = /* // not user-facing: markup */ """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">

            """
        if !codes.isEmpty {
            text += "<numFmts count=\"\(codes.count)\">"  // not user-facing: markup
            for (index, code) in codes.enumerated() { text += "<numFmt numFmtId=\"\(164 + index)\" formatCode=\"\(XMLEscaping.escaped(code))\"/>" }  // not user-facing: markup
            text += "</numFmts>\n"  // not user-facing: markup
        }
        text += "<fonts count=\"3\">\(font(bold: false, size: fontSize))\(font(bold: true, size: fontSize))\(font(bold: true, size: fontSize + 5))</fonts>\n"  // not user-facing: markup
        text += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>\n"  // not user-facing: markup
        text += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"  // not user-facing: markup
        text += "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"  // not user-facing: markup
        text += "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>\n"  // not user-facing: markup
        text += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\n"  // not user-facing: markup
        text += "<cellXfs count=\"\(styles.count + 1)\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"  // not user-facing: markup
        for style in styles {
            let format = style.numberFormat.flatMap { code in codes.firstIndex(of: code).map { 164 + $0 } } ?? 0
            let fontId: Int
            switch style.font {
            case .body: fontId = 0
            case .bold: fontId = 1
            case .title: fontId = 2
            }
            let horizontal: String
            switch style.alignment {
            case .left: horizontal = "left"  // not user-facing: markup
            case .center: horizontal = "center"  // not user-facing: markup
            case .right: horizontal = "right"  // not user-facing: markup
            }
            text += "<xf numFmtId=\"\(format)\" fontId=\"\(fontId)\" fillId=\"0\" borderId=\"\(style.bordered ? 1 : 0)\" xfId=\"0\""  // not user-facing: markup
            text += " applyNumberFormat=\"1\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"  // not user-facing: markup
            text += "<alignment horizontal=\"\(horizontal)\" vertical=\"center\"\(style.wraps ? " wrapText=\"1\"" : "")/></xf>"  // not user-facing: markup
        }
        text += "</cellXfs>\n"  // not user-facing: markup
        text += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\n</styleSheet>\n"  // not user-facing: markup
        return text
    }
}
