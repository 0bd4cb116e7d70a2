import Foundation
import JixiaoCore
import Testing
import CoreTestSupport

/// Every hostile file of issue 9 read by the CSV reader: a located error or a defined result, never a crash.
@Suite struct HostileCSVTests {
    func read(_ bytes: [UInt8], types: [String: DataType] = [:]) throws -> Table {
        try CSVReader.read(bytes: bytes, file: "h.csv", options: CSVOptions(types: types))
    }

    func read(_ text: String, types: [String: DataType] = [:]) throws -> Table {
        try read(Array(text.utf8), types: types)
    }

    // MARK: - Structure

    @Test func raggedRowsNameTheLineAndTheFix() {
        let short = #expect(throws: Diagnostic.self) { try read("乡镇,站点数\n保安镇,3\n殷祖镇\n") }
        #expect(short?.location == SourceLocation(file: "h.csv", line: 3, column: 1))
        #expect(short?.hint == "every row needs a value (or an empty field) for each column; strict=false reads such rows, padding or cutting them")
        let long = #expect(throws: Diagnostic.self) { try read("乡镇,站点数\n保安镇,3,多余\n") }
        #expect(long?.message == "expected 2 fields, found 3")
        #expect(long?.hint == "a field holding a comma must be quoted; strict=false reads such rows, padding or cutting them")
    }

    @Test func anUnterminatedQuoteNamesWhereItOpened() {
        let error = #expect(throws: Diagnostic.self) { try read("名称,备注\n大冶,\"没有结束\n\n下一行,x\n") }
        #expect(error?.location == SourceLocation(file: "h.csv", line: 2, column: 4))
        #expect(error?.message == "unterminated quote: the field opened here never closes")
        let inHeader = #expect(throws: Diagnostic.self) { try read("\"名称,备注\n") }
        #expect(inHeader?.location.line == 1)
    }

    @Test func nulBytesAreRefusedWithTheirPlace() {
        let error = #expect(throws: Diagnostic.self) { try read(Array("a,b\n1,2\n3,".utf8) + [0, 0x34] + Array("\n".utf8)) }
        #expect(error?.message == "NUL byte in the file: it is binary or UTF-16, not UTF-8 text")
        #expect(error?.location == SourceLocation(file: "h.csv", line: 3, column: 3))
    }

