import JixiaoCore
import JixiaoRender
import Testing

@Suite struct TableRendererTests {
    let table = Table(names: ["乡镇", "站点数", "金额"], columns: [
        Column.from([.text("保安镇"), .text("还地桥镇"), .text("茗山乡")]),
        Column.from([.integer(12), .integer(10), .integer(1500)]),
        Column.from([.decimal(ExactDecimal(units: 207_900_000, scale: 2)), .null, .decimal(ExactDecimal(units: 5, scale: 2))]),
    ])

    @Test func alignsChineseAndNumbers() {
        let expected = """
            ┌──────────┬────────┬──────────────┐
            │ 乡镇     │ 站点数 │         金额 │
            ├──────────┼────────┼──────────────┤
            │ 保安镇   │     12 │ 2,079,000.00 │
            │ 还地桥镇 │     10 │         null │
            │ 茗山乡   │  1,500 │         0.05 │
            └──────────┴────────┴──────────────┘
            """
        #expect(TableRenderer.render(table) == expected)
    }

    @Test func addsATotalRowAndCountsHiddenRows() {
        let expected = """
            ┌──────────┬────────┬──────────────┐
            │ 乡镇     │ 站点数 │         金额 │
            ├──────────┼────────┼──────────────┤
            │ 保安镇   │     12 │ 2,079,000.00 │
            │ 还地桥镇 │     10 │         null │
            ├──────────┼────────┼──────────────┤
            │ 合计     │  1,522 │ 2,079,000.05 │
            └──────────┴────────┴──────────────┘
            … 1 more row (3 in all; show rows=N to see more)
            """
        #expect(TableRenderer.render(table, style: TableStyle(maxRows: 2, showTotal: true)) == expected)
    }

    @Test func fitsANarrowTerminalByCuttingText() {
        let names = Table(names: ["对象"], columns: [Column.from([.text("海优农品（海南）供应链管理有限公司大冶分公司")])])
        let expected = """
            ┌──────────────────┐
            │ 对象             │
            ├──────────────────┤
            │ 海优农品（海南…  │
            └──────────────────┘
            """
        #expect(TableRenderer.render(names, style: TableStyle(width: 20)) == expected)
    }

    @Test func drawsAsciiAndEmptyTables() {
        let empty = Table(names: table.names, columns: table.columns, selection: [])
        let expected = """
            +------+--------+------+
            | 乡镇 | 站点数 | 金额 |
            +------+--------+------+
            | (no rows)            |
            +------+--------+------+
            """
        #expect(TableRenderer.render(empty, style: TableStyle(ascii: true)) == expected)
    }
}

@Suite struct DiagnosticRendererTests {
    @Test func putsTheCaretUnderTheTokenByDisplayWidth() {
        let source = "stations | where 乡镗 == \"保安镇\""
        let start = "stations | where ".utf8.count
        let diagnostic = Diagnostic(.bind, "no column named 乡镗", hint: "did you mean 乡镇?", source: source,
                                    range: start..<(start + "乡镗".utf8.count), location: SourceLocation(file: "demo.jx", line: 2))
        let expected = """
            demo.jx:2:18: name error: no column named 乡镗
              stations | where 乡镗 == "保安镇"
                               ^^^^
              hint: did you mean 乡镇?
            """
        #expect(DiagnosticRenderer.render(diagnostic) == expected)
    }
}
