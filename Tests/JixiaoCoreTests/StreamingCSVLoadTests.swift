import CoreTestSupport
import Foundation
@testable import JixiaoCore
import Testing

/// The streamed load (blocks, typed columns that change plan in place) gives exactly the table and the notes of
/// the whole-file careful path, reads its file once even when the data surprise it late, and hands errors to
/// the whole-file reader.
@Suite struct StreamingCSVLoadTests {
    /// Small blocks, so that a test file of a few megabytes spans many of them.
    static let block = 64 << 10

    func write(_ text: String) throws -> String {
        let path = try TestSupport.temporaryFolder() + "/data.csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// (streamed, whole-file careful, how many times the streamed load opened the file).
    func both(_ text: String, options: CSVOptions = CSVOptions()) throws -> (ImportedTable?, ImportedTable, Int) {
        let path = try write(text)
        let streamed = try StreamingCSVLoad.load(path: path, options: options, blockSize: Self.block, threshold: 0)
        let reads = FileReadLog.count(path)
        let whole = try CSVReader.load(bytes: Array(text.utf8), file: path, options: options)
        return (streamed, whole, reads)
    }

    func expectSame(_ streamed: ImportedTable?, _ whole: ImportedTable, _ label: String = "") throws {
        let table = try #require(streamed, "\(label)")
        #expect(table.table.names == whole.table.names, "\(label)")
        #expect(table.table.fields.map(\.type) == whole.table.fields.map(\.type), "\(label)")
        #expect(table.table.rows() == whole.table.rows(), "\(label)")
        #expect(table.notes(in: .en) == whole.notes(in: .en), "\(label)")
        // Dictionaries too: the same distinct strings in the same order.
        for (mine, theirs) in zip(table.table.columns, whole.table.columns) {
            if case .text(let a, let da) = mine.storage, case .text(let b, let db) = theirs.storage {
                #expect(a == b && da.strings == db.strings, "\(label)")
            }
        }
    }

    @Test func givesTheCarefulTableReadingTheFileOnce() throws {
        let text = TypedCSVLoadTests.rows(40_000)
        let (streamed, whole, reads) = try both(text)
        try expectSame(streamed, whole)
        #expect(reads == 1)
        #expect(streamed?.table.fields.map(\.type) == [.text, .date, .text, .decimal(scale: 2), .integer, .boolean, .text])
    }

    @Test(arguments: [
        ("a later amount with more decimals", "X,2022-1-1,镇1,1.125,1,true,x\n"),
        ("a later amount with fewer decimals", "X,2022-1-1,镇1,1.5,1,true,x\n"),
        ("a later count that is not whole", "X,2022-1-1,镇1,1.00,1.5,true,x\n"),
        ("a later count with a plus sign", "X,2022-1-1,镇1,1.00,+5,true,x\n"),
        ("a later count that is text", "X,2022-1-1,镇1,1.00,很多,true,x\n"),
        ("a later date that is text", "X,不详,镇1,1.00,1,true,x\n"),
        ("a later date in another spelling", "X,2022/1/1,镇1,1.00,1,true,x\n"),
        ("a later flag in capitals", "X,2022-1-1,镇1,1.00,1,TRUE,x\n"),
        ("an amount with thousands separators", "X,2022-1-1,镇1,\"1,234.50\",1,true,x\n"),
        ("an amount of minus zero", "X,2022-1-1,镇1,-0.00,1,true,x\n"),
        ("an amount in 万元", "X,2022-1-1,镇1,12万元,1,true,x\n"),
        ("an empty row", ",,,,,,\n"),
    ])
    func aLateSurpriseChangesThePlanInPlace(_ case: (String, String)) throws {
        let (label, line) = `case`
        // Late: well past the sample and the first blocks.
        let text = TypedCSVLoadTests.rows(40_000) { $0 == 36_000 ? line : nil }
        let (streamed, whole, reads) = try both(text)
        try expectSame(streamed, whole, label)
        #expect(reads == 1, "\(label)")
    }

    @Test func aTrailingTotalRowIsSkippedAsTheCarefulPathSkipsIt() throws {
        for total in ["合计,,,,,,\n", ",,合 计,\"1,234,567.00\",999,,\n", "总计（元）,,,12.00,3,,\n合计,,,,,,\n,,,,,,\n"] {
            let text = TypedCSVLoadTests.rows(40_000) + total
            let (streamed, whole, reads) = try both(text)
            try expectSame(streamed, whole, total)
            #expect(reads == 1)
            #expect(streamed?.table.rowCount == 40_000)
            #expect(streamed?.notes(in: .en).contains { $0.hasPrefix("skipped the ") } == true)
        }
        let kept = try both(TypedCSVLoadTests.rows(40_000) + "合计,,,,,,\n", options: CSVOptions(keepTotals: true))
        try expectSame(kept.0, kept.1, "keep")
        #expect(kept.0?.table.rowCount == 40_001)
    }

    @Test func aColumnTheSampleLeavesUnsureIsDecodedCarefully() throws {
        // 备注 empty in the sample, spreadsheet numbers in 金额 from the start.
        var text = "编号,金额,备注\n"
        for i in 0..<30_000 { text += "N\(i),\"\(i % 900 + 1),\(100 + i % 900).50\",\(i > 25_000 ? "\(i)" : "")\n" }
        let (streamed, whole, reads) = try both(text)
        try expectSame(streamed, whole)
        #expect(reads == 1)
        #expect(streamed?.table.fields.map(\.type) == [.text, .decimal(scale: 2), .integer])
    }

    @Test func orderNumbersInOrderNeedNoHashTableAndALateRepeatStillMatches() throws {
        func ledger(_ late: String?) -> String {
            var text = "订单号,金额\n"
            for i in 0..<30_000 { text += "DY\(String(format: "%08d", i)),\(i % 500).25\n" }
            if let late { text += late }
            return text
        }
        // In order to the end (one dictionary without a hash table), a late repeat (the run ends), a late 合计 row.
        for late in [nil, "DY00000007,1.25\nDY00040000,2.25\n", "DY00040000,2.25\n合计,7.50\n"] as [String?] {
            let (streamed, whole, reads) = try both(ledger(late))
            try expectSame(streamed, whole, late ?? "in order")
            #expect(reads == 1)
        }
    }

    @Test func aByteOrderMarkAndTitleLinesAreNotedAsTheCarefulPathNotesThem() throws {
        let text = "\u{FEFF}某县订单明细表,,,,,,\n,,,,,,\n" + TypedCSVLoadTests.rows(20_000)
        let (streamed, whole, _) = try both(text)
        try expectSame(streamed, whole)
        #expect(streamed?.notes.isEmpty == false)
    }

    /// The sniffer decides the dialect and header for a large file as for a small one: what it would repair, read
    /// without a header, or note (a detected delimiter, skipped lines) goes to the whole-file reader; the table a
    /// path gives is the one its bytes give.
    @Test func theSniffersChoicesAreTheWholeFileReaders() throws {
        let plain = TypedCSVLoadTests.rows(20_000)
        let semicolons = plain.replacingOccurrences(of: ",", with: ";")
        let handedOver: [(String, String, CSVOptions)] = [
            ("semicolons detected", semicolons, CSVOptions()),
            ("no header", String(plain.drop { $0 != "\n" }.dropFirst()), CSVOptions()),
            ("backslash escapes", plain.replacingOccurrences(of: "\"说\"\"好\"\"\"", with: "\"说\\\"好\\\"\""), CSVOptions()),
            ("a record above the header", "说明,见附件,2022\n" + plain, CSVOptions()),
            ("lenient reading", plain, { var o = CSVOptions(); o.strict = false; return o }()),
        ]
        for (label, text, options) in handedOver {
            let path = try write(text)
            #expect(try StreamingCSVLoad.load(path: path, options: options, blockSize: Self.block, threshold: 0) == nil, "\(label)")
            let viaPath = try CSVReader.load(path: path, options: options)
            let viaBytes = try CSVReader.load(bytes: Array(text.utf8), file: path, options: options)
            #expect(viaPath.table.names == viaBytes.table.names && viaPath.table.rows() == viaBytes.table.rows(), "\(label)")
            #expect(viaPath.notes(in: .en) == viaBytes.notes(in: .en), "\(label)")
        }
        // A delimiter given, not detected, streams, and gives the whole-file table.
        var given = CSVOptions()
        given.givenDelimiter = UInt8(ascii: ";")
        let (streamed, whole, _) = try both(semicolons, options: given)
        try expectSame(streamed, whole, "given delimiter")
        #expect(streamed?.table.columns.count == 7)
    }

    @Test func errorsGoToTheWholeFileReader() throws {
        let ragged = TypedCSVLoadTests.rows(40_000) { $0 == 35_000 ? "只有,三,列\n" : nil }
        #expect(try StreamingCSVLoad.load(path: try write(ragged), options: CSVOptions(), blockSize: Self.block, threshold: 0) == nil)
        var bytes = Array(TypedCSVLoadTests.rows(40_000).utf8)
        bytes[bytes.count - 200] = 0xFF
        let path = try write("")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try StreamingCSVLoad.load(path: path, options: CSVOptions(), blockSize: Self.block, threshold: 0) == nil)
        // A NUL inside a late text cell, and a lone UTF-8 lead byte in another.
        for (offset, byte) in [(bytes.count - 30_000, UInt8(0)), (bytes.count - 40_000, UInt8(0xE5))] {
            var damaged = Array(TypedCSVLoadTests.rows(40_000).utf8)
            let at = damaged[offset...].firstIndex(of: UInt8(ascii: "S")).map { $0 + 1 } ?? offset
            damaged[at] = byte
            let other = try write("")
            try Data(damaged).write(to: URL(fileURLWithPath: other))
            #expect(try StreamingCSVLoad.load(path: other, options: CSVOptions(), blockSize: Self.block, threshold: 0) == nil)
        }
        let viaPath = #expect(throws: Diagnostic.self) { try CSVReader.load(path: path) }
        let viaBytes = #expect(throws: Diagnostic.self) { try CSVReader.load(bytes: bytes, file: path) }
        #expect(viaPath?.message == viaBytes?.message)
        #expect(viaPath?.location.line == viaBytes?.location.line)
    }

