import JixiaoCore
import JixiaoRender
import Testing

@Suite struct ColumnChartTests {
    @Test func drawsColumnsInEighthsWithValuesOnTopAndLabelsBelow() {
        let data = ChartData(labels: ["到位", "支出", "结余"], series: [ChartSeries(name: "n", values: decimals(["8", "3", "0"]))])
        // Four rows for 8: half a row per unit, so 3 is one full row and half of the next (▄).
        let expected = """
             8
            ████
            ████  3
            ████ ▄▄▄▄
            ████ ████  0
            ──────────────
            到位 支出 结余
            """
        #expect(ColumnChart.render(data, style: ChartStyle(width: 20, height: 4)) == expected)
    }

    @Test func writesLabelsTopToBottomWhenTheyDoNotFitSideBySide() {
        let data = ChartData(labels: ["东岳路街道", "保安镇", "茗山乡", "金山店镇", "A区"],
                             series: [ChartSeries(name: "n", values: decimals(["1", "2", "3", "4", "0"]))])
        let expected = """
                  3  4
            1  2  ▄▄ ██
            ▄▄ ██ ██ ██ 0
            ──────────────
            东 保 茗 金 A
            岳 安 山 山 区
            路 镇 乡 店
            街       镇
            道
            """
        #expect(ColumnChart.render(data, style: ChartStyle(width: 20, height: 2)) == expected)
    }

    @Test func growsNegativeColumnsDownFromTheAxis() {
        let data = ChartData(labels: ["收入", "支出"], series: [ChartSeries(name: "万元", values: decimals(["2", "-1"]))])
        // Three rows, one spare: two thirds of a row per unit; the downward column grows by halves (▀).
        let expected = """
             2
            ▃▃▃▃
            ████
            ─────────
                 ▀▀▀▀
                  -1
            收入 支出
            """
        #expect(ColumnChart.render(data, style: ChartStyle(width: 20, height: 3)) == expected)
    }

    @Test func fallsBackToASCII() {
        let data = ChartData(labels: ["到位", "支出", "结余"], series: [ChartSeries(name: "n", values: decimals(["8", "3", "0"]))], title: "笔数")
        let expected = """
            笔数
             8
            ####
            ####  3
            #### ####  0
            --------------
            到位 支出 结余
            """
        #expect(ColumnChart.render(data, style: ChartStyle(width: 20, height: 3, ascii: true)) == expected)
    }

    @Test func countsColumnsThatDoNotFit() {
        let labels = (1...12).map { "\($0)月" }
        let data = ChartData(labels: labels, series: [ChartSeries(name: "n", values: labels.map { _ in ExactDecimal(1) })])
        let chart = ColumnChart.render(data, style: ChartStyle(width: 20, height: 2))
        let expected = """
            1  1  1  1  1  1  1
            ██ ██ ██ ██ ██ ██ ██
            ██ ██ ██ ██ ██ ██ ██
            ────────────────────
            1  2  3  4  5  6  7
            月 月 月 月 月 月 月
            … 5 more columns no…
            """
        #expect(chart == expected)
    }
}
