import Foundation
import JixiaoCore
import JixiaoLanguage
import JixiaoSession

/// Lists recent session journals.
public struct SessionsCommand: DeclaredCommand {
    public static let name = "sessions"
    public static let summary = "List recent session journals, newest first; each can be replayed or saved like any script."
    public static let category = CommandCategory.session
    public static let position = StagePosition.source
    public static let effect = CommandEffect.display
    public static let examples = [
        CommandExample("sessions", "Where your earlier sessions were journaled."),
    ]

    public static let signature = Signature.none

    public init(arguments: Arguments) throws {}

    public var arguments: Arguments { Arguments() }


    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        var names: [Value] = [], commands: [Value] = [], paths: [Value] = []
        for path in Journal.recent() {
            let text = (try? ScriptReplay.read(path)) ?? ""
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

    public func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .table(Self.outputFields) }
}
