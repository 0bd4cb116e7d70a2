import JixiaoCore
import JixiaoRender
import Testing

/// Exact decimals from their text, for hand-made chart data.
func decimals(_ texts: [String?]) -> [ExactDecimal?] {
    texts.map { $0.flatMap { ExactDecimal(parsing: $0) } }
}

@Suite struct BarChartTests {
    /// Four labels of 4 to 8 display columns; the widths are chosen so one unit is one cell (10 cells for 10.000).
    let towns = ChartData(labels: ["保安镇", "还地桥镇", "茗山乡", "AB站"],
                          series: [ChartSeries(name: "人次", values: decimals(["10.000", "2.500", "0.125", "5.375"]))])

    @Test func padsMixedLabelsSoEveryBarStartsInOneColumn() {
        let expected = """
            保安镇   │██████████ 10.000
            还地桥镇 │██▌ 2.500
            茗山乡   │▏ 0.125
            AB站     │█████▍ 5.375
            """
        let chart = BarChart.render(towns, style: ChartStyle(width: 27))
        #expect(chart == expected)
        let starts = chart.split(separator: "\n").map { line in DisplayWidth.of(String(line.prefix { $0 != "│" })) }
        #expect(Set(starts) == [9])
    }

    @Test func drawsEighthsOfACell() {
        let labels = (1...7).map { "\($0)/8" } + ["整格"]
        let values = (1...7).map { ExactDecimal(units: Int64($0) * 125, scale: 3) } + [ExactDecimal(units: 10_000, scale: 3)]
        let data = ChartData(labels: labels, series: [ChartSeries(name: "v", values: values)])
        let expected = """
            1/8  │▏ 0.125
            2/8  │▎ 0.250
            3/8  │▍ 0.375
            4/8  │▌ 0.500
            5/8  │▋ 0.625
            6/8  │▊ 0.750
            7/8  │▉ 0.875
            整格 │██████████ 10.000
            """
        #expect(BarChart.render(data, style: ChartStyle(width: 23)) == expected)
    }

    @Test func fallsBackToASCIIInWholeCells() {
        var titled = towns
        titled.title = "人次 by 乡镇"
        let expected = """
            人次 by 乡镇
            保安镇   |########## 10.000
            还地桥镇 |### 2.500
            茗山乡   |# 0.125
            AB站     |##### 5.375
            """
        #expect(BarChart.render(titled, style: ChartStyle(width: 27, ascii: true)) == expected)
    }

    @Test func growsNegativeValuesLeftOfTheAxisAndPrintsZero() {
        let data = ChartData(labels: ["收入", "支出合计", "结余", "退款"],
                             series: [ChartSeries(name: "万元", values: decimals(["6.0", "-4.0", "0.0", "-1.5"]))])
        // 10 units over 10 cells (one spare for the axis): a cell per unit; the left side grows by halves.
        let expected = """
            收入              │██████ 6.0
            支出合计 -4.0 ████│
            结余              │ 0.0
            退款       -1.5 ▐█│
            """
        #expect(BarChart.render(data, style: ChartStyle(width: 30)) == expected)
    }

    @Test func printsNullsAndPercentagesAsTablesDo() {
        let data = ChartData(labels: ["执行率", "未填"], series: [ChartSeries(name: "率", values: decimals(["40.61", nil]))], hint: .percent)
        let expected = """
            执行率 │███████████ 40.61%
            未填   │ null
            """
        #expect(BarChart.render(data, style: ChartStyle(width: 26)) == expected)
    }

    @Test func cutsLongLabelsToKeepRoomForBars() {
        let data = ChartData(labels: ["海优农品（海南）供应链管理有限公司大冶分公司", "咨询费"],
                             series: [ChartSeries(name: "万元", values: decimals(["207.90", "7.00"]))])
        let expected = """
            海优农品（海南）供应… │██████████ 207.90
            咨询费                │▍ 7.00
            """
        let chart = BarChart.render(data, style: ChartStyle(width: 40))
        #expect(chart == expected)
    }

    @Test func countsBarsBeyondTheLimit() {
        let data = ChartData(labels: ["甲", "乙", "丙"], series: [ChartSeries(name: "n", values: decimals(["2", "1", "3"]))])
        let expected = """
            甲 │████████████████████ 2
            乙 │██████████ 1
            … 1 more bar not drawn (3…
            """
        #expect(BarChart.render(data, style: ChartStyle(width: 26, maxBars: 2)) == expected)
    }
}
