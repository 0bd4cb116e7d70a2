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

/// Scanning in pieces on several cores finds exactly what one pass finds.
@Suite struct ParallelScanTests {
    /// About 2 MB of records, some with quoted commas, doubled quotes and line breaks inside fields.
    static func bigCSV(strayQuote: Bool = false, raggedLine: Int? = nil) -> [UInt8] {
        var text = "编号,名称,金额\n"
        var line = 2
        for i in 0..<60_000 {
            if line == raggedLine { text += "\(i),只有两列\n"; line += 1; continue }
            switch i % 7 {
            case 0: text += "\(i),\"乡镇,村\",\(i).25\n"
            case 1: text += "\(i),\"第一行\n第二行\",1.5\n"; line += 1
            case 2: text += "\(i),\"说\"\"好\"\"\",2\n"
            case 3 where strayQuote && i == 3: text += "\(i),ab\"c,3\n"
            default: text += "\(i),保安镇电商服务站,\(i % 1000)\n"
            }
            line += 1
        }
        return Array(text.utf8)
    }

    @Test(arguments: [2, 3, 5])
    func piecesMatchOnePass(parts: Int) throws {
        let bytes = Self.bigCSV()
        #expect(bytes.count > CSVScanner.parallelThreshold)
        let scanner = CSVScanner(bytes: bytes)
        let header = try #require(try scanner.record(at: 0, line: 1))
        let one = try scanner.cells(from: header.next, firstLine: 2, columns: 3)
        let many = try scanner.cellsInParallel(from: header.next, firstLine: 2, columns: 3, parts: parts)
        #expect(many.records == 60_000)
        #expect(many.starts == one.starts)
        #expect(many.ends == one.ends)
        #expect(many.lines == one.lines)
    }

    @Test func aStrayQuoteFallsBackToOnePass() throws {
        let bytes = Self.bigCSV(strayQuote: true)
        let scanner = CSVScanner(bytes: bytes)
        let header = try #require(try scanner.record(at: 0, line: 1))
        let one = try scanner.cells(from: header.next, firstLine: 2, columns: 3)
        let many = try scanner.cellsInParallel(from: header.next, firstLine: 2, columns: 3, parts: 2)
        #expect(many.starts == one.starts && many.lines == one.lines)
    }

    @Test func errorsInALaterPieceNameTheirLine() throws {
        // Line 60,001 lies in the second half.
        let error = #expect(throws: Diagnostic.self) { try CSVReader.read(bytes: Self.bigCSV(raggedLine: 60_001), file: "big.csv") }
        #expect(error?.location.line == 60_001)
        #expect(error?.message == "expected 3 fields, found 2")
    }

    @Test func theReaderGivesTheSameTableEitherWay() throws {
        let table = try CSVReader.read(bytes: Self.bigCSV())
        #expect(table.rowCount == 60_000)
        #expect(table.value(row: 59_999, column: 0) == .integer(59_999))
        #expect(table.value(row: 1, column: 1) == .text("第一行\n第二行"))
        #expect(table.value(row: 7, column: 2).description == "7.25")
    }
}
