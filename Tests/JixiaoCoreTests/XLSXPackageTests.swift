import Foundation
import JixiaoCore
import Testing
import CoreTestSupport

/// Workbooks from other producers: parts found through the package's relationships whatever their names,
/// cells of every kind, merges, and what a received workbook claims but lacks (issues 20 and 22).
@Suite struct XLSXPackageTests {
    // MARK: - Building packages

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let transitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let strict = "http://purl.oclc.org/ooxml/officeDocument/relationships/"

    static func relationships(_ entries: [(id: String, type: String, target: String)], types: String = transitional) -> String {
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + entries.map { "<Relationship Id=\"\($0.id)\" Type=\"\(types)\($0.type)\" Target=\"\($0.target)\"/>" }.joined()
            + "</Relationships>"
    }

    static func workbookXML(_ sheets: [(name: String, id: String)], properties: String = "") -> String {
        "<?xml version=\"1.0\"?><workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">\(properties)<sheets>"
            + sheets.enumerated().map { "<sheet name=\"\($0.element.name)\" sheetId=\"\($0.offset + 1)\" r:id=\"\($0.element.id)\"/>" }.joined()
            + "</sheets></workbook>"
    }

    static func sheetXML(_ rows: String, merges: [String] = [], dimension: String? = nil) -> String {
        let merged = merges.isEmpty ? "" : "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        return "<?xml version=\"1.0\"?><worksheet xmlns=\"\(mainNamespace)\">" + (dimension.map { "<dimension ref=\"\($0)\"/>" } ?? "")
            + "<sheetData>\(rows)</sheetData>\(merged)</worksheet>"
    }

    static func sharedStringsXML(_ strings: [String]) -> String {
        "<?xml version=\"1.0\"?><sst xmlns=\"\(mainNamespace)\">" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
    }

    /// A package in Excel's layout with one sheet, its rows as given, and shared strings.
    static func excelLayout(_ rows: String, strings: [String] = [], merges: [String] = []) -> [(path: String, text: String)] {
        [
            ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", workbookXML([("数据", "rId1")])),
            ("xl/_rels/workbook.xml.rels", relationships([("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml")])),
            ("xl/worksheets/sheet1.xml", sheetXML(rows, merges: merges)),
            ("xl/sharedStrings.xml", sharedStringsXML(strings)),
        ]
    }

    static func bytes(_ parts: [(path: String, text: String)]) throws -> Data {
        try ZIPPackage.data(parts: parts, what: "test workbook")
    }

    static func load(_ parts: [(path: String, text: String)], sheet: String? = nil) throws -> ImportedTable {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/book.xlsx"
        try bytes(parts).write(to: URL(fileURLWithPath: path))
        return try XLSXReader.load(path: path, options: XLSXOptions(sheet: sheet))
    }

    static func rows(_ table: Table) -> [[String]] { table.rows().map { $0.map(\.description) } }

    static func failure(_ parts: [(path: String, text: String)], sheet: String? = nil) -> Diagnostic? {
        do {
            _ = try XLSXReader.read(data: try bytes(parts), sheet: sheet)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            return nil
        }
    }

    // MARK: - Parts found through the relationships

    /// Parts at the package root, named only by `_rels/.rels` and the workbook's relationships: refused before
    /// as "xl/workbook.xml is missing".
    @Test func partsAnywhereFoundThroughTheRelationships() throws {
        let parts: [(path: String, text: String)] = [
            ("_rels/.rels", Self.relationships([("rId1", "officeDocument", "book.xml")])),
            ("book.xml", Self.workbookXML([("Sheet1", "rId7")])),
            ("_rels/book.xml.rels", Self.relationships([("rId7", "worksheet", "sheet1.xml"), ("rId8", "sharedStrings", "strings.xml")])),
            ("sheet1.xml", Self.sheetXML("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>12.5</v></c></row>")),
            ("strings.xml", Self.sharedStringsXML(["乡镇", "金额", "保安镇"])),
        ]
        let table = try Self.load(parts).table
        #expect(table.names == ["乡镇", "金额"])
        #expect(Self.rows(table) == [["保安镇", "12.5"]])
    }

