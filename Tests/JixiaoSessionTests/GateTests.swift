import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender
import JixiaoSession
import JixiaoShell
import Testing
import TestSupport

/// Issue 20, one gate: every file a script, a data file or a template names goes through the one read/write
/// policy, on the real path, with the allowed folders themselves resolved.
@Suite struct GateTests {
    /// A sandbox with a folder beside it holding a secret.
    static func sandboxWithOutside() throws -> (Sandbox, outside: String) {
        let sandbox = try Sandbox()
        let outside = try TestSupport.temporaryFolder()
        try "口令\nhunter2\n".write(toFile: outside + "/secret.csv", atomically: true, encoding: .utf8)
        return (sandbox, outside)
    }

    /// Replays `script` (saved as `name` in the sandbox) with `interpreter`; what it printed on standard error.
    static func replayErrors(_ name: String, in sandbox: Sandbox, interpreter: Interpreter) -> String {
        var tool = ReplayTool(interpreter: interpreter, color: false)
        var errors = ""
        tool.output = { _ in }
        tool.errorOutput = { errors += $0 }
        _ = tool.run(path: sandbox.folder + "/" + name, mode: .run)
        return errors
    }

    @Test func aHeaderLineNamingAFileOutsideIsNotHashedAndDoesNotSayWhetherItExists() throws {
        let (sandbox, outside) = try Self.sandboxWithOutside()
        defer { sandbox.remove(); try? FileManager.default.removeItem(atPath: outside) }
        let recorded = String(repeating: "a", count: 64)
        let targets = [outside + "/secret.csv", outside + "/no-such.csv", "/etc/passwd", "../" + URL(fileURLWithPath: outside).lastPathComponent + "/secret.csv"]
        for (index, target) in targets.enumerated() {
            try sandbox.write("#! jixiao 0.1.0 script\n#! dataset s\(index) rows=1 sha256=\(recorded) file=\(target)\nstations | count\n", to: "h\(index).jx")
            let errors = Self.replayErrors("h\(index).jx", in: sandbox, interpreter: try sandbox.interpreter())
            // Before the gate: "changed … sha256 aaaaaaaaaaaa… then, 5f2b…now" for a file that exists, "missing" for
            // one that does not: the hash prefix of any file, and whether it is there.
            #expect(errors == "\(sandbox.folder)/h\(index).jx: warning: dataset s\(index): \(target) is outside the folders a script may read; not checked\n", "\(target)")
        }
    }

