import Foundation
import JixiaoCommands
import JixiaoCore
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

/// The jixiao binary, given hostile scripts and options, as a colleague's script would meet it.
@Suite struct UntrustedScriptBinaryTests {
    func run(_ arguments: [String], in folder: String) throws -> (code: Int32, output: String, errors: String) {
        let binary = TestSupport.productPath("jixiao")
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the jixiao binary first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["JIXIAO_LANG": "en", "XDG_STATE_HOME": folder + "/state", "HOME": folder, "PATH": "/usr/bin:/bin"]
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
