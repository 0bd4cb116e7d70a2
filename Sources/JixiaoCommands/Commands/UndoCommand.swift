import JixiaoCore
import JixiaoLanguage

/// Takes back the last command that changed the session's datasets.
package struct UndoCommand: DeclaredCommand {
    package static let name = "undo"
    package static let chineseName: String? = "撤销"
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.history
    package static let examples = [
        CommandExample("undo", setup: ["let 村级 = stations | where 层级 == \"村级\""]),
    ]

    package static let signature = Signature.none

    package init(arguments: Arguments) throws {}

    package var arguments: Arguments { Arguments() }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        guard let command = context.workspace.undo() else {
            throw Diagnostic(.run, .historyNothingToUndo, hint: Message(.hintUndoWhat), source: context.source, range: 0..<context.source.utf8.count)
        }
        return .none(Message(.noticeUndid, command).text)
    }

    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .nothing }
}

/// Brings back what undo took back.
package struct RedoCommand: DeclaredCommand {
    package static let name = "redo"
    package static let chineseName: String? = "恢复"
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.history
    package static let examples = [
        CommandExample("redo", setup: ["let 村级 = stations | where 层级 == \"村级\"", "undo"]),
    ]

    package static let signature = Signature.none

    package init(arguments: Arguments) throws {}

    package var arguments: Arguments { Arguments() }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        guard let command = context.workspace.redo() else {
            throw Diagnostic(.run, .historyNothingToRedo, hint: Message(.hintRedoWhen), source: context.source, range: 0..<context.source.utf8.count)
        }
        return .none(Message(.noticeRedid, command).text)
    }

    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .nothing }
}
