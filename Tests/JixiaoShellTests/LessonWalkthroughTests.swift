import Foundation
import JixiaoCommands
import JixiaoCore
@testable import JixiaoSession
@testable import JixiaoShell
import Testing
import TestSupport

/// Lessons as a learner meets them: driven through the scripted reader, asserting on what the walkthrough says.
@Suite struct LessonWalkthroughTests {
    /// Runs `script` as a lesson with the learner typing `answers`; returns the exit code and everything shown,
    /// said in Chinese, the language of the lessons these tests follow.
    static func follow(_ script: String, answers: [String], learner: Interpreter? = nil, in language: Language = .zh) throws -> (code: Int32, output: String) {
        var walkthrough = Walkthrough(script: script, file: "lesson.jx", learner: try learner ?? TestSupport.interpreter(),
                                      reader: ScriptedLineReader(answers), color: false)
        var output = ""
        walkthrough.output = { output += $0 }
        walkthrough.errorOutput = { output += $0 }
        return (Language.speaking(language) { walkthrough.run() }, output)
    }

    @Test func theClosingNarrationIsShown() throws {
        let script = "# 第一步：数一数站点。\nstations | count\n# 全部完成。下一课见。\n# 用 help 查看所有命令。\n"
        let (code, output) = try Self.follow(script, answers: [""])
        #expect(code == 0)
        #expect(output.hasSuffix("\n  全部完成。下一课见。\n  用 help 查看所有命令。\n\n教程完成：1/1 步。\n"))
        // The closing lines belong to no step: step 1 shows only its own narration.
        #expect(output.contains("(1/1)\n  第一步：数一数站点。\n» stations | count"))
    }

    @Test func anUnsortedStepAcceptsTheRowsInAnotherOrder() throws {
        let script = "# 按乡镇数一数镇村站点。\nstations | where 层级 != \"市级\" | group 乡镇 | agg n = count()\n"
        let (code, output) = try Self.follow(script, answers: [
            "stations | where 层级 != \"市级\" | group 乡镇 | agg 个数 = count() | sort 个数 desc",
        ])
        #expect(code == 0)
        #expect(output.contains("✓ 结果与示例一致。"))
        #expect(!output.contains("✗"))
    }

