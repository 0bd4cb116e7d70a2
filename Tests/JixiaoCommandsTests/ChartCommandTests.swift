import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoRender
import Testing
import TestSupport

/// The issue's five lines and the chart command's choices, on the bundled datasets.
@Suite struct ChartCommandTests {
    static let towns = "stations | where 层级 != \"市级\" | group 乡镇 | agg n = count()"
    static let months = "activities | group 月份 = month(日期) | agg 场次 = count()"

    func chart(_ line: String, width: Int? = nil, ascii: Bool = false) throws -> String {
        let interpreter = try TestSupport.interpreter()
        if let width { interpreter.workspace.style.width = width }
        interpreter.workspace.style.ascii = ascii
        let outcome = interpreter.run(line)
        if let error = outcome.error { throw error }
        guard case .text(let text)? = outcome.value else {
            Issue.record("chart gave \(String(describing: outcome.value)), not text")
            return ""
        }
        return text
    }

    func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    // MARK: - The five lines

    @Test func barChartOfStationsPerTownStartsEveryBarInOneColumn() throws {
        let text = try chart(Self.towns + " | sort n desc | chart bar", width: 60)
        let expected = """
            n by 乡镇
            茗山乡     │█████████████████████████████████████████████ 16
            金牛镇     │███████████████████████████████████████▍ 14
            保安镇     │████████████████████████████████████▋ 13
            还地桥镇   │███████████████████████████████ 11
            金山店镇   │████████████████████████████▏ 10
            殷祖镇     │████████████████████████████▏ 10
            大箕铺镇   │████████████████████████████▏ 10
            灵乡镇     │█████████████████████████▍ 9
            陈贵镇     │█████████████████████████▍ 9
            汪仁镇     │██████████████████████▌ 8
            刘仁八镇   │██████████████████████▌ 8
            金湖街道   │██████████████▏ 5
            金山街道   │██████████████▏ 5
            东岳路街道 │███████████▎ 4
            罗家桥街道 │███████████▎ 4
            东风路街道 │████████▌ 3
            """
        #expect(text == expected)
        let bars = text.split(separator: "\n").dropFirst()
        #expect(bars.count == 16)
        #expect(Set(bars.map { DisplayWidth.of(String($0.prefix { $0 != "│" })) }) == [11])
    }

    @Test func columnChartWritesLongTownNamesTopToBottom() throws {
        let expected = """
            n by 乡镇
                                                         16
                           14 13                         ██
                           ▆▆ ▁▁                         ██
                           ██ ██    10 11 10          10 ██
                           ██ ██ 9  ▂▂ ▇▇ ▂▂       9  ▂▂ ██
                           ██ ██ ▅▅ ██ ██ ██ 8  8  ▅▅ ██ ██
                  5     5  ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██
            4     ▁▁ 4  ▁▁ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██
            ▄▄ 3  ██ ▄▄ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██
            ██ ▇▇ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██
            ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██
            ───────────────────────────────────────────────
            东 东 金 罗 金 金 保 灵 金 还 殷 汪 刘 陈 大 茗
            岳 风 湖 家 山 牛 安 乡 山 地 祖 仁 仁 贵 箕 山
            路 路 街 桥 街 镇 镇 镇 店 桥 镇 镇 八 镇 铺 乡
            街 街 道 街 道          镇 镇       镇    镇
            道 道    道
            """
        #expect(try chart(Self.towns + " | chart column", width: 60) == expected)
    }

    @Test func histogramWithFiveBinsDrawsFiveBarsWithTheirEdges() throws {
        let text = try chart("stations | chart hist 月均服务人次 bins=5", width: 60)
        let expected = """
            月均服务人次: 141 values in 5 bins of width 664
            [  100,   764) │████████████████████████████████████████ 139
            [  764, 1,428) │ 0
            [1,428, 2,092) │▎ 1
            [2,092, 2,756) │ 0
            [2,756, 3,420] │▎ 1
            """
        #expect(text == expected)
        #expect(text.split(separator: "\n").filter { $0.contains("│") }.count == 5)
    }

    @Test func lineChartTakesTheMonthAsXAndNamesBothAxes() throws {
        let expected = """
            场次
            21 ┤                              ⡜⢆
               │                             ⡜  ⠱⡀
               │                            ⡸    ⠘⢄
               │                           ⡰⠁      ⠣⡀
               │                          ⢠⠃        ⠑⢄
               │                         ⢠⠃          ⠈⢢
               │                ⣀⡠⠤⠔⠒⠒⠒⠒⠒⠃             ⠑⡄
               │           ⣀⠤⠔⠊⠉                        ⠈⠉⠉⠉⠉⠉⠒⢄
               │       ⢀⡠⠒⠉                                     ⠉⠢⢄⡠⠤⠒⠒⠉
            10 ┤⣀⣀⣀⣀⣀⡠⠔⠁
               └────────────────────────────────────────────────────────
                1    2    3    4    5    6    7    8    9   10   11   12
                                          月份
            """
        #expect(try chart(Self.months + " | chart line", width: 60) == expected)
    }

