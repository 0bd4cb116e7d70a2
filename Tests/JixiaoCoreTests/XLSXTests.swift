import Foundation
import JixiaoCore
import Testing
import CoreTestSupport
import ZIPFoundation

@Suite struct XLSXReaderTests {
    @Test func readsTheNamedSheetOfATwoSheetWorkbookWithSharedStrings() throws {
        let path = TestSupport.fixture("乡镇支出.xlsx")
        #expect(try XLSXReader.sheetNames(path: path) == ["说明", "支出"])
        let imported = try XLSXReader.load(path: path, options: XLSXOptions(sheet: "支出"))
        let table = imported.table
        #expect(table.names == ["日期", "乡镇", "金额"])
        #expect(table.fields.map(\.type) == [.date, .text, .decimal(scale: 2)])
        // Cells formatted #,##0.00 read with two decimals, as the sheet shows them.
        #expect(table.rows().map { $0.map(\.description) } == [
            ["2022-06-08", "保安镇", "1234.50"], ["2022-06-09", "殷祖镇", "12000.00"], ["2022-06-15", "金山店镇", "3456.78"],
            ["2022-07-01", "茗山乡", "980.00"], ["2022-07-20", "保安镇", "20500.25"], ["2022-08-03", "还地桥镇", "7020.10"],
            ["2022-08-30", "陈贵镇", "5608.37"],
        ])
        #expect(imported.notes(in: .en) == [
            "sheet 支出 (sheets: 说明, 支出)",
            "header on row 3; skipped above it: 大冶市2022年镇村电商服务站点建设支出明细表",
            "skipped the 合计 row (row 11); --keep-totals keeps it",
        ])
    }

    @Test func aWrongSheetNameListsTheSheets() throws {
        let error = #expect(throws: Diagnostic.self) {
            try XLSXReader.load(path: TestSupport.fixture("乡镇支出.xlsx"), options: XLSXOptions(sheet: "明细"))
        }
        #expect(error?.message == "the workbook has no sheet named 明细")
        #expect(error?.hint == "sheets: 说明, 支出")
    }

    @Test func mergedTitlesDatesBooleansPercentagesAndInlineStrings() throws {
        let imported = try XLSXReader.load(path: TestSupport.fixture("站点验收-合并标题.xlsx"))
        let table = imported.table
        #expect(table.names == ["验收日期", "乡镇", "建设费用", "已验收", "完成率", "备注"])
        #expect(table.fields.map(\.type) == [.date, .text, .decimal(scale: 1), .boolean, .decimal(scale: 2), .text])
        #expect(table.columns[4].hint == .percent)
        // Serial 1 is 1900-01-01; 0.30000000000000004 (Excel's 0.1 + 0.2) reads as 0.3; 0.9752999999999999 at
        // format 0.00% reads as 97.53; the merged 乡镇 cell fills both rows; #N/A is empty.
        #expect(table.rows().map { $0.map(\.description) } == [
            ["2022-06-08", "保安镇", "1234.5", "true", "97.53", "狗血桃"],
            ["2022-07-01", "保安镇", "0.3", "false", "100.00", "补记"],
            ["1900-01-01", "殷祖镇", "20000.0", "true", "50.00", "白茶"],
            ["2022-12-31", "还地桥镇", "7020.1", "", "8.25", ""],
        ])
        #expect(imported.notes(in: .en) == [
            "header on row 3; skipped above it: 大冶市镇村电商服务站点验收情况表 / 填报单位：大冶市商务局",
            "1 error cell (#DIV/0!, #N/A …) read as empty",
            "skipped the 合计 row (row 8); --keep-totals keeps it",
        ])
    }

    @Test func the1904DateSystemAndChineseDateFormats() throws {
        let mac = try XLSXReader.load(path: TestSupport.fixture("活动-1904.xlsx")).table
        #expect(mac.rows().map { $0.map(\.description) } == [["2022-06-08", "3"], ["1904-01-02", "1"]])
        // Dates formatted yyyy年m月d日, amounts #,##0.00, and a SUM formula with no cached value in the 合计 row.
        let path = TestSupport.repositoryRoot + "/datasets/excel/工作经费.xlsx"
        let spent = try XLSXReader.load(path: path, options: XLSXOptions(sheet: "支出")).table
        #expect(spent.fields.map(\.type) == [.date, .text, .text, .decimal(scale: 2)])
        #expect(spent.value(row: 0, column: 0).description == "2022-03-09")
        var total = ExactDecimal.zero
        for row in 0..<spent.rowCount { total = ExactDecimal.adding(total, spent.value(row: row, column: 3).exactDecimal ?? .zero) ?? .zero }
        #expect(total.description == "73100.00")
        let received = try XLSXReader.load(path: path).table
        #expect(received.rows().map { $0.map(\.description) } == [["2022-02-25", "大冶市财政局", "120000.00"], ["2022-08-16", "大冶市财政局", "60000.00"]])
    }

    @Test func headerOptionNamesTheRow() throws {
        let imported = try XLSXReader.load(path: TestSupport.fixture("站点验收-合并标题.xlsx"),
                                           options: XLSXOptions(cleaning: CleaningOptions(headerLine: 2, keepTotals: true)))
        #expect(imported.table.names.first == "填报单位：大冶市商务局")
        #expect(imported.table.rowCount == 6)
    }

    @Test func notAWorkbookIsAClearError() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/假的.xlsx"
        try Data("日期,金额\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: Diagnostic.self) { try XLSXReader.load(path: path) }
        #expect(error?.message == "\(path) is not an .xlsx workbook (it is not a ZIP archive)")
        let missing = #expect(throws: Diagnostic.self) { try XLSXReader.load(path: folder + "/无.xlsx") }
        #expect(missing?.message == "no such file: \(folder)/无.xlsx")
    }

    /// Damaged archives, each made from a good workbook, give a Diagnostic at once: never a loop, a trap or a
    /// part read past its bytes.
    @Test func damagedArchivesAreClearErrors() throws {
        let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("乡镇支出.xlsx"))))
        #expect(throws: Never.self) { try XLSXReader.read(data: Data(good), sheet: "支出") }
        func message(_ bytes: [UInt8]) -> String? {
            do {
                _ = try XLSXReader.read(data: Data(bytes), sheet: nil)
                return nil
            } catch let diagnostic as Diagnostic {
                return diagnostic.message
            } catch {
                return "not a Diagnostic: \(error)"
            }
        }
        // Where the data of xl/workbook.xml starts, after its local header.
        let wanted = Array("xl/workbook.xml".utf8)
        func isWorkbookHeader(_ at: Int) -> Bool {
            let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
            guard good[at..<(at + 4)].elementsEqual(signature), Int(good[at + 26]) == wanted.count else { return false }
            return good[(at + 30)..<(at + 30 + wanted.count)].elementsEqual(wanted)
        }
        let found = (0..<(good.count - 30)).first(where: isWorkbookHeader)
        let header = try #require(found)
        let dataStart = header + 30 + wanted.count + (Int(good[header + 28]) | Int(good[header + 29]) << 8)
        // Every part of the workbook, its central directory entry's method made 200 (fuzzing found this one
        // spinning for ever in ZIPFoundation, which inflated anything not stored).
        var unknownMethod = good
        var offset = 0
        while offset + 4 <= unknownMethod.count {
            if unknownMethod[offset..<(offset + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) { unknownMethod[offset + 10] = 200 }
            offset += 1
        }
        // The first part read is the package's relationships, which name the workbook part.
        #expect(message(unknownMethod) == "cannot read the workbook: _rels/.rels is compressed with method 200; workbooks use deflate")
        // A flipped byte inside compressed data: a checksum or deflate error.
        var flipped = good
        flipped[dataStart + 5] ^= 0xFF
        let flippedMessage = message(flipped)
        #expect(flippedMessage?.hasPrefix("the workbook is damaged: ") == true, "\(flippedMessage ?? "read")")
        // Cut short: the directory at the end is gone.
        #expect(message(Array(good.prefix(good.count / 2))) == "workbook.xlsx is not an .xlsx workbook (it is not a ZIP archive)")
        #expect(message([]) == "workbook.xlsx is not an .xlsx workbook (it is not a ZIP archive)")
        // The found crash and timeout inputs.
        for name in ["crash-65db1311c98f005f7bd93672292bd26b148c6ee9", "timeout-7de8a31161886e9e9fc793d435cb322cad3c5d74"] {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestSupport.repositoryRoot + "/Fuzz/corpus/xlsx/" + name)))
            #expect(message(bytes)?.hasPrefix("the workbook is damaged: ") == true || message(bytes)?.hasPrefix("cannot read the workbook: ") == true, "\(name)")
        }
        // The part that trapped inside Foundation's XMLParser, in an archive whose checksums are right.
        let trap = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestSupport.repositoryRoot + "/Fuzz/corpus/xlsx/xmlparser-trap-valid-zip.xlsx")))
        #expect(message(trap) == "malformed XML in xl/_rels/workbook.xml.rels (line 1, column 141): the text is not valid UTF-8")
    }

    @Test func numbersAreReadExactlyByTheDocumentedRule() {
        func exact(_ text: String) -> String? { XLSXNumber.exact(text)?.description }
        #expect(exact("1234.5") == "1234.5")
        #expect(exact("0.30000000000000004") == "0.3")
        #expect(exact("4149000.0000000005") == "4149000")
        #expect(exact("0.33333333333333331") == "0.3333333333")
        #expect(exact("1.5E-3") == "0.0015")
        #expect(exact("2.5E+3") == "2500")
        #expect(exact("-7020.1") == "-7020.1")
        #expect(exact("0.99999999999999989") == "1")
        #expect(exact("12345678901234567") == "12345678901234600")
        #expect(exact("1E+30") == nil)
        #expect(exact("abc") == nil)
    }
}

