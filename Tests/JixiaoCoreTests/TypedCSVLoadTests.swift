@testable import JixiaoCore
import Testing

/// The one-pass load gives exactly the table the careful path gives, and hands over whenever the data go
/// beyond what its sample showed.
@Suite struct TypedCSVLoadTests {
    static let header = "编号,日期,乡镇,金额,数量,标志,备注\n"

    /// Enough rows to pass the parallel threshold, with nulls, quotes, doubled quotes and line breaks.
    static func rows(_ count: Int, extra: (Int) -> String? = { _ in nil }) -> String {
        var text = header
        for i in 0..<count {
            if let line = extra(i) { text += line; continue }
            let amount = i % 11 == 0 ? "" : "\(i % 5000).\(i % 10)\(i % 7)"
            let note: String
            switch i % 9 {
            case 0: note = "\"含,逗号\""
            case 1: note = "\"说\"\"好\"\"\""
            case 2: note = "\"两\n行\""
            case 3: note = ""
            default: note = "备注\(i % 13)"
            }
            text += "S\(i),2022-\(1 + i % 12)-\(1 + i % 28),镇\(i % 16),\(amount),\(i % 100),\(i % 2 == 0 ? "true" : "false"),\(note)\n"
        }
        return text
    }

    /// Both paths on the same bytes: (fast result or nil, careful result).
    func both(_ text: String) throws -> (Table?, Table) {
        let bytes = Array(text.utf8)
        let scanner = CSVScanner(bytes: bytes)
        let header = try #require(try scanner.record(at: 0, line: 1))
        let names = header.fields.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        let fast = try TypedCSVLoad.load(scanner: scanner, from: header.next, firstLine: 2, rawNames: names, options: CleaningOptions(), parts: 3)
        let careful = try CSVReader.carefully(scanner: scanner, from: header.next, firstLine: 2, names: names, options: CSVOptions())
        return (fast?.table, careful.table)
    }

    func same(_ a: Table, _ b: Table) -> Bool {
        a.names == b.names && a.fields.map(\.type) == b.fields.map(\.type) && a.rows() == b.rows()
    }

    @Test func givesTheCarefulTable() throws {
        let (fast, careful) = try both(Self.rows(40_000))
        let table = try #require(fast)
        #expect(table.rowCount == 40_000)
        #expect(table.fields.map(\.type) == [.text, .date, .text, .decimal(scale: 2), .integer, .boolean, .text])
        #expect(same(table, careful))
        #expect(try CSVReader.read(bytes: Array(Self.rows(40_000).utf8)).rows() == careful.rows())
    }

    @Test(arguments: [
        ("a later amount with more decimals", 30_000, "X,2022-1-1,镇1,1.125,1,true,x\n"),
        ("a later count that is not whole", 30_000, "X,2022-1-1,镇1,1.00,1.5,true,x\n"),
        ("a later date that is text", 30_000, "X,不详,镇1,1.00,1,true,x\n"),
        ("an amount with thousands separators", 30_000, "X,2022-1-1,镇1,\"1,234.50\",1,true,x\n"),
        ("an empty row", 30_000, ",,,,,,\n"),
    ])
    func handsOverWhenTheSampleDidNotForesee(_ case: (String, Int, String)) throws {
        let (_, row, line) = `case`
        let (fast, careful) = try both(Self.rows(40_000) { $0 == row ? line : nil })
        #expect(fast == nil, "\(`case`.0)")
        #expect(careful.rowCount >= 39_999)
    }

    @Test func aTrailingTotalRowIsTheCarefulPathsToSkip() throws {
        let text = Self.rows(40_000) + "合计,,,,,,\n"
        let (fast, _) = try both(text)
        #expect(fast == nil)
        let imported = try CSVReader.load(bytes: Array(text.utf8))
        #expect(imported.table.rowCount == 40_000)
        #expect(imported.notes(in: .en).contains { $0.hasPrefix("skipped the 合计 row") })
    }

    @Test func errorsAreTheSameAsTheCarefulPaths() throws {
        let text = Self.rows(40_000) { $0 == 35_000 ? "只有,三,列\n" : nil }
        let error = #expect(throws: Diagnostic.self) { try CSVReader.read(bytes: Array(text.utf8), file: "x.csv") }
        #expect(error?.message == "expected 7 fields, found 3")
        // Line numbers count the quoted line breaks of the rows before.
        let expectedLine = 2 + 35_000 + (0..<35_000).filter { $0 % 9 == 2 }.count
        #expect(error?.location.line == expectedLine)
    }
}
