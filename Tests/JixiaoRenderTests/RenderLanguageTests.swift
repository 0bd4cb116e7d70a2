import JixiaoCore
import JixiaoRender
import Testing

/// The notes under tables and charts, whole, in both languages: the interface's language changes the words,
/// never the table, the bars or the numbers.
@Suite struct RenderLanguageTests {
    let stations = Table(names: ["站点编号", "站点名称", "层级", "乡镇", "村", "含快递物流", "站长已培训", "月均服务人次"], columns: [
        Column.from([.text("SJ01"), .text("CJ003"), .text("ZJ10")]),
        Column.from([.text("大冶市电子商务公共服务中心"), .text("熊家洲社区电商服务站"), .text("还地桥镇电子商务服务站")]),
        Column.from([.text("市级"), .text("村级"), .text("镇级")]),
        Column.from([.text("东岳路街道"), .text("东岳路街道"), .text("还地桥镇")]),
        Column.from([.null, .text("熊家洲社区"), .null], type: .text),
        Column.from([.text("否"), .text("是"), .text("是")]),
        Column.from([.text("否"), .text("是"), .text("是")]),
        Column.from([.integer(1_860), .integer(101), .integer(1_234_567)]),
    ])

    /// Chinese notes break between Chinese characters (they have few spaces), never before ，or ）.
    @Test func aNarrowTableNamesWhatItLeavesOutInEitherLanguage() {
        let style = TableStyle(maxRows: 2, width: 50)
        let table = """
            ┌─────────┬─────────┬───┬─────────┬──────────────┐
            │ 站点编… │ 站点名… │ … │ 站长已… │ 月均服务人次 │
            ├─────────┼─────────┼───┼─────────┼──────────────┤
            │ SJ01    │ 大冶市… │ … │ 否      │        1,860 │
            │ CJ003   │ 熊家洲… │ … │ 是      │          101 │
            └─────────┴─────────┴───┴─────────┴──────────────┘

            """
        #expect(Language.speaking(.zh) { TableRenderer.render(stations, style: style) } == table + """
            ……还有 1 行未显示（共 3 行；用 show rows=N 显示更
            多）
            （另有 4 列未显示：层级、乡镇、村、含快递物流；加
            宽窗口、用 select 选列，或导出到文件即可看到）
            """)
        #expect(Language.speaking(.en) { TableRenderer.render(stations, style: style) } == table + """
            … 1 more row (3 in all; show rows=N to see more)
            (4 columns not shown: 层级, 乡镇, 村, 含快递物流;
            widen the window, pick columns with select, or
            export to a file to see them)
            """)
    }

    @Test func anEmptyTableSaysSoInsideItsFrame() {
        let empty = Table(names: ["乡镇", "n"], columns: [Column.from([], type: .text), Column.from([], type: .integer)])
        #expect(Language.speaking(.zh) { TableRenderer.render(empty) } == """
            ┌──────┬────┐
            │ 乡镇 │  n │
            ├──────┼────┤
            │ （没有行）│
            └──────┴────┘
            """)
        #expect(TableRenderer.render(empty) == """
            ┌──────┬───┐
            │ 乡镇 │ n │
            ├──────┼───┤
            │ (no rows)│
            └──────┴───┘
            """)
        #expect(Language.speaking(.zh) { TableRenderer.render(Table(names: [], columns: [])) } == "（没有列）")
        #expect(Language.speaking(.en) { TableRenderer.render(Table(names: [], columns: [])) } == "(no columns)")
    }

    @Test func chartNotesInEitherLanguage() throws {
        let bars = ChartData(labels: ["甲", "乙", "丙"], series: [ChartSeries(name: "n", values: decimals(["2", "1", "3"]))])
        #expect(Language.speaking(.zh) { BarChart.render(bars, style: ChartStyle(width: 60, maxBars: 2)) } == """
            甲 │██████████████████████████████████████████████████████ 2
            乙 │███████████████████████████ 1
            ……还有 1 条未画出（共 3 条；用 sort 和 top N 选出要画的）
            """)
        let months = ChartData(labels: (1...8).map(String.init), series: [ChartSeries(name: "场次", values: decimals(["1", "2", "3", "4", "5", "6", "7", "8"]))],
                               labelName: "月份", valueName: "场次")
        #expect(Language.speaking(.zh) { Sparkline.render(months, style: ChartStyle(width: 60)) } == "场次 ▁▂▃▄▅▆▇█ 最小 1，最大 8（月份 1 至 8）")
        #expect(Language.speaking(.en) { Sparkline.render(months, style: ChartStyle(width: 60)) } == "场次 ▁▂▃▄▅▆▇█ min 1, max 8 (月份 1 to 8)")
        let histogram = try #require(Histogram(values: decimals(["1000", "2500", nil]), binCount: 1))
        #expect(Language.speaking(.zh) { HistogramChart.render(histogram, name: "人次", hint: .number, style: ChartStyle(width: 60)) }
            == "人次：2 个值，分为 1 组，组距 1,500，1 个空值未计入\n[1,000, 2,500] │" + String(repeating: "█", count: 42) + " 2")
        let nothing = ChartData(labels: ["一月"], series: [ChartSeries(name: "万元", values: [nil])], valueName: "万元")
        #expect(Language.speaking(.zh) { LineChart.render(nothing, style: ChartStyle(width: 30)) } == "（没有可画的值）")
        #expect(Language.speaking(.zh) { Sparkline.render(nothing, style: ChartStyle(width: 30)) } == "万元（没有值）")
        #expect(Language.speaking(.en) { Sparkline.render(nothing, style: ChartStyle(width: 30)) } == "万元 (no values)")
    }

    @Test func theFormNoteInEitherLanguage() {
        #expect(OutputNotes.formWiderThanWindow(formWidth: 142, windowWidth: 80, in: .zh)
            == "（自评表宽 142 个字符，当前窗口只有 80 个：加宽窗口，或用 appendix to 文件.xlsx（或 .docx、.html、.md、.csv、.txt）查看完整的表）")
        #expect(OutputNotes.formWiderThanWindow(formWidth: 142, windowWidth: 80, in: .en)
            == "(the form is 142 columns wide and this window 80: widen the window, or see it whole with appendix to FILE.xlsx, .docx, .html, .md, .csv or .txt)")
        // Cut to 30 columns, no Chinese line starts with a closing mark or ends with an opening one.
        let lines = OutputNotes.wrapped(OutputNotes.formWiderThanWindow(formWidth: 142, windowWidth: 30, in: .zh), to: 30, in: .zh)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == OutputNotes.formWiderThanWindow(formWidth: 142, windowWidth: 30, in: .zh).replacingOccurrences(of: " ", with: ""))
        #expect(!lines.dropFirst().contains { "，。、；：）".contains($0.first ?? " ") })
        #expect(!lines.contains { "（“".contains($0.last ?? " ") })
    }
}