    @Test func stackedChartSplitsTownsByLevelWithALegend() throws {
        let text = try chart("stations | where 层级 != \"市级\" | group 乡镇, 层级 | agg n = count() | chart stacked", width: 60)
        let expected = """
            n by 乡镇 and 层级
            东岳路街道 │███░░░░░░░░ 4
            东风路街道 │███░░░░░ 3
            金湖街道   │███░░░░░░░░░░░ 5
            罗家桥街道 │███░░░░░░░░ 4
            金山街道   │███░░░░░░░░░░░ 5
            金牛镇     │███░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 14
            保安镇     │███░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 13
            灵乡镇     │███░░░░░░░░░░░░░░░░░░░░░░ 9
            金山店镇   │███░░░░░░░░░░░░░░░░░░░░░░░░░ 10
            还地桥镇   │███░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 11
            殷祖镇     │███░░░░░░░░░░░░░░░░░░░░░░░░░ 10
            汪仁镇     │███░░░░░░░░░░░░░░░░░░░░ 8
            刘仁八镇   │███░░░░░░░░░░░░░░░░░░░░ 8
            陈贵镇     │███░░░░░░░░░░░░░░░░░░░░░░ 9
            大箕铺镇   │███░░░░░░░░░░░░░░░░░░░░░░░░░ 10
            茗山乡     │███░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 16
            █ 镇级  ░ 村级
            """
        #expect(text == expected)
    }

    // MARK: - Width, ASCII, defaults

