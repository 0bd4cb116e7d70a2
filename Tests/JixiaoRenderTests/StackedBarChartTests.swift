import JixiaoCore
import JixiaoRender
import Testing

@Suite struct StackedBarChartTests {
    let levels = ChartData(labels: ["保安镇", "东岳路街道", "茗山乡"],
                           series: [ChartSeries(name: "镇级", values: decimals(["1", "1", "1"])),
                                    ChartSeries(name: "村级", values: decimals(["12", "3", "15"]))],
                           title: "n by 乡镇 and 层级")

    @Test func splitsBarsBySeriesWithALegend() {
        // 16 cells for the largest total (16): a cell per station.
        let expected = """
            n by 乡镇 and 层级
            保安镇     │█░░░░░░░░░░░░ 13
            东岳路街道 │█░░░ 4
            茗山乡     │█░░░░░░░░░░░░░░░ 16
            █ 镇级  ░ 村级
            """
        #expect(StackedBarChart.render(levels, style: ChartStyle(width: 31)) == expected)
    }

    @Test func fallsBackToASCIIFills() {
        let expected = """
            n by 乡镇 and 层级
            保安镇     |#============ 13
            东岳路街道 |#=== 4
            茗山乡     |#=============== 16
            # 镇级  = 村级
            """
        #expect(StackedBarChart.render(levels, style: ChartStyle(width: 31, ascii: true)) == expected)
    }

    @Test func placesSegmentBoundariesByTheRunningTotal() {
        // Half a cell per unit: 1 + 1 + 1 would round to 1 + 1 + 1 cells one by one, but the running totals
        // 0.5, 1, 1.5 round to 1, 1, 2: the bar is 2 cells long, as its total of 3 is.
        let data = ChartData(labels: ["甲", "乙"],
                             series: ["一", "二", "三"].map { ChartSeries(name: $0, values: decimals(["1", "10"])) })
        let expected = """
            甲 │█▒ 3
            乙 │█████░░░░░▒▒▒▒▒ 30
            █ 一  ░ 二  ▒ 三
            """
        #expect(StackedBarChart.render(data, style: ChartStyle(width: 22)) == expected)
    }

    @Test func wrapsTheLegendToTheWidth() {
        let data = ChartData(labels: ["项目"], series: ["当年财政拨款", "上年结转资金", "其他资金"].map { ChartSeries(name: $0, values: decimals(["1"])) })
        let expected = """
            项目 │█████░░░░░░▒▒▒▒▒ 3
            █ 当年财政拨款
            ░ 上年结转资金
            ▒ 其他资金
            """
        #expect(StackedBarChart.render(data, style: ChartStyle(width: 24)) == expected)
    }
}
