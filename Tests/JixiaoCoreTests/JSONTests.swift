import Foundation
import JixiaoCore
import Testing
import CoreTestSupport

@Suite struct JSONReaderTests {
    func load(_ text: String) throws -> ImportedTable {
        try JSONReader.load(bytes: Array(text.utf8), file: "t.json")
    }

    @Test func anArrayOfObjectsKeepsWrittenDecimals() throws {
        let imported = try JSONReader.load(path: TestSupport.fixture("乡镇支出.json"))
        let table = imported.table
        #expect(table.names == ["日期", "乡镇", "金额"])
        #expect(table.fields.map(\.type) == [.date, .text, .decimal(scale: 2)])
        #expect(table.value(row: 0, column: 2) == .decimal(ExactDecimal(units: 123450, scale: 2)))
        #expect(table.value(row: 0, column: 2).description == "1234.50")
        #expect(imported.notes(in: .en).isEmpty)
    }

    @Test func jsonLinesWithBooleansMissingKeysAndNestedValues() throws {
        let imported = try JSONReader.load(path: TestSupport.fixture("乡镇支出.jsonl"))
        let table = imported.table
        #expect(imported.notes(in: .en) == ["read as JSON Lines"])
        #expect(table.names == ["日期", "乡镇", "金额", "已验收", "备注"])
        #expect(table.fields.map(\.type) == [.date, .text, .decimal(scale: 2), .boolean, .text])
        #expect(table.value(row: 1, column: 4) == .text("{\"来源\":\"补录\"}"))
        #expect(table.value(row: 0, column: 4) == .null)
        #expect(table.value(row: 1, column: 3) == .boolean(false))
    }

    @Test func numbersStayExactAndMixedKindsBecomeText() throws {
        let table = try load(#"[{"a": 1.5e3, "b": 0.1, "c": 1, "d": "x", "e": null}, {"a": 2, "b": 0.25, "c": "2", "d": 3, "e": null}]"#).table
        #expect(table.fields.map(\.type) == [.integer, .decimal(scale: 2), .text, .text, .text])
        #expect(table.rows().map { $0.map(\.description) } == [["1500", "0.10", "1", "x", ""], ["2", "0.25", "2", "3", ""]])
    }

    @Test func stringEscapesDecode() throws {
        let table = try load(#"[{"名称": "A\"B\\C\n\u4e61\u9547 \ud83d\ude00"}]"#).table
        #expect(table.value(row: 0, column: 0) == .text("A\"B\\C\n乡镇 😀"))
    }

    @Test func errorsNameLineAndColumn() throws {
        let missingComma = #expect(throws: Diagnostic.self) { try load("[\n  {\"a\": 1}\n  {\"a\": 2}\n]") }
        #expect(missingComma?.message == "expected , or ] after an element of the array")
        #expect(missingComma?.location == SourceLocation(file: "t.json", line: 3, column: 3))
        let badNumber = #expect(throws: Diagnostic.self) { try load("{\"a\": 1}\n{\"a\": 01}\n") }
        #expect(badNumber?.message == "expected , or } in an object")
        #expect(badNumber?.location == SourceLocation(file: "t.json", line: 2, column: 8))
        let twoOnALine = #expect(throws: Diagnostic.self) { try load("{\"a\": 1} {\"a\": 2}\n") }
        #expect(twoOnALine?.message == "expected a line break after the object (JSON Lines holds one object per line)")
        let notObjects = #expect(throws: Diagnostic.self) { try load("[1, 2]") }
        #expect(notObjects?.message == "expected an object {…} as each element of the array")
        let unterminated = #expect(throws: Diagnostic.self) { try load("[{\"名称\": \"保安镇}]") }
        #expect(unterminated?.message == "a string that never closes")
        #expect(unterminated?.location.column == 9)
        let deep = String(repeating: "[", count: 600)
        let tooDeep = #expect(throws: Diagnostic.self) { try load("[{\"a\": \(deep)}]") }
        #expect(tooDeep?.message == "nested more than 512 levels deep")
    }

    @Test func writerOutputReadsBackToTheSameTable() throws {
        let table = XLSXWriterTests.sample()
        let text = String(decoding: JSONWriter.data(table), as: UTF8.self)
        #expect(text.hasPrefix("[\n  {\"乡镇\": \"保安镇\", \"金额\": 1234.50, \"完成率\": 97.53, \"日期\": \"2022-06-08\", \"已验收\": true, \"站点数\": 28, \"备注\": \"第一行\\n第二行\"},\n"))
        let back = try JSONReader.load(bytes: Array(text.utf8)).table
        #expect(back.names == table.names)
        #expect(back.rows() == table.rows())
    }
}

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhatNeedsQuotingAndKeepsPercentSigns() throws {
        let table = Table(names: ["名称", "金额", "完成率"], columns: [
            Column(.text([0, 1, 2], TextDictionary(["大冶,湖北", "说\"好\"", "保安镇"]))),
            Column(.decimal([123450, NullMarker.integer, 5], scale: 2)),
            Column(.decimal([9753, 10000, 0], scale: 2), hint: .percent),
        ])
        let text = String(decoding: CSVWriter.data(table), as: UTF8.self)
        #expect(text == "名称,金额,完成率\n\"大冶,湖北\",1234.50,97.53%\n\"说\"\"好\"\"\",,100.00%\n保安镇,0.05,0.00%\n")
        let excel = CSVWriter.data(table, byteOrderMark: true)
        #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let back = try CSVReader.read(bytes: Array(excel))
        #expect(back.rows() == table.rows())
        #expect(back.columns[2].hint == .percent)
        let tsv = String(decoding: CSVWriter.data(table, delimiter: 0x09), as: UTF8.self)
        #expect(tsv.hasPrefix("名称\t金额\t完成率\n大冶,湖北\t1234.50\t97.53%\n"))
    }
}

@Suite struct AtomicFileExportTests {
    @Test func writesReplacesAndLeavesNoTemporaryFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/结果.csv"
        try AtomicFile.write(Data("旧\n".utf8), to: path)
        try AtomicFile.write(Data("新\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "新\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["结果.csv"])
    }

    @Test func aFailedWriteChangesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = #expect(throws: Diagnostic.self) { try AtomicFile.write(Data(), to: folder + "/无/x.csv") }
        #expect(missing?.message == "cannot write \(folder)/无/x.csv: the folder \(folder)/无 does not exist")
        try FileManager.default.createDirectory(atPath: folder + "/子", withIntermediateDirectories: false)
        let isFolder = #expect(throws: Diagnostic.self) { try AtomicFile.write(Data("x".utf8), to: folder + "/子") }
        #expect(isFolder?.message == "cannot write \(folder)/子: it is a folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["子"])
    }
}
