import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender
import JixiaoSession
import JixiaoShell
import Testing
import TestSupport

/// `!COMMAND` for the person at the prompt, and nothing of the kind for anyone else.
@Suite struct ShellEscapeTests {
    @Test func theInteractiveUserRunsShellCommandsThatAreNeverSaved() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let journal = try Journal(path: sandbox.folder + "/journal.jx")
        let reader = ScriptedLineReader(["!echo 你好 > 问候.txt && cat 问候.txt", "!", "stations | count", "!exit 3"])
        let shell = Shell(interpreter: try sandbox.interpreter(), reader: reader, interactive: true, color: false, journal: journal)
        var shellOutput = "", output = "", errors = ""
        shell.shellOutput = { shellOutput += $0 }
        shell.output = { output += $0 }
        shell.errorOutput = { errors += $0 }
        #expect(shell.run() == 0)
        #expect(shellOutput == "你好\n")
        #expect(try sandbox.read("问候.txt") == "你好\n")
        #expect(errors == "!COMMAND runs a shell command, e.g. !ls datasets\n(exit status 3)\n")
        // The last line break ends the prompt line when the input ends (Ctrl-D).
        #expect(output == "┌───────┐\n│ count │\n├───────┤\n│   141 │\n└───────┘\n\n")
        // Shell commands take no cell number, and the journal keeps them as #! lines, which replay skips.
        #expect(shell.prompt == "jixiao [2]> ")
        let journaled = try sandbox.read("journal.jx")
        #expect(journaled == "#! shell: echo 你好 > 问候.txt && cat 问候.txt\nstations | count\n#! shell: exit 3\n")
        #expect(ScriptReader.commands(journaled).map(\.text) == ["stations | count"])
        // save leaves them out too.
        #expect(shell.interpreter.run("save 会话").error == nil)
        #expect(ScriptReader.commands(try sandbox.read("sessions/会话.jx")).map(\.text) == ["stations | count"])
    }

    @Test func pipedInputRunsNoShellCommand() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let shell = Shell(interpreter: try sandbox.interpreter(), reader: ScriptedLineReader(["!touch pwned"]), interactive: false, color: false)
        var errors = ""
        shell.errorOutput = { errors += $0 }
        #expect(shell.run() == 1)
        #expect(errors == """
            refused: shell commands (!…) run only at the interactive jixiao prompt
              !touch pwned
              ^^^^^^^^^^^^

            """)
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/pwned"))
    }

    @Test func aWalkthroughRunsItsScriptRestricted() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let script = "# 第一步\nstations | count\n# 第二步\n!touch pwned\n"
        var walkthrough = Walkthrough(script: script, file: "lesson.jx", learner: try sandbox.interpreter(), reader: ScriptedLineReader(["", ""]), color: false)
        var output = ""
        walkthrough.output = { output += $0 }
        walkthrough.errorOutput = { output += $0 }
        #expect(walkthrough.run() == 1)
        #expect(output.contains("lesson.jx:4:1: refused: shell commands are not run from scripts\n  !touch pwned\n"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/pwned"))
    }
}

/// What a replay says, whole, in both languages: refusals, a changed dataset, an unknown lesson.
@Suite struct ReplayMessagesTests {
    @Test func aScriptHoldingAShellCommandIsRefusedInEitherLanguage() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("stations | count\n!touch pwned\n", to: "s.jx")
        #expect(try sandbox.replay("s.jx", .run).errors == """
            \(sandbox.folder)/s.jx:2:1: refused: shell commands are not run from scripts; nothing in this script was run
              !touch pwned
              ^^^^^^^^^^^^
              hint: if you trust the command, type it at the jixiao prompt yourself

            """)
        #expect(try Language.speaking(.zh) { try sandbox.replay("s.jx", .run) }.errors == """
            \(sandbox.folder)/s.jx:2:1: 已拒绝：脚本中的 shell 命令不会运行；这个脚本的命令一条也没有运行
              !touch pwned
              ^^^^^^^^^^^^
              提示：如果信任这条命令，请自己在 jixiao 提示符下输入

            """)
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/pwned"))
    }

    @Test func aChangedDatasetAndAMissingRecordAreSaidInEitherLanguage() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let interpreter = try sandbox.interpreter()
        _ = interpreter.run("budgets | count")
        _ = interpreter.run("save b")
        let csv = try sandbox.read("datasets/budgets.csv")
        try csv.replacingOccurrences(of: "180000.00", with: "180000.01").write(toFile: sandbox.folder + "/datasets/budgets.csv", atomically: true, encoding: .utf8)
        let header = ScriptHeader.parse(try sandbox.read("sessions/b.jx"))
        let then = String(header.datasets.first?.sha256.prefix(12) ?? "")
        let now = String(DatasetFingerprint.sha256(ofFile: sandbox.folder + "/datasets/budgets.csv")?.prefix(12) ?? "")
        let path = sandbox.folder + "/sessions/b.jx"
        #expect(try Language.speaking(.zh) { try sandbox.replay("sessions/b.jx", .run) }.errors
            == "\(path): 注意：数据集“budgets”在保存脚本后有改动：sha256 当时为 \(then)…，现在为 \(now)…（仍是 2 行）\n")
        #expect(try sandbox.replay("sessions/b.jx", .run).errors
            == "\(path): warning: dataset budgets changed since the script was saved: sha256 \(then)… then, \(now)… now (still 2 rows)\n")
        #expect(try Language.speaking(.zh) { try sandbox.replay("sessions/b.jx", .check) }.errors.hasSuffix(
            "\(path): 没有预期输出“\(path).expected”；请先运行 jixiao replay --update \(path)\n"))
    }

    @Test func anUnknownLessonIsSaidInEitherLanguage() throws {
        let interpreter = try TestSupport.interpreter()
        let error = try #require(interpreter.run("tutorial basic").error)
        #expect(DiagnosticRenderer.render(error, language: .zh) == "文件错误：没有名为“basic”的教程\n  tutorial basic\n           ^^^^^\n  提示：是不是要找“basics”？")
        #expect(DiagnosticRenderer.render(error, language: .en) == "file error: no walkthrough named basic\n  tutorial basic\n           ^^^^^\n  hint: did you mean basics?")
        let listed = Language.speaking(.zh) { interpreter.run("tutorial basics") }
        #expect(interpreter.display(listed)?.hasPrefix("“basics”是交互式 shell 中的演练；在命令行中请用：jixiao replay --step ") == true)
    }
}

/// The jixiao binary, given hostile scripts and options, as a colleague's script would meet it.
@Suite struct UntrustedScriptBinaryTests {
    func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> (code: Int32, output: String, errors: String) {
        let binary = TestSupport.productPath("jixiao")
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the jixiao binary first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["JIXIAO_LANG": "en", "XDG_STATE_HOME": folder + "/state", "HOME": folder, "PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func aScriptWithAShellCommandRunsNothing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("stations | count\n!touch pwned\n", to: "hostile.jx")
        for arguments in [["hostile.jx"], ["replay", "hostile.jx"], ["replay", "--update", "hostile.jx"]] {
            let result = try run(arguments, in: sandbox.folder)
            #expect(result.code == 1, "\(arguments)")
            #expect(result.output == "")
            #expect(result.errors == """
                hostile.jx:2:1: refused: shell commands are not run from scripts; nothing in this script was run
                  !touch pwned
                  ^^^^^^^^^^^^
                  hint: if you trust the command, type it at the jixiao prompt yourself

                """)
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/pwned"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/hostile.jx.expected"))
    }

    @Test func allowWriteNamesAnExistingFolder() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("stations | count\n", to: "s.jx")
        let missing = try run(["--allow-write", "没有这个目录", "s.jx"], in: sandbox.folder)
        #expect(missing.code == 2)
        #expect(missing.errors == "jixiao: --allow-write 没有这个目录: no such folder\n")
        try FileManager.default.createDirectory(atPath: sandbox.folder + "/out", withIntermediateDirectories: false)
        let allowed = try run(["--allow-write", "out", "--allow-write", sandbox.folder + "/datasets", "s.jx"], in: sandbox.folder)
        #expect(allowed.code == 0)
        #expect(allowed.output.contains("141"))
    }
}

/// Reads in a script run by the binary: the datasets folder, wherever it is, and `--allow-read` folders.
@Suite struct UntrustedScriptReadTests {
    @Test func theDatasetsFolderAndAllowReadFoldersAreReadable() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let outside = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try "口令\nhunter2\n".write(toFile: outside + "/secret.csv", atomically: true, encoding: .utf8)
        try sandbox.write("load \(outside)/secret.csv as s\ns | count\n", to: "read.jx")
        let tool = UntrustedScriptBinaryTests()
        let refused = try tool.run(["read.jx"], in: sandbox.folder)
        #expect(refused.code == 1)
        #expect(refused.errors.hasPrefix("read.jx:1:6: refused: a replayed script may not read an absolute path: \(outside)/secret.csv\n"))
        let missing = try tool.run(["--allow-read", "没有这个目录", "read.jx"], in: sandbox.folder)
        #expect(missing.code == 2)
        #expect(missing.errors == "jixiao: --allow-read 没有这个目录: no such folder\n")
        let allowed = try tool.run(["--allow-read", outside, "read.jx"], in: sandbox.folder)
        #expect(allowed.code == 0, "\(allowed.errors)")
        #expect(allowed.output.contains("│     1 │"))
        // The datasets folder given with --datasets is readable even outside the working folder.
        try sandbox.write("load \(outside)/secret.csv as s\ns | count\n", to: "datasets.jx")
        let fromDatasets = try tool.run(["--datasets", outside, "datasets.jx"], in: sandbox.folder)
        #expect(fromDatasets.code == 0, "\(fromDatasets.errors)")
    }
}
