import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoRender
import Testing
import TestSupport

/// A command that writes a file the way `export` does (`… | write PATH`, `write DATASET to PATH`), registered
/// only in these tests, so the write policy is checked end to end on a branch without `export`.
struct WriteProbeCommand: Command {
    static let name = "write"
    static let summary = "Write the input's row count to a file (tests only)."
    static let syntax = "… | write PATH | write DATASET to PATH"
    static let category = CommandCategory.output
    static let position = StagePosition.either
    static let examples: [CommandExample] = []

    var dataset: Token?
    var path: String
    var pathRange: Range<Int>

    init(parsing parser: inout Parser) throws {
        if let token = parser.current, token.isName, parser.peek(1)?.isWord("to") == true {
            dataset = try parser.name("a dataset")
            try parser.expectWord("to")
        }
        (path, pathRange) = try parser.rawWord("a file path")
    }

    var canonical: String { "write " + (dataset.map { $0.text + " to " } ?? "") + path }

    func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let target = try context.checkWrite(path, range: pathRange)
        let rows = dataset.flatMap { context.workspace.dataset(named: $0.text)?.table.rowCount } ?? input?.table?.rowCount ?? 0
        try AtomicFile.write("\(rows)\n", to: target)
        return .none("wrote \(path)")
    }
}

/// A working folder with sessions/ and exports/, an outside folder beside it, and an interpreter that knows
/// the `write` probe.
struct PolicyFolder {
    let root: String
    let work: String
    let outside: String
    let interpreter: Interpreter

    init() throws {
        root = try TestSupport.temporaryFolder()
        work = root + "/work"
        outside = root + "/outside"
        for folder in [work, work + "/sessions", work + "/exports", outside] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let workspace = Workspace(directory: work)
        try workspace.loadFolder(TestSupport.datasetsFolder)
        interpreter = Interpreter(workspace: workspace, registry: CommandRegistry(commands: CommandRegistry.standard.commands + [WriteProbeCommand.self]))
    }

    var workspace: Workspace { interpreter.workspace }

    /// Replays `script` saved as FILE; returns its first error, rendered.
    func replay(_ script: String, as file: String = "script.jx") -> String? {
        ScriptReplay(interpreter: interpreter).run(script, file: file).map { DiagnosticRenderer.render($0) }
    }

    /// Every file under the root, relative to it.
    func files() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var found: [String] = []
        while let next = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + next, isDirectory: &isDirectory), !isDirectory.boolValue { found.append(next) }
        }
        return found.sorted()
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

@Suite struct WritePolicyTests {
    static let hint = "a replayed script writes only into sessions/ and exports/ of the working folder; to allow another folder, replay with --allow-write DIR"

    @Test func theInteractiveUserWritesAnywhere() throws {
        let folder = try PolicyFolder()
        defer { folder.remove() }
        #expect(folder.workspace.writePolicy == .trusted)
        #expect(try folder.workspace.checkWrite("../outside/x.csv") == folder.work + "/../outside/x.csv")
        #expect(try folder.workspace.checkWrite("/tmp/x.csv") == "/tmp/x.csv")
        #expect(folder.interpreter.run("stations | write ../outside/typed.csv").error == nil)
        #expect(folder.files() == ["outside/typed.csv"])
    }