    /// Relationship targets that differ from the archive's names in case, that use `\` or `..`, or that are
    /// absolute; the strict (ISO) relationship namespace; shared strings and styles found as the workbook
    /// names them. A sheet whose strings were not found read as empty before.
    @Test func targetsInAnyCaseAnySeparatorAbsoluteOrRelative() throws {
        let sheet = Self.sheetXML("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"1\"><v>44720</v></c></row>")
        let styles = "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(Self.mainNamespace)\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let strings = Self.sharedStringsXML(["乡镇", "日期", "殷祖镇"])
        // Case: the relationships say sharedStrings.xml, the archive holds xl/SharedStrings.xml.
        let caseParts: [(path: String, text: String)] = [
            ("_rels/.rels", Self.relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", Self.workbookXML([("S", "rId1")])),
            ("xl/_rels/workbook.xml.rels", Self.relationships([("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"), ("rId3", "styles", "styles.xml")])),
            ("xl/worksheets/sheet1.xml", sheet), ("xl/SharedStrings.xml", strings), ("xl/Styles.xml", styles),
        ]
        // Backslashes in the archive's names, as one producer writes them.
        let backslashParts = caseParts.map { (path: $0.path.replacingOccurrences(of: "/", with: "\\"), text: $0.text) }
        // Absolute targets and `..`, in the strict namespace, the workbook in a folder of its own.
        let strictParts: [(path: String, text: String)] = [
            ("_rels/.rels", Self.relationships([("R1", "officeDocument", "/report/main/book.xml")], types: Self.strict)),
            ("report/main/book.xml", Self.workbookXML([("S", "R1")])),
            ("report/main/_rels/book.xml.rels", Self.relationships([("R1", "worksheet", "../tabs/one.xml"), ("R2", "sharedStrings", "/report/text.xml"), ("R3", "styles", "./look.xml")], types: Self.strict)),
            ("report/tabs/one.xml", sheet), ("report/text.xml", strings), ("report/main/look.xml", styles),
        ]
        for parts in [caseParts, backslashParts, strictParts] {
            let table = try Self.load(parts).table
            #expect(table.names == ["乡镇", "日期"])
            #expect(Self.rows(table) == [["殷祖镇", "2022-06-08"]])
        }
    }

    /// Without `_rels/.rels`, `[Content_Types].xml` names the workbook part.
    @Test func contentTypesNameTheWorkbookWhenThePackageRelationshipsAreMissing() throws {
        let parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/data/wb.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"),
            ("data/wb.xml", Self.workbookXML([("S", "rId1")])),
            ("data/_rels/wb.xml.rels", Self.relationships([("rId1", "worksheet", "s.xml")])),
            ("data/s.xml", Self.sheetXML("<row><c t=\"inlineStr\"><is><t>名称</t></is></c></row><row><c t=\"inlineStr\"><is><t>甲</t></is></c></row>")),
        ]
        #expect(Self.rows(try Self.load(parts).table) == [["甲"]])
    }

    /// A package whose main part is not a workbook (a .docx renamed), or that has none at all.
    @Test func aPackageWithoutAWorkbookPart() {
        let document: [(path: String, text: String)] = [
            ("_rels/.rels", Self.relationships([("rId1", "officeDocument", "word/document.xml")])),
            ("word/document.xml", "<?xml version=\"1.0\"?><document/>"),
        ]
        let error = Self.failure(document)
        #expect(error?.message == "workbook.xlsx is not an .xlsx workbook: none of its parts is a workbook")
        #expect(error?.hint == "neither the package's relationships (_rels/.rels), [Content_Types].xml nor xl/workbook.xml names a workbook part")
    }

    // MARK: - Cells of every kind

