import Foundation

/// Options for reading a workbook.
package struct XLSXOptions: Sendable {
    /// The sheet to read; nil for the first.
    package var sheet: String?
    package var cleaning = CleaningOptions()

    package init(sheet: String? = nil, cleaning: CleaningOptions = CleaningOptions()) {
        self.sheet = sheet
        self.cleaning = cleaning
    }
}

/// Reads one sheet of an .xlsx workbook into a table.
///
/// The workbook's parts are unpacked by `ZIPReader` and their XML read by `XMLScanner`, both jixiao's own. Cells become
/// text the column decoder shares with CSV: shared and inline strings as written, numbers exactly from their
/// text (`XLSXNumber`), booleans as true/false, date-formatted numbers as ISO dates (1900 or 1904 system),
/// percent-formatted numbers as `12.50%`. Title rows above the header (merged or not) are skipped as in CSV;
/// merged cells below the header take the value of their top-left cell.
package enum XLSXReader {
    /// The names of the sheets, in workbook order.
    package static func sheetNames(path: String) throws -> [String] {
        try Workbook(path: path).sheets.map(\.name)
    }

    /// Reads workbook bytes: the chosen sheet (the first by default). The fuzzer's entry point.
    package static func read(data: Data, sheet: String?) throws -> Table {
        let file = "workbook.xlsx"
        return try load(workbook: try Workbook(bytes: [UInt8](data), file: file), options: XLSXOptions(sheet: sheet), file: file).table
    }

    /// Reads the chosen sheet (the first by default), with notes on what was detected and skipped.
    package static func load(path: String, options: XLSXOptions = XLSXOptions()) throws -> ImportedTable {
        try load(workbook: try Workbook(path: path), options: options, file: path)
    }

    private static func load(workbook: Workbook, options: XLSXOptions, file path: String) throws -> ImportedTable {
        guard !workbook.sheets.isEmpty else {
            throw Diagnostic(.input, .xlsxNoSheets, location: SourceLocation(file: path))
        }
        let sheet: Workbook.Sheet
        if let wanted = options.sheet {
            guard let found = workbook.sheets.first(where: { $0.name == wanted }) else {
                let names = workbook.sheets.map(\.name)
                let sheets = Message.list(names, limit: .max)
                let hint = names.first { $0.lowercased() == wanted.lowercased() }.map {
                    Message(key: MessageID.hintSheetsDidYouMean.rawValue, arguments: [.verbatim($0), .message(sheets)])
                } ?? Message(.hintSheets, sheets)
                throw Diagnostic(.input, .xlsxNoSheet, [wanted], hint: hint)
            }
            sheet = found
        } else {
            // The first worksheet: a chart sheet in front holds no cells.
            sheet = workbook.sheets.first(where: \.isWorksheet) ?? workbook.sheets[0]
        }
        let cells = try workbook.cells(of: sheet)
        var imported = try assemble(cells, workbook: workbook, sheet: sheet.name, options: options.cleaning, file: path)
        var notes: [Message] = []
        if workbook.sheets.count > 1 {
            let sheets = Message.list(workbook.sheets.map(\.name), limit: .max)
            notes.append(Message(key: MessageID.noteSheetOf.rawValue, arguments: [.verbatim(sheet.name), .message(sheets)]))
        }
        // Received data is suspect: what the workbook claims but lacks is said, never passed over.
        let partless = workbook.sheets.filter { $0.isWorksheet && !workbook.hasPart($0) }.map(\.name)
        if !partless.isEmpty {
            notes.append(Message(key: MessageID.noteSheetsWithoutPart.rawValue, arguments: [.verbatim(String(partless.count)), .message(Message.list(partless, limit: 5))],
                                 count: partless.count))
        }
        if let styles = workbook.missingStyles { notes.append(Message(.noteStylesMissing, styles)) }
        imported.notes.insert(contentsOf: notes, at: 0)
        return imported
    }

    // MARK: - From cells to a table

    private static func assemble(_ sheet: SheetContent, workbook: Workbook, sheet name: String, options: CleaningOptions, file: String) throws -> ImportedTable {
        var errorCells = 0
        var roundedToZero = OddCells()
        var beyondRange = OddCells()
        // Row number → column → text.
        var grid: [Int: [Int: String]] = [:]
        var width = 0
        for cell in sheet.cells {
            let (text, oddity) = workbook.text(of: cell)
            switch oddity {
            case .none: break
            case .errorCell: errorCells += 1
            case .roundedToZero: roundedToZero.add(cell)
            case .beyondRange: beyondRange.add(cell)
            case .missingSharedString:
                let reference = CellReference.letters(cell.column) + String(cell.row)
                let index = cell.value.trimmingCharacters(in: .whitespaces)
                if let part = workbook.missingSharedStrings {
                    throw Diagnostic(.input, .xlsxSharedStringsMissing, [name, reference, index, part],
                                     hint: Message(.hintWorkbookMayBeDamaged), location: SourceLocation(file: file, line: cell.row))
                }
                throw Diagnostic(.input, .xlsxSharedStringOutOfRange, [name, reference, index, String(workbook.sharedStrings.count)],
                                 hint: Message(.hintWorkbookMayBeDamaged), location: SourceLocation(file: file, line: cell.row))
            }
            guard !text.isEmpty else { continue }
            grid[cell.row, default: [:]][cell.column] = text
            width = max(width, cell.column + 1)
        }
        let rowNumbers = grid.keys.sorted()
        guard !rowNumbers.isEmpty else {
            throw Diagnostic(.input, .xlsxSheetEmpty, [name], location: SourceLocation(file: file))
        }
        // The header row.
        let headerRow: Int
        var skippedNote: Message?
        if let wanted = options.headerLine {
            guard grid[wanted] != nil else {
                throw Diagnostic(.input, .xlsxHeaderRowEmpty, [String(wanted), name],
                                 hint: Message(.hintRowsWithContent, rowNumbers.prefix(5).map(String.init).joined(separator: ", ")),
                                 location: SourceLocation(file: file, line: wanted))
            }
            headerRow = wanted
            let above = rowNumbers.filter { $0 < wanted }.compactMap { firstText(grid[$0]) }
            skippedNote = CSVReader.skippedNote(line: wanted, texts: above, unit: .row, given: true)
        } else {
            let sample = Array(rowNumbers.prefix(HeaderDetection.sampleSize))
            let shapes = sample.map { row in
                HeaderDetection.RowShape(cells: (0..<width).map { Array((grid[row]?[$0] ?? "").utf8)[...] })
            }
            let index = HeaderDetection.headerIndex(shapes)
            headerRow = sample[index]
            if index > 0 {
                skippedNote = CSVReader.skippedNote(line: headerRow, texts: sample[..<index].compactMap { firstText(grid[$0]) }, unit: .row, given: false)
            }
        }
        // A cell merged down over the records below the header gives each of them its value, in its own column;
        // a row that holds nothing but merged cells is the same record drawn taller, not a record of its own,
        // and a merge across columns leaves the columns it covers empty, as they are in the sheet.
        let recordRows = Set(grid.keys)
        for merge in sheet.merges where merge.top > headerRow && merge.bottom > merge.top {
            guard let value = grid[merge.top]?[merge.left] else { continue }
            for row in (merge.top + 1)...merge.bottom where recordRows.contains(row) && grid[row]?[merge.left] == nil {
                grid[row]?[merge.left] = value
            }
        }
        // A header cell's name without the spaces and line breaks around it (a name of line breaks only is empty).
        let names = (0..<width).map { (grid[headerRow]?[$0] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        var bytes: [UInt8] = []
        var cells = CSVScanner.Cells()
        cells.columns = width
        for row in grid.keys.sorted() where row > headerRow {
            let values = grid[row] ?? [:]
            for column in 0..<width {
                cells.starts.append(UInt32(truncatingIfNeeded: bytes.count))
                if let text = values[column] { bytes.append(contentsOf: text.utf8) }
                cells.ends.append(UInt32(truncatingIfNeeded: bytes.count))
            }
            cells.lines.append(Int32(truncatingIfNeeded: row))
        }
        guard bytes.count < Int(CSVScanner.escapedFlag) else {
            throw Diagnostic(.io, .xlsxSheetTooLarge, location: SourceLocation(file: file))
        }
        var imported = try TableAssembly.assemble(rawNames: names, bytes: bytes, cells: cells, options: options, file: file, unit: .row)
        var notes: [Message] = []
        if let skippedNote { notes.append(skippedNote) }
        if errorCells > 0 { notes.append(Message(.noteErrorCellsEmpty, String(errorCells), count: errorCells)) }
        if let first = roundedToZero.first {
            notes.append(Message(.noteNumbersRoundedToZero, String(roundedToZero.count), first.reference, first.value, count: roundedToZero.count))
        }
        if let first = beyondRange.first {
            notes.append(Message(.noteNumbersBeyondRange, String(beyondRange.count), first.reference, first.value, count: beyondRange.count))
        }
        imported.notes = notes + imported.notes
        return imported
    }

    /// Cells of one oddity: how many, and the first one's reference and text, for a located note.
    private struct OddCells {
        var count = 0
        var first: (reference: String, value: String)?

        mutating func add(_ cell: RawCell) {
            count += 1
            if first == nil { first = (CellReference.letters(cell.column) + String(cell.row), Workbook.trimmed(cell.value)) }
        }
    }

    private static func firstText(_ row: [Int: String]?) -> String? {
        guard let row else { return nil }
        return row.keys.sorted().lazy.compactMap { row[$0] }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}

// MARK: - The workbook's parts

/// One cell as the sheet's XML gives it.
struct RawCell {
    var row: Int
    var column: Int
    /// The `t` attribute: s, str, inlineStr, b, e, d, n (or nil for a number).
    var type: String?
    var style: Int
    var value: String
    var inlineText: String
}

/// A rectangle of merged cells, 0-based columns and 1-based rows.
struct MergedRange {
    var top: Int
    var left: Int
    var bottom: Int
    var right: Int
}

struct SheetContent {
    var cells: [RawCell]
    var merges: [MergedRange]
}

/// The parts of a workbook a sheet's cells need: sheet list, shared strings, number formats.
struct Workbook {
    struct Sheet {
        var name: String
        /// The worksheet part; nil when the workbook lists the sheet but names no part for it.
        var part: String?
        /// Whether the part is a worksheet (not a chart sheet, dialog sheet or macro sheet).
        var isWorksheet: Bool
        /// The relationship id the workbook gives the sheet (`r:id`), for a message when its part is missing.
        var relationshipID: String?
    }

    enum CellFormat: Equatable {
        /// A number, shown with a fixed number of decimals when the format says so (`#,##0.00` → 2).
        case number(decimals: Int?)
        case date
        /// A time of day (`h:mm:ss`, `hh:mm`), with the decimals of a second it shows (`ss.000` → 3).
        case time(decimals: Int)
        /// Elapsed time (`[h]:mm:ss`), with the decimals of a second it shows.
        case duration(decimals: Int)
        /// A date and a time of day (`yyyy-mm-dd hh:mm:ss`), with the decimals of a second it shows.
        case dateTime(decimals: Int)
        /// Shown ×100 with a percent sign (`0.00%` → 2 decimals).
        case percent(decimals: Int?)
    }

    let package: XLSXPackage
    var file: String { package.file }
    /// The main part (`xl/workbook.xml` as Excel writes it).
    var workbookPart = ""
    var sheets: [Sheet] = []
    var sharedStrings: [String] = []
    /// The shared strings part the relationships name but the archive lacks, for the error a cell that uses it gets.
    var missingSharedStrings: String?
    /// A styles part named but missing: numbers are read without their formats, and the load says so.
    var missingStyles: String?
    /// Format of each cell style (`s` attribute), by index.
    var formats: [CellFormat] = []
    var uses1904Dates = false

    /// Parts larger than this are refused rather than unpacked (a damaged or hostile file).
    static let maxPartSize = 1 << 30

    init(path: String) throws {
        try self.init(bytes: [UInt8](try RegularFile.read(path)), file: path)  // file-gate: primitive: called by TableLoader, at most Budgets.fileBytes
    }

    init(bytes: [UInt8], file path: String) throws {
        // An OLE compound file is recognised first: its sectors can hold bytes that look like a ZIP directory.
        if let kind = OLECompoundFile.kind(bytes) { throw Self.diagnostic(kind, file: path) }
        let zip: ZIPReader
        do {
            zip = try ZIPReader(bytes)
        } catch {
            throw Self.diagnostic(error, file: path, head: bytes)
        }
        package = XLSXPackage(zip: zip, file: path)
        guard let (part, workbook) = try Self.mainPart(package) else {
            throw Diagnostic(.input, .xlsxNoWorkbookPart, [path], hint: Message(.hintNoWorkbookPart), location: SourceLocation(file: path))
        }
        workbookPart = part
        if let properties = workbook.child("workbookPr"), let flag = properties.attribute("date1904") {
            uses1904Dates = flag == "1" || flag.lowercased() == "true"
        }
        let relationships = try package.relationships(of: part)
        var byID: [String: XLSXPackage.Relationship] = [:]
        for relationship in relationships ?? [] where byID[relationship.id] == nil { byID[relationship.id] = relationship }
        let folder = XLSXPackage.folder(of: part)
        for (index, element) in (workbook.child("sheets")?.children("sheet") ?? []).enumerated() {
            let name = element.attribute("name") ?? "Sheet\(index + 1)"
            let id = element.attribute("id")
            if let relationship = id.flatMap({ byID[$0] }) {
                let isWorksheet = !(relationship.isOfType("chartsheet") || relationship.isOfType("dialogsheet")
                                    || relationship.isOfType("macrosheet") || relationship.isOfType("xlMacrosheet"))
                sheets.append(Sheet(name: name, part: relationship.part, isWorksheet: isWorksheet, relationshipID: id))
            } else if relationships == nil {
                // No relationships at all (a hand-made package): the part Excel would have written.
                sheets.append(Sheet(name: name, part: folder + "worksheets/sheet\(index + 1).xml", isWorksheet: true, relationshipID: id))
            } else {
                sheets.append(Sheet(name: name, part: nil, isWorksheet: true, relationshipID: id))
            }
        }
        let overrides = try package.contentTypeOverrides()
        let stringsPart = Self.part(kind: "sharedStrings", contentType: "sharedStrings+xml", relationships: relationships,
                                    overrides: overrides, conventional: folder + "sharedStrings.xml", package: package)
        if let stringsPart {
            if let stringsData = try package.data(stringsPart) {
                sharedStrings = try SharedStringsReader.read(stringsData, part: stringsPart, file: path)
            } else {
                missingSharedStrings = stringsPart
            }
        }
        let stylesPart = Self.part(kind: "styles", contentType: "spreadsheetml.styles+xml", relationships: relationships,
                                   overrides: overrides, conventional: folder + "styles.xml", package: package)
        if let stylesPart {
            if let stylesData = try package.data(stylesPart) {
                formats = try Self.cellFormats(XMLNode.parse(stylesData, part: stylesPart, file: path))
            } else {
                missingStyles = stylesPart
            }
        }
    }

    /// The workbook's main part and its parsed XML: the package relationship `officeDocument`, else the part
    /// `[Content_Types].xml` types as a workbook, else `xl/workbook.xml`, else any part named `workbook.xml`.
    /// A candidate whose root element is not `workbook` (a .docx, say) is passed over.
    private static func mainPart(_ package: XLSXPackage) throws -> (String, XMLNode)? {
        var candidates: [String] = []
        for relationship in try package.relationships(of: "") ?? [] where relationship.isOfType("officeDocument") {
            if let part = relationship.part { candidates.append(part) }
        }
        for (part, type) in try package.contentTypeOverrides() where type.contains("spreadsheetml.sheet.main+xml")
            || type.contains("spreadsheetml.template.main+xml") || type.contains("ms-excel.sheet.macroEnabled.main+xml")
            || type.contains("ms-excel.template.macroEnabled.main+xml") {
            candidates.append(part)
        }
        candidates.append("xl/workbook.xml")
        candidates += package.entryNames.filter { XLSXPackage.normalise($0).hasSuffix("workbook.xml") && !$0.hasSuffix("/") }
        var tried = Set<String>()
        for candidate in candidates {
            guard let name = package.entryName(candidate), tried.insert(name).inserted, let bytes = try package.data(name) else { continue }
            let root = try XMLNode.parse(bytes, part: name, file: package.file)
            if root.name == "workbook" { return (name, root) }
        }
        return nil
    }

    /// A part the main part relates to by `kind`, else the one `[Content_Types].xml` types with `contentType`,
    /// else the conventional name when the archive has it; nil when there is none. A related part the archive
    /// lacks is returned all the same, for the caller to report.
    private static func part(kind: String, contentType: String, relationships: [XLSXPackage.Relationship]?,
                             overrides: [(part: String, type: String)], conventional: String, package: XLSXPackage) -> String? {
        if let related = relationships?.first(where: { $0.isOfType(kind) }), let part = related.part {
            if package.contains(part) { return package.entryName(part) }
            if let typed = overrides.first(where: { $0.type.contains(contentType) && package.contains($0.part) }) {
                return package.entryName(typed.part)
            }
            return part
        }
        if let typed = overrides.first(where: { $0.type.contains(contentType) && package.contains($0.part) }) {
            return package.entryName(typed.part)
        }
        return package.entryName(conventional)
    }

    /// A ZIP failure in words, for `file`. `head` is the file's bytes (or its first ones), to recognise an OLE
    /// compound file: an old binary .xls, or an encrypted workbook.
    static func diagnostic(_ failure: ZIPReader.Failure, file: String, head: [UInt8]) -> Diagnostic {
        switch failure {
        case .notAnArchive:
            if let kind = OLECompoundFile.kind(head) { return diagnostic(kind, file: file) }
            return Diagnostic(.input, .xlsxNotZip, [file], hint: Message(.hintDamagedOrOtherKind), location: SourceLocation(file: file))
        case .damaged(let what):
            return Diagnostic(.input, .xlsxDamaged, arguments: [.message(what)], hint: Message(.hintSaveAgainInSpreadsheet), location: SourceLocation(file: file))
        case .unsupported(let what):
            return Diagnostic(.input, .xlsxUnreadable, arguments: [.message(what)], location: SourceLocation(file: file))
        case .tooLarge:
            return Diagnostic(.input, .xlsxPartTooLarge, location: SourceLocation(file: file))
        }
    }

    /// An OLE compound file in words: an encrypted workbook, an old .xls, or another old Office document.
    static func diagnostic(_ kind: OLECompoundFile.Kind, file: String) -> Diagnostic {
        switch kind {
        case .encryptedWorkbook:
            return Diagnostic(.input, .xlsxPasswordProtected, [file], hint: Message(.hintRemovePassword), location: SourceLocation(file: file))
        case .legacyWorkbook:
            return Diagnostic(.input, .xlsxLegacyXls, [file], hint: Message(.hintSaveAsXLSX), location: SourceLocation(file: file))
        case .other:
            return Diagnostic(.input, .xlsxNotZip, [file], hint: Message(.hintOLEFile), location: SourceLocation(file: file))
        }
    }

    func cells(of sheet: Sheet) throws -> SheetContent {
        guard sheet.isWorksheet else {
            throw Diagnostic(.input, .xlsxNotAWorksheet, [sheet.name], location: SourceLocation(file: file))
        }
        guard let part = sheet.part else {
            throw Diagnostic(.input, .xlsxSheetWithoutPart, [sheet.name, sheet.relationshipID ?? "—"], hint: Message(.hintWorkbookMayBeDamaged),
                             location: SourceLocation(file: file))
        }
        guard let name = package.entryName(part), let data = try package.data(name) else {
            throw Diagnostic(.input, .xlsxMissingSheetPart, [sheet.name, part], hint: Message(.hintWorkbookMayBeDamaged), location: SourceLocation(file: file))
        }
        return try SheetXMLReader.read(data, part: name, file: file)
    }

    /// Whether the workbook lists the sheet and the archive holds its part.
    func hasPart(_ sheet: Sheet) -> Bool { sheet.part.map(package.contains) ?? false }

    // MARK: Number formats

    static func cellFormats(_ styles: XMLNode) -> [CellFormat] {
        var custom: [Int: String] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap(Int.init), let code = format.attribute("formatCode") { custom[id] = code }
        }
        return (styles.child("cellXfs")?.children("xf") ?? []).map { xf in
            let id = xf.attribute("numFmtId").flatMap(Int.init) ?? 0
            if let code = custom[id] { return format(code: code) }
            switch id {
            // Built-in ids of ECMA-376 §18.8.30 (32–35, 55, 56: the Chinese 时/分/秒 times).
            case 18...21, 32...35, 45, 55, 56: return .time(decimals: 0)
            case 47: return .time(decimals: 1)
            case 46: return .duration(decimals: 0)
            case 22: return .dateTime(decimals: 0)
            case 14...17, 27...31, 36, 50...54, 57, 58: return .date
            case 9: return .percent(decimals: 0)
            case 10: return .percent(decimals: 2)
            case 1, 3: return .number(decimals: 0)
            case 2, 4: return .number(decimals: 2)
            default: return .number(decimals: nil)
            }
        }
    }

    /// Whether a format code shows a date (y, m, d, h, s outside quotes and [brackets]) or a percentage.
    static func format(code: String) -> CellFormat {
        var visible = ""
        var inQuote = false
        var inBracket = false
        var escapeNext = false
        var bracket = ""
        var elapsed = false
        for character in code {
            if escapeNext { escapeNext = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    // [h], [mm], [ss]: elapsed time, not a clock.
                    let lowered = bracket.lowercased()
                    if let first = lowered.first, "hms".contains(first), lowered.allSatisfy({ $0 == first }) { elapsed = true; visible += lowered }
                    bracket = ""
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": escapeNext = true
            default: visible.append(character)
            }
        }
        let lower = visible.lowercased()
        if lower == "general" { return .number(decimals: nil) }
        if let temporal = temporalFormat(lower, elapsed: elapsed) { return temporal }
        // Decimals shown: the zeros after the point in the first (positive) section.
        let positive = visible.split(separator: ";", omittingEmptySubsequences: false).first ?? ""
        var decimals: Int?
        if let point = positive.firstIndex(of: ".") {
            decimals = positive[positive.index(after: point)...].prefix { $0 == "0" }.count
        } else if positive.contains("0") {
            decimals = 0
        }
        if visible.contains("%") { return .percent(decimals: decimals) }
        return .number(decimals: decimals)
    }

    /// Which of date, time, date and time, or duration a format's visible characters (lowercased) show; nil
    /// when none. `m` is minutes beside `h` or `s` and months otherwise, as Excel reads it.
    static func temporalFormat(_ lower: String, elapsed: Bool) -> CellFormat? {
        let hasClock = lower.contains("h") || lower.contains("s")
        let hasDate = lower.contains("y") || lower.contains("d") || (lower.contains("m") && !hasClock)
        guard hasClock || hasDate else { return nil }
        // Decimals of a second: the zeros after `s.`.
        var decimals = 0
        if let range = lower.range(of: "s.") {
            decimals = min(lower[range.upperBound...].prefix { $0 == "0" }.count, Clock.fractionDigits)
        }
        if hasDate && hasClock { return .dateTime(decimals: decimals) }
        if hasDate { return .date }
        return elapsed ? .duration(decimals: decimals) : .time(decimals: decimals)
    }

    // MARK: Cell text

    /// What a cell's text needs said beside it.
    enum CellOddity {
        case none
        /// An error value (#N/A …), read as empty.
        case errorCell
        /// A number other than 0 too small for the decimals kept (3.14E-300): read as 0, and noted.
        case roundedToZero
        /// A number beyond the exact decimal range (3.14E+300): kept as its text, and noted.
        case beyondRange
        /// A shared string index past the table: the caller's located error.
        case missingSharedString
    }

    /// A cell as the text the column decoder reads, and what needs saying about it.
    func text(of cell: RawCell) -> (String, CellOddity) {
        switch cell.type {
        case "s":
            guard !cell.value.isEmpty else { return ("", .none) }
            guard let index = Int(Self.trimmed(cell.value)), index >= 0, index < sharedStrings.count else { return ("", .missingSharedString) }
            return (sharedStrings[index], .none)
        case "inlineStr":
            // A producer or two write an inline string's text in <v> rather than <is>.
            return (cell.inlineText.isEmpty ? cell.value : cell.inlineText, .none)
        case "str":
            return (cell.value, .none)
        case "b":
            let value = Self.trimmed(cell.value)
            return (value.isEmpty ? "" : (value == "1" || value.lowercased() == "true" ? "true" : "false"), .none)
        case "e":
            return ("", .errorCell)
        case "d":
            // An ISO date-time with a time of day other than midnight is a timestamp, read by the column decoder.
            if let stamp = Timestamp.parse(Array(cell.value.utf8)[...]), stamp.timeOfDay != 0 || stamp.zone != Timestamp.noZone {
                return (stamp.description, .none)
            }
            let prefix = Array(cell.value.utf8.prefix(10))
            if let day = CivilDate.parse(prefix[...]) { return (CivilDate.format(day), .none) }
            return (cell.value, .none)
        default:
            let text = Self.trimmed(cell.value)
            guard !text.isEmpty else { return ("", .none) }
            let number: ExactDecimal
            var oddity = CellOddity.none
            switch XLSXNumber.reading(text) {
            case .exact(let exact): number = exact
            case .roundedToZero: number = .zero; oddity = .roundedToZero
            case .beyondRange(let scientific): return (scientific, .beyondRange)
            case .notANumber: return (text, .none)
            }
            let format = cell.style >= 0 && cell.style < formats.count ? formats[cell.style] : .number(decimals: nil)
            switch format {
            case .date:
                if let day = date(serial: number) { return (CivilDate.format(day), oddity) }
                return (number.description, oddity)
            case .time(let decimals):
                // 0.4583333333 shown h:mm:ss is 11:00:00: the day's fraction, to the second or the decimals shown.
                guard let micros = Self.micros(ofDays: number, decimals: decimals) else { return (number.description, oddity) }
                let time = micros % Clock.microsPerDay
                return (Clock.formatTime(time < 0 ? time + Clock.microsPerDay : time), oddity)
            case .duration(let decimals):
                // [h]:mm:ss: a length of time, never a 1900 date; ISO text so that the decoder reads a duration.
                guard let micros = Self.micros(ofDays: number, decimals: decimals) else { return (number.description, oddity) }
                return (Clock.formatISODuration(micros), oddity)
            case .dateTime(let decimals):
                guard let micros = Self.micros(ofDays: number, decimals: decimals), micros >= 0,
                      let day = date(serial: ExactDecimal(micros / Clock.microsPerDay)) else { return (number.description, oddity) }
                return (CivilDate.format(day) + " " + Clock.formatTime(micros % Clock.microsPerDay), oddity)
            case .percent(let decimals):
                // 0.125 shown as 12.50%: moving the point two places is exact.
                let percent = number.scale >= 2 ? ExactDecimal(units: number.units, scale: number.scale - 2) : number.rescaled(upTo: 2).map { ExactDecimal(units: $0.units, scale: 0) }
                return (Self.padded(percent ?? number, to: decimals).description + "%", oddity)
            case .number(let decimals):
                return (Self.padded(number, to: decimals).description, oddity)
            }
        }
    }

    /// A value without surrounding spaces; the common case, none, costs two byte checks.
    static func trimmed(_ value: String) -> String {
        guard let first = value.utf8.first, let last = value.utf8.last,
              first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 || first >= 0x80 || last >= 0x80 else { return value }
        return value.trimmingCharacters(in: .whitespaces)
    }

    /// A number with at least the decimals its format shows (a cell formatted `#,##0.00` holding 1234.5 reads
    /// as 1234.50, as the sheet shows it); never rounded.
    static func padded(_ number: ExactDecimal, to decimals: Int?) -> ExactDecimal {
        guard let decimals, decimals > number.scale, decimals <= 10 else { return number }
        return number.rescaled(upTo: decimals) ?? number
    }

    /// Microseconds in `serial` days, rounded half up to the `decimals` of a second a format shows: exact
    /// arithmetic on the cell's decimal text, never a binary double. Nil beyond 64 bits.
    static func micros(ofDays serial: ExactDecimal, decimals: Int) -> Int64? {
        let step = Int128(ExactDecimal.pow10(Clock.fractionDigits - min(max(decimals, 0), Clock.fractionDigits)))
        let numerator = Int128(serial.units) * Int128(Clock.microsPerDay)
        let rounded = ExactDecimal.divideRoundingHalfUpWide(numerator, ExactDecimal.pow10Wide(serial.scale) * step) * step
        return Int64(exactly: rounded)
    }

    /// A date serial's day. 1900 system: serial 1 is 1900-01-01, and Excel counts a 1900-02-29 that never
    /// was (serial 60, read as 1900-02-28), so serials from 61 on are days after 1899-12-30. 1904 system:
    /// serial 0 is 1904-01-01. A time of day (the fraction) is dropped.
    func date(serial: ExactDecimal) -> Int32? {
        guard serial.units >= 0 else { return nil }
        let whole = Int(serial.units / ExactDecimal.pow10(serial.scale))
        guard whole <= 2_958_465 else { return nil }
        if uses1904Dates {
            guard let start = CivilDate.days(year: 1904, month: 1, day: 1) else { return nil }
            return start + Int32(whole)
        }
        guard whole >= 1, let epoch = CivilDate.days(year: 1899, month: 12, day: 30), let lastDay = CivilDate.days(year: 1899, month: 12, day: 31) else { return nil }
        if whole < 60 { return lastDay + Int32(whole) }
        if whole == 60 { return CivilDate.days(year: 1900, month: 2, day: 28) }
        return epoch + Int32(whole)
    }
}

// MARK: - Streaming readers

/// Reads the shared strings part (`xl/sharedStrings.xml`): each `<si>` is one string, the text of its `<t>` elements (rich text runs
/// joined), leaving out phonetic guides (`<rPh>`).
private enum SharedStringsReader {
    static func read(_ data: [UInt8], part: String, file: String) throws -> [String] {
        var scanner = try XMLScanner(data, part: part, file: file)
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        var phoneticDepth = 0
        while let event = try scanner.next() {
            switch event {
            case .start(let name, _):
                switch name {
                case "si": inItem = true; current = ""
                case "rPh": phoneticDepth += 1
                case "t": inText = inItem && phoneticDepth == 0
                default: break
                }
            case .end(let name):
                switch name {
                case "si": strings.append(ExcelText.unescaped(current)); inItem = false
                case "rPh": phoneticDepth -= 1
                case "t": inText = false
                default: break
                }
            case .text(let text):
                if inText { current += text }
            }
        }
        return strings
    }
}

/// Streams a worksheet's `<sheetData>` and `<mergeCells>`.
private enum SheetXMLReader {
    static func read(_ data: [UInt8], part: String, file: String) throws -> SheetContent {
        var scanner = try XMLScanner(data, part: part, file: file)
        var cells: [RawCell] = []
        var merges: [MergedRange] = []
        var row = 0
        var nextColumn = 0
        var cell: RawCell?
        var inValue = false
        var inInline = false
        var inText = false
        var phoneticDepth = 0
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes):
                switch name {
                case "row":
                    row = attributes["r"].flatMap(Int.init) ?? row + 1
                    nextColumn = 0
                case "c":
                    var column = nextColumn
                    if let reference = attributes["r"], let parsed = CellReference.parse(reference) {
                        column = parsed.column
                        if parsed.row != row && parsed.row > 0 { row = parsed.row }
                    }
                    nextColumn = column + 1
                    cell = RawCell(row: row, column: column, type: attributes["t"], style: attributes["s"].flatMap(Int.init) ?? 0, value: "", inlineText: "")
                case "v": inValue = cell != nil
                case "is": inInline = true
                case "rPh": phoneticDepth += 1
                case "t": inText = inInline && phoneticDepth == 0
                case "mergeCell":
                    if let reference = attributes["ref"], let range = CellReference.range(reference) { merges.append(range) }
                default: break
                }
            case .end(let name):
                switch name {
                case "c":
                    if var finished = cell {
                        finished.inlineText = ExcelText.unescaped(finished.inlineText)
                        if finished.type == "str" { finished.value = ExcelText.unescaped(finished.value) }
                        cells.append(finished)
                    }
                    cell = nil
                case "v": inValue = false
                case "is": inInline = false
                case "rPh": phoneticDepth -= 1
                case "t": inText = false
                default: break
                }
            case .text(let text):
                if inValue { cell?.value += text } else if inText { cell?.inlineText += text }
            }
        }
        return SheetContent(cells: cells, merges: merges)
    }
}