    @Test func utf16IsRecognisedAndDecoded() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + "乡镇,金额\n保安镇,1.50\n".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let imported = try CSVReader.load(bytes: utf16, file: "h.csv")
        #expect(imported.table.names == ["乡镇", "金额"])
        #expect(imported.table.rows() == [[.text("保安镇"), .decimal(ExactDecimal(units: 150, scale: 2))]])
        #expect(imported.notes(in: .en).contains("read as UTF-16LE"))
    }

    @Test func bytesNoEncodingDecodesNameTheirLine() {
        // FF is neither UTF-8 nor GB18030.
        let bad = #expect(throws: Diagnostic.self) { try read(Array("编号,乡镇\n1,大冶\n2,".utf8) + [0xFF, 0x41, 10]) }
        #expect(bad?.message == "line 3 is neither UTF-8 nor GB18030: cannot decode the bytes FF 41 0A")
        #expect(bad?.location.line == 3)
        // Declared UTF-8, GBK bytes are refused at their line rather than guessed.
        let gbk: [UInt8] = [0xB1, 0xA3, 0xB0, 0xB2, 0xD5, 0xF2]
        let declared = #expect(throws: Diagnostic.self) {
            try CSVReader.read(bytes: Array("编号,乡镇\n1,大冶\n2,".utf8) + gbk + [10], file: "h.csv", options: CSVOptions(encoding: .utf8))
        }
        #expect(declared?.location.line == 3)
    }

    @Test func anEmptyFileAndOneOfBlankLinesAreErrors() {
        for text in ["", "\u{FEFF}", "\n\n\r\n"] {
            let error = #expect(throws: Diagnostic.self) { try read(text) }
            #expect(error?.message == "the file is empty: no header line")
        }
    }

    @Test func aHeaderWithNoRowsIsAnEmptyTableOfTextColumns() throws {
        let table = try read("乡镇,金额\n")
        #expect(table.names == ["乡镇", "金额"])
        #expect(table.rowCount == 0)
        #expect(table.fields.map(\.type) == [.text, .text])
        // A named type still applies.
        #expect(try read("乡镇,金额", types: ["金额": .decimal(scale: 2)]).fields[1].type == .decimal(scale: 2))
    }

    @Test func duplicateAndEmptyHeadersGetNames() throws {
        #expect(try read("金额,金额,,金额_2,金额\n1,2,3,4,5\n").names == ["金额", "金额_2", "column3", "金额_2_2", "金额_3"])
        // Ten thousand copies of one name are renamed in one pass (each remembers its next suffix).
        let names = CSVReader.uniqued([String](repeating: "x", count: 10_000))
        #expect(Set(names).count == 10_000)
        #expect(names.last == "x_10000")
    }

    // MARK: - Size

    @Test func aOneMegabyteFieldIsReadWhole() throws {
        let big = String(repeating: "绩效", count: 175_000)  // 1,050,000 bytes
        let table = try read("编号,说明\n1,\"\(big)\"\n2,短\n")
        #expect(table.value(row: 0, column: 1) == .text(big))
        #expect(table.value(row: 1, column: 1) == .text("短"))
        // A megabyte of digits is no number: it stays text, and a type that demands a number quotes it briefly.
        let digits = String(repeating: "9", count: 1_000_000)
        #expect(try read("n\n\(digits)\n").fields[0].type == .text)
        let error = #expect(throws: Diagnostic.self) { try read("n\n\(digits)\n", types: ["n": .decimal(scale: 2)]) }
        #expect(error?.message == "column n: '\(String(repeating: "9", count: 40))…' is not a valid decimal(2)")
    }

    @Test func tenThousandColumnsAreRead() throws {
        let header = (1...10_000).map { "c\($0)" }.joined(separator: ",")
        let row = (1...10_000).map(String.init).joined(separator: ",")
        let table = try read(header + "\n" + row + "\n" + row + "\n")
        #expect(table.names.count == 10_000)
        #expect(table.rowCount == 2)
        #expect(table.value(row: 1, column: 9_999) == .integer(10_000))
    }

    @Test func tooManyColumnsAreRefusedBeforeAllocatingThem() {
        let error = #expect(throws: Diagnostic.self) { try read(String(repeating: ",", count: CSVReader.maxColumns) + "\n") }
        #expect(error?.message == "too many columns: \(CSVReader.maxColumns + 1) (at most \(CSVReader.maxColumns))")
        #expect(error?.hint == "is the delimiter right?")
    }

    // MARK: - Values

    @Test func integersBeyond64BitsStayTextOrAreRefusedWhenTyped() throws {
        let table = try read("n,m\n9223372036854775807,1\n123456789012345678901234567890,2\n")
        #expect(table.fields[0].type == .text)
        #expect(table.value(row: 1, column: 0) == .text("123456789012345678901234567890"))
        // Int64.min is the null marker: as a value it is not an integer either.
        #expect(try read("n\n-9223372036854775808\n").fields[0].type == .text)
        #expect(try read("n\n9223372036854775807\n-9223372036854775807\n").value(row: 0, column: 0) == .integer(.max))
        let error = #expect(throws: Diagnostic.self) { try read("n\n1\n99999999999999999999\n", types: ["n": .integer]) }
        #expect(error?.location == SourceLocation(file: "h.csv", line: 3, column: 1))
    }

    @Test func datesOutOfRangeAreNotDates() throws {
        for cell in ["0000-01-01", "10000-01-01", "2022-02-30", "2022-13-01", "99999-12-31"] {
            #expect(try read("日期\n2022-06-08\n\(cell)\n").fields[0].type == .text, "\(cell)")
        }
        #expect(try read("日期\n0001-01-01\n9999-12-31\n").fields[0].type == .date)
        let error = #expect(throws: Diagnostic.self) { try read("日期\n2022-06-08\n10000-01-01\n", types: ["日期": .date]) }
        #expect(error?.message == "column 日期: '10000-01-01' is not a valid date")
    }

    // MARK: - Files that are not files

    @Test func devicesFoldersAndMissingFilesAreRefusedNotRead() {
        let device = #expect(throws: Diagnostic.self) { try CSVReader.read(path: "/dev/zero") }
        #expect(device?.message == "/dev/zero is a device or pipe, not a file")
        let folder = #expect(throws: Diagnostic.self) { try CSVReader.read(path: TestSupport.datasetsFolder) }
        #expect(folder?.message == "\(TestSupport.datasetsFolder) is a folder, not a file")
        let missing = #expect(throws: Diagnostic.self) { try CSVReader.read(path: "/nonexistent/x.csv") }
        #expect(missing?.message == "no such file: /nonexistent/x.csv")
    }
}
