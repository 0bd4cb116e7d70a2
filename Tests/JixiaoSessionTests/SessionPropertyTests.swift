import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoSession
import JixiaoShell
import Testing
import TestSupport

/// A session made at random from the registry's examples, cell references, `let`, exports, help, failures
/// and multi-line commands is piped into the shell and saved; the saved script must replay to exactly the
/// live session's results, in order, and `replay --update` then `--check` must pass.
@Suite struct SessionPropertyTests {
    static let sessions = 200

    @Test(arguments: 0..<sessions)
    func aSavedSessionReplaysToTheSameResults(_ seed: Int) throws {
        let (live, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // As piped output is drawn: no width limit.
        live.workspace.style.width = nil
        var generator = SessionGenerator(seed: UInt64(seed), folder: folder)
        let reader = GeneratingReader(workspace: live.workspace, generator: generator)
        let shell = Shell(interpreter: live, reader: reader, interactive: false, color: false)
        var errors = ""
        shell.output = { _ in }
        shell.errorOutput = { errors += $0 }
        _ = shell.run()
        generator = reader.generator
        let typed = reader.typed.joined(separator: "\n")
        let context = Comment(rawValue: "seed \(seed); the session typed:\n\(typed)\nerrors:\n\(errors)")

        let saved = live.workspace.log.compactMap { entry -> LoggedCommand? in
            if case .command(let command) = entry, command.text.hasPrefix("save "), command.succeeded { return command }
            return nil
        }
        #expect(saved.last?.text == "save \(SessionGenerator.scriptName)", context)
        // A file written where a replayed script may not write is written into exports/ by the saved script,
        // as save said: its message names the new place.
        let relocated = live.workspace.log.flatMap { entry -> [RelocatedWrite] in
            if case .command(let command) = entry { return command.relocated }
            return []
        }
        let liveResults = (1..<live.workspace.nextCell).map { number in
            relocated.reduce(live.workspace.cells[number].flatMap(live.render) ?? "") { text, write in
                text.replacingOccurrences(of: " to \(write.live)", with: " to \(write.saved)")
            }
        }
        let script = folder + "/sessions/\(SessionGenerator.scriptName).jx"

        // A fresh process's view of the same folder: the bundled datasets, and a replay's restrictions.
        let replayed = try Self.interpreter(in: folder)
        var shown: [String] = []
        var tool = ReplayTool(interpreter: replayed, color: false)
        var replayErrors = ""
        tool.output = { shown.append($0) }
        tool.errorOutput = { replayErrors += $0 }
        #expect(tool.run(path: script, mode: .run) == 0, "\(context)\nreplay: \(replayErrors)")
        let replayedResults = (1..<replayed.workspace.nextCell).map { number in
            replayed.workspace.cells[number].flatMap(replayed.render) ?? ""
        }
        #expect(replayedResults.count == liveResults.count, context)
        for (index, (want, got)) in zip(liveResults, replayedResults).enumerated() where want != got {
            Issue.record("\(context)\ncell \(index + 1) differs:\nlive:\n\(want)\nreplayed:\n\(got)")
            break
        }
        #expect(shown.joined() == liveResults.filter { !$0.isEmpty }.map { $0 + "\n" }.joined(), context)

        var record = ReplayTool(interpreter: try Self.interpreter(in: folder), color: false)
        var recordErrors = ""
        record.output = { _ in }
        record.errorOutput = { recordErrors += $0 }
        #expect(record.run(path: script, mode: .update) == 0, "\(context)\nupdate: \(recordErrors)")
        var check = ReplayTool(interpreter: try Self.interpreter(in: folder), color: false)
        check.output = { _ in }
        check.errorOutput = { recordErrors += $0 }
        #expect(check.run(path: script, mode: .check) == 0, "\(context)\ncheck: \(recordErrors)")
    }

    /// An interpreter as `jixiao FILE.jx` sets one up in `folder`: the bundled datasets, readable by a script.
    static func interpreter(in folder: String) throws -> Interpreter {
        let workspace = Workspace(directory: folder)
        try workspace.loadFolder(TestSupport.datasetsFolder)
        workspace.allowedReadFolders = [TestSupport.datasetsFolder]
        workspace.style.width = nil
        return Interpreter(workspace: workspace)
    }

    /// The generator is a function of its seed: the same seed, the same session.
    @Test func theSameSeedMakesTheSameSession() throws {
        func typed(_ seed: UInt64) throws -> [String] {
            let (live, folder) = try TestSupport.sandboxInterpreter()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let reader = GeneratingReader(workspace: live.workspace, generator: SessionGenerator(seed: seed, folder: "/x"))
            _ = Shell(interpreter: live, reader: reader, interactive: false, color: false).run()
            return reader.typed
        }
        #expect(try typed(7) == typed(7))
        #expect(try typed(7) != typed(8))
    }
}

/// Hands the shell a generated session one line at a time, as a pipe would. Each command is chosen when the
/// shell asks for it, knowing the cells the session has so far.
final class GeneratingReader: LineReader {
    let workspace: Workspace
    var generator: SessionGenerator
    private var pending: [String] = []
    private var finished = false
    /// Every line handed out, in order.
    private(set) var typed: [String] = []

