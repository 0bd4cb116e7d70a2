import JixiaoCommands
import Foundation
import JixiaoCore
import JixiaoLanguage

/// Lists recent session journals.
package struct SessionsCommand: DeclaredCommand {
    package static let name = "sessions"
    package static let chineseName: String? = "会话"
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("sessions"),
    ]

    package static let signature = Signature.none

    package init(arguments: Arguments) throws {}

    package var arguments: Arguments { Arguments() }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        var names: [Value] = [], commands: [Value] = [], paths: [Value] = []
        // The person's journals, outside the working folder: a replayed script (or --safe) may not list them.
        _ = try context.checkRead(Journal.folder(), range: nil)
        for path in Journal.recent() {
            let text = (try? ScriptReplay.read(path)) ?? ""  // file-gate: checked, the journals' folder passed checkRead above
            names.append(.text(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent))
            commands.append(.integer(Int64(ScriptReader.commands(text).count)))
            paths.append(.text(path))
        }
        return .table(Table(names: Self.outputFields.map(\.name),
                            columns: [Column.from(names, type: .text), Column.from(commands, type: .integer), Column.from(paths, type: .text)]))
    }
}

// MARK: - Binding

extension SessionsCommand {
    /// The columns of the listing.
    static let outputFields = Field.list(["会话": .text, "命令数": .integer, "日志": .text])

    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .table(Self.outputFields) }
}
