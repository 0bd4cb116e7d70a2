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
            sheet = workbook.sheets[0]
        }
        let cells = try workbook.cells(of: sheet)
        var imported = try assemble(cells, workbook: workbook, sheet: sheet.name, options: options.cleaning, file: path)
        if workbook.sheets.count > 1 {
            let sheets = Message.list(workbook.sheets.map(\.name), limit: .max)
            imported.notes.insert(Message(key: MessageID.noteSheetOf.rawValue, arguments: [.verbatim(sheet.name), .message(sheets)]), at: 0)
        }
        return imported
    }

    // MARK: - From cells to a table

    private static func assemble(_ sheet: SheetContent, workbook: Workbook, sheet name: String, options: CleaningOptions, file: String) throws -> ImportedTable {
        var errorCells = 0
        // Row number → column → text.
        var grid: [Int: [Int: String]] = [:]
        var width = 0
        for cell in sheet.cells {
            let (text, isError) = workbook.text(of: cell)
            if isError { errorCells += 1 }
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
        // Merged cells below the header take their top-left value.
        for merge in sheet.merges where merge.top > headerRow {
            guard let value = grid[merge.top]?[merge.left] else { continue }
            for row in merge.top...merge.bottom {
                for column in merge.left...merge.right where grid[row]?[column] == nil {
                    grid[row, default: [:]][column] = value
                    width = max(width, column + 1)
                }
            }
        }
        let names = (0..<width).map { (grid[headerRow]?[$0] ?? "").trimmingCharacters(in: .whitespaces) }
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
        imported.notes = notes + imported.notes
        return imported
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
        var part: String
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

    let zip: ZIPReader
    let file: String
    var sheets: [Sheet] = []
    var sharedStrings: [String] = []
    /// Format of each cell style (`s` attribute), by index.
    var formats: [CellFormat] = []
    var uses1904Dates = false

    /// Parts larger than this are refused rather than unpacked (a damaged or hostile file).
    static let maxPartSize = 1 << 30

    init(path: String) throws {
        try self.init(bytes: [UInt8](try RegularFile.read(path)), file: path)  // file-gate: primitive: called by TableLoader, at most Budgets.fileBytes
    }

    init(bytes: [UInt8], file path: String) throws {
        do {
            zip = try ZIPReader(bytes)
        } catch {
            throw Self.diagnostic(error, file: path, head: Array(bytes.prefix(4)))
        }
        file = path
        guard let workbookData = try part("xl/workbook.xml") else {
            throw Diagnostic(.input, .xlsxNoWorkbookPart, [path], location: SourceLocation(file: path))
        }
        let workbook = try XMLNode.parse(workbookData, part: "xl/workbook.xml", file: path)
        if let properties = workbook.child("workbookPr"), let flag = properties.attribute("date1904") {
            uses1904Dates = flag == "1" || flag.lowercased() == "true"
        }
        var targets: [String: String] = [:]
        if let relsData = try part("xl/_rels/workbook.xml.rels") {
            for relationship in try XMLNode.parse(relsData, part: "xl/_rels/workbook.xml.rels", file: path).children("Relationship") {
                if let id = relationship.attribute("Id"), let target = relationship.attribute("Target") { targets[id] = target }
            }
        }
        for (index, sheet) in (workbook.child("sheets")?.children("sheet") ?? []).enumerated() {
            let name = sheet.attribute("name") ?? "Sheet\(index + 1)"
            let target = sheet.attribute("id").flatMap { targets[$0] } ?? "worksheets/sheet\(index + 1).xml"
            sheets.append(Sheet(name: name, part: target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target))
        }
        if let stringsData = try part("xl/sharedStrings.xml") {
            sharedStrings = try SharedStringsReader.read(stringsData, file: path)
        }
        if let stylesData = try part("xl/styles.xml") {
            formats = try Self.cellFormats(XMLNode.parse(stylesData, part: "xl/styles.xml", file: path))
        }
    }

    /// A part's bytes, or nil when the archive lacks it.
    func part(_ name: String) throws -> [UInt8]? {
        do {
            return try zip.data(name, limit: Self.maxPartSize)
        } catch {
            throw Self.diagnostic(error, file: file, head: [])
        }
    }

    /// A ZIP failure in words, for `file`. `head` is the file's first bytes, to recognise an old .xls.
    static func diagnostic(_ failure: ZIPReader.Failure, file: String, head: [UInt8]) -> Diagnostic {
        switch failure {
        case .notAnArchive:
            // An old binary .xls renamed .xlsx starts with the OLE signature D0 CF 11 E0.
            let isOldWorkbook = head == [0xD0, 0xCF, 0x11, 0xE0]
            return Diagnostic(.input, .xlsxNotZip, [file], hint: Message(isOldWorkbook ? .hintOldXLS : .hintDamagedOrOtherKind),
                              location: SourceLocation(file: file))
        case .damaged(let what):
            return Diagnostic(.input, .xlsxDamaged, arguments: [.message(what)], hint: Message(.hintSaveAgainInSpreadsheet), location: SourceLocation(file: file))
        case .unsupported(let what):
            return Diagnostic(.input, .xlsxUnreadable, arguments: [.message(what)], location: SourceLocation(file: file))
        case .tooLarge:
            return Diagnostic(.input, .xlsxPartTooLarge, location: SourceLocation(file: file))
        }
    }

    func cells(of sheet: Sheet) throws -> SheetContent {
        guard let data = try part(sheet.part) else {
            throw Diagnostic(.input, .xlsxMissingSheetPart, [sheet.name, sheet.part], location: SourceLocation(file: file))
        }
        return try SheetXMLReader.read(data, part: sheet.part, file: file)
    }

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

    /// A cell as the text the column decoder reads, and whether it was an error cell (#N/A …).
    func text(of cell: RawCell) -> (String, Bool) {
        switch cell.type {
        case "s":
            guard let index = Int(cell.value), index >= 0, index < sharedStrings.count else { return ("", false) }
            return (sharedStrings[index], false)
        case "inlineStr":
            return (cell.inlineText, false)
        case "str":
            return (cell.value, false)
        case "b":
            return (cell.value.isEmpty ? "" : (cell.value == "1" || cell.value.lowercased() == "true" ? "true" : "false"), false)
        case "e":
            return ("", true)
        case "d":
            // An ISO date-time with a time of day other than midnight is a timestamp, read by the column decoder.
            if let stamp = Timestamp.parse(Array(cell.value.utf8)[...]), stamp.timeOfDay != 0 || stamp.zone != Timestamp.noZone {
                return (stamp.description, false)
            }
            let prefix = Array(cell.value.utf8.prefix(10))
            if let day = CivilDate.parse(prefix[...]) { return (CivilDate.format(day), false) }
            return (cell.value, false)
        default:
            let text = Self.trimmed(cell.value)
            guard !text.isEmpty else { return ("", false) }
            guard let number = XLSXNumber.exact(text) else { return (text, false) }
            let format = cell.style >= 0 && cell.style < formats.count ? formats[cell.style] : .number(decimals: nil)
            switch format {
            case .date:
                if let day = date(serial: number) { return (CivilDate.format(day), false) }
                return (number.description, false)
            case .time(let decimals):
                // 0.4583333333 shown h:mm:ss is 11:00:00: the day's fraction, to the second or the decimals shown.
                guard let micros = Self.micros(ofDays: number, decimals: decimals) else { return (number.description, false) }
                let time = micros % Clock.microsPerDay
                return (Clock.formatTime(time < 0 ? time + Clock.microsPerDay : time), false)
            case .duration(let decimals):
                // [h]:mm:ss: a length of time, never a 1900 date; ISO text so that the decoder reads a duration.
                guard let micros = Self.micros(ofDays: number, decimals: decimals) else { return (number.description, false) }
                return (Clock.formatISODuration(micros), false)
            case .dateTime(let decimals):
                guard let micros = Self.micros(ofDays: number, decimals: decimals), micros >= 0,
                      let day = date(serial: ExactDecimal(micros / Clock.microsPerDay)) else { return (number.description, false) }
                return (CivilDate.format(day) + " " + Clock.formatTime(micros % Clock.microsPerDay), false)
            case .percent(let decimals):
                // 0.125 shown as 12.50%: moving the point two places is exact.
                let percent = number.scale >= 2 ? ExactDecimal(units: number.units, scale: number.scale - 2) : number.rescaled(upTo: 2).map { ExactDecimal(units: $0.units, scale: 0) }
                return (Self.padded(percent ?? number, to: decimals).description + "%", false)
            case .number(let decimals):
                return (Self.padded(number, to: decimals).description, false)
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

/// Reads `xl/sharedStrings.xml`: each `<si>` is one string, the text of its `<t>` elements (rich text runs
/// joined), leaving out phonetic guides (`<rPh>`).
private enum SharedStringsReader {
    static func read(_ data: [UInt8], file: String) throws -> [String] {
        var scanner = try XMLScanner(data, part: "xl/sharedStrings.xml", file: file)
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