    init(workspace: Workspace, generator: SessionGenerator) {
        self.workspace = workspace
        self.generator = generator
    }

    func readLine(prompt: String) -> String? {
        if case .line(let text) = readInput(prompt: prompt, continuing: nil) { return text }
        return nil
    }

    func readInput(prompt: String, continuing pending: String?) -> LineInput {
        if self.pending.isEmpty {
            guard !finished else { return .end }
            let lines = generator.next(cells: workspace.cells.filter { $0.value.table != nil }.keys.sorted(), nextCell: workspace.nextCell)
            if lines.isEmpty {
                finished = true
                return .end
            }
            self.pending = lines
        }
        let line = self.pending.removeFirst()
        typed.append(line)
        return .line(line)
    }
}

/// Makes sessions from a seed: the registry's examples, uses of earlier cells, names, exports, help and
/// listings, failed commands, multi-line commands and narration, ending with `save`.
struct SessionGenerator {
    static let scriptName = "生成"

    private var random: SplitMix64
    private let folder: String
    private var remaining: Int
    private var serial = 0
    private var names: [String] = []
    private var saved = false

    /// Example lines from the registry that a session may run as they stand: none that needs earlier cells,
    /// starts a lesson (which would read the following lines as answers), saves, or shows timings.
    static let examples: [String] = CommandRegistry.standard.commands
        .filter { !["tutorial", "save", "timer"].contains($0.name) }
        .flatMap { $0.examples }
        .filter { $0.setup.isEmpty }
        .map(\.line)

    static let failures = [
        "stations | where 乡镗 == \"保安镇\"",
        "nosuch | count",
        "_999 | count",
        "stations | sort",
        "funds | agg s = sum(方向)",
        "export stations to 结果.pdf",
    ]

    static let displays = ["help", "help where", "datasets", "history", "schema stations", "sessions"]

    init(seed: UInt64, folder: String) {
        random = SplitMix64(seed: seed)
        self.folder = folder
        remaining = 4 + Int(random.next() % 14)
    }

    /// The lines of the next command (several for a multi-line one), or none when the session is over.
    /// `cells` are the numbers of the cells that hold a table; `nextCell` the number the next cell takes.
    mutating func next(cells: [Int], nextCell: Int) -> [String] {
        guard remaining > 0 else {
            if saved { return [] }
            saved = true
            return ["save \(Self.scriptName)"]
        }
        remaining -= 1
        serial += 1
        switch random.next() % 100 {
        case 0..<30:
            return [pick(Self.examples)]
        case 30..<52 where !cells.isEmpty:
            let cell = pick(cells)
            return [pick([
                "_\(cell) | top 2",
                "out \(cell) | count",
                "_\(cell)",
                "let 存\(serial) = _\(cell) | top 3",
                "export _\(cell) to 单元\(serial).csv",
                "out \(cell) | export 单元\(serial).xlsx",
            ])]
        case 52..<60:
            let name = "集\(serial)"
            names.append(name)
            return ["let \(name) = stations | where 月均服务人次 >= \(100 + Int(random.next() % 100))"]
        case 60..<65 where !names.isEmpty:
            return ["\(pick(names)) | group 乡镇 | agg n = count() | sort n desc, 乡镇 | top 3"]
        case 65..<70:
            // Written where a replayed script may not write: the saved script writes it into exports/.
            return ["funds | top \(1 + Int(random.next() % 5)) | export \(folder)/外部\(serial).csv"]
        case 70..<78:
            return [pick(Self.displays)]
        case 78..<84:
            return [pick(Self.failures)]
        case 84..<90:
            return ["stations |", "  where 层级 != \"市级\" |", "  group 乡镇 | agg 站点数 = count()"]
        case 90..<94:
            return ["# 第 \(serial) 步的说明"]
        case 94..<96:
            return ["replay sessions/example.jx"]
        case 96..<98:
            return ["save 中途\(serial)"]
        default:
            return ["activities | where 类型 == \"助农直播\" | group 月份 = month(日期) | agg 场次 = count() | chart bar"]
        }
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int(random.next() % UInt64(items.count))]
    }
}
