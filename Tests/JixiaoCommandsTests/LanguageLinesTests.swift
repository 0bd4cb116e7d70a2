import JixiaoCommands
import JixiaoCore
import JixiaoRender
import Testing
import TestSupport

/// The lines the foundation issue names, as written, and the errors they must give.
@Suite struct LanguageLinesTests {
    @Test func theIssueLinesWorkAsWritten() throws {
        let interpreter = try TestSupport.interpreter()
        #expect(try TestSupport.compact("funds | where 方向 == \"支出\" | agg 合计 = sum(金额)", interpreter: interpreter) == "4222100.00")
        #expect(try TestSupport.compact("stations | where 层级 != \"市级\" | count", interpreter: interpreter) == "139")
        let top = try TestSupport.compact("stations | where 层级 == \"村级\" and 月均服务人次 >= 100 | group 乡镇 | agg 站点数 = count(), 人次 = sum(月均服务人次) | sort 站点数 desc | top 5", interpreter: interpreter)
        #expect(top.split(separator: "\n").count == 6)
        #expect(top.hasPrefix("乡镇,站点数,人次\n茗山乡,15,"))
        #expect(try TestSupport.compact("activities | where 类型 == \"直播培训\" | agg 人次 = sum(人次)", interpreter: interpreter) == "859")
        #expect(try TestSupport.compact("let busy = stations | where 月均服务人次 >= 150", interpreter: interpreter) == "busy: 79 rows, 9 columns")
        #expect(try TestSupport.compact("busy | count", interpreter: interpreter) == "79")
        #expect(try TestSupport.compact("load datasets/funds.csv as name", interpreter: interpreter) == "loaded name: 23 rows, 6 columns")
        #expect(try TestSupport.compact("name | count", interpreter: interpreter) == "23")
    }

    @Test func groupTableRendersAligned() throws {
        let interpreter = try TestSupport.interpreter()
        let outcome = interpreter.run("stations | where 层级 == \"村级\" and 乡镇 in [\"保安镇\", \"还地桥镇\", \"茗山乡\"] | group 乡镇 | agg 站点数 = count() | sort 站点数 desc")
        let text = try #require(outcome.value.flatMap(interpreter.render))
        #expect(text == """
            ┌──────────┬────────┐
            │ 乡镇     │ 站点数 │
            ├──────────┼────────┤
            │ 茗山乡   │     15 │
            │ 保安镇   │     12 │
            │ 还地桥镇 │     10 │
            └──────────┴────────┘
            """)
    }

    @Test func misspeltColumnGetsACaretAndAHint() throws {
        let error = try #require(try TestSupport.error("stations | where 乡镗 == \"保安镇\""))
        #expect(DiagnosticRenderer.render(error) == """
            name error: no column named 乡镗
              stations | where 乡镗 == "保安镇"
                               ^^^^
              hint: did you mean 乡镇?
            """)
    }

    @Test func expressionsCoverTheLanguage() throws {
        #expect(try TestSupport.compact("stations | where 村 is null | count") == "18")
        #expect(try TestSupport.compact("stations | where not (层级 == \"村级\") | count") == "18")
        #expect(try TestSupport.compact("stations | where year(开业日期) == 2021 or month(开业日期) between 1 and 2 | count")
                == TestSupport.compact("stations | where 开业日期 < \"2022-03-01\" | count"))
        #expect(try TestSupport.compact("funds | where 金额 > 1000000 | agg x = abs(round(sum(金额) / 3, 1))") == "1452900.0")
        #expect(try TestSupport.compact("funds | agg m = median(金额), a = mean(金额), n = count_distinct(资金名称) | select n") == "2")
        #expect(try TestSupport.compact("budgets | derive 比 = 全年预算数 / 0 | select 比 | top 1") == "")
        #expect(try TestSupport.compact("funds | group 方向 | agg 占比 = share(金额)") == "方向,占比\n到位,50.63\n支出,49.37")
    }

    @Test func failedCommandsChangeNothing() throws {
        let interpreter = try TestSupport.interpreter()
        #expect(interpreter.run("let bad = stations | where 不存在 > 1").error != nil)
        #expect(interpreter.workspace.dataset(named: "bad") == nil)
        #expect(interpreter.run("load no/such/file.csv as x").error?.phase == .io)
        #expect(interpreter.workspace.dataset(named: "x") == nil)
    }

    @Test func stagesMustStandWhereTheyMay() throws {
        #expect(try TestSupport.error("where 乡镇 == \"a\"")?.message == "where works on a table: put a dataset before it")
        #expect(try TestSupport.error("stations | load x.csv")?.message == "load starts a pipeline and cannot follow |")
        #expect(try TestSupport.error("stations | wehre 乡镇 == \"a\"")?.hint == "did you mean where?")
        #expect(try TestSupport.error("statoins | count")?.hint == "did you mean stations?")
    }
}