    @Test func aReplayedScriptWritesOnlyIntoSessionsAndExports() throws {
        let folder = try PolicyFolder()
        defer { folder.remove() }
        let workspace = folder.workspace
        workspace.writePolicy = .restricted(allowed: [])
        for allowed in ["sessions/a.jx", "exports/x.csv", "exports/", "./exports/y.csv"] {
            #expect(throws: Never.self) { try workspace.checkWrite(allowed) }
        }
        let refusals: [(String, String)] = [
            ("../x.csv", "a replayed script may not write outside the working folder: ../x.csv"),
            ("exports/../../x.csv", "a replayed script may not write outside the working folder: exports/../../x.csv"),
            ("sessions/../x.jx", "a replayed script may not write outside the working folder: sessions/../x.jx"),
            ("/abs/path.csv", "a replayed script may not write to an absolute path: /abs/path.csv"),
            ("\(folder.work)/exports/x.csv", "a replayed script may not write to an absolute path: \(folder.work)/exports/x.csv"),
            ("~/x.csv", "a replayed script may not write to an absolute path: ~/x.csv"),
            ("x.csv", "a replayed script may not write to x.csv: it is outside sessions/ and exports/"),
            ("exportsx/x.csv", "a replayed script may not write to exportsx/x.csv: it is outside sessions/ and exports/"),
            ("datasets/funds.csv", "a replayed script may not write to datasets/funds.csv: it is outside sessions/ and exports/"),
        ]
        for (path, message) in refusals {
            let error = #expect(throws: Diagnostic.self) { try workspace.checkWrite(path) }
            #expect(error?.phase == .security, "\(path)")
            #expect(error?.message == message)
            #expect(error?.hint == Self.hint)
        }
    }

    @Test func symbolicLinksAreFollowedBeforeTheCheck() throws {
        let folder = try PolicyFolder()
        defer { folder.remove() }
        // exports/out leads outside; sessions itself may be a link, and stays allowed while it leads to a folder
        // inside the working folder (one leading outside is outside: GateTests).
        try FileManager.default.createSymbolicLink(atPath: folder.work + "/exports/out", withDestinationPath: folder.outside)
        try FileManager.default.createDirectory(atPath: folder.work + "/real-sessions", withIntermediateDirectories: false)
        try FileManager.default.removeItem(atPath: folder.work + "/sessions")
        try FileManager.default.createSymbolicLink(atPath: folder.work + "/sessions", withDestinationPath: folder.work + "/real-sessions")
        folder.workspace.writePolicy = .restricted(allowed: [])
        let error = #expect(throws: Diagnostic.self) { try folder.workspace.checkWrite("exports/out/x.csv") }
        #expect(error?.message == "a replayed script may not write to exports/out/x.csv: it is outside sessions/ and exports/")
        #expect(throws: Never.self) { try folder.workspace.checkWrite("sessions/s.jx") }
    }

    @Test func allowWriteFoldersAreReachableByAnyPath() throws {
        let folder = try PolicyFolder()
        defer { folder.remove() }
        folder.workspace.allowedWriteFolders = [folder.outside]
        let script = "let t = stations\nstations | write ../outside/a.csv\nwrite t to \(folder.outside)/b.csv\n"
        #expect(folder.replay(script) == nil)
        #expect(folder.files() == ["outside/a.csv", "outside/b.csv"])
        #expect(try String(contentsOfFile: folder.outside + "/b.csv", encoding: .utf8) == "141\n")
        // Not a folder beside it that shares its name's beginning.
        #expect(folder.replay("stations | write ../outside2/a.csv\n")?.contains("refused: a replayed script may not write outside the working folder") == true)
    }

