import Foundation
@testable import JixiaoCore
import Testing

/// Issue 22's CSV cases, one test each: files from other producers are sniffed (delimiter, escape, header,
/// encoding), each finding is in the load message in both languages, and lenient reading is asked for.
@Suite struct ForeignCSVTests {
    func load(_ text: String, _ options: CSVOptions = CSVOptions()) throws -> ImportedTable {
        try CSVReader.load(bytes: Array(text.utf8), file: "f.csv", options: options)
    }

    func load(bytes: [UInt8], _ options: CSVOptions = CSVOptions()) throws -> ImportedTable {
        try CSVReader.load(bytes: bytes, file: "f.csv", options: options)
    }

    func rows(_ table: Table) -> [[String]] {
        (0..<table.rowCount).map { row in (0..<table.names.count).map { table.value(row: row, column: $0).description } }
    }

    // MARK: - Delimiters

    @Test(arguments: [(";", "semicolons", "分号"), ("|", "vertical bars |", "竖线 |"), ("\t", "tabs", "制表符")])
    func aDelimiterIsSniffedAndReported(_ delimiter: String, _ english: String, _ chinese: String) throws {
        let text = ["city", "count", "note"].joined(separator: delimiter) + "\n" + ["Lyon", "4", "a, b"].joined(separator: delimiter) + "\n"
            + ["Nice", "9", "c"].joined(separator: delimiter) + "\n"
        let imported = try load(text)
        #expect(imported.table.names == ["city", "count", "note"])
        #expect(rows(imported.table) == [["Lyon", "4", "a, b"], ["Nice", "9", "c"]])
        #expect(imported.notes(in: .en) == ["columns separated by \(english) (detected; delimiter= sets it)"])
        #expect(imported.notes(in: .zh) == ["各列以\(chinese)分隔（自动探测；delimiter= 可指定）"])
    }

    @Test func aCommaFileSaysNothingAboutItsDelimiter() throws {
        let imported = try load("a,b\n1,x;y\n2,z\n")
        #expect(imported.table.names == ["a", "b"])
        #expect(imported.notes(in: .en).isEmpty)
    }

    @Test func semicolonsWithDecimalCommasAreNotSplitAtTheCommas() throws {
        let imported = try load("Jahr;Betrag;Ort\n2021;1,5;Berlin\n2022;2,25;Hamburg\n")
        #expect(imported.table.names == ["Jahr", "Betrag", "Ort"])
        #expect(imported.table.rowCount == 2)
    }

    @Test func aGivenDelimiterIsTheOnlyOneTried() throws {
        var options = CSVOptions()
        options.givenDelimiter = UInt8(ascii: ",")
        let imported = try load("a;b\n1;2\n", options)
        #expect(imported.table.names == ["a;b"])
        #expect(CSVDialect.delimiter(named: "semicolon") == UInt8(ascii: ";"))
        #expect(CSVDialect.delimiter(named: "tab") == 0x09)
        #expect(CSVDialect.delimiter(named: "\"") == nil)
        #expect(CSVDialect.delimiter(named: "ab") == nil)
    }

    @Test func backslashEscapedQuotesAreSniffed() throws {
        let imported = try load("id,quote\n1,\"she said \\\"hi\\\"\"\n2,\"plain\"\n")
        #expect(rows(imported.table) == [["1", "she said \"hi\""], ["2", "plain"]])
        #expect(imported.notes(in: .en) == ["quotes inside quoted fields are escaped with a backslash (detected)"])
        #expect(imported.notes(in: .zh) == ["带引号字段中的引号以反斜杠转义（自动探测）"])
    }

    // MARK: - The header

    @Test func aFileWithoutAHeaderIsSniffed() throws {
        let imported = try load("123;TEST9;text1\n345;TEST9;text2\n")
        #expect(imported.table.names == ["column1", "column2", "column3"])
        #expect(imported.table.rowCount == 2)
        #expect(imported.notes(in: .en).last == "no header line: the first line is data; columns named column1 … column3 (detected; header=N names the header's line)")
        #expect(imported.notes(in: .zh).last == "没有表头行：第一行就是数据；各列命名为 column1 … column3（自动探测；header=N 可指定表头所在行）")
    }

    @Test func headerZeroReadsTheFirstLineAsData() throws {
        let imported = try load("name,count\nalpha,1\n", CSVOptions(headerLine: 0))
        #expect(imported.table.names == ["column1", "column2"])
        #expect(rows(imported.table) == [["name", "count"], ["alpha", "1"]])
        #expect(imported.notes(in: .en) == ["no header line: columns named column1 … column2"])
    }

