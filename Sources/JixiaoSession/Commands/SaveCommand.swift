import JixiaoCommands
import Foundation
import JixiaoCore
import JixiaoLanguage

/// Saves the session as a replayable script.
package struct SaveCommand: DeclaredCommand {
    package static let name = "save"
    package static let chineseName: String? = "保存"
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("save 站点分析"),
        CommandExample("save 站点分析 --force"),
    ]

    package var scriptName: Token
    package var force: Bool

    package static let signature = Signature([
        .part(Part("name", "NAME", .name(.new))),
        .flag(FlagSpec("force")),
    ])

    package init(arguments: Arguments) throws {
        scriptName = try arguments.required("name", arguments.name)
        force = arguments.flags.contains("force")
    }

    package var arguments: Arguments { Arguments(parts: ["name": .name(scriptName)], flags: force ? ["force"] : []) }


    /// The file `save NAME` writes, relative to the working folder.
    package var relativePath: String { "sessions/" + scriptName.text + ".jx" }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let workspace = context.workspace
        let name = scriptName.text
        guard !name.contains("/"), !name.hasPrefix(".") else {
            throw Diagnostic(.input, .saveNameIsPath, source: context.source, range: scriptName.range)
        }
        let path = try context.checkWrite(relativePath, range: scriptName.range)
        let exists = FileManager.default.fileExists(atPath: path)
        if exists && !force {
            throw Diagnostic(.io, .saveExists, [relativePath], hint: Message(.sessionHintForce, Expression.name(name)),
                             source: context.source, range: scriptName.range)
        }
        let text = Self.script(from: workspace.log, skipping: workspace.history.undoneEntries, workspace: workspace)
        try context.writing(at: scriptName.range) { try AtomicFile.write(text.script, to: path) }  // file-gate: checked: path came from checkWrite
        var lines = [Message(.sessionSaved, String(text.commands), relativePath, count: text.commands).text]
        for write in text.relocated {
            lines.append(Message(.sessionRelocated, write.live, write.saved).text)
        }
        let expected = path + ".expected"
        if exists, FileManager.default.fileExists(atPath: expected) {
            // It recorded the replaced script's output: kept, it would fail every check or pass a wrong one.
            do {
                try FileManager.default.removeItem(atPath: expected)  // file-gate: checked: the .expected beside a script path that passed checkWrite
                lines.append(Message(.sessionRemovedExpected, relativePath).text)
            } catch {
                throw Diagnostic(.io, .saveStaleExpected, [relativePath, error.localizedDescription])
            }
        }
        return .none(lines.joined(separator: "\n"))
    }

    /// The script text for a session log, how many commands it holds, and the writes it moved into `exports/`.
    /// Entries at `skipping` (undone) are left out.
    package static func script(from log: [LogEntry], skipping undone: Set<Int> = [], workspace: Workspace, date: Date = Date()) -> (script: String, commands: Int, relocated: [RelocatedWrite]) {
        var body: [String] = []
        var references: [String] = []
        var relocated: [RelocatedWrite] = []
        var count = 0
        for (index, entry) in log.enumerated() where !undone.contains(index) {
            switch entry {
            case .narration(let text):
                body.append("# " + text)
            case .command(let command):
                guard command.isSaved, let canonical = command.canonical else { continue }
                body.append(canonical)
                count += 1
                relocated += command.relocated
                for name in command.datasetReferences where !references.contains(name) { references.append(name) }
            }
        }
        var fingerprints: [DatasetFingerprint] = []
        var databases: [DatabaseFingerprint] = []
        let prefix = workspace.directory.hasSuffix("/") ? workspace.directory : workspace.directory + "/"
        for name in references {
            guard let dataset = workspace.dataset(named: name) else { continue }
            // A stack of files (load PATTERN as NAME) has one line per file, with the rows that file gave.
            let files: [Dataset.FilePart]
            switch dataset.origin {
            case .file(let path): files = [Dataset.FilePart(path: path, rows: dataset.table.rowCount)]
            case .files(let parts): files = parts
            case .database(let database):
                // The rows as the database gives them now (a table's are read here when no pipeline needed them whole).
                if let fingerprint = try? DatabaseFingerprint.of(name, database) { databases.append(fingerprint) }
                files = []
            case .derived, .cell: files = []
            }
            for file in files {
                guard let sha = DatasetFingerprint.sha256(ofFile: file.path) else { continue }  // file-gate: checked: a loaded dataset's own file, read through checkRead when it was loaded
                let relative = file.path.hasPrefix(prefix) ? String(file.path.dropFirst(prefix.count)) : file.path
                fingerprints.append(DatasetFingerprint(name: name, rows: file.rows, sha256: sha, file: relative))
            }
        }
        var header = ScriptHeader(version: JixiaoVersion.current, saved: ISO8601DateFormatter().string(from: date), datasets: fingerprints)
        header.databases = databases
        return (header.text + "\n" + body.joined(separator: "\n") + "\n", count, relocated)
    }
}