@Suite struct XLSXWriterTests {
    /// A table with every kind of column, Chinese text and characters XML must escape.
    static func sample() -> Table {
        Table(names: ["乡镇", "金额", "完成率", "日期", "已验收", "站点数", "备注"], columns: [
            Column(.text([0, 1, 2], TextDictionary(["保安镇", "殷祖镇", "A&B <\"测试\">"]))),
            Column(.decimal([123450, 1_200_000, NullMarker.integer], scale: 2)),
            Column(.decimal([9753, 10000, 4061], scale: 2), hint: .percent),
            Column(.date([CivilDate.days(year: 2022, month: 6, day: 8) ?? 0, CivilDate.days(year: 1900, month: 1, day: 1) ?? 0, NullMarker.date])),
            Column(.boolean([1, 0, NullMarker.boolean])),
            Column(.integer([28, 20, 32])),
            Column(.text([0, NullMarker.text, 1], TextDictionary(["第一行\n第二行", "_x0041_ 原样"]))),
        ])
    }

    @Test func roundTripsThroughItsOwnReader() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/结果.xlsx"
        try AtomicFile.write(try XLSXWriter.data(Self.sample(), sheetName: "汇总"), to: path)
        #expect(try XLSXReader.sheetNames(path: path) == ["汇总"])
        let back = try XLSXReader.load(path: path).table
        #expect(back.names == Self.sample().names)
        #expect(back.fields.map(\.type) == [.text, .decimal(scale: 2), .decimal(scale: 2), .date, .boolean, .integer, .text])
        #expect(back.columns[2].hint == .percent)
        #expect(back.rows() == Self.sample().rows())
    }

    @Test func writesNumbersAsNumericCellsWithExactText() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/x.xlsx"
        try AtomicFile.write(try XLSXWriter.data(Self.sample()), to: path)
        let sheet = try ZIPPart.read(path, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<c r=\"B2\" s=\"3\"><v>1234.50</v></c>"))
        #expect(sheet.contains("<c r=\"C2\" s=\"4\"><v>0.9753</v></c>"))
        #expect(sheet.contains("<c r=\"D2\" s=\"2\"><v>44720</v></c>"))
        #expect(sheet.contains("<c r=\"D3\" s=\"2\"><v>1</v></c>"))
        #expect(sheet.contains("<c r=\"E3\" t=\"b\"><v>0</v></c>"))
        let strings = try ZIPPart.read(path, "xl/sharedStrings.xml")
        #expect(strings.contains("<si><t>A&amp;B &lt;&quot;测试&quot;&gt;</t></si>"))
        #expect(strings.contains("<si><t>_x005F_x0041_ 原样</t></si>"))
        for part in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"] {
            #expect(try !ZIPPart.read(path, part).isEmpty, "\(part)")
        }
    }

    @Test(.enabled(if: Python.hasOpenpyxl, "python3 with openpyxl is not installed; `make test` installs it"))
    func opensInOpenpyxlWithNumbersAsNumbersAndChineseIntact() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/结果.xlsx"
        try AtomicFile.write(try XLSXWriter.data(Self.sample(), sheetName: "汇总"), to: path)
        let output = try OpenpyxlReader.describe(path)
        #expect(output == """
            sheets: ['汇总']
            乡镇|str:保安镇|str:殷祖镇|str:A&B <"测试">
            金额|float:1234.5|float:12000.0|None
            完成率|float:0.9753|float:1.0|float:0.4061
            日期|datetime:2022-06-08|datetime:1900-01-01|None
            已验收|bool:True|bool:False|None
            站点数|int:28|int:20|int:32
            备注|str:'第一行\\n第二行'|None|str:_x0041_ 原样
            formats: #,##0.00 0.00% yyyy-mm-dd
            """)
    }
}

/// Reads one part of a ZIP archive as text, for looking inside written workbooks.
enum ZIPPart {
    static func read(_ path: String, _ part: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        guard let entry = archive[part] else { return "" }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Python's openpyxl, an independent reader of .xlsx files.
enum OpenpyxlReader {
    /// Each column as `header|type:value|…`, then the number formats of row 2.
    static func describe(_ path: String) throws -> String {
        let script = """
            import sys, openpyxl, datetime
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book.active
            print("sheets:", book.sheetnames)
            def show(v):
                if v is None: return "None"
                if isinstance(v, datetime.datetime): return "datetime:" + v.date().isoformat()
                if isinstance(v, str) and "\\n" in v: return "str:" + repr(v)
                return type(v).__name__ + ":" + str(v)
            for column in sheet.iter_cols():
                print("|".join([column[0].value] + [show(c.value) for c in column[1:]]))
            print("formats:", sheet["B2"].number_format, sheet["C2"].number_format, sheet["D2"].number_format)
            """
        return try Python.run(["-c", script, path]).trimmingCharacters(in: .newlines)
    }
}