/// A1-style references: `B3` is column 1 (0-based), row 3.
package enum CellReference {
    /// The 0-based column and 1-based row of a reference such as `B3` or `$B$3`; nil when malformed.
    package static func parse(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var sawLetter = false
        var sawDigit = false
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                guard !sawDigit else { return nil }
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                sawLetter = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return nil }
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                sawDigit = true
            case UInt8(ascii: "$"):
                continue
            default:
                return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        guard sawLetter else { return nil }
        return (column - 1, row)
    }

    /// `A1:C1` as a range.
    static func range(_ reference: String) -> MergedRange? {
        let parts = reference.split(separator: ":")
        guard parts.count == 2, let from = parse(String(parts[0])), let to = parse(String(parts[1])) else { return nil }
        return MergedRange(top: min(from.row, to.row), left: min(from.column, to.column), bottom: max(from.row, to.row), right: max(from.column, to.column))
    }

    /// The letters of a 0-based column: 0 → A, 26 → AA.
    package static func letters(_ column: Int) -> String {
        var n = column + 1
        var result: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            result.insert(Character(UnicodeScalar(UInt8(65 + remainder))), at: 0)
            n = (n - 1) / 26
        }
        return String(result)
    }
}

/// Excel's escapes for characters XML cannot hold: `_x000D_` is a carriage return.
enum ExcelText {
    static func unescaped(_ text: String) -> String {
        guard Self.mayHaveEscapes(text) else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }

    /// Whether `_x` occurs, byte by byte (Foundation's substring search costs far more per cell).
    static func mayHaveEscapes(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "x") && previous == UInt8(ascii: "_") { return true }
            previous = byte
        }
        return false
    }
}