    @Test func theCanonicalSpellingsRoundTrip() {
        for (text, scale, expected) in [("0", 0, Int64(0)), ("-12", 0, -12), ("12.50", 2, 1250), ("0.05", 2, 5), ("-0.05", 2, -5),
                                        ("123456789012345678", 0, 123_456_789_012_345_678)] {
            let value = Array(text.utf8).withUnsafeBufferPointer { StreamColumnStorage.canonicalNumber($0, scale: scale) }
            #expect(value == expected, "\(text)")
            var written: [UInt8] = []
            StreamColumnStorage.write(expected, scale: scale, into: &written)
            #expect(String(decoding: written, as: UTF8.self) == text)
        }
        for text in ["+1", "-0", "007", "1.5", "1.", ".5", "1e3", " 1", "1234567890123456789"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { StreamColumnStorage.canonicalNumber($0, scale: 0) } == nil, "\(text)")
        }
        #expect(Array("12.5".utf8).withUnsafeBufferPointer { StreamColumnStorage.canonicalNumber($0, scale: 2) } == nil)
        #expect(Array("2022-02-29".utf8).withUnsafeBufferPointer { StreamColumnStorage.canonicalDate($0) } == nil)
        #expect(Array("2024-02-29".utf8).withUnsafeBufferPointer { StreamColumnStorage.canonicalDate($0) } == CivilDate.days(year: 2024, month: 2, day: 29))
    }
}
