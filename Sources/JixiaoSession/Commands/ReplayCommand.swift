import JixiaoCommands
import JixiaoCore
import JixiaoLanguage

/// Replays a script inside the shell.
package struct ReplayCommand: DeclaredCommand {
    package static let name = "replay"
    package static let chineseName: String? = "重放"
    package static let summary = "Run a saved script's commands here, as if typed, stopping at the first error."
    package static let discussion = """
        Datasets whose files changed since the script was saved are reported first. From the command line, \
        jixiao replay [--update | --check | --step] FILE records outputs beside the script, checks them, or walks \
        through it step by step. A script may come from anyone: it runs no shell command (!…), reads only inside the \
        working folder and the datasets folder (or a folder given with jixiao --allow-read DIR), and writes only into \
        sessions/ and exports/ of the working folder (or a folder given with jixiao --allow-write DIR); a path with .. \
        or an absolute path is refused, naming the line.
        """
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("replay sessions/example.jx", "Rerun a saved session."),
    ]

    package var path: String
    package var pathRange: Range<Int>

    package static let signature = Signature([
        .part(Part("file", "FILE", .path, expected: "a script file", help: "The script to run, e.g. sessions/example.jx."))
    ])

    package init(arguments: Arguments) throws {
        (path, pathRange) = try arguments.required("file", arguments.path)
    }

    package var arguments: Arguments { Arguments(parts: ["file": .path(path, range: pathRange)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
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
