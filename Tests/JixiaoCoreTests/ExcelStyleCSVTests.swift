import Foundation
import JixiaoCore
import Testing
import CoreTestSupport

/// CSV files as Excel saves them on Chinese Windows.
@Suite struct ExcelStyleCSVTests {
    func load(_ text: String, _ options: CSVOptions = CSVOptions()) throws -> ImportedTable {
        try CSVReader.load(bytes: Array(text.utf8), file: "t.csv", options: options)
    }

    func sum(_ table: Table, _ column: String) -> ExactDecimal? {
        guard let index = table.columnIndex(named: column) else { return nil }
        var total = ExactDecimal.zero
        for row in 0..<table.rowCount {
            guard let value = table.value(row: row, column: index).exactDecimal else { continue }
            guard let next = ExactDecimal.adding(total, value) else { return nil }
            total = next
        }
        return total
    }

    @Test func theGB18030FixtureLoadsWithItsExactSum() throws {
        let imported = try CSVReader.load(path: TestSupport.fixture("乡镇支出-gb18030.csv"))
        let table = imported.table
        #expect(table.names == ["日期", "乡镇", "金额"])
        #expect(table.fields.map(\.type) == [.date, .text, .decimal(scale: 2)])
        #expect(table.rowCount == 7)
        #expect(sum(table, "金额")?.description == "50800.00")
        // 2022/6/8, 2022年6月9日 and 2022-06-15 are all dates.
        #expect(table.value(row: 0, column: 0).description == "2022-06-08")
        #expect(table.value(row: 1, column: 0).description == "2022-06-09")
        #expect(table.value(row: 0, column: 1) == .text("保安镇"))
        #expect(imported.notes(in: .en) == [
            "read as GB18030",
            "header on line 3; skipped above it: 大冶市2022年镇村电商服务站点建设支出明细表",
            "skipped the 合计 row (line 11); --keep-totals keeps it",
        ])
    }

    @Test func keepTotalsKeepsTheTotalRow() throws {
        let imported = try CSVReader.load(path: TestSupport.fixture("乡镇支出-gb18030.csv"), options: CSVOptions(keepTotals: true))
        #expect(imported.table.rowCount == 8)
        // The 合计 label makes the date column text; the amount of the total row is kept exactly.
        #expect(imported.table.fields.map(\.type) == [.text, .text, .decimal(scale: 2)])
        #expect(imported.table.value(row: 7, column: 2).description == "50800.00")
        #expect(imported.notes(in: .en).last == "kept the 合计 row (line 11) as data")
    }

    @Test func titleLinesPaddedWithCommasAndEmptyRowsAreSkipped() throws {
        let text = "大冶市资金明细表,,\n,,\n单位：元,,\n日期,对象,金额\n2022/3/9,印刷厂,\"4,286.50\"\n,,\n2022/4/14,商行,\"1,873.40\"\n,,\n总 计,,\"6,159.90\"\n"
        let imported = try load(text)
        #expect(imported.table.names == ["日期", "对象", "金额"])
        #expect(imported.table.rowCount == 2)
        #expect(sum(imported.table, "金额")?.description == "6159.90")
        #expect(imported.notes(in: .en) == [
            "header on line 4; skipped above it: 大冶市资金明细表 / 单位：元",
            "skipped 2 empty lines",
            "skipped the 总 计 row (line 9); --keep-totals keeps it",
        ])
    }

    @Test func aHeaderWithABlankNameIsStillFoundAboveFullDataRows() throws {
        let imported = try load("标题\n乡镇,,金额\n保安镇,x,1\n殷祖镇,y,2\n")
        #expect(imported.table.names == ["乡镇", "column2", "金额"])
        #expect(imported.table.rowCount == 2)
    }

    @Test func headerOptionNamesTheLine() throws {
        let text = "说明,这一行不是表头\n日期,金额\n2022-01-01,5\n"
        let imported = try load(text, CSVOptions(headerLine: 2))
        #expect(imported.table.names == ["日期", "金额"])
        #expect(imported.notes(in: .en) == ["header on line 2; skipped above it: 说明"])
        let past = #expect(throws: Diagnostic.self) { try load(text, CSVOptions(headerLine: 9)) }
        #expect(past?.message == "header=9 is past the end of the file (3 lines)")
        let blank = #expect(throws: Diagnostic.self) { try load("a\n\nb,c\n", CSVOptions(headerLine: 2)) }
        #expect(blank?.message == "header=2: line 2 is blank")
    }

    @Test func lenientNumbersPercentagesAndUnits() throws {
        let text = "金额,完成率,数量,预算,编码\n\"１，２３４．５０\",97.53%,\"1,000\",12.5万元,007\n¥20元,100%,３,8万元,010\n"
        let imported = try load(text)
        let table = imported.table
        #expect(table.names == ["金额", "完成率", "数量", "预算（万元）", "编码"])
        #expect(table.fields.map(\.type) == [.decimal(scale: 2), .decimal(scale: 2), .integer, .decimal(scale: 1), .text])
        #expect(table.columns[1].hint == .percent)
        #expect(table.rows().map { $0.map(\.description) } == [
            ["1234.50", "97.53", "1000", "12.5", "007"],
            ["20.00", "100.00", "3", "8.0", "010"],
        ])
        #expect(imported.notes(in: .en) == ["预算: every number is written in 万元; kept as written and renamed 预算（万元）"])
    }

    @Test func mixedUnitsStayTextAndAreReported() throws {
        let imported = try load("金额\n12万元\n3000元\n")
        #expect(imported.table.fields[0].type == .text)
        #expect(imported.notes(in: .en) == ["金额 mixes 万元 with 元 or bare numbers: kept as text (jixiao never converts units silently)"])
    }

    @Test func aNamedTypeAcceptsSpreadsheetForms() throws {
        let imported = try load("金额\n\"1,234.5\"\n7元\n", CSVOptions(types: ["金额": .decimal(scale: 2)]))
        #expect(imported.table.rows().map { $0[0].description } == ["1234.50", "7.00"])
        let error = #expect(throws: Diagnostic.self) { try load("金额\n1万元\n2\n", CSVOptions(types: ["金额": .decimal(scale: 2)])) }
        #expect(error?.message == "column 金额 mixes 万元 with 元 or bare numbers")
    }

    @Test func plainFilesAreUnchanged() throws {
        let imported = try load("a,b\n1,2\n")
        #expect(imported.notes(in: .en).isEmpty)
        #expect(imported.table.fields.map(\.type) == [.integer, .integer])
    }

    @Test func unnamedEmptyColumnsAreDropped() throws {
        let imported = try load("乡镇,金额,,\n保安镇,1,,\n")
        #expect(imported.table.names == ["乡镇", "金额"])
        #expect(imported.notes(in: .en) == ["dropped 2 empty columns without a name"])
    }

    @Test func utf16AndTabSeparatedFixtures() throws {
        let utf16 = try CSVReader.load(path: TestSupport.fixture("站点-utf16.csv"))
        #expect(utf16.notes(in: .en) == ["read as UTF-16LE"])
        #expect(utf16.table.names == ["乡镇", "站点数", "服务人次"])
        #expect(utf16.table.rows().map { $0.map(\.description) } == [["保安镇", "28", "3150"], ["殷祖镇", "20", "2200"], ["金牛镇", "32", "3310"]])
        let tsv = try CSVReader.load(path: TestSupport.fixture("站点.tsv"), options: CSVOptions(delimiter: 0x09))
        #expect(tsv.table.names == ["乡镇", "站点名称", "月均服务人次", "开通日期"])
        #expect(tsv.table.fields.map(\.type) == [.text, .text, .integer, .date])
        #expect(tsv.table.value(row: 2, column: 1) == .text("茗山乡\"华垅\"村服务站"))
    }
}