    @Test(arguments: ["bar", "column", "hist 月均服务人次", "line", "spark", "stacked"])
    func respectsAnExplicitWidthAndTheTerminalWidth(_ kind: String) throws {
        let input = kind == "stacked" ? "stations | where 层级 != \"市级\" | group 乡镇, 层级 | agg n = count()"
            : kind.hasPrefix("hist") ? "stations" : kind == "line" || kind == "spark" ? Self.months : Self.towns
        for width in [24, 41, 77] {
            #expect(widest(try chart(input + " | chart \(kind) width=\(width)")) <= width, "chart \(kind) width=\(width)")
            // Without width= the workspace's width (the terminal's, set by the shell) applies.
            #expect(widest(try chart(input + " | chart \(kind)", width: width)) <= width, "chart \(kind) in \(width) columns")
        }
        if kind != "spark" { #expect(widest(try chart(input + " | chart \(kind)", width: 200)) > 77) }
    }

    @Test func fallsBackToASCIIByFlagOrByTheWorkspaceSetting() throws {
        let expected = """
            count by 层级
            市级 |# 2
            镇级 |#### 16
            村级 |############################## 123
            """
        #expect(try chart("stations | group 层级 | chart bar width=40 --ascii") == expected)
        #expect(try chart("stations | group 层级 | chart bar", width: 40, ascii: true) == expected)
        let unicode = try chart("stations | group 层级 | chart bar width=40")
        #expect(unicode == "count by 层级\n市级 │▌ 2\n镇级 │███▉ 16\n村级 │██████████████████████████████ 123")
    }

    @Test func drawsNegativeValuesLeftOfTheAxisAndZeroAsAnEmptyBar() throws {
        let text = try chart("funds | group 用途 | agg 万元 = wan(sum(金额)) | derive 差 = 万元 - 200 | chart bar y=差", width: 60)
        let expected = """
            差 by 用途
            资金到位                              │█████████████ 232.90
            商品和服务支出     -197.69 ███████████│
            三级物流配送体系                      │▌ 7.90
            公共服务体系                          │ 0.00
            商潮夜经济活动经费 -195.00 ███████████│
            咨询费             -193.00 ███████████│
            """
        #expect(text == expected)
    }

    @Test func stacksEveryNumericColumnWhenThereIsNoSecondTextColumn() throws {
        let line = "funds | group 资金名称 | agg 到位 = wan(sum(if(方向 == \"到位\", 金额, 0))), 支出 = wan(sum(if(方向 == \"支出\", 金额, 0))) | chart stacked width=70"
        let expected = """
            到位 + 支出 by 资金名称
            电子商务工作经费                     │█ 25.31
            国家级电子商务进农村综合示范项目资金 │█████████████░░░░░░░░░░░░ 829.80
            █ 到位  ░ 支出
            """
        #expect(try chart(line) == expected)
    }

    @Test func xYAndTitleOverrideTheDefaults() throws {
        let line = "activities | group 月份 = month(日期) | agg 场次 = count(), 人次 = sum(人次) | chart spark y=人次 title=\"每月人次\""
        #expect(try chart(line) == "每月人次 ▁▁▂▃▄▄█▆▂▃▂▂ min 7,002, max 88,871 (月份 1 to 12)")
        let bar = try chart("funds | where 方向 == \"支出\" | chart bar x=对象 y=金额 title=\"支出对象\" width=50")
        #expect(bar.hasPrefix("支出对象\n"))
        #expect(bar.contains("\n大冶市新华印刷厂          │▏ 4,286.50\n"))
    }

    // MARK: - Errors

    @Test func emptyInputIsAClearErrorNotAnEmptyFrame() throws {
        let error = try #require(try TestSupport.error("stations | where 层级 == \"省级\" | group 乡镇 | agg n = count() | chart bar"))
        #expect(error.phase == .run)
        #expect(error.message == "nothing to chart: the input has no rows")
        #expect(error.hint == "run the line without | chart … to see which step left no rows")
    }

    @Test func aTextValueColumnIsAnErrorNamingTheNumericOnes() throws {
        let line = "stations | chart bar y=乡镇"
        let error = try #require(try TestSupport.error(line))
        #expect(error.message == "chart bar draws numbers, and 乡镇 is text")
        #expect(error.hint == "numeric columns: 月均服务人次")
        #expect(DiagnosticRenderer.render(error) == """
            name error: chart bar draws numbers, and 乡镇 is text
              stations | chart bar y=乡镇
                                     ^^^^
              hint: numeric columns: 月均服务人次
            """)
        let hist = try #require(try TestSupport.error("stations | chart hist 层级"))
        #expect(hist.message == "chart hist draws numbers, and 层级 is text")
    }

    @Test func noNumericColumnSuggestsCountingFirst() throws {
        let error = try #require(try TestSupport.error("stations | select 乡镇, 层级 | chart column"))
        #expect(error.message == "nothing to chart: no column of the input holds numbers")
        #expect(error.hint == "count first, e.g. … | group 乡镇 | agg n = count() | chart column")
    }

    @Test func stackedNeedsSomethingToSplitByAndNoNegatives() throws {
        let split = try #require(try TestSupport.error("stations | group 乡镇 | chart stacked"))
        #expect(split.message == "chart stacked needs a column to split each bar by")
        let many = try #require(try TestSupport.error("stations | chart stacked by=站点编号"))
        #expect(many.message == "chart stacked tells at most 8 series apart, and there are 141 values of 站点编号")
        let negative = try #require(try TestSupport.error("funds | group 用途, 方向 | agg 差 = wan(sum(金额)) - 200 | chart stacked"))
        #expect(negative.message == "chart stacked cannot stack a negative value: 支出 is -197.69 for 商品和服务支出")
    }

    @Test(arguments: [
        ("stations | chart pie", "unknown chart kind pie"),
        ("stations | chart barr", "unknown chart kind barr"),
        ("stations | chart bar bins=3", "bins= applies to chart hist"),
        ("stations | chart hist 月均服务人次 bins=0", "bins= takes 1 to 100 bins"),
        ("stations | chart bar width=5", "width= takes 20 to 1000 columns"),
        ("stations | chart bar by=层级", "by= applies to chart stacked"),
        ("stations | chart hist 月均服务人次 x=乡镇", "chart hist counts one column and takes no x="),
        ("stations | chart bar 月均服务人次 y=月均服务人次", "the value column is given twice"),
        ("stations | chart bar y=\"乡镇\"", "y= takes a column name"),
        ("stations | chart line x=month(开业日期)", "x= takes a column name, not an expression"),
        ("stations | chart bar --log", "unknown flag --log"),
        ("stations | chart", "expected a chart kind: bar, column, hist, line, spark, stacked"),
    ])
    func badArgumentsAreLocatedSyntaxErrors(_ line: String, _ message: String) throws {
        let error = try #require(try TestSupport.error(line))
        #expect(error.phase == .parse)
        #expect(error.message == message)
        #expect(error.range != nil)
    }

    @Test func suggestsTheNearestKind() throws {
        #expect(try TestSupport.error("stations | chart barr")?.hint == "did you mean bar?")
        #expect(try TestSupport.error("stations | chart histogram 月均服务人次") == nil)
    }

    // MARK: - A chart is an ordinary command

    @Test(arguments: [
        ("stations | chart hist 月均服务人次 bins=5", "stations | chart hist 月均服务人次 bins=5"),
        ("stations | chart histogram y=月均服务人次", "stations | chart hist 月均服务人次"),
        ("stations | chart bar n", "stations | chart bar y=n"),
        ("stations | chart BAR --ascii width=50 title=合计 y=n x=乡镇", "stations | chart bar x=乡镇 y=n title=\"合计\" width=50 --ascii"),
        ("t | chart stacked x=`金额（万元）` by=`层 级` title=\"说 \\\"明\\\"\"", "t | chart stacked x=`金额（万元）` by=`层 级` title=\"说 \\\"明\\\"\""),
    ])
    func canonicalTextRoundTrips(_ typed: String, _ canonical: String) throws {
        let pipeline = try Pipeline.parse(typed)
        #expect(pipeline.canonical == canonical)
        #expect(try Pipeline.parse(pipeline.canonical).canonical == canonical)
        #expect(!pipeline.isDisplayOnly)
    }

    @Test func aChartIsTextThatTheSameLineReproduces() throws {
        let interpreter = try TestSupport.interpreter()
        let first = interpreter.run(Self.months + " | chart line width=50")
        let again = interpreter.run(try #require(first.pipeline?.canonical))
        guard case .text(let a)? = first.value, case .text(let b)? = again.value else {
            Issue.record("a chart is text")
            return
        }
        #expect(a == b)
        #expect(interpreter.render(try #require(first.value)) == a)
    }
}
