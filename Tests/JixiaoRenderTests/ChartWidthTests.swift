import JixiaoCore
import JixiaoRender
import Testing

/// No chart draws a line wider than its width, measured in display columns, whatever the labels.
@Suite struct ChartWidthTests {
    let data = ChartData(labels: ["大冶市电子商务公共服务中心（市级电商产业园）", "保安镇", "还地桥镇", "SJ01", "殷祖镇白茶专场"],
                         series: [ChartSeries(name: "镇级", values: decimals(["4149000.00", "12.50", "0", "3.25", "180000.00"])),
                                  ChartSeries(name: "村级", values: decimals(["1.00", "207900.00", "5", "0", "7"]))],
                         title: "国家级电子商务进农村综合示范项目资金支出按乡镇与层级的分布（万元）", labelName: "乡镇", valueName: "金额")

    static let widths = [20, 23, 31, 40, 57, 80, 121]

    func widest(_ chart: String) -> Int {
        chart.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    @Test(arguments: widths)
    func everyChartFitsItsWidth(_ width: Int) throws {
        for ascii in [false, true] {
            let style = ChartStyle(width: width, ascii: ascii)
            var negative = data
            negative.series[0].values = decimals(["41.49", "-5.00", "0", "3.25", "-18.00"])
            let histogram = try #require(Histogram(values: data.values, binCount: 4))
            let charts = [
                ("bar", BarChart.render(data, style: style)),
                ("bar with negatives", BarChart.render(negative, style: style)),
                ("column", ColumnChart.render(data, style: style)),
                ("column with negatives", ColumnChart.render(negative, style: style)),
                ("hist", HistogramChart.render(histogram, name: "金额", hint: .number, style: style)),
                ("line", LineChart.render(data, style: style)),
                ("spark", Sparkline.render(data, style: style)),
                ("stacked", StackedBarChart.render(data, style: style)),
            ]
            for (kind, chart) in charts {
                #expect(widest(chart) <= width, "\(kind) at \(width)\(ascii ? " --ascii" : ""):\n\(chart)")
                if ascii {
                    // Only the data's own text is not ASCII.
                    let drawn = chart.unicodeScalars.filter { $0.value > 0x7F && !$0.properties.isIdeographic && !"（）…".unicodeScalars.contains($0) }
                    #expect(drawn.isEmpty, "\(kind) at \(width): \(String(String.UnicodeScalarView(drawn)))")
                }
            }
        }
    }

    @Test func keepsEveryDigitWhenTheNumbersAloneAreWiderThanTheWidth() {
        // A value is never cut: with no room left the labels stay whole, the bars keep a cell, and the lines run over.
        let money = ChartData(labels: ["到位", "支出"], series: [ChartSeries(name: "金额", values: decimals(["4149000.00", "-4222100.00"]))])
        let expected = """
            到位                │▌ 4,149,000.00
            支出 -4,222,100.00 ▐│
            """
        #expect(BarChart.render(money, style: ChartStyle(width: 20)) == expected)
    }

    @Test func aWideChartUsesTheWidth() {
        #expect(widest(BarChart.render(data, style: ChartStyle(width: 100))) == 100)
    }
}

@Suite struct OutputEncodingTests {
    @Test func decidesUTF8FromTheLocaleAsPOSIXOrdersIt() {
        #expect(TableStyle.localeIsUTF8([:]))
        #expect(TableStyle.localeIsUTF8(["LANG": "zh_CN.UTF-8"]))
        #expect(TableStyle.localeIsUTF8(["LANG": "en_US.utf8"]))
        #expect(TableStyle.localeIsUTF8(["LC_ALL": "", "LC_CTYPE": "C.UTF-8", "LANG": "C"]))
        #expect(!TableStyle.localeIsUTF8(["LANG": "C"]))
        #expect(!TableStyle.localeIsUTF8(["LANG": "zh_CN.GB18030"]))
        #expect(!TableStyle.localeIsUTF8(["LC_ALL": "POSIX", "LANG": "zh_CN.UTF-8"]))
        #expect(!TableStyle.localeIsUTF8(["LC_CTYPE": "zh_CN.GBK", "LANG": "zh_CN.UTF-8"]))
    }
}
