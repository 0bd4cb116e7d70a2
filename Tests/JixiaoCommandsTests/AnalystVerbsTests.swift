import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import Testing
import TestSupport

/// The verbs an analyst reaches for first: pivot, describe, rename, drop, union, load of a pattern, window
/// functions, text functions, pinyin order and numbers as a spreadsheet shows them.
@Suite struct PivotTests {
    @Test func fundTotalsAreExactAgainstHandSums() throws {
        // By hand from funds.csv: 到位 120,000 + 60,000 = 180,000.00 (工作经费) and 2,074,500 + 1,244,700 +
        // 829,800 = 4,149,000.00 (示范项目); 支出 73,100.00 and 4,149,000.00.
        let yuan = try TestSupport.compact("funds | pivot 资金名称 by 方向 agg sum(金额)")
        #expect(yuan == """
            资金名称,到位,支出,合计
            电子商务工作经费,180000.00,73100.00,253100.00
            国家级电子商务进农村综合示范项目资金,4149000.00,4149000.00,8298000.00
            合计,4329000.00,4222100.00,8551100.00
            """)
        // The same in 万元: 432.90 received and 422.21 spent (DOMAIN §1).
        let wan = try TestSupport.compact("funds | pivot 资金名称 by 方向 agg wan(sum(金额))")
        #expect(wan.split(separator: "\n").last == "合计,432.90,422.21,855.11")
    }

    @Test func totalsComeFromExactValuesNotFromRoundedCells() throws {
        let line = "activities | where 销售额 is not null | derive 半年 = if(month(日期) <= 6, \"上半年\", \"下半年\") | pivot 类型 by 半年 agg wan(sum(销售额))"
        let rows = try TestSupport.compact(line).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        // 夜经济活动: 286,450.00 + 659,786.30 = 946,236.30 yuan → 94.62; the rounded cells 28.65 + 65.98 add to 94.63.
        #expect(rows[1] == ["夜经济活动", "28.65", "65.98", "94.62"])
        let cells = rows[1][1...2].compactMap { ExactDecimal(parsing: $0) }
        #expect(cells.reduce(ExactDecimal(units: 0, scale: 2)) { ExactDecimal.adding($0, $1) ?? $0 } == ExactDecimal(parsing: "94.63"))
        // The corner: every sale, 1,958,663.13 yuan, rounded once.
        #expect(rows.last == ["合计", "59.33", "136.53", "195.87"])
        #expect(try TestSupport.compact("activities | agg w = wan(sum(销售额))") == "195.87")
    }

    @Test func countsByTownAndLevelAddUpToTheStations() throws {
        let table = try #require(try TestSupport.interpreter().run("stations | pivot 乡镇 by 层级 agg count()").value?.table)
        #expect(table.names == ["乡镇", "村级", "市级", "镇级", "合计"])
        // Sorted in pinyin: 保安镇 first, 殷祖镇 last before the 合计 row.
        #expect(table.value(row: 0, column: 0) == .text("保安镇"))
        #expect(table.value(row: table.rowCount - 2, column: 0) == .text("殷祖镇"))
        #expect(table.rows().last == [.text("合计"), .integer(123), .integer(2), .integer(16), .integer(141)])
        // A town without a city-level station has an empty cell, not 0; its row total is its stations.
        let baoan = table.rows()[0]
        #expect(baoan == [.text("保安镇"), .integer(12), .null, .integer(1), .integer(13)])
        // Every row's total is the sum of its cells (counts add up exactly).
        for row in table.rows().dropLast() {
            let cells = row[1...3].compactMap { if case .integer(let n) = $0 { return n } else { return nil } }
            #expect(row[4] == .integer(cells.reduce(0, +)))
        }
    }

    @Test func columnOrderSortedFirstOrListed() throws {
        #expect(try TestSupport.compact("stations | pivot 含快递物流 by 层级 agg count() | select 含快递物流") == "含快递物流\n否\n是\n合计")
        let first = try TestSupport.compact("stations | pivot 含快递物流 by 层级 agg count() order=first")
        #expect(first.split(separator: "\n").first == "含快递物流,市级,镇级,村级,合计")
        let listed = try TestSupport.compact("stations | pivot 含快递物流 by 层级 in [\"村级\", \"市级\"] agg count()")
        // Only the listed columns; the totals count only their rows (123 + 2).
        #expect(listed == "含快递物流,村级,市级,合计\n否,15,1,16\n是,108,1,109\n合计,123,2,125")
    }

    @Test func aPivotIsATableForChartsAndExports() throws {
        let chart = try TestSupport.compact("stations | pivot 层级 by 含快递物流 agg count() --no-totals | chart bar y=是 width=40")
        #expect(chart.contains("村级"))
        #expect(!chart.contains("合计"))
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = interpreter.run("funds | pivot 资金名称 by 方向 agg sum(金额) | export 透视.csv")
        #expect(outcome.error == nil)
        let csv = try String(contentsOfFile: folder + "/exports/透视.csv", encoding: .utf8)
        #expect(csv.contains("合计,4329000.00,4222100.00,8551100.00"))
    }

    @Test func errorsPointAtWhatIsWrong() throws {
        let noAggregate = try #require(try TestSupport.error("stations | pivot 乡镇 by 层级 agg 1"))
        #expect(noAggregate.code == .pivotNeedsAggregate)
        let expression = try #require(try TestSupport.error("stations | pivot 乡镇 by 层级 == \"村级\" agg count()"))
        #expect(expression.code == .pivotColumnKey)
        let unknown = try #require(try TestSupport.error("stations | pivot 乡镇 by 层极 agg count()"))
        #expect(unknown.code == .nameUnknownColumn)
        #expect(unknown.hint == "did you mean 层级?")
        let mistyped = try #require(try TestSupport.error("stations | pivot 乡镇 by 层级 in [1, 2] agg count()"))
        #expect(mistyped.code == .typeIncomparable)
    }

    @Test func listedColumnsAreKnownBeforeItRuns() throws {
        let plan = try TestSupport.compact("explain stations | pivot 乡镇 by 层级 in [\"市级\"] agg count()")
        #expect(plan.contains("table(乡镇 text, 市级 integer, 合计 integer)"))
        #expect(try TestSupport.compact("explain stations | pivot 乡镇 by 层级 agg count()").contains("known when it runs"))
    }
}

@Suite struct DescribeTests {
    @Test func summarisesEveryColumnOfFunds() throws {
        let table = try #require(try TestSupport.interpreter().run("describe funds").value?.table)
        #expect(table.names == DescribeCommand.columnNames)
        #expect(table.rowCount == 6)
        let amount = try #require(table.rows().first { $0[0] == .text("金额") })
        // Exact sum of every row, received and spent; min, max and median in the column's scale.
        #expect(amount[1] == .text("decimal(2)"))
        #expect(amount[2] == .integer(23))
        #expect(amount[3] == .integer(0))
        #expect(amount[7] == .text("8,551,100.00"))
        #expect(amount[5] == .text("412.60"))
        #expect(amount[6] == .text("2,074,500.00"))
        #expect(amount[9] == .text("60,000.00"))
        let direction = try #require(table.rows().first { $0[0] == .text("方向") })
        #expect(direction[4] == .integer(2))
        #expect(direction[10] == .text("支出 ×18, 到位 ×5"))
        let date = try #require(table.rows().first { $0[0] == .text("日期") })
        #expect(date[5] == .text("2022-02-25"))
        #expect(date[6] == .text("2022-12-23"))
        #expect(date[7] == .text(""))
    }

    @Test func countsNullsAndIsTheSameAsAStage() throws {
        let named = try TestSupport.compact("describe stations")
        #expect(try TestSupport.compact("stations | describe") == named)
        let village = try TestSupport.compact("describe stations | where 列 == \"村\" | select 行数, 空值, 不同值")
        #expect(village == "行数,空值,不同值\n141,18,123")
        #expect(try TestSupport.error("stations | describe stations")?.code == .describeDatasetAfterPipe)
    }

    @Test func aMillionRowsAreSummedUpExactly() throws {
        // 1,000,000 amounts 0.01, 0.02, … 10,000.00 cycled: exact sum and a median in the column's scale.
        let count = 1_000_000
        let units = (0..<count).map { Int64($0 % 1_000_000 + 1) }
        let table = Table(names: ["金额"], columns: [Column(.decimal(units, scale: 2))])
        let summary = try ColumnSummary.of(table.columns[0])
        #expect(summary.rows == count)
        #expect(summary.distinct == count)
        #expect(summary.sum == .decimal(ExactDecimal(units: Int64(count) * Int64(count + 1) / 2, scale: 2)))
        #expect(summary.median == .decimal(ExactDecimal(parsing: "5000.01") ?? .zero))
        #expect(summary.min == .decimal(ExactDecimal(units: 1, scale: 2)))
    }
}

@Suite struct RenameDropUnionTests {
    @Test func renamesColumnsAndDatasets() throws {
        #expect(try TestSupport.compact("funds | rename 金额 as 元 | agg s = sum(元)") == "8551100.00")
        let interpreter = try TestSupport.interpreter()
        #expect(try TestSupport.compact("rename budgets as 预算", "预算 | count", interpreter: interpreter) == "2")
        #expect(interpreter.workspace.dataset(named: "budgets") == nil)
        // In the same place of the listing.
        #expect(interpreter.workspace.order.firstIndex(of: "预算") == 1)
        #expect(try TestSupport.error("rename 预算表 as x")?.code == .nameUnknownDataset)
        #expect(try TestSupport.error("rename budgets as funds")?.code == .renameDatasetTaken)
        #expect(try TestSupport.error("rename funds as stations")?.code == .renameDatasetTaken)
        #expect(try TestSupport.error("funds | rename 金额 as 日期")?.code == .renameColumnTaken)
        #expect(try TestSupport.error("funds | rename 金頟 as 元")?.hint == "did you mean 金额?")
    }

    @Test func dropsColumns() throws {
        #expect(try TestSupport.compact("funds | drop 对象, 用途, 日期 | top 1 | select 方向") == "到位")
        #expect(try TestSupport.compact("explain funds | drop 对象").contains("table(日期 date, 资金名称 text, 方向 text, 用途 text, 金额 decimal(2))"))
        #expect(try TestSupport.error("budgets | drop 资金名称, 资金来源, 年初预算数, 全年预算数")?.code == .dropEveryColumn)
    }

    @Test func unionMatchesColumnsByName() throws {
        // Columns in another order are matched by name; integers meet decimals as decimals.
        let interpreter = try TestSupport.interpreter()
        _ = interpreter.run("let a = funds | select 金额, 方向")
        _ = interpreter.run("let b = funds | select 方向, 金额 = 1")
        #expect(try TestSupport.compact("a | union b | group 方向 | agg s = sum(金额)", interpreter: interpreter) == "方向,s\n到位,4329005.00\n支出,4222118.00")
        let error = try #require(try TestSupport.error("funds | select 金额, 日期 | union funds"))
        #expect(error.code == .unionColumnMismatch)
        #expect(error.message == "column 资金名称 is in funds but not in the input")
        let other = try #require(try TestSupport.error("funds | union budgets"))
        #expect(other.message == "column 日期 is in the input but not in budgets")
    }
}

@Suite struct PatternLoadTests {
    @Test func stacksTheQuarterlyLedgersInNameOrder() throws {
        let interpreter = try TestSupport.interpreter()
        let message = try TestSupport.compact("load datasets/quarters/2022-*.csv as 季度", interpreter: interpreter)
        #expect(message == "loaded 季度: 23 rows, 7 columns from 4 files: 2022-Q1.csv, 2022-Q2.csv, 2022-Q3.csv, 2022-Q4.csv")
        // The stack is funds.csv again, with the file of each row.
        #expect(try TestSupport.compact("季度 | drop 文件", interpreter: interpreter) == TestSupport.compact("funds", interpreter: interpreter))
        #expect(try TestSupport.compact("季度 | group 文件 | agg n = count()", interpreter: interpreter)
                == "文件,n\n2022-Q1.csv,3\n2022-Q2.csv,6\n2022-Q3.csv,7\n2022-Q4.csv,7")
        #expect(try TestSupport.compact("load \"datasets/quarters/2022-Q?.csv\" as q", "q | count", interpreter: interpreter) == "23")
        #expect(try TestSupport.compact("load datasets/quarters/2022-Q?.csv as q", "q | count", interpreter: interpreter) == "23")
    }

    @Test func refusesWhatCannotBeStacked() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "日期,金额\n2022-01-05,10.00\n".write(toFile: folder + "/a-1.csv", atomically: true, encoding: .utf8)
        try "日期,金额,备注\n2022-02-05,20.00,x\n".write(toFile: folder + "/a-2.csv", atomically: true, encoding: .utf8)
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        let mismatch = try #require(interpreter.run("load a-*.csv as a").error)
        #expect(mismatch.code == .loadPatternColumns)
        #expect(mismatch.message == "column 备注 is in a-2.csv but not in a-1.csv")
        #expect(interpreter.run("load b-*.csv as b").error?.code == .loadPatternNoMatch)
        #expect(interpreter.run("load a-*.csv").error?.code == .loadPatternNeedsName)
        #expect(interpreter.run("load */a-1.csv as a").error?.code == .loadPatternInFolder)
        #expect(interpreter.workspace.order.isEmpty)
    }

    @Test func globMatchingIsByCharacters() {
        #expect(FilePattern.matches(Array("2022-Q1.csv"), Array("2022-*.csv")))
        #expect(FilePattern.matches(Array("一月台账.csv"), Array("?月台账.csv")))
        #expect(!FilePattern.matches(Array("十一月台账.csv"), Array("?月台账.csv")))
        #expect(FilePattern.matches(Array("a.csv"), Array("*")))
        #expect(!FilePattern.matches(Array("a.tsv"), Array("*.csv")))
        #expect(FilePattern.matches(Array("aXbXc"), Array("a*b*c")))
    }
}

@Suite struct WindowFunctionTests {
    @Test func cumsumWithinGroupsInDateOrder() throws {
        // By hand: 工作经费 120,000 then 60,000; 示范项目 2,074,500, 1,244,700, 829,800.
        let result = try TestSupport.compact("funds | where 方向 == \"到位\" | sort 日期 | group 资金名称 | derive 累计 = cumsum(金额), 序 = row_number() | select 资金名称, 累计, 序")
        #expect(result == """
            资金名称,累计,序
            电子商务工作经费,120000.00,1
            国家级电子商务进农村综合示范项目资金,2074500.00,1
            国家级电子商务进农村综合示范项目资金,3319200.00,2
            电子商务工作经费,180000.00,2
            国家级电子商务进农村综合示范项目资金,4149000.00,3
            """)
        // Over the whole table, the running total ends at the exact sum.
        #expect(try TestSupport.compact("funds | where 方向 == \"支出\" | derive c = cumsum(金额) | select c | top 18 | agg m = max(c)") == "4222100.00")
    }

    @Test func sharesAreExactAndRanksHandleTies() throws {
        #expect(try TestSupport.compact("funds | where 方向 == \"到位\" | group 资金名称 | derive s = share(金额) | select s")
                == "s\n66.67\n50.00\n30.00\n33.33\n20.00")
        let table = Table(names: ["x"], columns: [Column(.integer([5, 3, 5, NullMarker.integer, 1]))])
        let rank = try ExpressionEvaluator(table: table).column(.window(.rank, [.column(0, .integer)], .integer))
        let dense = try ExpressionEvaluator(table: table).column(.window(.denseRank, [.column(0, .integer)], .integer))
        let ascending = try ExpressionEvaluator(table: table).column(.window(.rank, [.column(0, .integer), .literal(.text("asc"))], .integer))
        #expect((0..<5).map(rank.value) == [.integer(1), .integer(3), .integer(1), .null, .integer(4)])
        #expect((0..<5).map(dense.value) == [.integer(1), .integer(2), .integer(1), .null, .integer(3)])
        #expect((0..<5).map(ascending.value) == [.integer(3), .integer(2), .integer(3), .null, .integer(1)])
    }

    @Test func lagAndLeadStayInsideTheirGroup() throws {
        let result = try TestSupport.compact("funds | where 方向 == \"到位\" | group 资金名称 | derive 前 = lag(金额), 后 = lead(金额, 2) | select 前, 后")
        #expect(result == "前,后\n,\n,829800.00\n2074500.00,\n120000.00,\n1244700.00,")
    }

    @Test func windowsBelongInDerive() throws {
        #expect(try TestSupport.error("funds | where row_number() == 1")?.code == .nameWindowOutsideDerive)
        #expect(try TestSupport.error("funds | agg x = cumsum(金额)")?.code == .nameWindowOutsideDerive)
        #expect(try TestSupport.error("funds | derive x = sum(金额)")?.code == .nameAggregateOutsideAgg)
        #expect(try TestSupport.error("funds | derive x = cumsum(方向)")?.code == .typeFunctionArgument)
        #expect(try TestSupport.error("funds | derive x = rank(金额, \"up\")")?.code == .typeFunctionArgument)
        #expect(try TestSupport.compact("explain funds | group 方向 | derive n = row_number()").contains("table(日期 date, 资金名称 text, 方向 text, 对象 text, 用途 text, 金额 decimal(2), n integer)"))
    }
}

@Suite struct TextFunctionTests {
    /// One expression over a one-row table: its value.
    func value(_ expression: String) throws -> String {
        try TestSupport.compact("budgets | top 1 | select v = \(expression)")
    }

    @Test func charactersAreGraphemesNeverBytes() throws {
        #expect(try value("len(\"保安镇\")") == "3")
        #expect(try value("len(\"e\u{301}👍🏽（）\")") == "4")
        #expect(try value("left(\"保安镇村\", 2)") == "保安")
        #expect(try value("right(\"保安镇村\", 3)") == "安镇村")
        #expect(try value("substr(\"保安镇e\u{301}村\", 3, 2)") == "镇e\u{301}")
        #expect(try value("substr(\"保安镇\", 2)") == "安镇")
        #expect(try value("substr(\"保安镇\", 9)") == "")
        #expect(try value("left(\"保安\", 9)") == "保安")
        #expect(try value("substr(\"保安镇\", 0)") == "")
    }

    @Test func joinsReplacesTrimsAndMatches() throws {
        #expect(try value("\"保安\" + \"镇\"") == "保安镇")
        #expect(try value("concat(\"第\", 3, \"村\", null)") == "第3村")
        #expect(try value("\"a\" + null") == "")
        #expect(try TestSupport.compact("budgets | top 1 | select v = \"a\" + null | where v is null | count") == "1")
        #expect(try value("replace(\"保安镇保安村\", \"保安\", \"殷祖\")") == "殷祖镇殷祖村")
        #expect(try value("trim(\"\u{3000} 保安镇 \u{3000}\")") == "保安镇")
        #expect(try value("upper(\"ａbc\")") == "ＡBC")
        #expect(try value("lower(\"ABC保\")") == "abc保")
        #expect(try value("matches(\"保安镇\", \"^保.镇$\")") == "true")
        #expect(try value("matches(\"e\u{301}\", \"^.$\")") == "true")
        #expect(try TestSupport.compact("stations | where matches(村, \"村$\") | count") == TestSupport.compact("stations | where 村 is not null and right(村, 1) == \"村\" | count"))
    }

    @Test func columnsAreJoinedRowByRow() throws {
        #expect(try TestSupport.compact("stations | where 层级 == \"镇级\" | derive k = 乡镇 + \"·\" + 层级 | select k | top 1") == "东岳路街道·镇级")
        #expect(try TestSupport.compact("stations | derive k = 乡镇 + 村 | where 村 is null | where k is null | count") == "18")
    }

    @Test func typeErrorsSayWhatFits() throws {
        let plus = try #require(try TestSupport.error("stations | derive x = 乡镇 + 1"))
        #expect(plus.code == .typeOperatorMismatch)
        #expect(plus.hint?.contains("text(x)") == true)
        #expect(try TestSupport.error("stations | derive x = left(月均服务人次, 1)")?.code == .typeFunctionArgument)
        let pattern = try #require(try TestSupport.error("stations | where matches(村, \"([\")"))
        #expect(pattern.code == .typeFunctionArgument)
        #expect(pattern.message.hasPrefix("the pattern \"([\" is not a regular expression"))
        #expect(try TestSupport.error("stations | where matches(村, 乡镇)")?.code == .typeFunctionArgument)
    }
}

@Suite struct PinyinOrderTests {
    @Test func stationsSortByPinyin() throws {
        let towns = try TestSupport.compact("stations | sort 乡镇 | distinct 乡镇").split(separator: "\n").dropFirst().map(String.init)
        #expect(towns.first == "保安镇")
        #expect(towns == ["保安镇", "陈贵镇", "大箕铺镇", "东风路街道", "东岳路街道", "还地桥镇", "金湖街道", "金牛镇", "金山店镇",
                          "金山街道", "灵乡镇", "刘仁八镇", "罗家桥街道", "茗山乡", "汪仁镇", "殷祖镇"])
        #expect(try TestSupport.compact("stations | sort 乡镇 | top 1 | select 乡镇") == "保安镇")
        // The old order, by code point, on request.
        #expect(try TestSupport.compact("stations | sort 乡镇 codepoint | top 1 | select 乡镇") == "东岳路街道")
        #expect(try TestSupport.compact("stations | sort 乡镇 desc | top 1 | select 乡镇") == "殷祖镇")
        #expect(try TestSupport.compact("stations | sort 乡镇 desc codepoint | top 1 | select 乡镇") == "陈贵镇")
    }

    @Test func groupsComeInFirstAppearanceAndSortUsesTheCollation() throws {
        // group keeps the order of first rows: 东岳路街道 is the first station's division.
        #expect(try TestSupport.compact("stations | group 乡镇 | count | top 1 | select 乡镇") == "东岳路街道")
        #expect(try TestSupport.compact("stations | group 乡镇 | count | sort 乡镇 | top 1 | select 乡镇") == "保安镇")
        #expect(try TestSupport.compact("stations | agg a = min(乡镇), b = max(乡镇)") == "a,b\n保安镇,殷祖镇")
    }

    @Test func canonicalTextKeepsCodepoint() throws {
        #expect(try Pipeline.parse("stations | sort 乡镇 codepoint desc, 村").canonical == "stations | sort 乡镇 desc codepoint, 村")
    }
}

@Suite struct NumbersAsAnalystsSeeThemTests {
    @Test func medianKeepsTheScaleAndRoundIsHalfUp() throws {
        // 金额 is in 元 and 分: its median is too.
        #expect(try TestSupport.compact("funds | agg m = median(金额)") == "60000.00")
        #expect(try TestSupport.compact("budgets | agg a = round(2.345, 2), b = round(2.355, 2), c = round(-2.345, 2), d = round(0.5)") == "a,b,c,d\n2.35,2.36,-2.35,1")
    }

    @Test func percentagesShowTwoDecimals() throws {
        let interpreter = try TestSupport.interpreter()
        let pct = try #require(interpreter.run("stations | agg p = pct(count(村), count())").value)
        #expect(interpreter.render(pct)?.contains("87.23%") == true)
        let share = try #require(interpreter.run("stations | group 层级 | agg s = share(月均服务人次)").value)
        #expect(interpreter.render(share)?.contains("18.71%") == true)
        let window = try #require(interpreter.run("stations | where 层级 == \"市级\" | derive s = share(月均服务人次) | select s").value)
        #expect(interpreter.render(window)?.contains("35.23%") == true)
    }
}
