import JixiaoCore
import JixiaoLanguage

/// Replays a script inside the shell.
public struct ReplayCommand: DeclaredCommand {
    public static let name = "replay"
    public static let summary = "Run a saved script's commands here, as if typed, stopping at the first error."
    public static let discussion = """
        Datasets whose files changed since the script was saved are reported first. From the command line, \
        jixiao replay [--update | --check | --step] FILE records outputs beside the script, checks them, or walks \
        through it step by step. A script may come from anyone: it runs no shell command (!…), reads only inside the \
        working folder and the datasets folder (or a folder given with jixiao --allow-read DIR), and writes only into \
        sessions/ and exports/ of the working folder (or a folder given with jixiao --allow-write DIR); a path with .. \
        or an absolute path is refused, naming the line.
        """
    public static let category = CommandCategory.session
    public static let position = StagePosition.source
    public static let effect = CommandEffect.display
    public static let examples = [
        CommandExample("replay sessions/example.jx", "Rerun a saved session."),
    ]

    public var path: String
    public var pathRange: Range<Int>

    public static let signature = Signature([
        .part(Part("file", "FILE", .path, expected: "a script file", help: "The script to run, e.g. sessions/example.jx."))
    ])

    public init(arguments: Arguments) throws {
        (path, pathRange) = try arguments.required("file", arguments.path)
    }

    public var arguments: Arguments { Arguments(parts: ["file": .path(path, range: pathRange)]) }


    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        guard context.workspace.replayDepth < Workspace.maxReplayDepth else {
            throw Diagnostic(.security, code: .securityReplayDepth, "scripts replay one another more than \(Workspace.maxReplayDepth) deep",
                             hint: "does a script replay itself?", source: context.source, range: pathRange)
        }
        let resolved = try context.checkRead(path, range: pathRange)
        let script = try ScriptReplay.read(resolved)
        let interpreter = Interpreter(workspace: context.workspace, registry: context.registry)
        interpreter.isCancelled = context.isCancelled
        let replay = ScriptReplay(interpreter: interpreter)
        var shown = replay.fingerprintMismatches(script).map { "warning: " + $0 }
        let error = replay.run(script, file: path) { item, outcome in
            switch item {
            case .narration(let text, _): shown.append("# " + text)
            case .command(let command):
                shown.append("» " + command.text)
                if let value = outcome?.value, let text = interpreter.render(value), !text.isEmpty { shown.append(text) }
            }
        }
        if let error { throw error }
        return .text(shown.joined(separator: "\n"))
    }
}