    @Test func inlineStringsRichTextFormulaResultsBooleansAndErrors() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>公</t></r><r><rPr><b/></rPr><t>式</t></r></is></c><c r="D1" t="inlineStr"><v>判断</v></c><c r="E1" t="s"><v>1</v></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><r><t xml:space="preserve">甲 </t></r><r><t>乙</t></r><rPh sb="0" eb="1"><t>ピン</t></rPh></is></c><c r="B2"><f t="shared" ref="B2:B3" si="0">C2*2</f><v>4</v></c><c r="C2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="D2" t="b"><f>TRUE()</f><v>1</v></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
            <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3" t="str"><v></v></c><c r="D3" t="b"><v>0</v></c><c r="E3"><v>1</v></c></row>
            """
        let strings = "<?xml version=\"1.0\"?><sst xmlns=\"\(Self.mainNamespace)\"><si><r><t>数</t></r><r><rPr><i/></rPr><t>量</t></r></si><si><t>结果</t></si><si><r><t>丙</t></r><rPh><t>へい</t></rPh></si></sst>"
        var parts = Self.excelLayout(rows)
        parts[4] = ("xl/sharedStrings.xml", strings)
        let imported = try Self.load(parts)
        #expect(imported.table.names == ["名称", "数量", "公式", "判断", "结果"])
        #expect(Self.rows(imported.table) == [["甲 乙", "4", "xy", "true", ""], ["丙", "6", "", "false", "1"]])
        #expect(imported.notes(in: .en) == ["1 error cell (#DIV/0!, #N/A …) read as empty"])
    }

    /// Rows and cells without `r` attributes, and a dimension that covers one cell: every cell is read.
    @Test func sheetsWithoutReferencesOrWithAWrongDimensionAreReadWhole() throws {
        let rows = "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
            + "<row><c><v>1</v></c><c r=\"B2\"><v>2</v></c></row><row><c r=\"B3\"><v>4</v></c></row>"
        var parts = Self.excelLayout("")
        parts[3] = ("xl/worksheets/sheet1.xml", Self.sheetXML(rows, dimension: "A1"))
        #expect(Self.rows(try Self.load(parts).table) == [["1", "2"], ["", "4"]])
    }

    /// A record drawn over two rows with every cell merged is one record; a 乡镇 merged down over records of
    /// their own fills each of them; a merge across columns leaves the covered columns empty.
    @Test func mergedCellsFillOnlyTheRecordsTheyCover() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>乡镇</t></is></c><c r="B1" t="inlineStr"><is><t>项目</t></is></c><c r="C1" t="inlineStr"><is><t>金额</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>保安镇</t></is></c><c r="B2" t="inlineStr"><is><t>路灯</t></is></c><c r="C2"><v>100</v></c></row>
            <row r="3"><c r="B3" t="inlineStr"><is><t>水渠</t></is></c><c r="C3"><v>200</v></c></row>
            <row r="4"><c r="A4" t="inlineStr"><is><t>殷祖镇</t></is></c><c r="B4" t="inlineStr"><is><t>站点</t></is></c><c r="C4"><v>300</v></c></row>
            <row r="5"><c r="A5"/><c r="B5"/><c r="C5"/></row>
            <row r="6"><c r="A6" t="inlineStr"><is><t>茗山乡</t></is></c><c r="B6" t="inlineStr"><is><t>另记</t></is></c><c r="C6"><v>400</v></c></row>
            """
        let imported = try Self.load(Self.excelLayout(rows, merges: ["A2:A3", "A4:A5", "B4:B5", "C4:C5", "B6:C6"]))
        #expect(Self.rows(imported.table) == [
            ["保安镇", "路灯", "100"], ["保安镇", "水渠", "200"], ["殷祖镇", "站点", "300"], ["茗山乡", "另记", "400"],
        ])
    }

    // MARK: - What a received workbook claims but lacks (issue 20)

    @Test func aSharedStringPastTheTableIsALocatedError() {
        let parts = Self.excelLayout("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>", strings: ["名称"])
        let error = Self.failure(parts)
        #expect(error?.message == "sheet 数据, cell A2: shared string 7 does not exist (the workbook has 1)")
        #expect(error?.location.line == 2)
        var withoutStrings = parts
        withoutStrings.remove(at: 4)
        #expect(Self.failure(withoutStrings)?.message
                == "sheet 数据, cell A1: refers to shared string 0, but the workbook lacks its shared strings part xl/sharedStrings.xml")
    }

    @Test func aSheetTheWorkbookListsButDoesNotContain() throws {
        var parts = Self.excelLayout("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>")
        parts[1] = ("xl/workbook.xml", Self.workbookXML([("数据", "rId1"), ("汇总", "rId9"), ("附表", "rId3")]))
        parts[2] = ("xl/_rels/workbook.xml.rels", Self.relationships([("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId3", "worksheet", "worksheets/sheet3.xml")]))
        let imported = try Self.load(parts)
        #expect(Self.rows(imported.table) == [["1"]])
        #expect(imported.notes(in: .en) == ["sheet 数据 (sheets: 数据, 汇总, 附表)", "the workbook lists 2 sheets it does not contain: 汇总, 附表"])
        #expect(Self.failure(parts, sheet: "汇总")?.message == "the workbook lists sheet 汇总 but does not contain it (its relationship rId9 names no part)")
        #expect(Self.failure(parts, sheet: "附表")?.message == "sheet 附表 has no part xl/worksheets/sheet3.xml in the workbook")
    }

    @Test func aMissingStylesPartIsNoted() throws {
        var parts = Self.excelLayout("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>44720</v></c></row>", strings: ["日期"])
        parts[2] = ("xl/_rels/workbook.xml.rels", Self.relationships([("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"), ("rId3", "styles", "styles.xml")]))
        let imported = try Self.load(parts)
        #expect(Self.rows(imported.table) == [["44720"]])
        #expect(imported.notes(in: .en) == ["the workbook's styles part xl/styles.xml is missing: numbers are read without their formats (dates as serial numbers)"])
    }

    /// A chart sheet in front is passed over for the first worksheet, and named, it is a clear error.
    @Test func chartSheetsHoldNoCells() throws {
        var parts = Self.excelLayout("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\"><v>5</v></c></row>", strings: ["数"])
        parts[1] = ("xl/workbook.xml", Self.workbookXML([("图表", "rId5"), ("数据", "rId1")]))
        parts[2] = ("xl/_rels/workbook.xml.rels", Self.relationships([("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"), ("rId5", "chartsheet", "chartsheets/sheet1.xml")]))
        parts.append(("xl/chartsheets/sheet1.xml", "<?xml version=\"1.0\"?><chartsheet xmlns=\"\(Self.mainNamespace)\"/>"))
        #expect(Self.rows(try Self.load(parts).table) == [["5"]])
        #expect(Self.failure(parts, sheet: "图表")?.message == "sheet 图表 is a chart sheet: it holds no cells")
    }

    // MARK: - Numbers beyond the exact range (issue 22, requirement 5)

    @Test func numbersBeyondTheExactRangeAreNotedWhereTheyAre() throws {
        let tiny = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>值</t></is></c><c r="B1" t="inlineStr"><is><t>名</t></is></c></row>
            <row r="2"><c r="A2"><v>3.14E-300</v></c><c r="B2" t="inlineStr"><is><t>甲</t></is></c></row>
            <row r="3"><c r="A3"><v>1.5</v></c><c r="B3" t="inlineStr"><is><t>乙</t></is></c></row>
            <row r="4"><c r="A4"><v>-2E-20</v></c><c r="B4" t="inlineStr"><is><t>丙</t></is></c></row>
            """
        let small = try Self.load(Self.excelLayout(tiny))
        #expect(small.table.fields[0].type == .decimal(scale: 1))
        #expect(Self.rows(small.table).map(\.first) == ["0.0", "1.5", "0.0"])
        #expect(small.notes(in: .en) == ["2 numbers other than 0 are too small for 10 decimals and read as 0 (first: cell A2, 3.14E-300)"])
        let huge = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>值</t></is></c></row>
            <row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>-3.14E+300</v></c></row><row r="4"><c r="A4"><v>3.1415926535897931E+300</v></c></row>
            """
        let large = try Self.load(Self.excelLayout(huge))
        #expect(large.table.fields[0].type == .text)
        // Kept as text in the 15-digit form the rule gives every workbook number.
        #expect(Self.rows(large.table) == [["1"], ["-3.14E+300"], ["3.14159265358979E+300"]])
        #expect(large.notes(in: .en) == ["2 numbers are beyond the exact decimal range and kept as text, so their column is text (first: cell A3, -3.14E+300)"])
        #expect(XLSXNumber.reading("3.14E-300") == .roundedToZero)
        #expect(XLSXNumber.reading("-0.000") == .exact(.zero))
        #expect(XLSXNumber.reading("1E+19") == .beyondRange("1E+19"))
        #expect(XLSXNumber.reading("123456789012345678901") == .beyondRange("1.23456789012346E+20"))
        #expect(XLSXNumber.reading("5E-11") == .exact(ExactDecimal(units: 1, scale: 10)))
        #expect(XLSXNumber.reading("12a") == .notANumber)
    }

    // MARK: - Files that are not a ZIP package

    /// An encrypted workbook is an OLE compound file holding EncryptionInfo and EncryptedPackage; an old .xls is
    /// one holding a Workbook stream; both say so rather than "not a ZIP archive".
    @Test func encryptedAndOldBinaryWorkbooksSayWhatTheyAre() throws {
        func message(_ name: String) throws -> Diagnostic? {
            let path = TestSupport.fixture("foreign/xlsx/" + name)
            do {
                _ = try XLSXReader.load(path: path)
                return nil
            } catch let diagnostic as Diagnostic {
                return diagnostic
            }
        }
        let encrypted = try message("calamine_pass_protected.xlsx")
        #expect(encrypted?.message.hasSuffix("calamine_pass_protected.xlsx is a password-protected workbook: jixiao cannot read encrypted workbooks") == true)
        #expect(encrypted?.hint?.hasPrefix("open it in Excel or WPS with its password") == true)
        let legacy = try message("exceldatareader_CollapsedHide-xls.xlsx")
        #expect(legacy?.message.hasSuffix("exceldatareader_CollapsedHide-xls.xlsx is an old .xls workbook (Excel 97–2003), not an .xlsx one") == true)
        // An OLE file that is neither, made by hand: the signature, a header, one directory entry "Other".
        var other = OLECompoundFileSample.header()
        other += OLECompoundFileSample.entry("Root Entry", type: 5) + OLECompoundFileSample.entry("Other", type: 2)
        let error = #expect(throws: Diagnostic.self) { try XLSXReader.read(data: Data(other), sheet: nil) }
        #expect(error?.message == "workbook.xlsx is not an .xlsx workbook (it is not a ZIP archive)")
        #expect(error?.hint == "it is an OLE compound file (an old Office document), not a workbook")
        var encryptedByHand = OLECompoundFileSample.header()
        encryptedByHand += OLECompoundFileSample.entry("Root Entry", type: 5) + OLECompoundFileSample.entry("EncryptionInfo", type: 2)
            + OLECompoundFileSample.entry("EncryptedPackage", type: 2)
        let byHand = #expect(throws: Diagnostic.self) { try XLSXReader.read(data: Data(encryptedByHand), sheet: nil) }
        #expect(byHand?.message == "workbook.xlsx is a password-protected workbook: jixiao cannot read encrypted workbooks")
    }
}

/// Hand-made OLE compound file bytes: a 512-byte header and 128-byte directory entries.
enum OLECompoundFileSample {
    static func header() -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes += [UInt8](repeating: 0, count: 504)
        return bytes
    }

    static func entry(_ name: String, type: UInt8) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 128)
        let units = Array(name.utf16) + [0]
        for (index, unit) in units.enumerated() {
            bytes[index * 2] = UInt8(unit & 0xFF)
            bytes[index * 2 + 1] = UInt8(unit >> 8)
        }
        bytes[0x40] = UInt8(units.count * 2)
        bytes[0x42] = type
        return bytes
    }
}
