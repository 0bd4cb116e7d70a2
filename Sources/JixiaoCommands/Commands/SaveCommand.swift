import Foundation
import JixiaoCore
import JixiaoLanguage
import JixiaoSession

/// Saves the session as a replayable script.
public struct SaveCommand: Command {
    public static let name = "save"
    public static let summary = "Save the session's commands as the script sessions/NAME.jx, ready to replay."
    public static let syntax = "save NAME"
    public static let discussion = """
        The script starts with a header (tool version, date, each dataset used with its row count and the SHA-256 \
        of its file), then the commands that succeeded and produce or change something, in canonical form, with \
        your # comments as narration. Help, listings, navigation and failed commands are left out. The file is \
        written atomically: a failure never leaves half a script.
        """
    public static let category = CommandCategory.session
    public static let position = StagePosition.source
    public static let effect = CommandEffect.display
    public static let examples = [
        CommandExample("save 站点分析", "Write sessions/站点分析.jx."),
    ]

    public var scriptName: Token

    public init(parsing parser: inout Parser) throws {
        scriptName = try parser.name("a name for the script")
    }

    public var canonical: String { "save \(Expression.name(scriptName.text))" }

    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let workspace = context.workspace
        let name = scriptName.text
        guard !name.contains("/"), !name.hasPrefix(".") else {
            throw Diagnostic(.input, "a script name is a plain name, not a path", source: context.source, range: scriptName.range)
        }
        let path = try context.checkWrite("sessions/" + name + ".jx", range: scriptName.range)
        try FileManager.default.createDirectory(atPath: workspace.resolve("sessions"), withIntermediateDirectories: true)
        let text = Self.script(from: workspace.log, workspace: workspace)
        try context.writing(at: scriptName.range) { try AtomicFile.write(text.script, to: path) }
        return .none("saved \(text.commands) command\(text.commands == 1 ? "" : "s") to sessions/\(name).jx")
    }

    /// The script text for a session log, and how many commands it holds.
    public static func script(from log: [LogEntry], workspace: Workspace, date: Date = Date()) -> (script: String, commands: Int) {
        var body: [String] = []
        var references: [String] = []
        var count = 0
        for entry in log {
            switch entry {
            case .narration(let text):
                body.append("# " + text)
            case .command(let command):
                guard command.isSaved, let canonical = command.canonical else { continue }
                body.append(canonical)
                count += 1
                for name in command.datasetReferences where !references.contains(name) { references.append(name) }
            }
        }
        var fingerprints: [DatasetFingerprint] = []
        for name in references {
            guard let dataset = workspace.dataset(named: name), case .file(let path) = dataset.origin,
                  let sha = DatasetFingerprint.sha256(ofFile: path) else { continue }
            let prefix = workspace.directory.hasSuffix("/") ? workspace.directory : workspace.directory + "/"
            let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            fingerprints.append(DatasetFingerprint(name: name, rows: dataset.table.rowCount, sha256: sha, file: relative))
        }
        let header = ScriptHeader(version: JixiaoVersion.current, saved: ISO8601DateFormatter().string(from: date), datasets: fingerprints)
        return (header.text + "\n" + body.joined(separator: "\n") + "\n", count)
    }
}
