import JixiaoCommands
import JixiaoCore
import JixiaoLanguage

/// Replays a script inside the shell.
package struct ReplayCommand: DeclaredCommand {
    package static let name = "replay"
    package static let chineseName: String? = "重放"
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("replay sessions/example.jx"), // not user-facing: a command line
    ]

    package var path: String
    package var pathRange: Range<Int>

    package static let signature = Signature([
        .part(Part("file", "FILE", .path))
    ])

    package init(arguments: Arguments) throws {
        (path, pathRange) = try arguments.required("file", arguments.path)
    }

    package var arguments: Arguments { Arguments(parts: ["file": .path(path, range: pathRange)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        guard context.workspace.replayDepth < Workspace.maxReplayDepth else {
            throw Diagnostic(.security, .securityReplayDepth, [String(Workspace.maxReplayDepth)],
                             hint: Message(.sessionHintReplaysItself), source: context.source, range: pathRange)
        }
        let resolved = try context.checkRead(path, range: pathRange)
        let script = try ScriptReplay.read(resolved)  // file-gate: checked: resolved came from checkRead
        let interpreter = Interpreter(workspace: context.workspace, registry: context.registry)
        interpreter.isCancelled = context.isCancelled
        let replay = ScriptReplay(interpreter: interpreter)
        var shown = replay.fingerprintMismatches(script).map { Message(.sessionWarning, $0).text }
        if let torn = ScriptReplay.tornRecordWarning(script, file: path) { shown.insert(Message(.sessionWarning, torn).text, at: 0) }
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
