import JixiaoCore
import Testing

@Suite struct CSVReaderTests {
    func read(_ text: String, types: [String: DataType] = [:]) throws -> Table {
        try CSVReader.read(bytes: Array(text.utf8), file: "t.csv", options: CSVOptions(types: types))
    }

    @Test func infersTypes() throws {
        let table = try read("编号,金额,日期,数量,标志,名称\n007,1234.5,2022-06-08,3,true,保安镇\n010,0.25,2022-07-01,,false,\n")
        #expect(table.fields.map(\.type) == [.text, .decimal(scale: 2), .date, .integer, .boolean, .text])
        #expect(table.value(row: 0, column: 1) == .decimal(ExactDecimal(units: 123450, scale: 2)))
        #expect(table.value(row: 1, column: 3) == .null)
        #expect(table.value(row: 1, column: 5) == .null)
        #expect(table.value(row: 0, column: 0) == .text("007"))
    }

    @Test func handlesQuotesNewlinesCRLFAndBOM() throws {
        let text = "\u{FEFF}名称,备注\r\n\"大冶,湖北\",\"第一行\n第二行\"\r\n\"说\"\"好\"\"\",x\r\n"
        let table = try read(text)
        #expect(table.names == ["名称", "备注"])
        #expect(table.rowCount == 2)
        #expect(table.value(row: 0, column: 0) == .text("大冶,湖北"))
        #expect(table.value(row: 0, column: 1) == .text("第一行\n第二行"))
        #expect(table.value(row: 1, column: 0) == .text("说\"好\""))
    }

    @Test func overridesInferredTypes() throws {
        let table = try read("编号,金额\n1,5\n2,6\n", types: ["编号": .text, "金额": .decimal(scale: 2)])
        #expect(table.fields.map(\.type) == [.text, .decimal(scale: 2)])
        #expect(table.value(row: 0, column: 1).description == "5.00")
    }

    @Test func reportsRaggedRowsWithTheirLine() throws {
        let error = #expect(throws: Diagnostic.self) { try read("a,b\n1,2\n3\n") }
        #expect(error?.location.line == 3)
        #expect(error?.message == "expected 2 fields, found 1")
    }

    @Test func reportsUnterminatedQuotes() throws {
        let error = #expect(throws: Diagnostic.self) { try read("a,b\n1,\"open\n2,3\n") }
        #expect(error?.location.line == 2)
        #expect(error?.message.contains("unterminated quote") == true)
    }

    @Test func renamesDuplicateHeadersAndSkipsBlankLines() throws {
        let table = try read("\n金额,金额,\n1,2,3\n\n4,5,6\n")
        #expect(table.names == ["金额", "金额_2", "column3"])
        #expect(table.rowCount == 2)
    }

    @Test func keepsIntegersBeyond64BitsAsText() throws {
        let table = try read("n\n123456789012345678901234567890\n")
        #expect(table.fields[0].type == .text)
    }

    @Test func rejectsBadValuesForANamedType() throws {
        let error = #expect(throws: Diagnostic.self) { try read("金额\n1.5\n一百\n", types: ["金额": .decimal(scale: 2)]) }
        #expect(error?.location.line == 3)
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: Diagnostic.self) { try read("") }
        #expect((try? read("a,b\n"))?.rowCount == 0)
    }
}
