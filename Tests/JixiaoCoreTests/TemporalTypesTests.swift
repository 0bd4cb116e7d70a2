import Foundation
import JixiaoCore
import Testing
import CoreTestSupport

/// Issue 22, requirement 3 (timestamps, times of day, durations as column types) and the two-digit years of
/// requirement 5: every case of the issue, in CSV, JSON and XLSX, read and written back.
@Suite struct TemporalTypesTests {
    func load(_ text: String, types: [String: DataType] = [:]) throws -> ImportedTable {
        try CSVReader.load(bytes: Array(text.utf8), file: "t.csv", options: CSVOptions(types: types))
    }

    func column(_ table: Table, _ name: String) -> [String] {
        guard let index = table.names.firstIndex(of: name) else { return [] }
        return (0..<table.rowCount).map { table.value(row: $0, column: index).description }
    }

    // MARK: - CSV inference

    @Test func timestampsOfEveryWrittenFormKeepTheirZones() throws {
        let table = try load("""
            到达,备注
            2024-03-01 08:30:00,本地
            2024-03-01T08:30:00+08:00,东八区
            2024-03-01T08:30:00Z,UTC
            2024-03-01 08:30:00.25,小数秒
            2024/3/1 9:05,斜线

            """).table
        #expect(table.fields[0].type == .timestamp)
        #expect(column(table, "到达") == ["2024-03-01 08:30:00", "2024-03-01 08:30:00+08:00", "2024-03-01 08:30:00Z",
                                         "2024-03-01 08:30:00.250", "2024-03-01 09:05:00"])
        // The instant: +08:00 is eight hours before the same clock at UTC.
        guard case .timestamp(let east) = table.value(row: 1, column: 0), case .timestamp(let utc) = table.value(row: 2, column: 0) else {
            Issue.record("not timestamps")
            return
        }
        #expect(utc.instant - east.instant == 8 * Clock.microsPerHour)
        #expect(east.day == utc.day && east.timeOfDay == utc.timeOfDay)
    }

    @Test func timesOfDayAndDurationsAreTheirOwnTypes() throws {
        let table = try load("""
            开始,历时,短
            11:00:00,36:15:00,0:45
            8:30,01:30:00,1:30
            23:59:59.5,-0:10:00,

            """).table
        #expect(table.fields.map(\.type) == [.time, .duration, .time])
        #expect(column(table, "开始") == ["11:00:00", "08:30:00", "23:59:59.500"])
        #expect(column(table, "历时") == ["36:15:00", "01:30:00", "-00:10:00"])
        #expect(table.value(row: 0, column: 1) == .duration(36 * Clock.microsPerHour + 15 * Clock.microsPerMinute))
        #expect(table.value(row: 0, column: 0) == .time(11 * Clock.microsPerHour))
    }

    @Test func isoDurationsAndDatesAmongTimestamps() throws {
        let table = try load("d,t\nPT36H15M,2024-03-01\nP1DT2H,2024-03-02 10:00\n").table
        #expect(table.fields.map(\.type) == [.duration, .timestamp])
        #expect(column(table, "d") == ["36:15:00", "26:00:00"])
        #expect(column(table, "t") == ["2024-03-01 00:00:00", "2024-03-02 10:00:00"])
    }

    @Test func whatIsNotATimeStaysText() throws {
        // A seventh decimal of a second, minutes past 59, a score, 24:00 as a time, an offset beyond 18 hours.
        for cell in ["10:00:00.1234567", "10:61", "3:1", "2024-03-01 24:00:00", "2024-03-01T08:00+19:00", "11:00 am"] {
            let table = try load("x\n\(cell)\n").table
            #expect(table.fields[0].type == .text, "\(cell)")
        }
        // 24:00 among clocks is no time of day: the column is durations.
        #expect(try load("x\n24:00\n08:00\n").table.fields[0].type == .duration)
    }

    @Test func typesOverrideReadsOrRefusesWithThePlace() throws {
        let table = try load("d\n01:30:00\n02:00:00\n", types: ["d": .duration]).table
        #expect(table.fields[0].type == .duration)
        #expect(throws: Diagnostic.self) { try load("d\n01:30:00\n", types: ["d": .timestamp]) }
        let error = #expect(throws: Diagnostic.self) { try load("t\n2024-03-01 08:00\n明天\n", types: ["t": .timestamp]) }
        #expect(error?.location == SourceLocation(file: "t.csv", line: 3, column: 1))
        #expect(DataType.named("datetime") == .timestamp && DataType.named("time") == .time && DataType.named("duration") == .duration)
    }

    @Test func timestampsCompareByInstantAndEqualInstantsAreEqual() throws {
        let east = try #require(Timestamp.parse(Array("2024-03-01T08:30:00+08:00".utf8)[...]))
        let utc = try #require(Timestamp.parse(Array("2024-03-01T00:30:00Z".utf8)[...]))
        let later = try #require(Timestamp.parse(Array("2024-03-01 01:00:00".utf8)[...]))
        #expect(east == utc && east.hashValue == utc.hashValue)
        #expect(east < later)
        #expect(east.description == "2024-03-01 08:30:00+08:00" && utc.description == "2024-03-01 00:30:00Z")
        // Zones written every way.
        #expect(Timestamp.parse(Array("2024-03-01T08:30+0530".utf8)[...])?.zoneText == "+05:30")
        #expect(Timestamp.parse(Array("2024-03-01 08:30:00 -05".utf8)[...])?.zoneText == "-05:00")
        // The first and last days of the supported years, either side of a zone.
        #expect(Timestamp.parse(Array("0001-01-01 00:00:00+01:00".utf8)[...]) == nil)
        #expect(Timestamp.parse(Array("9999-12-31 23:59:59.999999".utf8)[...])?.description == "9999-12-31 23:59:59.999999")
    }

    @Test func aLargeFileOfTimestampsIsReadWholeByTheCarefulPath() throws {
        // Past the one-pass load's threshold: its sample sees timestamps, which it leaves to the careful path.
        var text = "编号,到达,历时,日期\n"
        for i in 0..<40_000 {
            text += "S\(i),2024-03-\(10 + i % 18) 08:\(10 + i % 50):00+08:00,\(i % 30):15:00,\(i == 30_000 ? "1/1/19" : "2022-06-08")\n"
        }
        #expect(text.utf8.count >= CSVScanner.parallelThreshold)
        let imported = try load(text)
        #expect(imported.table.rowCount == 40_000)
        #expect(imported.table.fields.map(\.type) == [.text, .timestamp, .duration, .text])
        #expect(imported.table.value(row: 39_999, column: 1).description == "2024-03-13 08:59:00+08:00")
        // ISO dates and one 1/1/19 together: no rule reads both, so the column is text (never 0001-01-19).
        #expect(imported.table.value(row: 30_000, column: 3) == .text("1/1/19"))
    }

    // MARK: - Two-digit years (requirement 5)

    @Test func twoDigitYearsAreNeverYearOne() throws {
        #expect(CivilDate.parse(Array("1/1/19".utf8)[...]) == nil)
        #expect(CivilDate.parse(Array("19/1/1".utf8)[...]) == nil)
        let imported = try load("日期,金额\n1/1/19,10\n12/31/99,20\n7/4/29,30\n")
        #expect(imported.table.fields[0].type == .date)
        #expect(column(imported.table, "日期") == ["2019-01-01", "1999-12-31", "2029-07-04"])
        let notes = imported.notes(in: .en)
        #expect(notes.contains("column 日期: dates read as month/day/year (1/1/19 is 2019-01-01)"))
        #expect(notes.contains("column 日期: two-digit years 00–29 read as 2000–2029, 30–99 as 1930–1999 (as Excel reads them)"))
        #expect(imported.notes(in: .zh).contains("列“日期”：日期按 月/日/年 读取（1/1/19 即 2019-01-01）"))
    }

    @Test func theOrderOfDayAndMonthIsTakenFromTheColumn() throws {
        // A first number above 12: day first.
        let dayFirst = try load("d\n31/12/19\n1/2/2019\n")
        #expect(column(dayFirst.table, "d") == ["2019-12-31", "2019-02-01"])
        #expect(dayFirst.notes(in: .en).first == "column d: dates read as day/month/year (31/12/19 is 2019-12-31)")
        // Dots are day first when nothing tells; four-digit years need no pivot note.
        let dots = try load("d\n1.2.2019\n")
        #expect(column(dots.table, "d") == ["2019-02-01"])
        #expect(dots.notes(in: .en) == ["column d: dates read as day/month/year (1.2.2019 is 2019-02-01)"])
        // Both orders in one column, or an impossible date: the column stays text.
        #expect(try load("d\n13/1/19\n1/13/19\n").table.fields[0].type == .text)
        #expect(try load("d\n2/30/19\n").table.fields[0].type == .text)
        #expect(try load("d\n1/1/019\n").table.fields[0].type == .text)
        // Named as a date, the same rule reads it, with its note.
        let named = try load("d\n1/1/19\n", types: ["d": .date])
        #expect(column(named.table, "d") == ["2019-01-01"] && named.notes.count == 2)
    }

    @Test func twoDigitYearsInJSON() throws {
        let imported = try JSONReader.load(bytes: Array(#"[{"d": "1/1/19", "t": "2024-03-01T08:30:00+08:00", "h": "PT1H30M0S"}]"#.utf8), file: "t.json")
        #expect(imported.table.fields.map(\.type) == [.date, .timestamp, .duration])
        #expect(imported.table.value(row: 0, column: 0).description == "2019-01-01")
        #expect(imported.notes.count == 2)
    }

    // MARK: - Writing them back

    static func sample() throws -> Table {
        try CSVReader.read(bytes: Array("""
            到达,开始,历时,东八区
            2024-03-01 08:30:00,11:00:00,36:15:00,2024-03-01T08:30:00+08:00
            2024-03-02 17:45:30.125,08:15:00.5,00:45:00,2024-03-02T09:00:00Z
            ,,,

            """.utf8), file: "s.csv")
    }

    @Test func csvAndJSONRoundTrip() throws {
        let table = try Self.sample()
        #expect(table.fields.map(\.type) == [.timestamp, .time, .duration, .timestamp])
        let csv = CSVWriter.data(table)
        let back = try CSVReader.read(bytes: [UInt8](csv), file: "back.csv")
        #expect(back.fields.map(\.type) == table.fields.map(\.type))
        #expect(back.rows() == table.rows())
        let json = JSONWriter.data(table)
        #expect(String(decoding: json, as: UTF8.self).contains(#""东八区": "2024-03-01T08:30:00+08:00""#))
        #expect(String(decoding: json, as: UTF8.self).contains(#""历时": "PT0H45M0S""#))
        let fromJSON = try JSONReader.load(bytes: [UInt8](json), file: "back.json").table
        #expect(fromJSON.fields.map(\.type) == table.fields.map(\.type))
        #expect(fromJSON.rows().map { $0.map(\.description) } == table.rows().map { $0.map(\.description) })
    }

    @Test func xlsxRoundTripWithNumberFormats() throws {
        let table = try Self.sample()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/times.xlsx"
        try AtomicFile.write(try XLSXWriter.data(table), to: path)
        let back = try XLSXReader.load(path: path).table
        #expect(back.fields.map(\.type) == table.fields.map(\.type))
        #expect(back.rows().map { $0.map(\.description) } == table.rows().map { $0.map(\.description) })
        let styles = try ZIPPart.read(path, "xl/styles.xml")
        #expect(styles.contains("yyyy-mm-dd hh:mm:ss.000") && styles.contains("hh:mm:ss.000") && styles.contains("[h]:mm:ss"))
        let sheet = try ZIPPart.read(path, "xl/worksheets/sheet1.xml")
        // 11:00:00 is 11/24 of a day; 36:15:00 is 1.5104166… days; the zoned timestamp stays text.
        #expect(sheet.contains("<v>0.458333333333</v>") && sheet.contains("<v>1.510416666667</v>"))
    }

    @Test(.enabled(if: Python.hasOpenpyxl, "python3 with openpyxl is not installed; `make test` installs it"))
    func openpyxlReadsTheExportAsDateTimesTimesAndDeltas() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/times.xlsx"
        try AtomicFile.write(try XLSXWriter.data(try Self.sample()), to: path)
        let script = """
            import sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1]).active
            for row in sheet.iter_rows(min_row=2, max_row=3):
                print("|".join(type(c.value).__name__ + ":" + str(c.value) for c in row))
            """
        #expect(try Python.run(["-c", script, path]).trimmingCharacters(in: .newlines) == """
            datetime:2024-03-01 08:30:00|time:11:00:00|timedelta:1 day, 12:15:00|str:2024-03-01 08:30:00+08:00
            datetime:2024-03-02 17:45:30.125000|time:08:15:00.500000|timedelta:0:45:00|str:2024-03-02 09:00:00Z
            """)
    }

    // MARK: - Workbooks: the number format decides

    /// A one-sheet workbook whose cells are numbers with the given format codes (built-in ids when the code
    /// is a number).
    static func workbook(_ cells: [(value: String, format: String)]) throws -> Data {
        var numFmts = ""
        var xfs = "<xf numFmtId=\"0\"/>"
        for (index, cell) in cells.enumerated() {
            if let builtin = Int(cell.format) {
                xfs += "<xf numFmtId=\"\(builtin)\" applyNumberFormat=\"1\"/>"
            } else {
                numFmts += "<numFmt numFmtId=\"\(170 + index)\" formatCode=\"\(XMLEscaping.escaped(cell.format))\"/>"
                xfs += "<xf numFmtId=\"\(170 + index)\" applyNumberFormat=\"1\"/>"
            }
        }
        var header = "<row r=\"1\">"
        var data = "<row r=\"2\">"
        for (index, cell) in cells.enumerated() {
            let letter = CellReference.letters(index)
            header += "<c r=\"\(letter)1\" t=\"inlineStr\"><is><t>c\(index + 1)</t></is></c>"
            // "d:…" is an ISO date cell (t="d"), as some producers write them.
            if cell.value.hasPrefix("d:") {
                data += "<c r=\"\(letter)2\" t=\"d\"><v>\(cell.value.dropFirst(2))</v></c>"
            } else {
                data += "<c r=\"\(letter)2\" s=\"\(index + 1)\"><v>\(cell.value)</v></c>"
            }
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return try ZIPPackage.data(parts: [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
                """),
            ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"\(ns)\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>"),
            ("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(ns)\"><numFmts>\(numFmts)</numFmts><cellXfs>\(xfs)</cellXfs></styleSheet>"),
            ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"\(ns)\"><sheetData>\(header)</row>\(data)</row></sheetData></worksheet>"),
        ], what: "workbook")
    }

    @Test func workbookTimesAreTimesAndDurationsAreNeverDates() throws {
        let data = try Self.workbook([
            ("0.4583333333", "h:mm:ss"),            // 11:00:00, not 0.4583333333
            ("1.5104166667", "[h]:mm:ss"),          // 36:15:00, not 1900-01-01
            ("0.0625", "[h]:mm:ss"),                // 01:30:00: a duration under a day is still one
            ("45352.3541666667", "yyyy-mm-dd hh:mm:ss"),
            ("0.35416666666666669", "hh:mm"),
            ("0.5000057870", "hh:mm:ss.000"),       // 12:00:00.500
            ("0.4583333333", "21"),                 // built-in h:mm:ss
            ("1.5104166667", "46"),                 // built-in [h]:mm:ss
            ("45352.5", "22"),                      // built-in m/d/yy h:mm
            ("0.4583333333", "h\"时\"mm\"分\"ss\"秒\""),
            ("45352", "yyyy-mm-dd"),                // still a date
            ("-0.0625", "[h]:mm:ss"),
        ])
        let table = try XLSXReader.read(data: data, sheet: nil)
        #expect(table.fields.map(\.type) == [.time, .duration, .duration, .timestamp, .time, .time, .time, .duration, .timestamp, .time, .date, .duration])
        #expect(table.rows()[0].map(\.description) == ["11:00:00", "36:15:00", "01:30:00", "2024-03-01 08:30:00", "08:30:00", "12:00:00.500",
                                                       "11:00:00", "36:15:00", "2024-03-01 12:00:00", "11:00:00", "2024-03-01", "-01:30:00"])
    }

    @Test func isoDateCellsWithATimeAreTimestamps() throws {
        let data = try Self.workbook([("d:2024-03-01T08:30:00", "0"), ("d:2024-03-01T00:00:00", "0"), ("d:2024-03-01T08:30:00+08:00", "0")])
        let table = try XLSXReader.read(data: data, sheet: nil)
        #expect(table.fields.map(\.type) == [.timestamp, .date, .timestamp])
        #expect(table.rows()[0].map(\.description) == ["2024-03-01 08:30:00", "2024-03-01", "2024-03-01 08:30:00+08:00"])
    }

    @Test func formatCodesAreClassifiedAsExcelReadsThem() throws {
        // m is minutes beside h or s, months otherwise; brackets of h, m or s are elapsed time, others ([Red],
        // [$-409]) are not.
        let data = try Self.workbook([
            ("0.0006944444", "mm:ss"), ("0.0006944444", "[mm]:ss"), ("0.75", "h:mm AM/PM"), ("45352.5", "[$-409]m/d/yy h:mm"),
            ("1.5", "[Red]0.00"), ("45352", "yyyy\"年\"m\"月\""), ("45352", "mmm-yy"),
        ])
        let table = try XLSXReader.read(data: data, sheet: nil)
        #expect(table.fields.map(\.type) == [.time, .duration, .time, .timestamp, .decimal(scale: 2), .date, .date])
        #expect(table.rows()[0].map(\.description) == ["00:01:00", "00:01:00", "18:00:00", "2024-03-01 12:00:00", "1.50", "2024-03-01", "2024-03-01"])
    }
}
