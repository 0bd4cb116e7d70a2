import Foundation
import JixiaoCommands
import JixiaoCore
import Testing
import TestSupport

/// Counts the stages a line runs (told by the interpreter before each one).
final class StageCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var stages: [Int] = []

    var ran: [Int] { lock.withLock { stages } }

    func record(_ index: Int) { lock.withLock { stages.append(index) } }
}

/// A line is bound whole before any stage runs: every name and type error is found with nothing run, and an
/// error found while running is shown at its place in the line.
@Suite struct BoundPlanTests {
    /// An interpreter over a table of a million rows, counting the stages it runs.
    static func million() -> (Interpreter, StageCounter) {
        let rows = 1_000_000
        let workspace = Workspace(directory: NSTemporaryDirectory())
        let ids = Column(.integer((0..<rows).map { Int64($0) }))
        let amounts = Column(.integer((0..<rows).map { Int64($0 % 1000) }))
        let towns = Column.from((0..<rows).map { .text(["保安镇", "殷祖镇", "金牛镇"][$0 % 3]) }, type: .text)
        workspace.store(Dataset(name: "ledger", table: Table(names: ["编号", "金额", "乡镇"], columns: [ids, amounts, towns]), origin: .derived(pipeline: "test")))
        let interpreter = Interpreter(workspace: workspace)
        let counter = StageCounter()
        interpreter.onStage = { counter.record($0) }
        return (interpreter, counter)
    }

    @Test func aMisspeltColumnInTheLastStageOfFiveIsReportedWithNoStageRun() throws {
        let (interpreter, counter) = Self.million()
        let line = "ledger | where 金额 > 10 | group 乡镇 | agg 合计 = sum(金额) | sort 合记 desc"
        let error = try #require(interpreter.run(line).error)
        #expect(error.phase == .bind)
        #expect(error.message == "no column named 合记")
        #expect(error.hint == "did you mean 合计?")
        #expect(error.range.map { String(decoding: Array(line.utf8)[$0], as: UTF8.self) } == "合记")
        #expect(counter.ran == [])
        // Spelt right, all five stages run.
        #expect(interpreter.run(line.replacingOccurrences(of: "合记", with: "合计")).error == nil)
        #expect(counter.ran == [0, 1, 2, 3, 4])
    }

    @Test func typeErrorsAndTablelessStagesAreFoundBeforeRunning() throws {
        let (interpreter, counter) = Self.million()
        #expect(interpreter.run("ledger | where 乡镇 > 3 | count").error?.message == "cannot compare text with integer")
        #expect(interpreter.run("ledger | group 乡镇 | count | chart bar | top 2").error?.message == "top needs a table before it")
        #expect(interpreter.run("ledger | join nothing on 编号").error?.message == "no dataset named nothing")
        #expect(interpreter.run("ledger | select 编号 | where 金额 > 1").error?.message == "no column named 金额")
        #expect(interpreter.run("let x = ledger | derive y = 金额 * 2 | where z > 1").error?.message == "no column named z")
        #expect(counter.ran == [])
        #expect(interpreter.workspace.dataset(named: "x") == nil)
    }

    @Test func aRunTimeErrorIsShownAtItsExpression() throws {
        let interpreter = try TestSupport.interpreter()
        let line = "budgets | derive x = date(\"9999-12-31\") + 1"
        let error = try #require(interpreter.run(line).error)
        #expect(error.message == "date out of range: the result lies outside the years 1 to 9999")
        #expect(error.source == line)
        #expect(error.range.map { String(decoding: Array(line.utf8)[$0], as: UTF8.self) } == "date(\"9999-12-31\") + 1")
        // Without an expression to point at, the stage that failed.
        let empty = "stations | where 层级 == \"无\" | chart bar"
        let chart = try #require(interpreter.run(empty).error)
        #expect(chart.range.map { String(decoding: Array(empty.utf8)[$0], as: UTF8.self) } == "bar")
    }

    @Test func explainShowsEachStageWithWhatItGives() throws {
        let interpreter = try TestSupport.interpreter()
        let result = try TestSupport.compact("explain stations | where 层级 != \"市级\" | group 乡镇 | agg 站点数 = count() | sort 站点数 desc", interpreter: interpreter)
        let lines = result.split(separator: "\n").map(String.init)
        #expect(lines.first == "步骤,命令,给出")
        #expect(lines.count == 6)
        #expect(lines[4] == "4,agg 站点数 = count(),table(乡镇 text, 站点数 integer)")
        #expect(lines[5] == "5,sort 站点数 desc,table(乡镇 text, 站点数 integer)")
        // Nothing ran, and explain is no cell.
        #expect(interpreter.workspace.nextCell == 1)
    }

    /// `explain` works on every example in the help.
    @Test(arguments: ExamplesTests.examples.indices)
    func explainWorksOnEveryExample(_ index: Int) throws {
        let (command, example) = ExamplesTests.examples[index]
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for line in example.setup { _ = interpreter.run(line) }
        let outcome = interpreter.run("explain " + example.line)
        #expect(outcome.error == nil, "\(command): explain \(example.line): \(outcome.error.map(String.init(describing:)) ?? "")")
        #expect(outcome.value?.table?.rowCount ?? 0 >= 1, "\(command)")
    }
}
