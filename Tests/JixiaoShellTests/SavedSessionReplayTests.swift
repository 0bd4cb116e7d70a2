import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender
import JixiaoSession
import JixiaoShell
import Testing
import TestSupport

/// What an analyst saves, a reviewer replays: cells, exports, the project folder, no silent overwrite. The real
/// binary, piped, as a reviewer runs it.
@Suite struct SavedSessionReplayTests {
    /// A project folder: a copy of the bundled datasets, nothing else.
    static func project() throws -> String {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: TestSupport.datasetsFolder, toPath: folder + "/datasets")
        return folder
    }

    /// Runs the binary in `folder` (through /bin/sh, to set the working folder), with a journal under `folder/state`.
    static func jixiao(_ arguments: [String], in folder: String, input: String? = nil) throws -> Subprocess.Result {
        let quoted = ([try TerminalSession.binary()] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try Subprocess.run("/bin/sh", ["-c", "cd '\(folder)' && exec " + quoted.joined(separator: " ")],
                                  environment: ["PATH": "/usr/bin:/bin", "XDG_STATE_HOME": folder + "/state"], input: input)
    }

    static let session = """
        stations | group 乡镇 | count
        help where
        stations | where 乡镗 == "保安镇"
        _1 | top 2
        out 1 | count
        funds | group 方向 | agg 万元 = wan(sum(金额)) | export 方向.xlsx
        appendix to 自评表.html
        save t

        """

    @Test func cellsAndWritesOfAPipedSessionReplay() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let live = try Self.jixiao([], in: folder, input: Self.session)
        #expect(live.status == 1, "one command failed")
        #expect(live.output.contains("exported 2 rows to exports/方向.xlsx\nwrote exports/自评表.html: 项目支出绩效自评表 (mof, html)\nsaved 5 commands to sessions/t.jx\n"))
        let script = try String(contentsOfFile: folder + "/sessions/t.jx", encoding: .utf8)
        #expect(ScriptReader.commands(script).map(\.text) == [
            "stations | group 乡镇 | count",
            "_1 | top 2",
            "out 1 | count",
            "funds | group 方向 | agg 万元 = wan(sum(金额)) | export exports/方向.xlsx",
            "appendix to exports/自评表.html",
        ])
        try FileManager.default.removeItem(atPath: folder + "/exports")
        let replay = try Self.jixiao(["replay", "sessions/t.jx"], in: folder)
        #expect(replay.status == 0, "\(replay.errors)")
        #expect(replay.errors == "")
        // The piped session printed help and the save too; the replay prints exactly the cells' results.
        let help = try Self.jixiao(["-c", "help where"], in: folder).output
        #expect(help.count > 100)
        let cellsLive = live.output.replacingOccurrences(of: "saved 5 commands to sessions/t.jx\n", with: "").replacingOccurrences(of: help, with: "")
        #expect(cellsLive == replay.output)
        #expect(replay.output.hasPrefix("┌────────────┬───────┐\n│ 乡镇       │ count │"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/exports").sorted() == ["方向.xlsx", "自评表.html"])
    }

    @Test func aScriptRunFromAnotherFolderWorksInItsProject() throws {
        let folder = try Self.project()
        let elsewhere = try TestSupport.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: elsewhere)
        }
        #expect(try Self.jixiao([], in: folder, input: Self.session).output.contains("saved 5 commands"))
        try FileManager.default.removeItem(atPath: folder + "/exports")
        let fromHere = try Self.jixiao(["replay", "sessions/t.jx"], in: folder)
        let fromElsewhere = try Self.jixiao([folder + "/sessions/t.jx"], in: elsewhere)
        #expect(fromElsewhere.status == 0, "\(fromElsewhere.errors)")
        #expect(fromElsewhere.errors == "")
        #expect(fromElsewhere.output == fromHere.output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/exports").sorted() == ["方向.xlsx", "自评表.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == [])
        // Relative to the working folder as well.
        let relative = "../" + URL(fileURLWithPath: folder).lastPathComponent + "/sessions/t.jx"
        #expect(try Self.jixiao(["replay", "--check", relative], in: elsewhere).status == 1, "no .expected yet")
        #expect(try Self.jixiao(["replay", "--update", relative], in: elsewhere).status == 0)
        #expect(try Self.jixiao(["replay", "--check", relative], in: elsewhere).status == 0)
    }

    @Test func theJournalReplaysFromAnywhereToTheSameCells() throws {
        let folder = try Self.project()
        let elsewhere = try TestSupport.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: elsewhere)
        }
        let live = try Self.jixiao([], in: folder, input: Self.session)
        let journals = folder + "/state/jixiao/journals"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: journals).first)
        let journal = try String(contentsOfFile: journals + "/" + name, encoding: .utf8)
        #expect(journal.contains("\n#! folder \(folder)\n"))
        #expect(journal.contains("\n#! shown: help where\n#! failed: stations | where 乡镗 == \"保安镇\"\n#! error: name error: no column named 乡镗"))
        #expect(journal.hasSuffix("\nappendix to exports/自评表.html\n#! shown: save t\n"))
        // Run as the same user (same state folder), from a folder that has no datasets.
        let quoted = [try TerminalSession.binary(), journals + "/" + name].map { "'\($0)'" }.joined(separator: " ")
        let replay = try Subprocess.run("/bin/sh", ["-c", "cd '\(elsewhere)' && exec \(quoted)"],
                                        environment: ["PATH": "/usr/bin:/bin", "XDG_STATE_HOME": folder + "/state"])
        #expect(replay.status == 0, "\(replay.errors)")
        let help = try Self.jixiao(["-c", "help where"], in: folder).output
        #expect(live.output.replacingOccurrences(of: help, with: "") == replay.output + "saved 5 commands to sessions/t.jx\n")
    }

    @Test func aScriptOutsideAnyProjectCannotChooseItsFolder() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A header from someone else naming a folder is not believed: it runs in the working folder.
        try FileManager.default.createDirectory(atPath: folder + "/inbox", withIntermediateDirectories: false)
        try "#! jixiao 0.1.0 journal\n#! folder /etc\nload passwd as p\n".write(toFile: folder + "/inbox/x.jx", atomically: true, encoding: .utf8)
        let result = try Self.jixiao(["inbox/x.jx"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("inbox/x.jx:3:6: file error: no such file: \(folder)/passwd"))
    }

    @Test func saveDoesNotReplaceAScriptSilently() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try Self.jixiao([], in: folder, input: "stations | count\nsave t\n").status == 0)
        #expect(try Self.jixiao(["replay", "--update", "sessions/t.jx"], in: folder).status == 0)
        let again = try Self.jixiao([], in: folder, input: "funds | count\nsave t\n")
        #expect(again.status == 1)
        #expect(again.errors.hasPrefix("file error: sessions/t.jx exists\n  save t\n       ^\n  hint: save t --force replaces it, or choose another name\n"))
        #expect(try ScriptReader.commands(String(contentsOfFile: folder + "/sessions/t.jx", encoding: .utf8)).map(\.text) == ["stations | count"])
        let forced = try Self.jixiao([], in: folder, input: "funds | count\nsave t --force\n")
        #expect(forced.status == 0)
        #expect(forced.output.hasSuffix("saved 1 command to sessions/t.jx\n  removed sessions/t.jx.expected, recorded for the replaced script; jixiao replay --update sessions/t.jx records it again\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/sessions/t.jx.expected"))
        #expect(try ScriptReader.commands(String(contentsOfFile: folder + "/sessions/t.jx", encoding: .utf8)).map(\.text) == ["funds | count"])
    }
}

