import JixiaoCore
import JixiaoRender
import Testing

@Suite struct LineChartTests {
    /// Up, across and down: a box whose Braille dots can be worked out by hand.
    let box = ChartData(labels: ["起", "高", "平", "落"], series: [ChartSeries(name: "人次", values: decimals(["0", "7", "7", "0"]))],
                        labelName: "阶段", valueName: "人次", positions: decimals(["1", "1", "2", "2"]))

    @Test func drawsBrailleWithTicksAndNamedAxes() {
        // 17 cells = 34 dots across, 2 rows = 8 dots down. The left column of dots fills cell 0 (⡇), the top row
        // of dots every cell of row 0 (⠉), the right column of dots the right half of cell 16 (⢸).
        let expected = """
            人次
            7 ┤⡏⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⢹
            0 ┤⡇               ⢸
              └─────────────────
               起             落
                     阶段
            """
        #expect(LineChart.render(box, style: ChartStyle(width: 20, height: 2)) == expected)
    }

    @Test func fallsBackToASCIIMarksAndSlopes() {
        let expected = """
            人次
            7 +*---------------*
            0 +*               *
              +-----------------
               起             落
                     阶段
            """
        #expect(LineChart.render(box, style: ChartStyle(width: 20, height: 2, ascii: true)) == expected)
    }

    @Test func spacesPointsByPositionAndBreaksAtAMissingValue() {
        // Months 1, 2 and 5: month 5 stands at the far right, and the missing month 2 leaves two lone points.
        let data = ChartData(labels: ["1", "2", "5"], series: [ChartSeries(name: "场次", values: decimals(["3", nil, "3"]))],
                             labelName: "月份", valueName: "场次", positions: decimals(["1", "2", "5"]))
        let expected = """
            场次
              |
            3 +*               *
              |
              +-----------------
               1   2           5
                     月份
            """
        #expect(LineChart.render(data, style: ChartStyle(width: 20, height: 3, ascii: true)) == expected)
    }

    @Test func marksTheExactExtremesInTheValuesFormat() {
        let data = ChartData(labels: ["一月", "二月"], series: [ChartSeries(name: "万元", values: decimals(["1234.5", "-0.5"]))],
                             hint: .number, valueName: "万元")
        let lines = LineChart.render(data, style: ChartStyle(width: 30, height: 2)).split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("1,234.5 ┤"))
        #expect(lines[2].hasPrefix("   -0.5 ┤"))
        #expect(lines[4] == "         一月             二月")
    }
}

@Suite struct SparklineTests {
    let months = (1...8).map(String.init)

    @Test func drawsOneLevelPerValueWithTheExtremes() {
        let data = ChartData(labels: months, series: [ChartSeries(name: "场次", values: decimals(["1", "2", "3", "4", "5", "6", "7", "8"]))],
                             labelName: "月份", valueName: "场次")
        #expect(Sparkline.render(data, style: ChartStyle(width: 60)) == "场次 ▁▂▃▄▅▆▇█ min 1, max 8 (月份 1 to 8)")
        #expect(Sparkline.render(data, style: ChartStyle(width: 60, ascii: true)) == "场次 _.:-=+*# min 1, max 8 (月份 1 to 8)")
    }

    @Test func leavesAGapForAMissingValueAndUsesTheTitle() {
        let data = ChartData(labels: ["1", "2", "3"], series: [ChartSeries(name: "金额", values: decimals(["10.00", nil, "1000.00"]))],
                             title: "支出", labelName: "月份", valueName: "金额")
        #expect(Sparkline.render(data, style: ChartStyle(width: 60)) == "支出 ▁ █ min 10.00, max 1,000.00 (月份 1 to 3)")
    }

    @Test func dropsTheSpanThenShortensToFitTheWidth() {
        let data = ChartData(labels: months, series: [ChartSeries(name: "场次", values: decimals(["1", "2", "3", "4", "5", "6", "7", "8"]))],
                             labelName: "月份", valueName: "场次")
        #expect(Sparkline.render(data, style: ChartStyle(width: 30)) == "场次 ▁▂▃▄▅▆▇█ min 1, max 8")
    }
}