    @Test func aSparseHeaderIsStillTheHeader() throws {
        let imported = try load("col1,,col3\n1,2,3\n4,5,6\n")
        #expect(imported.table.names == ["col1", "column2", "col3"])
        #expect(imported.table.rowCount == 2)
        #expect(imported.notes(in: .en).isEmpty)
    }

    @Test func aHeaderWithOneEmptyNameIsTheHeader() throws {
        let imported = try load("id,name,\n1,alpha,x\n2,beta,y\n")
        #expect(imported.table.names == ["id", "name", "column3"])
        #expect(imported.table.rowCount == 2)
    }

    @Test func aTwoRowHeaderKeepsItsFirstRowAsNames() throws {
        let imported = try load("name,score,score\n,math,english\nalice,90,80\n")
        #expect(imported.table.names == ["name", "score", "score_2"])
        #expect(rows(imported.table).first == ["", "math", "english"])
    }

    @Test func aOneColumnHeaderAboveAQuotedRecordWithLineBreaks() throws {
        let imported = try load("note\n\"first line\nsecond line\"\n\"another\"\n")
        #expect(imported.table.names == ["note"])
        #expect(rows(imported.table) == [["first line\nsecond line"], ["another"]])
    }

    @Test func titleLinesAboveTheHeaderAreStillSkipped() throws {
        let imported = try load("2023年度工作经费支出明细表,,\n单位：元,,\n科目,金额,备注\n办公费,1200.50,一季度\n差旅费,860,二季度\n")
        #expect(imported.table.names == ["科目", "金额", "备注"])
        #expect(imported.table.rowCount == 2)
        #expect(imported.notes(in: .en) == ["header on line 3; skipped above it: 2023年度工作经费支出明细表 / 单位：元"])
    }

    @Test func aYearHeadingANumberColumnIsAName() throws {
        let imported = try load("项目,2021,2022\n收入,100,200\n支出,50,70\n")
        #expect(imported.table.names == ["项目", "2021", "2022"])
        #expect(imported.table.rowCount == 2)
    }

    @Test func aLineOfCommasAboveDataIsAHeaderOfEmptyNames() throws {
        let imported = try load(",,\n123,TEST3,text1\n345,TEST3,text2\n")
        #expect(imported.table.names == ["column1", "column2", "column3"])
        #expect(imported.table.rowCount == 2)
    }

    // MARK: - Lenient reading

    @Test func raggedRowsAreALocatedErrorByDefault() throws {
        let error = #expect(throws: Diagnostic.self) { try load("a,b,c\n1,2,3\n4,5\n") }
        #expect(error?.location == SourceLocation(file: "f.csv", line: 3, column: 1))
        #expect(error?.hint?.hasSuffix("strict=false reads such rows, padding or cutting them") == true)
    }