/// The shell's side of saving: asking before replacing, and the numbering of cells around a nested replay.
@Suite struct SaveInTheShellTests {
    func shell(_ lines: [String], interactive: Bool) throws -> (shell: Shell, output: String, errors: String, folder: String) {
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        let shell = Shell(interpreter: interpreter, reader: ScriptedLineReader(lines), interactive: interactive, color: false)
        var output = "", errors = ""
        shell.output = { output += $0 }
        shell.errorOutput = { errors += $0 }
        _ = shell.run()
        return (shell, output, errors, folder)
    }

    @Test func thePersonAtThePromptIsAskedBeforeAScriptIsReplaced() throws {
        let run = try shell(["stations | count", "save t", "funds | count", "save t", "n", "save t", "y"], interactive: true)
        defer { try? FileManager.default.removeItem(atPath: run.folder) }
        #expect(run.output.contains("saved 1 command to sessions/t.jx\n"))
        #expect(run.output.contains("not saved: sessions/t.jx is left as it was\n"))
        #expect(run.output.contains("saved 2 commands to sessions/t.jx\n"))
        #expect(run.errors == "")
        let prompts = (run.shell.reader as? ScriptedLineReader)?.prompts ?? []
        #expect(prompts.filter { $0 == "sessions/t.jx exists. Replace it? [y/N] " }.count == 2)
    }

