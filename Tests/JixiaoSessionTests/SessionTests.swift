import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoSession
import JixiaoShell
import Testing
import TestSupport

/// A copy of the repository's datasets in a temporary folder, with a workspace rooted there.
struct Sandbox {
    let folder: String

    init() throws {
        folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: TestSupport.datasetsFolder, toPath: folder + "/datasets")
    }

    func interpreter() throws -> Interpreter {
        let workspace = Workspace(directory: folder)
        try workspace.loadFolder(folder + "/datasets")
        workspace.style.width = 120
        return Interpreter(workspace: workspace)
    }

    /// Runs a replay mode and captures what it prints.
    func replay(_ script: String, _ mode: ReplayTool.Mode) throws -> (code: Int32, output: String, errors: String) {
        var tool = ReplayTool(interpreter: try interpreter(), color: false)
        var output = "", errors = ""
        tool.output = { output += $0 }
        tool.errorOutput = { errors += $0 }
        let code = tool.run(path: folder + "/" + script, mode: mode)
        return (code, output, errors)
    }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

@Suite struct SHA256Tests {
    @Test func matchesTheStandardVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite struct SaveAndReplayTests {
    @Test func saveThenReplayGivesIdenticalOutputs() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let interpreter = try sandbox.interpreter()
        interpreter.narrate("站点与活动")
        var shown: [String] = []
        for line in ["stations | where 层级 != \"市级\" | count", "help where", "stations | where 乡镗 == \"x\"",
                     "let busy = stations | where 月均服务人次 >= 150", "datasets",
                     "busy | group 乡镇 | agg n = count() | sort n desc | top 3",
                     "funds | group 方向 | agg 万元 = wan(sum(金额)) | show --total"] {
            let outcome = interpreter.run(line)
            if outcome.error == nil, let pipeline = outcome.pipeline, !pipeline.isDisplayOnly, let value = outcome.value {
                shown.append(interpreter.render(value) ?? "")
            }
        }
        #expect(interpreter.run("save 演示").error == nil)
        let script = try sandbox.read("sessions/演示.jx")
        let body = script.split(separator: "\n").filter { !$0.hasPrefix("#!") && !$0.isEmpty }.joined(separator: "\n")
        #expect(body == """
            # 站点与活动
            stations | where 层级 != "市级" | count
            let busy = stations | where 月均服务人次 >= 150
            busy | group 乡镇 | agg n = count() | sort n desc | top 3
            funds | group 方向 | agg 万元 = wan(sum(金额)) | show --total
            """)
        let header = ScriptHeader.parse(script)
        #expect(header.version == JixiaoVersion.current)
        #expect(header.datasets.map(\.name) == ["stations", "funds"])
        #expect(header.datasets.first?.rows == 141)
        #expect(header.datasets.first?.file == "datasets/stations.csv")
        #expect(header.datasets.first?.sha256 == DatasetFingerprint.sha256(ofFile: sandbox.folder + "/datasets/stations.csv"))
        let replayed = try sandbox.replay("sessions/演示.jx", .run)
        #expect(replayed.code == 0)
        #expect(replayed.errors == "")
        #expect(replayed.output == shown.map { $0 + "\n" }.joined())
    }

    @Test func checkedReplayCatchesAChangedValue() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("# 每个乡镇的站点\nstations | group 乡镇 | agg 站点数 = count(), 人次 = sum(月均服务人次)\n", to: "s.jx")
        #expect(try sandbox.replay("s.jx", .check).code == 1)
        let update = try sandbox.replay("s.jx", .update)
        #expect(update.code == 0)
        #expect(update.output.contains("recorded the output of 1 commands"))
        #expect(try sandbox.replay("s.jx", .check).code == 0)
        // One number changes in one station's row.
        var csv = try sandbox.read("datasets/stations.csv")
        let row = try #require(csv.split(separator: "\n").first { $0.hasPrefix("ZJ07,") })
        var fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[7] = String((Int(fields[7]) ?? 0) + 1)
        csv = csv.replacingOccurrences(of: String(row), with: fields.joined(separator: ","))
        try sandbox.write(csv, to: "datasets/stations.csv")
        let check = try sandbox.replay("s.jx", .check)
        #expect(check.code == 1)
        #expect(check.errors.contains("s.jx:2: output differs at line"))
        #expect(check.errors.contains("(table row"))
        #expect(check.errors.contains("stations | group 乡镇 | agg 站点数 = count(), 人次 = sum(月均服务人次)"))
    }

    @Test func aChangedDatasetIsReportedFirst() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let interpreter = try sandbox.interpreter()
        _ = interpreter.run("budgets | count")
        _ = interpreter.run("save b")
        try (try sandbox.read("datasets/budgets.csv")).replacingOccurrences(of: "180000.00", with: "180000.01").write(toFile: sandbox.folder + "/datasets/budgets.csv", atomically: true, encoding: .utf8)
        let replay = try sandbox.replay("sessions/b.jx", .run)
        #expect(replay.errors.hasPrefix("\(sandbox.folder)/sessions/b.jx: warning: dataset budgets changed since the script was saved"))
    }

    @Test func aBrokenScriptReportsFileAndLine() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("stations | count\nstations | where 乡镗 == \"保安镇\"\nstations | count\n", to: "broken.jx")
        let result = try sandbox.replay("broken.jx", .run)
        #expect(result.code == 1)
        #expect(result.errors.hasPrefix("\(sandbox.folder)/broken.jx:2:18: name error: no column named 乡镗"))
        // It stopped at the error: only the first command's output.
        #expect(result.output.components(separatedBy: "count").count == 2)
    }

    @Test func multiLineCommandsReportTheLineOfTheError() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("stations |\n  where 层级 == \"村级\" |\n  group 乡镗\n", to: "multi.jx")
        let result = try sandbox.replay("multi.jx", .run)
        #expect(result.errors.hasPrefix("\(sandbox.folder)/multi.jx:3:9: name error"))
    }
}

@Suite struct ExpectedOutputTests {
    @Test func roundTripsThroughText() {
        let blocks = ExpectedOutput(blocks: [
            .init(line: 2, command: "stations | count", output: "┌───┐\n│ 1 │\n└───┘\n"),
            .init(line: 4, command: "let x = stations", output: "x: 141 rows\n"),
            .init(line: 5, command: "stations | top 0", output: ""),
        ])
        #expect(ExpectedOutput.parse(blocks.text) == blocks)
    }
}

@Suite struct WalkthroughTests {
    @Test func acceptsACommandWithTheSameResult() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let script = """
            # 第一步：数一数镇村站点。
            stations | where 层级 != "市级" | count
            # 第二步：保安镇的村级站点。
            stations | where 乡镇 == "保安镇" and 层级 == "村级" | count
            # 第三步：把忙碌的站点存起来。
            let busy = stations | where 月均服务人次 >= 150
            """
        // Step 1 typed differently but equal; step 2 first wrong, then right by another route; step 3 via Enter.
        let reader = ScriptedLineReader([
            "stations | where 层级 in [\"镇级\", \"村级\"] | count",
            "stations | where 乡镇 == \"保安镇\" | count",
            "stations | where 层级 == \"村级\" and 乡镇 == \"保安镇\" | agg n = count()",
            "",
        ])
        let learner = try sandbox.interpreter()
        var walkthrough = Walkthrough(script: script, file: "lesson.jx", learner: learner, reader: reader, color: false)
        var output = ""
        walkthrough.output = { output += $0 }
        walkthrough.errorOutput = { output += $0 }
        #expect(Language.speaking(.zh) { walkthrough.run() } == 0)
        #expect(output.components(separatedBy: "✓ 结果与示例一致。").count == 3)
        #expect(output.components(separatedBy: "✗ 结果与示例不同").count == 2)
        #expect(output.contains("(2/3)\n  第二步：保安镇的村级站点。"))
        #expect(output.contains("» let busy = stations | where 月均服务人次 >= 150"))
        #expect(output.hasSuffix("教程完成：3/3 步。\n"))
        #expect(learner.workspace.dataset(named: "busy")?.table.rowCount == 79)
        #expect(reader.prompts.first == "练习 [1/3]> ")
    }

    @Test func skipBackAndQuit() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let script = "let t = stations | where 层级 == \"市级\"\nt | count\nfunds | count\n"
        let reader = ScriptedLineReader(["skip", "back", "next", "t | count", "quit"])
        let learner = try sandbox.interpreter()
        var walkthrough = Walkthrough(script: script, file: "l.jx", learner: learner, reader: reader, color: false)
        var output = ""
        walkthrough.output = { output += $0 }
        #expect(Language.speaking(.zh) { walkthrough.run() } == 0)
        // skip still created t, so step 2 could be answered.
        #expect(learner.workspace.dataset(named: "t")?.table.rowCount == 2)
        #expect(output.contains("已跳过。示例命令是：let t = stations | where 层级 == \"市级\""))
        #expect(output.contains("已退出教程，完成 2/3 步。"))
    }
}

@Suite struct NotebookTests {
    @Test func writesMarkdownAndHTMLWithTables() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("# 资金 <到位> & 支出\nfunds | group 方向 | agg 万元 = wan(sum(金额))\nlet x = budgets\n", to: "n.jx")
        let tool = NotebookTool(interpreter: try sandbox.interpreter())
        #expect(try tool.write(scriptPath: sandbox.folder + "/n.jx", to: sandbox.folder + "/n.md") == nil)
        // A notebook says what jixiao says in Chinese, whatever the interface's language.
        let other = try sandbox.interpreter()
        let notice = Language.speaking(.zh) { other.display(other.run("let x = budgets")) } ?? ""
        let english = try Language.speaking(.en) { () throws -> String in
            _ = try NotebookTool(interpreter: try sandbox.interpreter()).write(scriptPath: sandbox.folder + "/n.jx", to: sandbox.folder + "/en.md")
            return try sandbox.read("en.md")
        }
        #expect(try sandbox.read("n.md") == english)
        // Narration is the script's text, not markup: `< > &` are entities, so no raw HTML passes.
        #expect(try sandbox.read("n.md") == """
            # n

            资金 &lt;到位&gt; &amp; 支出

            ```jixiao
            funds | group 方向 | agg 万元 = wan(sum(金额))
            ```

            | 方向 |   万元 |
            | :--- | -----: |
            | 到位 | 432.90 |
            | 支出 | 422.21 |

            ```jixiao
            let x = budgets
            ```

            ```text
            \(notice)
            ```

            """)
        #expect(try NotebookTool(interpreter: try sandbox.interpreter()).write(scriptPath: sandbox.folder + "/n.jx", to: sandbox.folder + "/n.html") == nil)
        let html = try sandbox.read("n.html")
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<p class=\"narration\">资金 &lt;到位&gt; &amp; 支出</p>"))
        #expect(html.contains("<tr><td>到位</td><td class=\"num\">432.90</td></tr>"))
        #expect(html.contains("Noto Sans CJK SC"))
        #expect(html.contains("@media print"))
    }
}

@Suite struct JournalTests {
    /// The real binary, fed three commands through a pipe, is killed with SIGKILL: its journal holds all three.
    @Test func aKilledShellLosesNothing() throws {
        let binary = TestSupport.productPath("jixiao")
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the jixiao binary first (swift build)")
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--datasets", sandbox.folder + "/datasets"]
        process.currentDirectoryURL = URL(fileURLWithPath: sandbox.folder)
        process.environment = ["JIXIAO_LANG": "en", "XDG_STATE_HOME": sandbox.folder + "/state", "HOME": sandbox.folder, "PATH": "/usr/bin:/bin"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let commands = ["stations | count", "let busy = stations | where 月均服务人次 >= 150", "busy | group 乡镇 | count as 站点数"]
        for command in commands { input.fileHandleForWriting.write(Data((command + "\n").utf8)) }
        // Wait until the third command's output has been printed (so all three ran), then kill without warning.
        var seen = Data()
        while !(String(decoding: seen, as: UTF8.self).contains("站点数")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let journals = try FileManager.default.contentsOfDirectory(atPath: sandbox.folder + "/state/jixiao/journals")
        #expect(journals.count == 1)
        let journal = try sandbox.read("state/jixiao/journals/" + (journals.first ?? ""))
        #expect(ScriptReader.commands(journal).map(\.text) == commands)
    }
}