    /// The lines of issue 9, with `write` standing in for `export`: nothing is written, and the message names
    /// the file, line and column, with a caret under the path.
    @Test func hostileWritesInAReplayedScriptAreRefusedAndLocated() throws {
        let folder = try PolicyFolder()
        defer { folder.remove() }
        #expect(folder.replay("# 正常的一行\nstations | count\nstations | write ../x.csv\n", as: "hostile.jx") == """
            hostile.jx:3:18: refused: a replayed script may not write outside the working folder: ../x.csv
              stations | write ../x.csv
                               ^^^^^^^^
              hint: \(Self.hint)
            """)
        #expect(folder.replay("let t = stations\nwrite t to /abs/path.csv\n", as: "abs.jx") == """
            abs.jx:2:12: refused: a replayed script may not write to an absolute path: /abs/path.csv
              write t to /abs/path.csv
                         ^^^^^^^^^^^^^
              hint: \(Self.hint)
            """)
        // A multi-line command: the line of the path.
        #expect(folder.replay("stations |\n  write exports/../../x.csv\n", as: "multi.jx")?.hasPrefix("multi.jx:2:9: refused: ") == true)
        #expect(folder.files() == [])
        // The same script may write where it is allowed to.
        #expect(folder.replay("stations | write exports/站点.csv\nsave 会话\n") == nil)
        #expect(folder.files() == ["work/exports/站点.csv", "work/sessions/会话.jx"])
        // Replay over, the person at the prompt is trusted again.
        #expect(folder.workspace.writePolicy == .trusted)
    }

    @Test func aShellCommandRefusesTheWholeScriptBeforeAnythingRuns() throws {
        let folder = try PolicyFolder()
        defer { folder.remove() }
        let script = "let 之前 = stations\nstations | write exports/before.csv\n!touch pwned\nsave after\n"
        #expect(folder.replay(script, as: "shell.jx") == """
            shell.jx:3:1: refused: shell commands are not run from scripts; nothing in this script was run
              !touch pwned
              ^^^^^^^^^^^^
              hint: if you trust the command, type it at the jixiao prompt yourself
            """)
        #expect(folder.files() == [])
        #expect(folder.workspace.dataset(named: "之前") == nil)
        // Indented, or continued onto the next line: still refused.
        #expect(folder.replay("  !rm -rf exports\n")?.contains("refused: shell commands are not run from scripts") == true)
        // Outside scripts, a ! line is not a person at the prompt either: -c, piped input, a walkthrough's learner.
        let typed = folder.interpreter.run("!touch pwned").error
        #expect(typed?.message == "shell commands (!…) run only at the interactive jixiao prompt")
        #expect(folder.files() == [])
    }

    @Test func thePolicyIsRestoredWhenAReplayFails() throws {
        let folder = try PolicyFolder()
        defer { folder.remove() }
        #expect(folder.replay("stations | where 不存在 > 1\n") != nil)
        #expect(folder.workspace.writePolicy == .trusted)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try folder.workspace.replaying { () -> Void in
                #expect(folder.workspace.writePolicy == .restricted(allowed: []))
                throw Stop()
            }
        }
        #expect(folder.workspace.writePolicy == .trusted)
        #expect(folder.workspace.replayDepth == 0)
        // A replay inside a replay stays restricted, and the outer one is restored after it.
        try folder.workspace.replaying {
            try folder.workspace.replaying { #expect(folder.workspace.writePolicy == .restricted(allowed: [])) }
            #expect(folder.workspace.writePolicy == .restricted(allowed: []))
        }
        #expect(folder.workspace.writePolicy == .trusted)
    }

    @Test func aScriptReplayedFromTheShellIsRestrictedToo() throws {
        let folder = try PolicyFolder()
        defer { folder.remove() }
        try "stations | write ../x.csv\n".write(toFile: folder.work + "/inner.jx", atomically: true, encoding: .utf8)
        let error = try #require(folder.interpreter.run("replay inner.jx").error)
        #expect(DiagnosticRenderer.render(error).hasPrefix("inner.jx:1:18: refused: a replayed script may not write outside the working folder: ../x.csv"))
        #expect(folder.files() == ["work/inner.jx"])
    }

    // MARK: - export

    /// The exact lines of issue 9.
    @Test func exportInAReplayedScriptWritesNothing() throws {
        let folder = try PolicyFolder()
        defer { folder.remove() }
        let interpreter = Interpreter(workspace: folder.workspace)
        for (script, path, line) in [("stations | export ../x.csv\n", "../x.csv", 1),
                                     ("let t = stations\nexport t to /abs/path.csv\n", "/abs/path.csv", 2)] {
            let error = try #require(ScriptReplay(interpreter: interpreter).run(script, file: "e.jx"))
            #expect(error.phase == .security)
            #expect(error.location.file == "e.jx")
            #expect(error.location.line == line)
            // The caret is under the path.
            let source = Array((error.source ?? "").utf8)
            #expect(error.range.map { String(decoding: source[$0], as: UTF8.self) } == path)
        }
        #expect(folder.files() == [])
    }
}