    @Test func anUnsortedStepRejectsAWrongAnswerAndNamesTheFirstDifferingRow() throws {
        let script = "stations | where 层级 != \"市级\" | group 乡镇 | agg n = count()\n"
        // The 市级 stations stand in 东岳路街道 and 罗家桥街道: the same 16 towns, two counts one higher.
        let (code, output) = try Self.follow(script, answers: ["stations | group 乡镇 | agg n = count()", "quit"])
        #expect(code == 0)
        #expect(output.contains("""
            ✗ 结果与示例不同：有一行不同（这一步不计行的顺序；两边的行按值排好后，第 1 行不同）。
                示例：东岳路街道 | 4
                你的：东岳路街道 | 5
            再试一次，或回车查看示例命令。

            """))
        #expect(!output.contains("✓"))
    }

    @Test func aSortedStepWantsTheExamplesOrder() throws {
        let script = "funds | group 方向 | agg 万元 = wan(sum(金额)) | sort 万元\n"
        let (_, output) = try Self.follow(script, answers: ["funds | group 方向 | agg 万元 = wan(sum(金额)) | sort 万元 desc", "quit"])
        #expect(output.contains("""
            ✗ 结果与示例不同：第 1 行不同（这一步排序或取前几行，行的顺序也要一致）。
                示例：支出 | 422.21
                你的：到位 | 432.90
            """))
    }

    @Test func topWithoutSortComparesInOrder() throws {
        // top 2 keeps the first two rows of its input: which rows they are depends on the order.
        let script = "stations | select 站点编号 | top 2\n"
        let (_, output) = try Self.follow(script, answers: ["stations | select 站点编号 | sort 站点编号 desc | top 2", "quit"])
        #expect(output.contains("✗ 结果与示例不同：第 1 行不同"))
    }

    @Test func aRejectedAnswerSaysTheRowCountOrTheColumnsDiffer() throws {
        let script = "stations | where 层级 == \"市级\" | select 乡镇, 层级\n"
        let (_, output) = try Self.follow(script, answers: [
            "stations | where 层级 != \"村级\" | select 乡镇, 层级",
            "stations | where 层级 == \"市级\" | select 乡镇",
            "stations | where 层级 == \"市级\" | select 镇 = 乡镇, 级 = 层级",
        ])
        #expect(output.contains("✗ 结果与示例不同：示例 2 行，你的结果 18 行。\n"))
        #expect(output.contains("✗ 结果与示例不同：示例 2 列（乡镇、层级），你的结果 1 列（乡镇）。\n"))
        // Column names aside: the third answer is accepted.
        #expect(output.contains("✓ 结果与示例一致。"))
    }

    @Test func aStepThatLeavesADatasetSaysWhenTheLearnerHasNone() throws {
        let script = "let 村级 = stations | where 层级 == \"村级\"\n"
        let (_, output) = try Self.follow(script, answers: ["stations | where 层级 == \"村级\"", "let 村级 = stations | where 层级 == \"村级\""])
        #expect(output.contains("✗ 结果与示例不同：这一步要留下名为“村级”的数据集，你的工作区里还没有。\n"))
        #expect(output.contains("✓ 结果与示例一致。"))
    }

    @Test func aLoadStepComparesTheDatasetItLeaves() throws {
        let script = "load datasets/stations.csv as 站点\n"
        // The same rows under the same name by another route.
        let (_, output) = try Self.follow(script, answers: ["let 站点 = stations"])
        #expect(output.contains("✓ 结果与示例一致。"))
    }

    /// The walkthrough's own words in English, whole: the introduction, a rejected row, counts of rows and
    /// columns, the kinds of result, a skipped step and the end (the lesson's narration is its author's).
    @Test func theWalkthroughSpeaksEnglishOnRequest() throws {
        let script = "# 第一步。\nstations | where 层级 == \"市级\" | select 乡镇, 层级\nfunds | group 方向 | agg 万元 = wan(sum(金额)) | sort 万元\n"
        let (code, output) = try Self.follow(script, answers: [
            "stations | where 层级 != \"村级\" | select 乡镇, 层级",
            "stations | where 层级 == \"市级\" | select 乡镇",
            "help count",
            "stations | where 层级 == \"市级\" | select 镇 = 乡镇, 级 = 层级",
            "funds | group 方向 | agg 万元 = wan(sum(金额)) | sort 万元 desc",
            "skip",
        ], in: .en)
        #expect(code == 0)
        let reject = "\nTry again, or press Enter to see the example.\n"
        #expect(output.hasPrefix("Lesson lesson.jx: 2 steps. Type a command to run it; Enter or Tab runs the example (next); skip, back and quit do what they say.\n\n(1/2)\n  第一步。\n"))
        #expect(output.contains("✗ Not the example's result: The example has 2 rows; yours has 18 rows." + reject))
        #expect(output.contains("✗ Not the example's result: The example has 2 columns (乡镇, 层级); yours has 1 column (乡镇)." + reject))
        #expect(output.contains("✗ Not the example's result: The example's result is a table; yours is text." + reject))
        #expect(output.contains("✓ The same result as the example.\n\n(2/2)\n"))
        #expect(output.contains("""
            ✗ Not the example's result: Row 1 differs (this step sorts or takes the first rows, so the order of the rows counts too).
                example: 支出 | 422.21
                yours:   到位 | 432.90
            """ + reject))
        #expect(output.hasSuffix("Skipped. The example was: funds | group 方向 | agg 万元 = wan(sum(金额)) | sort 万元\n\nLesson finished: 2/2 steps.\n"))
        let quit = try Self.follow(script, answers: ["quit"], in: .en)
        #expect(quit.output.hasSuffix("Lesson ended after 0/2 steps.\n"))
    }

    @Test func aTextResultAgainstATableSaysSo() throws {
        let (_, output) = try Self.follow("stations | count\n", answers: ["help count", "quit"])
        #expect(output.contains("✗ 结果与示例不同：示例的结果是一张表，你的结果是一段文本。\n"))
    }
}

/// The comparison itself: what is ordered, and a total, deterministic order of rows.
@Suite struct AnswerComparisonTests {
    static func table(_ rows: [[Value]], names: [String] = ["a", "b"]) -> Table {
        Table(names: names, columns: names.indices.map { column in Column.from(rows.map { $0[column] }) })
    }

    @Test func whatMakesAStepOrdered() throws {
        #expect(StepExpectation(try Pipeline.parse("stations | top 3")).ordered)
        #expect(StepExpectation(try Pipeline.parse("stations | head 3")).ordered)
        #expect(StepExpectation(try Pipeline.parse("stations | sort 乡镇 | select 乡镇")).ordered)
        #expect(!StepExpectation(try Pipeline.parse("stations | group 乡镇 | count")).ordered)
        let named = StepExpectation(try Pipeline.parse("let x = stations | sort 乡镇"))
        #expect(named.ordered && named.dataset == "x")
        #expect(StepExpectation(try Pipeline.parse("load datasets/stations.csv as 站点")).dataset == "站点")
        #expect(StepExpectation(try Pipeline.parse("stations | count")).dataset == nil)
    }

    @Test func rowsAreComparedAsAMultisetWhenUnordered() {
        let want = Self.table([[.text("甲"), .integer(1)], [.text("乙"), .integer(2)], [.text("甲"), .integer(1)]])
        let reordered = Self.table([[.text("甲"), .integer(1)], [.text("甲"), .integer(1)], [.text("乙"), .integer(2)]])
        // The same distinct rows, but not as often: a multiset, not a set.
        let recounted = Self.table([[.text("甲"), .integer(1)], [.text("乙"), .integer(2)], [.text("乙"), .integer(2)]])
        #expect(AnswerComparison.difference(expected: want, actual: reordered, ordered: false) == nil)
        #expect(AnswerComparison.difference(expected: want, actual: reordered, ordered: true)
                == .row(index: 1, expected: [.text("乙"), .integer(2)], actual: [.text("甲"), .integer(1)], ordered: true))
        #expect(AnswerComparison.difference(expected: want, actual: recounted, ordered: false) != nil)
    }

    @Test func theOrderOfValuesIsTotalAndConsistentWithEquality() {
        let three = ExactDecimal(units: 300, scale: 2)
        #expect(AnswerComparison.compare(.integer(3), .decimal(three)) == 0)
        #expect(AnswerComparison.compare(.null, .integer(-5)) < 0)
        #expect(AnswerComparison.compare(.integer(2), .decimal(three)) < 0)
        #expect(AnswerComparison.compare(.text("乙"), .text("甲")) == -AnswerComparison.compare(.text("甲"), .text("乙")))
        // Rows that tie on their first value are ordered by the next: sorting never depends on where they started.
        let rows: [[Value]] = [[.text("甲"), .integer(2)], [.null, .integer(9)], [.text("甲"), .integer(1)]]
        #expect(rows.sorted { AnswerComparison.compare($0, $1) < 0 } == [[.null, .integer(9)], [.text("甲"), .integer(1)], [.text("甲"), .integer(2)]])
        #expect(rows.reversed().sorted { AnswerComparison.compare($0, $1) < 0 } == rows.sorted { AnswerComparison.compare($0, $1) < 0 })
    }
}

/// A lesson that reuses its own cells (`_1`, `out 2`): they mean the lesson's steps, whatever the learner's
/// session numbered before, and the learner's session saves them under its own numbers.
@Suite struct LessonCellsTests {
    static let script = """
        # 第一步：村级站点。
        stations | where 层级 == "村级"
        # 第二步：第一步的结果有几行？用 _1。
        _1 | count
        # 第三步：再用 out 1 按乡镇数。
        out 1 | group 乡镇 | count
        """

    @Test func aLessonsCellsAreItsOwnStepsInTheLearnersSession() throws {
        let learner = try TestSupport.interpreter()
        // The session already has cells 1 and 2: the lesson's _1 is not the session's.
        _ = learner.run("funds | count")
        _ = learner.run("budgets | count")
        let (code, output) = try LessonWalkthroughTests.follow(Self.script, answers: [
            "stations | where 层级 == \"村级\" | sort 月均服务人次",
            "_1 | count",
            "skip",
        ], learner: learner)
        #expect(code == 0)
        #expect(output.components(separatedBy: "✓ 结果与示例一致。").count == 3, "\(output)")
        #expect(output.hasSuffix("教程完成：3/3 步。\n"))
        // The skipped third step still ran, silently, as cell 5 of the session.
        #expect(learner.workspace.nextCell == 6)
        #expect(learner.workspace.cells[4].map(OutputRenderer.compact) == "123")
        // Saved, the session refers to the session's own cells.
        let commands = learner.workspace.log.compactMap { entry -> String? in
            if case .command(let command) = entry, command.isSaved { return command.canonical }
            return nil
        }
        #expect(commands == [
            "funds | count", "budgets | count", "stations | where 层级 == \"村级\" | sort 月均服务人次", "_3 | count", "out 3 | group 乡镇 | count",
        ])
    }

    @Test func nextRunsTheStepsOwnCommandOnTheLessonsCells() throws {
        let learner = try TestSupport.interpreter()
        _ = learner.run("funds | count")
        let (code, output) = try LessonWalkthroughTests.follow(Self.script, answers: ["", "", ""], learner: learner)
        #expect(code == 0)
        #expect(!output.contains("has no result"), "\(output)")
        #expect(learner.workspace.cells[3].map(OutputRenderer.compact) == "123")
    }
}