    /// The same conversation in Chinese, whole: the question, the refusal, the notices of save.
    @Test func thePersonAtThePromptIsAskedInChinese() throws {
        let run = try Language.speaking(.zh) { try self.shell(["stations | count", "save t", "funds | count", "save t", "n", "save t", "y", "!"], interactive: true) }
        defer { try? FileManager.default.removeItem(atPath: run.folder) }
        #expect(run.output.contains("已把 1 条命令保存到“sessions/t.jx”\n"))
        #expect(run.output.contains("未保存：“sessions/t.jx”保持原样\n"))
        #expect(run.output.contains("已把 2 条命令保存到“sessions/t.jx”\n"))
        #expect(run.errors == "!命令 运行一条 shell 命令，例如 !ls datasets\n")
        let prompts = (run.shell.reader as? ScriptedLineReader)?.prompts ?? []
        #expect(prompts.filter { $0 == "“sessions/t.jx”已存在，要替换吗？[y/N] " }.count == 2)
    }

    /// A replaced script's recorded output is removed, and both notices say so, in either language.
    @Test func replacingAScriptSaysWhatBecameOfItsRecordedOutput() throws {
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(interpreter.run("stations | count").error == nil)
        for (language, notice) in [(Language.zh, "已把 1 条命令保存到“sessions/t.jx”\n  已删除为被替换的脚本记录的“sessions/t.jx.expected”；运行 jixiao replay --update sessions/t.jx 可重新记录"),
                                   (.en, "saved 1 command to sessions/t.jx\n  removed sessions/t.jx.expected, recorded for the replaced script; jixiao replay --update sessions/t.jx records it again")] {
            try "".write(toFile: folder + "/sessions/t.jx", atomically: true, encoding: .utf8)
            try "".write(toFile: folder + "/sessions/t.jx.expected", atomically: true, encoding: .utf8)
            let outcome = Language.speaking(language) { interpreter.run("save t --force") }
            #expect(interpreter.display(outcome) == notice)
            let refused = Language.speaking(language) { interpreter.run("save t") }
            let error = try #require(refused.error)
            #expect(DiagnosticRenderer.render(error, language: language) == (language == .zh ? """
                文件错误：“sessions/t.jx”已存在
                  save t
                       ^
                  提示：用 save t --force 替换它，或换一个名字
                """ : """
                file error: sessions/t.jx exists
                  save t
                       ^
                  hint: save t --force replaces it, or choose another name
                """))
        }
    }

    @Test func helpAndListingsTakeNoCellNumber() throws {
        let run = try shell(["stations | count", "help", "datasets", "stations | where 乡镗 == 1", "_1 | select count"], interactive: true)
        defer { try? FileManager.default.removeItem(atPath: run.folder) }
        let prompts = (run.shell.reader as? ScriptedLineReader)?.prompts ?? []
        #expect(prompts == ["jixiao [1]> ", "jixiao [2]> ", "jixiao [2]> ", "jixiao [2]> ", "jixiao [2]> ", "jixiao [3]> "])
    }

    @Test func aScriptReplayedInsideNumbersItsOwnCellsAndIsSavedWithTheSessions() throws {
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "funds | group 方向 | count\n_1 | where 方向 == \"支出\"\nout 2 | select count\n".write(toFile: folder + "/sessions/inner.jx", atomically: true, encoding: .utf8)
        for line in ["stations | count", "replay sessions/inner.jx", "_3 | select count", "save outer"] {
            #expect(interpreter.run(line).error == nil, "\(line)")
        }
        #expect(interpreter.workspace.nextCell == 6)
        let saved = try String(contentsOfFile: folder + "/sessions/outer.jx", encoding: .utf8)
        #expect(ScriptReader.commands(saved).map(\.text) == [
            "stations | count",
            "funds | group 方向 | count",
            "_2 | where 方向 == \"支出\"",
            "out 3 | select count",
            "_3 | select count",
        ])
        let replayed = Interpreter(workspace: Workspace(directory: folder))
        try replayed.workspace.loadFolder(TestSupport.datasetsFolder)
        replayed.workspace.allowedReadFolders = [TestSupport.datasetsFolder]
        #expect(ScriptReplay(interpreter: replayed).run(saved, file: "outer.jx") == nil)
        for number in 1...5 {
            #expect(replayed.workspace.cells[number].map(OutputRenderer.compact) == interpreter.workspace.cells[number].map(OutputRenderer.compact))
        }
        #expect(replayed.workspace.cells[5].map(OutputRenderer.compact) == "18")
    }

    @Test func cellNamesAreNotDatasetNames() throws {
        let interpreter = try TestSupport.interpreter()
        #expect(interpreter.run("let _3 = stations").error?.message == "_3 names a cell's result")
        #expect(interpreter.run("load datasets/funds.csv as _2").error?.message == "_2 names a cell's result: give the dataset another name with as NAME")
        #expect(interpreter.run("_1 | count").error?.message == "cell 1 has no result")
    }
}
