import Foundation

/// Writes a table as a minimal, valid .xlsx workbook of one sheet.
///
/// Parts: `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`,
/// `xl/styles.xml`, `xl/sharedStrings.xml`, `xl/worksheets/sheet1.xml`, zipped with ZIPFoundation.
/// Numbers are numeric cells whose `<v>` is the exact decimal text (`1234.50`), shown with thousands
/// separators and the column's decimals; percentages are stored as fractions with a `0.00%` format; dates
/// are date serials with a `yyyy-mm-dd` format; timestamps, times and durations are serials with a
/// `yyyy-mm-dd hh:mm:ss`, `hh:mm:ss` or `[h]:mm:ss` format (a timestamp with a zone is text, as spreadsheets
/// have no zones); text goes to the shared strings; nulls are left out. The
/// header row is bold and frozen.
package enum XLSXWriter {
    /// The workbook's bytes. `columnWidths` are in characters (display width), one per column.
    package static func data(_ table: Table, sheetName: String = "Sheet1", columnWidths: [Int]? = nil) throws -> Data {
        var strings = SharedStrings()
        var styles = StyleTable()
        let columnStyles = table.columns.map { styles.style(for: $0) }
        let lastColumn = CellReference.letters(max(table.names.count, 1) - 1)

        // not user-facing: SpreadsheetML markup
        var sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <dimension ref="A1:\(lastColumn)\(table.rowCount + 1)"/>
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
            <sheetFormatPr defaultRowHeight="15"/>

            """
        if let columnWidths, !columnWidths.isEmpty {
            sheet += "<cols>"
            for (index, width) in columnWidths.enumerated() {
                sheet += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(min(max(width + 2, 6), 80))\" customWidth=\"1\"/>" // not user-facing: SpreadsheetML markup
            }
            sheet += "</cols>\n"
        }
        sheet += "<sheetData>\n"
        // Header.
        sheet += "<row r=\"1\">"
        for (index, name) in table.names.enumerated() {
            sheet += "<c r=\"\(CellReference.letters(index))1\" t=\"s\" s=\"\(StyleTable.headerStyle)\"><v>\(strings.index(of: name))</v></c>"
        }
        sheet += "</row>\n"
        let letters = table.names.indices.map(CellReference.letters)
        for row in 0..<table.rowCount {
            let rowNumber = row + 2
            sheet += "<row r=\"\(rowNumber)\">"
            for (index, column) in table.columns.enumerated() {
                let reference = "\(letters[index])\(rowNumber)"
                switch table.value(row: row, column: index) {
                case .null:
                    continue
                case .integer(let i):
                    let value = column.hint == .percent ? ExactDecimal(units: i, scale: 2).description : String(i)
                    sheet += "<c r=\"\(reference)\" s=\"\(columnStyles[index])\"><v>\(value)</v></c>"
                case .decimal(let d):
                    // A percentage is stored as its fraction (12.50% → 0.125): moving the point is exact.
                    let value = column.hint == .percent && d.scale + 2 <= ExactDecimal.maxScale ? ExactDecimal(units: d.units, scale: d.scale + 2) : d
                    sheet += "<c r=\"\(reference)\" s=\"\(columnStyles[index])\"><v>\(value.description)</v></c>"
                case .boolean(let b):
                    sheet += "<c r=\"\(reference)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
                case .date(let day):
                    if let serial = serial(of: day) {
                        sheet += "<c r=\"\(reference)\" s=\"\(StyleTable.dateStyle)\"><v>\(serial)</v></c>"
                    } else {
                        sheet += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.index(of: CivilDate.format(day)))</v></c>"
                    }
                case .text(let text):
                    sheet += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
                case .timestamp(let stamp):
                    // A spreadsheet has no zones: a timestamp written with one stays text, exact, as jixiao shows it.
                    if stamp.zone == Timestamp.noZone, let day = serial(of: stamp.day) {
                        let units = Int128(day) * ExactDecimal.pow10Wide(10) + Self.dayFraction(stamp.timeOfDay, scale: 10)
                        sheet += "<c r=\"\(reference)\" s=\"\(columnStyles[index])\"><v>\(Self.decimalText(units, scale: 10))</v></c>"
                    } else {
                        sheet += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.index(of: stamp.description))</v></c>"
                    }
                case .time(let micros), .duration(let micros):
                    sheet += "<c r=\"\(reference)\" s=\"\(columnStyles[index])\"><v>\(Self.decimalText(Self.dayFraction(micros, scale: 12), scale: 12))</v></c>"
                }
            }
            sheet += "</row>\n"
        }
        sheet += "</sheetData>\n</worksheet>\n"

        let parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(sheetName: safeSheetName(sheetName))),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles.xml),
            ("xl/sharedStrings.xml", strings.xml),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        return try ZIPPackage.data(parts: parts, what: "workbook")
    }

    /// `micros` as a fraction of a day at `scale` decimals (rounded half up): a serial's time part. Ten or twelve
    /// decimals keep a millisecond exact through the reader, which rounds to the decimals the format shows.
    static func dayFraction(_ micros: Int64, scale: Int) -> Int128 {
        ExactDecimal.divideRoundingHalfUpWide(Int128(micros) * ExactDecimal.pow10Wide(scale), Int128(Clock.microsPerDay))
    }

    /// `units / 10^scale` as decimal text, trailing zeros dropped.
    static func decimalText(_ units: Int128, scale: Int) -> String {
        let negative = units < 0
        var digits = String(units.magnitude)
        if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
        var whole = String(digits.prefix(digits.count - scale))
        var fraction = String(digits.suffix(scale))
        while fraction.last == "0" { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The 1900-system serial of a day (Excel's phantom 1900-02-29 shifts days before March 1900 by one);
    /// nil before 1900.
    static func serial(of day: Int32) -> Int? {
        guard let epoch = CivilDate.days(year: 1899, month: 12, day: 30), let march = CivilDate.days(year: 1900, month: 3, day: 1),
              let first = CivilDate.days(year: 1900, month: 1, day: 1), day >= first else { return nil }
        return Int(day - epoch) - (day < march ? 1 : 0)
    }

    /// Sheet names may not hold []:*?/\ and are at most 31 characters.
    static func safeSheetName(_ name: String) -> String {
        let cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }

    // MARK: - Fixed parts

    // not user-facing: SpreadsheetML markup
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        </Types>

        """

    // not user-facing: SpreadsheetML markup
    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>

        """

    // not user-facing: SpreadsheetML markup
    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>

        """

    static func workbook(sheetName: String) -> String {
        // not user-facing: SpreadsheetML markup
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <bookViews><workbookView/></bookViews>\
        <sheets><sheet name="\(XMLEscaping.escaped(sheetName))" sheetId="1" r:id="rId1"/></sheets>\
        </workbook>

        """
    }
}

// MARK: - Shared strings and styles

/// The workbook's string table: each distinct string once, cells refer to it by index.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var strings: [String] = []
    private var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        indices[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    var xml: String {
        // not user-facing: SpreadsheetML markup
        var text = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(references)" uniqueCount="\(strings.count)">

            """
        for string in strings {
            let keepsSpace = string.first?.isWhitespace == true || string.last?.isWhitespace == true || string.contains("\n")
            text += keepsSpace ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            text += XMLEscaping.escaped(string) + "</t></si>\n"
        }
        return text + "</sst>\n"
    }
}

/// Cell formats: 0 plain, 1 the bold header, 2 dates, then one per number format the columns need.
struct StyleTable {
    static let headerStyle = 1
    static let dateStyle = 2
    /// (numFmtId, custom format code or nil for a built-in one), for styles from 3 on.
    private var numberFormats: [(Int, String?)] = []

    /// The style index for a column's numbers (0 for non-numeric columns).
    mutating func style(for column: Column) -> Int {
        let format: (Int, String?)
        switch (column.storage, column.hint) {
        case (.integer, .plain), (.decimal(_, 0), .plain): return 0
        case (.integer, .percent): format = (9, nil)
        case (.integer, _): format = (3, nil)
        case (.decimal(_, let scale), .percent): format = (0, "0" + (scale > 0 ? "." + String(repeating: "0", count: scale) : "") + "%")
        case (.decimal(_, let scale), .plain): format = (0, "0." + String(repeating: "0", count: scale))
        case (.decimal(_, let scale), _): format = scale == 0 ? (3, nil) : scale == 2 ? (4, nil) : (0, "#,##0." + String(repeating: "0", count: scale))
        // Milliseconds when any value has a fraction of a second: Excel's formats show at most three decimals.
        case (.timestamp(let values, _), _): format = (0, "yyyy-mm-dd hh:mm:ss" + Self.secondDecimals(values)) // not user-facing: a number format code
        case (.time(let values), _): format = (0, "hh:mm:ss" + Self.secondDecimals(values))
        case (.duration(let values), _): format = (0, "[h]:mm:ss" + Self.secondDecimals(values))
        default: return 0
        }
        if let existing = numberFormats.firstIndex(where: { $0.0 == format.0 && $0.1 == format.1 }) { return 3 + existing }
        numberFormats.append(format)
        return 3 + numberFormats.count - 1
    }

    /// `.000` when a value of `micros` has a fraction of a second.
    static func secondDecimals(_ micros: [Int64]) -> String {
        micros.contains { $0 != NullMarker.integer && $0 % Clock.microsPerSecond != 0 } ? ".000" : ""
    }

    var xml: String {
        // Custom codes get ids from 165 on (164 is the date format).
        var customCodes: [(Int, String)] = [(164, "yyyy-mm-dd")]
        var ids: [Int] = []
        for (builtin, code) in numberFormats {
            if let code {
                if let existing = customCodes.first(where: { $0.1 == code }) { ids.append(existing.0); continue }
                let id = 164 + customCodes.count
                customCodes.append((id, code))
                ids.append(id)
            } else {
                ids.append(builtin)
            }
        }
        // not user-facing: SpreadsheetML markup
        var text = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">

            """
        text += "<numFmts count=\"\(customCodes.count)\">" // not user-facing: SpreadsheetML markup
        for (id, code) in customCodes { text += "<numFmt numFmtId=\"\(id)\" formatCode=\"\(XMLEscaping.escaped(code))\"/>" } // not user-facing: SpreadsheetML markup
        text += "</numFmts>\n"
        // not user-facing: SpreadsheetML markup
        text += """
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>

            """
        text += "<cellXfs count=\"\(3 + ids.count)\">" // not user-facing: SpreadsheetML markup
        text += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" // not user-facing: SpreadsheetML markup
        text += "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" // not user-facing: SpreadsheetML markup
        text += "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" // not user-facing: SpreadsheetML markup
        for id in ids { text += "<xf numFmtId=\"\(id)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" } // not user-facing: SpreadsheetML markup
        text += "</cellXfs>\n"
        text += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\n</styleSheet>\n" // not user-facing: SpreadsheetML markup
        return text
    }
}

/// Escaping for XML text and attribute values, with Excel's `_xHHHH_` form for characters XML 1.0 cannot
/// hold (control characters) and for literal text that would read as such an escape.
package enum XMLEscaping {
    /// The text safe inside an XML element or attribute value.
    package static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "_" where looksLikeEscape(scalars, at: index): result += "_x005F_"
            case _ where (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "_x" + String(format: "%04X", scalar.value) + "_"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `_x0041_` in real text must survive a reader that unescapes it.
    private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
