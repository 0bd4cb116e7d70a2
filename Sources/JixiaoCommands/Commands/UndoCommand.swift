import JixiaoCore
import JixiaoLanguage

/// Takes back the last command that changed the session's datasets.
package struct UndoCommand: DeclaredCommand {
    package static let name = "undo"
    package static let summary = "Take back the last command that changed the datasets (load, let, rename of a dataset, …)."
    package static let discussion = """
        The datasets are as they were before that command, and everything done since leaves the session: save \
        writes neither the undone command nor the queries after it, and their cells are put aside (the next \
        command takes the undone command's number). redo brings them back, until a new command computes or \
        changes something. Tables are values, so an undo costs nothing. The journal keeps undo and redo, so it \
        replays to the same datasets.
        """
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.history
    package static let examples = [
        CommandExample("undo", "The 村级 dataset is gone again.", result: "undid: let 村级 = stations | where 层级 == \"村级\"",
                       setup: ["let 村级 = stations | where 层级 == \"村级\""]),
    ]

    package static let signature = Signature.none

    package init(arguments: Arguments) throws {}

    package var arguments: Arguments { Arguments() }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        guard let command = context.workspace.undo() else {
            throw Diagnostic(.run, code: .historyNothingToUndo, "nothing to undo", hint: "undo takes back load, let, rename and other commands that change the datasets",
                             source: context.source, range: 0..<context.source.utf8.count)
        }
        return .none("undid: " + command)
    }

    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .nothing }
}

/// Brings back what undo took back.
package struct RedoCommand: DeclaredCommand {
    package static let name = "redo"
    package static let summary = "Bring back what the last undo took back."
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.history
    package static let examples = [
        CommandExample("redo", "The 村级 dataset is back.", result: "redid: let 村级 = stations | where 层级 == \"村级\"",
                       setup: ["let 村级 = stations | where 层级 == \"村级\"", "undo"]),
    ]

    package static let signature = Signature.none

    package init(arguments: Arguments) throws {}

    package var arguments: Arguments { Arguments() }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        guard let command = context.workspace.redo() else {
            throw Diagnostic(.run, code: .historyNothingToRedo, "nothing to redo", hint: "redo follows undo, before any new command that computes or changes something",
                             source: context.source, range: 0..<context.source.utf8.count)
        }
        return .none("redid: " + command)
    }

    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .nothing }
}