    @Test func aHeaderLineHashesAtMostTheHashBudget() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("#! jixiao 0.1.0 script\n#! dataset big rows=1 sha256=00 file=datasets/stations.csv\nstations | count\n", to: "big.jx")
        let interpreter = try sandbox.interpreter()
        interpreter.workspace.budgets.hashBytes = 100
        #expect(Self.replayErrors("big.jx", in: sandbox, interpreter: interpreter)
            == "\(sandbox.folder)/big.jx: warning: dataset big: datasets/stations.csv is larger than the 100 bytes a header line may hash; not checked\n")
        // Within the budget, a file inside is hashed as before (in pieces, never read whole).
        let whole = try #require(DatasetFingerprint.sha256(ofFile: sandbox.folder + "/datasets/stations.csv"))
        #expect(DatasetFingerprint.sha256(ofFile: sandbox.folder + "/datasets/stations.csv", limit: 1 << 30) == .digest(whole))
        #expect(SHA256.hex(Array(try Data(contentsOf: URL(fileURLWithPath: sandbox.folder + "/datasets/stations.csv")))) == whole)
        #expect(DatasetFingerprint.sha256(ofFile: sandbox.folder + "/datasets/stations.csv", limit: 10) == .tooLarge)
        #expect(DatasetFingerprint.sha256(ofFile: "/dev/zero", limit: 1 << 30) == .unreadable)
    }

    @Test func aLinkedExportsOrSessionsFolderLeadingOutsideIsOutside() throws {
        let (sandbox, outside) = try Self.sandboxWithOutside()
        defer { sandbox.remove(); try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createSymbolicLink(atPath: sandbox.folder + "/exports", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: sandbox.folder + "/sessions", withDestinationPath: outside)
        let interpreter = try sandbox.interpreter()
        try sandbox.write("export stations to exports/泄露.csv\n", to: "e.jx")
        let error = try #require(ScriptReplay(interpreter: interpreter).run(try sandbox.read("e.jx"), file: "e.jx"))
        #expect(DiagnosticRenderer.render(error) == """
            e.jx:1:20: refused: a replayed script may not write to exports/泄露.csv: it is outside sessions/ and exports/
              export stations to exports/泄露.csv
                                 ^^^^^^^^^^^^^^^^
              hint: a replayed script writes only into sessions/ and exports/ of the working folder; to allow another folder, replay with --allow-write DIR
            """)
        #expect(ScriptReplay(interpreter: interpreter).run("save s\n", file: "s.jx")?.code == .securityWriteOutsideFolders)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside) == ["secret.csv"])
        // A link to a folder inside the working folder stays a place a script may write.
        try FileManager.default.removeItem(atPath: sandbox.folder + "/exports")
        try FileManager.default.createDirectory(atPath: sandbox.folder + "/out/inner", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sandbox.folder + "/exports", withDestinationPath: sandbox.folder + "/out/inner")
        #expect(ScriptReplay(interpreter: interpreter).run("export stations to exports/站点.csv\n", file: "e.jx") == nil)
        #expect(FileManager.default.fileExists(atPath: sandbox.folder + "/out/inner/站点.csv"))
        // Nor may `exports` stand for the working folder itself.
        try FileManager.default.removeItem(atPath: sandbox.folder + "/exports")
        try FileManager.default.createSymbolicLink(atPath: sandbox.folder + "/exports", withDestinationPath: ".")
        #expect(ScriptReplay(interpreter: interpreter).run("export stations to exports/x.csv\n", file: "e.jx")?.code == .securityWriteOutsideFolders)
    }

    @Test func aLinkedDatasetsFolderWithoutDashDashDatasetsDoesNotWidenReads() throws {
        let (sandbox, outside) = try Self.sandboxWithOutside()
        defer { sandbox.remove(); try? FileManager.default.removeItem(atPath: outside) }
        // A received folder whose datasets/ is a link to the reviewer's own folder.
        let copied = sandbox.folder + "/datasets"
        for name in try FileManager.default.contentsOfDirectory(atPath: copied) {
            try FileManager.default.moveItem(atPath: copied + "/" + name, toPath: outside + "/" + name)
        }
        try FileManager.default.removeItem(atPath: copied)
        try FileManager.default.createSymbolicLink(atPath: copied, withDestinationPath: outside)
        try sandbox.write("load datasets/secret.csv as s\ns | count\n", to: "read.jx")
        let tool = UntrustedScriptBinaryTests()
        let refused = try tool.run(["read.jx"], in: sandbox.folder)
        #expect(refused.code == 1)
        #expect(refused.errors.hasPrefix("read.jx:1:6: refused: a replayed script may not read datasets/secret.csv: it leads outside the working folder\n"), "\(refused.errors)")
        // Named by the person, the same folder is readable.
        let named = try tool.run(["--datasets", "datasets", "read.jx"], in: sandbox.folder)
        #expect(named.code == 0, "\(named.errors)")
    }

    @Test func anIndicatorsPipelineMayNotWrite() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let indicators = try sandbox.read("datasets/indicators.csv")
        let hostile = indicators.replacingOccurrences(of: "stations | where 层级 != '市级' | count", with: "export stations to exports/泄露.csv")
        #expect(hostile != indicators)
        try sandbox.write(hostile, to: "datasets/indicators.csv")
        let interpreter = try sandbox.interpreter()
        let error = try #require(interpreter.run("evaluate").error)
        #expect(error.code == .securityDataFileWrite)
        #expect(error.message.hasSuffix("a data file may not write files: exports/泄露.csv"), "\(error.message)")
        #expect(error.source == "export stations to exports/泄露.csv")
        #expect(error.range == 19..<(19 + "exports/泄露.csv".utf8.count))
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/exports/泄露.csv"))
        // Inside a replayed script too, where exports/ is otherwise a place to write.
        #expect(ScriptReplay(interpreter: interpreter).run("evaluate\n", file: "e.jx")?.code == .securityDataFileWrite)
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/exports/泄露.csv"))
        // The person may still export at the prompt.
        #expect(interpreter.run("export stations to exports/站点.csv").error == nil)
    }

    @Test func aReportTemplateMayNotWrite() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("# 报告\n\n站点共 {{ export stations to exports/泄露.csv }} 个。\n", to: "t.md")
        let interpreter = try sandbox.interpreter()
        let error = #expect(throws: Diagnostic.self) {
            try ReportTool(interpreter: interpreter).write(templatePath: sandbox.folder + "/t.md", to: sandbox.folder + "/out.html")
        }
        #expect(error?.code == .securityDataFileWrite)
        #expect(error?.location.line == 3)
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/exports/泄露.csv"))
    }
}

/// Issue 20, budgets: untrusted work ends in a located error, never an abort.
@Suite struct BudgetTests {
    @Test func replayFanOutStopsAtTheCommandBudget() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        // Eight scripts, each replaying the next ten times: 10^7 commands without a total budget.
        for level in 1...8 {
            let body = level == 8 ? "stations | count\n" : String(repeating: "replay s\(level + 1).jx\n", count: 10)
            try sandbox.write(body, to: "s\(level).jx")
        }
        let interpreter = try sandbox.interpreter()
        interpreter.workspace.budgets.commands = 500
        var ran = 0
        let counted = Interpreter(workspace: interpreter.workspace, registry: interpreter.registry)
        counted.onStage = { _ in }
        let error = try #require(ScriptReplay(interpreter: counted).run(try sandbox.read("s1.jx"), file: "s1.jx") { _, outcome in
            if outcome != nil { ran += 1 }
        })
        #expect(error.code == .budgetReplayCommands)
        #expect(interpreter.workspace.replayedCommands == 500)
        // Located at the command that would have gone past it, in the innermost script: FILE:LINE:COL.
        let rendered = DiagnosticRenderer.render(error)
        #expect(rendered.hasPrefix("s8.jx:1:1: refused: the replay reached its budget of 500 commands (the replays inside it included)\n  stations | count\n  ^^^^^^^^"), "\(rendered)")
        // The default stops the fan-out long before 10^7.
        #expect(Budgets.standard().commands <= 100_000)
        // A replay that ends gives the next its whole budget.
        interpreter.workspace.budgets.commands = 3
        #expect(ScriptReplay(interpreter: interpreter).run("stations | count\nstations | count\nstations | count\n", file: "a.jx") == nil)
        #expect(ScriptReplay(interpreter: interpreter).run("stations | count\nstations | count\nstations | count\n", file: "b.jx") == nil)
        #expect(ScriptReplay(interpreter: interpreter).run("stations | count\nstations | count\nstations | count\nstations | count\n", file: "c.jx")?.location.line == 4)
    }

    /// 100,000 rows whose key takes 16 values: a self-join asks for 625,000,000 rows.
    static func repeatingKeys() -> Table {
        let rows = 100_000
        return Table(names: ["键", "值"], columns: [Column(.integer((0..<rows).map { Int64($0 % 16) })), Column(.integer((0..<rows).map(Int64.init)))])
    }

    @Test func aSelfJoinOnRepeatingKeysIsALocatedErrorNotAnAbort() throws {
        let interpreter = try TestSupport.interpreter()
        interpreter.workspace.store(Dataset(name: "t", table: Self.repeatingKeys(), origin: .derived(pipeline: "t")))
        let error = try #require(interpreter.run("t | join t on 键").error)
        #expect(DiagnosticRenderer.render(error) == """
            error: the join would produce 625000000 rows, more than the budget of 50000000
              t | join t on 键
                  ^^^^^^^^^^^^
              hint: the keys repeat on both sides; join on more columns, or group one side first
            """)
        // The memory budget, when rows are within theirs.
        interpreter.workspace.budgets.rows = Int(Int32.max)
        interpreter.workspace.budgets.memory = 1 << 30
        let memory = try #require(interpreter.run("t | join t on 键").error)
        #expect(memory.code == .budgetJoinMemory)
        #expect(memory.message.hasPrefix("the join would produce 625000000 rows, about "))
        // A join within both is made.
        let within = interpreter.run("t | where 值 < 32 | join t on 键 | count")
        #expect(within.error == nil, "\(String(describing: within.error?.message))")
        #expect(within.value.map(OutputRenderer.compact) == "200000")
    }

    @Test func aPivotPastTheBudgetIsALocatedError() throws {
        let interpreter = try TestSupport.interpreter()
        interpreter.workspace.budgets.rows = 100
        let error = try #require(interpreter.run("stations | pivot 乡镇 by 站点编号 agg count()").error)
        #expect(error.code == .budgetPivotCells)
        #expect(error.message.hasPrefix("the pivot would produce "))
        #expect(error.range != nil)
    }

    @Test func ctrlCStopsJoinsSortsAndGroups() throws {
        let table = Self.repeatingKeys()
        final class Calls: @unchecked Sendable {
            var count = 0
        }
        // Cancelled at the second time it is asked: the operator must ask inside its loops.
        func stopper() -> () throws -> Void {
            let calls = Calls()
            return {
                calls.count += 1
                if calls.count > 1 { throw Diagnostic.interrupted }
            }
        }
        let join = #expect(throws: Diagnostic.self) { try table.joined(with: table, leftKeys: [1], rightKeys: [1], kind: .inner, checkCancelled: stopper()) }
        #expect(join?.phase == .interrupted)
        let sort = #expect(throws: Diagnostic.self) { try table.sorted(by: [SortKey(column: table.columns[1], descending: true)], checkCancelled: stopper()) }
        #expect(sort?.phase == .interrupted)
        let group = #expect(throws: Diagnostic.self) { try GroupIndex(keys: [table.columns[0], table.columns[1]], rowCount: table.rowCount, checkCancelled: stopper()) }
        #expect(group?.phase == .interrupted)
        let distinct = #expect(throws: Diagnostic.self) { try table.distinct(on: [0, 1], checkCancelled: stopper()) }
        #expect(distinct?.phase == .interrupted)
        // Never cancelled, the same work is done.
        #expect(try table.sorted(by: [SortKey(column: table.columns[1], descending: true)], checkCancelled: {}).value(row: 0, column: 1) == .integer(99_999))
    }

    @Test func budgetsAreSetByNameFromTheEnvironmentAndTheCommandLine() throws {
        var budgets = Budgets.standard(physicalMemory: 16 << 30)
        #expect(budgets.memory == 4 << 30)
        #expect(budgets.fileBytes == Int(Int32.max) - 1)
        #expect(Budgets.standard(physicalMemory: 2 << 30).fileBytes == 512 << 20)
        do { let accepted = budgets.set("rows", to: "1_000"); #expect(accepted, "rows, to: 1_000") }
        do { let accepted = budgets.set("memory", to: "2G"); #expect(accepted, "memory, to: 2G") }
        do { let accepted = budgets.set("hash", to: "64k"); #expect(accepted, "hash, to: 64k") }
        do { let accepted = budgets.set("rows", to: "0"); #expect(!accepted, "rows, to: 0") }
        do { let accepted = budgets.set("rows", to: "-5"); #expect(!accepted, "rows, to: -5") }
        do { let accepted = budgets.set("speed", to: "1"); #expect(!accepted, "speed, to: 1") }
        do { let accepted = budgets.set("file", to: "99999999999999999999G"); #expect(!accepted, "file, to: 99999999999999999999G") }
        #expect(budgets.rows == 1000 && budgets.memory == 2 << 30 && budgets.hashBytes == 64 << 10)
        let (fromEnvironment, rejected) = Budgets.fromEnvironment(["JIXIAO_BUDGET_COMMANDS": "7", "JIXIAO_BUDGET_FILE": "lots"], base: budgets)
        #expect(fromEnvironment.commands == 7)
        #expect(rejected == ["JIXIAO_BUDGET_FILE=lots"])
    }

    @Test func theBinaryTakesBudgetsAndRefusesAFileLargerThanTheFileBudget() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let tool = UntrustedScriptBinaryTests()
        let refused = try tool.run(["--no-datasets", "--budget", "file=100", "-c", "load datasets/stations.csv"], in: sandbox.folder)
        #expect(refused.code == 1)
        #expect(refused.errors.contains("datasets/stations.csv is too large ("), "\(refused.errors)")
        #expect(refused.errors.contains("bytes; at most 100)"))
        let wrong = try tool.run(["--budget", "speed=9", "-c", "stations | count"], in: sandbox.folder)
        #expect(wrong.code != 0)
        #expect(wrong.errors.contains("speed=9 is not a budget"), "\(wrong.errors)")
        let fine = try tool.run(["--budget", "rows=10", "-c", "stations | count"], in: sandbox.folder)
        #expect(fine.code == 0, "\(fine.errors)")
    }
}

/// Issue 20, `--safe`: the script rules for the person too.
@Suite struct SafeModeTests {
    @Test func safeCommandLinesReadWriteAndEscapeAsAScript() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let outside = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try "口令\nhunter2\n".write(toFile: outside + "/secret.csv", atomically: true, encoding: .utf8)
        let tool = UntrustedScriptBinaryTests()
        // Without --safe the person reads and writes anywhere.
        let trusted = try tool.run(["-c", "load \(outside)/secret.csv as s", "-c", "export s to \(outside)/copy.csv"], in: sandbox.folder)
        #expect(trusted.code == 0, "\(trusted.errors)")
        for safe in [["--safe"], ["JIXIAO_SAFE=1"]] {
            let arguments = safe == ["--safe"] ? ["--safe"] : []
            let environment = safe == ["--safe"] ? [:] : ["JIXIAO_SAFE": "1"]
            let read = try tool.run(arguments + ["-c", "load \(outside)/secret.csv as s"], in: sandbox.folder, environment: environment)
            #expect(read.code == 1)
            #expect(read.errors == """
                -c:1:6: refused: a replayed script may not read an absolute path: \(outside)/secret.csv
                  load \(outside)/secret.csv as s
                       \(String(repeating: "^", count: outside.count + 11))
                  hint: this session runs with --safe: a replayed script's rules apply to it

                """, "\(safe)")
            let write = try tool.run(arguments + ["-c", "export stations to \(outside)/x.csv"], in: sandbox.folder, environment: environment)
            #expect(write.code == 1)
            #expect(write.errors.hasPrefix("-c:1:20: refused: a replayed script may not write to an absolute path"), "\(write.errors)")
            let escape = try tool.run(arguments + ["-c", "!touch pwned"], in: sandbox.folder, environment: environment)
            #expect(escape.code == 1)
            #expect(escape.errors.hasPrefix("-c:1:1: refused: shell commands (!…) are off with --safe"), "\(escape.errors)")
            // What a script may do, the session may do.
            let allowed = try tool.run(arguments + ["-c", "load datasets/stations.csv as s", "-c", "export s to exports/s.csv"], in: sandbox.folder, environment: environment)
            #expect(allowed.code == 0, "\(allowed.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/pwned"))
        #expect(!FileManager.default.fileExists(atPath: outside + "/x.csv"))
    }

    @Test func theSafeInteractiveShellRunsNoShellCommand() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let interpreter = try sandbox.interpreter()
        interpreter.workspace.enterSafeMode()
        let shell = Shell(interpreter: interpreter, reader: ScriptedLineReader(["!touch pwned", "load /etc/passwd as p", "stations | count"]), interactive: true, color: false)
        var errors = "", shellOutput = ""
        shell.errorOutput = { errors += $0 }
        shell.shellOutput = { shellOutput += $0 }
        shell.output = { _ in }
        _ = shell.run()
        #expect(errors.hasPrefix("refused: shell commands (!…) are off with --safe\n  !touch pwned\n"), "\(errors)")
        #expect(errors.contains("refused: a replayed script may not read an absolute path: /etc/passwd"))
        #expect(shellOutput == "")
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/pwned"))
        // A replay inside a safe session keeps the same rules, and the session keeps them after it.
        #expect(ScriptReplay(interpreter: interpreter).run("stations | count\n", file: "a.jx") == nil)
        #expect(interpreter.run("load /etc/passwd as p").error?.code == .securityReadAbsolute)
    }
}
