import Foundation
import JixiaoCore
import JixiaoRender
import CoreTestSupport
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

/// Tables in a terminal narrower than they are: the frame holds, no number or date is cut, and the columns that
/// do not fit are left out whole and named.
@Suite struct NarrowTableTests {
    /// Stations as in datasets/stations.csv: nine columns, Chinese names and text, numbers and dates.
    let stations = Table(names: ["站点编号", "站点名称", "层级", "乡镇", "村", "含快递物流", "站长已培训", "月均服务人次", "开业日期"], columns: [
        Column.from([.text("SJ01"), .text("CJ003"), .text("ZJ10")]),
        Column.from([.text("大冶市电子商务公共服务中心（市级电商产业园）"), .text("熊家洲社区电商服务站"), .text("还地桥镇电子商务服务站")]),
        Column.from([.text("市级"), .text("村级"), .text("镇级")]),
        Column.from([.text("东岳路街道"), .text("东岳路街道"), .text("还地桥镇")]),
        Column.from([.null, .text("熊家洲社区"), .null], type: .text),
        Column.from([.text("否"), .text("是"), .text("是")]),
        Column.from([.text("否"), .text("是"), .text("是")]),
        Column.from([.integer(1_860), .integer(101), .integer(1_234_567)]),
        Column.from([.date(Self.day(2021, 10, 15)), .date(Self.day(2022, 9, 26)), .date(Self.day(2022, 1, 7))]),
    ])

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int32 { CivilDate.days(year: year, month: month, day: day) ?? 0 }

    @Test func aTableWiderThan60ColumnsLeavesColumnsOutWholeAndNamesThem() {
        let rendered = TableRenderer.render(stations, style: TableStyle(width: 60))
        #expect(rendered == """
            ┌─────────┬─────────┬──────┬───┬──────────────┬────────────┐
            │ 站点编… │ 站点名… │ 层级 │ … │ 月均服务人次 │ 开业日期   │
            ├─────────┼─────────┼──────┼───┼──────────────┼────────────┤
            │ SJ01    │ 大冶市… │ 市级 │ … │        1,860 │ 2021-10-15 │
            │ CJ003   │ 熊家洲… │ 村级 │ … │          101 │ 2022-09-26 │
            │ ZJ10    │ 还地桥… │ 镇级 │ … │    1,234,567 │ 2022-01-07 │
            └─────────┴─────────┴──────┴───┴──────────────┴────────────┘
            (4 columns not shown: 乡镇, 村, 含快递物流, 站长已培训;
            widen the window, pick columns with select, or export to a
            file to see them)
            """)
        let lines = rendered.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        let frame = lines.filter { ["┌", "│", "├", "└"].contains($0.first.map(String.init) ?? "") }
        #expect(frame.count == 7 && Set(frame.map(DisplayWidth.of)).count == 1)
        for whole in ["1,860", "101", "1,234,567", "2021-10-15", "2022-09-26", "2022-01-07", "月均服务人次", "开业日期"] {
            #expect(rendered.contains(" \(whole) "), "\(whole) is shown whole")
        }
    }

    @Test func everyWidthKeepsTheFrameAndNeverCutsANumberOrADate() {
        // 14 columns hold the first column cut to 6 and the … column.
        for width in 14...160 {
            for ascii in [false, true] {
                let rendered = TableRenderer.render(stations, style: TableStyle(maxRows: 2, width: width, showTotal: true, ascii: ascii))
                let lines = rendered.split(separator: "\n").map(String.init)
                let frame = lines.filter { ["┌", "│", "├", "└", "+", "|"].contains($0.first.map(String.init) ?? "") }
                #expect(frame.count == 8 && Set(frame.map(DisplayWidth.of)).count == 1, "width \(width)")
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
                // Only text is cut: no cell that starts with a digit (a number or a date) ends in …
                let cells = frame.flatMap { $0.split(separator: ascii ? "|" : "│").map { $0.trimmingCharacters(in: .whitespaces) } }
                #expect(!cells.contains { $0.first?.isNumber == true && $0.hasSuffix("…") }, "width \(width)")
                // Every column is drawn or named in the note; a number or date column's name is never cut.
                let note = lines.dropFirst(frame.count).joined(separator: " ")
                let header = frame[1].split(separator: ascii ? "|" : "│").map { $0.trimmingCharacters(in: .whitespaces) }
                #expect(header.filter { $0 != "…" }.count + stations.names.filter { note.contains($0) }.count == 9, "width \(width)")
                for name in ["月均服务人次", "开业日期"] {
                    #expect(header.contains(name) || note.contains(name), "width \(width): \(name)")
                }
                #expect(note.contains("not shown") == frame[1].contains(" … "), "width \(width)")
            }
        }
    }

    @Test func withoutALimitEveryTableIsDrawnWhole() {
        let rendered = TableRenderer.render(stations)
        #expect(!rendered.contains("…"))
        #expect(rendered.contains(" 大冶市电子商务公共服务中心（市级电商产业园） "))
        #expect(Set(rendered.split(separator: "\n").map { DisplayWidth.of(String($0)) }).count == 1)
    }

    @Test func aTableThatFitsCutTextIsNotLeftOut() {
        let few = Table(names: ["站点名称", "月均服务人次"], columns: [stations.materializedColumn(1), stations.materializedColumn(7)])
        #expect(TableRenderer.render(few, style: TableStyle(width: 40)) == """
            ┌───────────────────────┬──────────────┐
            │ 站点名称              │ 月均服务人次 │
            ├───────────────────────┼──────────────┤
            │ 大冶市电子商务公共服… │        1,860 │
            │ 熊家洲社区电商服务站  │          101 │
            │ 还地桥镇电子商务服务… │    1,234,567 │
            └───────────────────────┴──────────────┘
            """)
    }
}

@Suite struct DiagnosticRendererTests {
    @Test func putsTheCaretUnderTheTokenByDisplayWidth() {
        let source = "stations | where 乡镗 == \"保安镇\""
        let start = "stations | where ".utf8.count
        let diagnostic = Diagnostic(.bind, code: .nameUnknownColumn, "no column named 乡镗", hint: "did you mean 乡镇?", source: source,
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