    @Test func strictFalsePadsAndCutsRaggedRowsAndNamesTheirLines() throws {
        var options = CSVOptions()
        options.strict = false
        let imported = try load("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n", options)
        #expect(rows(imported.table) == [["1", "2", "3"], ["4", "5", ""], ["6", "7", "8"], ["10", "11", "12"]])
        #expect(imported.notes(in: .en) == ["strict=false: 1 short row padded with empty cells (line 3)",
                                            "strict=false: 1 long row cut to 3 columns, dropping its extra cells (line 4)"])
        #expect(imported.notes(in: .zh) == ["strict=false：1 行列数不足，已用空单元格补齐（第 3 行）",
                                            "strict=false：1 行列数过多，已截为 3 列，多出的单元格被丢弃（第 4 行）"])
    }

    @Test func strictFalseReadsAQuoteInsideAQuotedField() throws {
        #expect(throws: Diagnostic.self) { try load("id,text\n1,\"say \"hello\" now\"\n") }
        var options = CSVOptions()
        options.strict = false
        let imported = try load("id,text\n1,\"say \"hello\" now\"\n2,\"ok\"\n", options)
        #expect(rows(imported.table) == [["1", "say \"hello\" now"], ["2", "ok"]])
        #expect(imported.notes(in: .en) == ["strict=false: quotes inside fields read as text on 1 line (2)"])
    }

    @Test func aStrayQuoteInAnUnquotedFieldIsText() throws {
        let imported = try load("id,size\n1,12\" pipe\n2,none\n")
        #expect(rows(imported.table) == [["1", "12\" pipe"], ["2", "none"]])
    }

    @Test func anUnterminatedQuoteIsStillReportedWhereItOpens() throws {
        let error = #expect(throws: Diagnostic.self) { try load("a,b\n\"x,1\n") }
        #expect(error?.code == .csvUnterminatedQuote)
        #expect(error?.location.line == 2)
    }

    // MARK: - Encodings

    @Test func aNULInAnASCIIFileIsNotUTF16() throws {
        let error = #expect(throws: Diagnostic.self) { try load(bytes: Array("id,code\n1,ab".utf8) + [0] + Array("c\n2,de\n".utf8)) }
        #expect(error?.code == .csvNulByte)
        #expect(error?.location.line == 2)
        #expect(TextDecoder.utf16WithoutMark(Array("ab".utf8) + [0, 0x63]) == nil)
    }

    static let shiftJIS: [UInt8] = [0x96, 0xBC, 0x91, 0x4F, 0x2C, 0x94, 0x4E, 0x97, 0xEE, 0x0A, 0x93, 0x63, 0x92, 0x86, 0x2C, 0x33, 0x30, 0x0A]

    @Test func shiftJISIsNotMistakenForGB18030() throws {
        // 名前,年齢 / 田中,30 in Shift-JIS; as GB18030 it is 柤慜,擭楊.
        #expect(TextDecoder.decodeGB18030(Self.shiftJIS).map { String(decoding: $0, as: UTF8.self) }?.hasPrefix("柤慜,擭楊") == true)
        let imported = try load(bytes: Self.shiftJIS)
        #expect(imported.table.names == ["名前", "年齢"])
        #expect(imported.notes(in: .en).first == "read as Shift-JIS: as GB18030 it gives rare characters (柤慜擭楊揷拞…); encoding=gb18030 reads it as Chinese")
        #expect(imported.notes(in: .zh).first == "按 Shift-JIS 编码读取：按 GB18030 读会得到生僻字（柤慜擭楊揷拞…）；encoding=gb18030 可仍按中文读取")
        let declared = try load(bytes: Self.shiftJIS, CSVOptions(encoding: TextEncoding.named("shift_jis")))
        #expect(declared.table.names == ["名前", "年齢"])
        #expect(declared.notes(in: .en).first == "read as Shift-JIS")
        let chinese = try load(bytes: Self.shiftJIS, CSVOptions(encoding: .gb18030))
        #expect(chinese.table.names == ["柤慜", "擭楊"])
    }

    @Test func big5Latin1AndCP1252AreReadAndDetected() throws {
        let big5: [UInt8] = [0xA9, 0x6D, 0xA6, 0x57, 0x2C, 0xAB, 0xB0, 0xA5, 0xAB, 0x0A, 0xA4, 0xFD, 0xA4, 0x70, 0xA9, 0xFA, 0x2C, 0xBB, 0x4F, 0xA5, 0x5F, 0x0A] // 姓名,城市 / 王小明,臺北
        #expect(try load(bytes: big5).table.names == ["姓名", "城市"])
        #expect(try load(bytes: big5, CSVOptions(encoding: .big5)).table.names == ["姓名", "城市"])
        let latin1 = Array("Nom;Pr".utf8) + [0xE9] + Array("nom\nDupont;H".utf8) + [0xE9] + Array("l".utf8) + [0xE8] + Array("ne\n".utf8)
        let western = try load(bytes: latin1)
        #expect(western.table.names == ["Nom", "Prénom"])
        #expect(rows(western.table) == [["Dupont", "Hélène"]])
        #expect(western.notes(in: .en).first?.hasPrefix("read as Latin-1") == true)
        let cp1252 = Array("a;b;c\nx;4 ".utf8) + [0x80] + Array(";".utf8) + [0x84] + Array("gut".utf8) + [0x93] + Array("\n".utf8)
        let euro = try load(bytes: cp1252)
        #expect(rows(euro.table) == [["x", "4 €", "„gut“"]])
        #expect(try load(bytes: cp1252, CSVOptions(encoding: .cp1252)).notes(in: .en).first == "read as CP1252")
        #expect(throws: Diagnostic.self) { try load(bytes: [0x61, 0x0A, 0x81, 0x0A], CSVOptions(encoding: .cp1252)) }
    }

    @Test func chineseGBKStaysChinese() throws {
        let gbk: [UInt8] = [0xCF, 0xE7, 0xD5, 0xF2, 0x2C, 0xBD, 0xF0, 0xB6, 0xEE, 0x0A, 0xB1, 0xA3, 0xB0, 0xB2, 0xD5, 0xF2, 0x2C, 0x31, 0x30, 0x30, 0x0A] // 乡镇,金额 / 保安镇,100
        let imported = try load(bytes: gbk)
        #expect(imported.table.names == ["乡镇", "金额"])
        #expect(imported.notes(in: .en).first == "read as GB18030")
    }
}
