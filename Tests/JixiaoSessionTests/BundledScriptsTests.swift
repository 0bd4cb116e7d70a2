import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoSession
import JixiaoShell
import Testing
import TestSupport

/// The scripts shipped in sessions/ replay and match their recorded outputs, through the real binary.
@Suite struct BundledScriptsTests {
    static let scripts: [String] = {
        let folder = TestSupport.repositoryRoot + "/sessions"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".jx") && names.contains($0 + ".expected") }.sorted()
    }()

    @Test func thereAreScriptsToCheck() {
        #expect(Self.scripts.contains("example.jx"))
        #expect(Self.scripts.contains("tutorial-basics.jx"))
        #expect(Self.scripts.contains("tutorial-appendix.jx"))
        #expect(Self.scripts.contains("tutorial-explore.jx"))
        #expect(Self.scripts.contains("appendix.jx"))
        #expect(Self.scripts.contains("tutorial-review.jx"))
    }

    /// Under `--lang zh` and `--lang en` alike: outputs are recorded in one language whatever the interface's.
    @Test(arguments: scripts, ["zh", "en"])
    func replayCheckPasses(_ script: String, language: String) throws {
        let binary = TestSupport.productPath("jixiao")
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the jixiao binary first (swift build)")
        let recorded = try String(contentsOfFile: TestSupport.repositoryRoot + "/sessions/" + script + ".expected", encoding: .utf8)
        let count = ExpectedOutput.parse(recorded).blocks.count
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--lang", language, "replay", "--check", "sessions/" + script]
        process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.repositoryRoot)
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaints = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(complaints)")
        #expect(printed == (language == "zh" ? "sessions/\(script): 全部 \(count) 条输出与预期输出一致\n" : "sessions/\(script): all \(count) outputs match\n"))
        #expect(complaints == "", "a dataset fingerprint or output changed")
    }

    @Test func theBasicsWalkthroughCanBeFollowedToTheEnd() throws {
        let path = TestSupport.repositoryRoot + "/sessions/tutorial-basics.jx"
        let script = try ScriptReplay.read(path)
        let steps = ScriptReader.commands(script).count
        // Every step answered with Enter (the script's own command), except step 3, answered another way.
        var answers = [String](repeating: "", count: steps)
        answers[2] = "站点 | where 层级 in [\"村级\"] | agg n = count()"
        let reader = ScriptedLineReader(answers)
        var walkthrough = Walkthrough(script: script, file: path, learner: try TestSupport.interpreter(), reader: reader, color: false)
        var output = ""
        walkthrough.output = { output += $0 }
        walkthrough.errorOutput = { output += $0 }
        #expect(Language.speaking(.zh) { walkthrough.run() } == 0)
        #expect(output.contains("(3/\(steps))"))
        #expect(output.contains("✓ 结果与示例一致。"))
        // The closing narration comes after the last step.
        #expect(output.hasSuffix("\n  恭喜完成！用 help 查看所有命令，help 命令名 查看用法和例子。\n\n教程完成：\(steps)/\(steps) 步。\n"))
    }

    /// A step whose answer needs a particular option tells the learner which: the evaluate step of the appendix
    /// lesson wants part=indicators, and plain evaluate gives another result.
    @Test func theAppendixLessonNamesTheOptionItsEvaluateStepExpects() throws {
        let script = try ScriptReplay.read(TestSupport.repositoryRoot + "/sessions/tutorial-appendix.jx")
        var narration: [String] = []
        var found = false
        for item in ScriptReader.items(script) {
            switch item {
            case .narration(let text, _): narration.append(text)
            case .command(let command):
                if command.text == "evaluate part=indicators" {
                    found = true
                    #expect(narration.joined().contains("evaluate part=indicators"), "\(narration)")
                }
                narration = []
            }
        }
        #expect(found)
    }

    @Test func theAppendixWalkthroughAcceptsAnEquivalentExecutionRate() throws {
        let path = TestSupport.repositoryRoot + "/sessions/tutorial-appendix.jx"
        let script = try ScriptReplay.read(path)
        let steps = ScriptReader.commands(script).count
        var answers = [String](repeating: "next", count: steps)
        // Step 2 by another route: the received amounts as a grouped sum with the rows in the same order.
        answers[1] = "funds | where 方向 != \"支出\" | group 资金名称 | agg x = wan(sum(金额))"
        let reader = ScriptedLineReader(answers)
        var walkthrough = Walkthrough(script: script, file: path, learner: try TestSupport.interpreter(), reader: reader, color: false)
        var output = ""
        walkthrough.output = { output += $0 }
        walkthrough.errorOutput = { output += $0 }
        #expect(Language.speaking(.zh) { walkthrough.run() } == 0)
        #expect(output.components(separatedBy: "✓ 结果与示例一致。").count == 2)
        #expect(output.contains("9.75"))
        #expect(output.hasSuffix("教程完成：\(steps)/\(steps) 步。\n"))
    }

    /// The exploring lesson teaches describe and pivot, and accepts another route to its answers.
    @Test func theExploreLessonTeachesDescribeAndPivot() throws {
        let path = TestSupport.repositoryRoot + "/sessions/tutorial-explore.jx"
        let script = try ScriptReplay.read(path)
        let commands = ScriptReader.commands(script).map(\.text)
        #expect(commands.contains("describe funds"))
        #expect(commands.contains { $0.contains("| pivot ") })
        var answers = [String](repeating: "next", count: commands.count)
        // Step 4 by another route: the divisions as a grouped count's keys, sorted in pinyin order.
        answers[3] = "stations | group 乡镇 | count | select 乡镇 | sort 乡镇"
        var walkthrough = Walkthrough(script: script, file: path, learner: try TestSupport.interpreter(), reader: ScriptedLineReader(answers), color: false)
        var output = ""
        walkthrough.output = { output += $0 }
        walkthrough.errorOutput = { output += $0 }
        #expect(Language.speaking(.zh) { walkthrough.run() } == 0)
        #expect(output.components(separatedBy: "✓ 结果与示例一致。").count == 2)
        #expect(output.hasSuffix("教程完成：\(commands.count)/\(commands.count) 步。\n"))
    }
}
