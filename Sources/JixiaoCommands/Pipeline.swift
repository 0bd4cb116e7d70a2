import JixiaoCore
import JixiaoLanguage

/// A parsed command line: its stages as commands, ready to run.
package struct Pipeline: Sendable {
    package var source: String
    package var stages: [any Command]
    /// Where each stage was written in `source` (empty for a pipeline made otherwise).
    package var stageRanges: [Range<Int>] = []

    /// The canonical text of the whole line, as a saved script writes it.
    package var canonical: String {
        stages.map(\.canonical).joined(separator: " | ")
    }

    /// Whether the line only displays (help, lists) and is left out of saved scripts.
    package var isDisplayOnly: Bool {
        stages.allSatisfy { type(of: $0).effect == .display }
    }

    /// Every dataset the line reads by name.
    package var datasetReferences: [String] {
        stages.flatMap { $0.datasetReferences }
    }

    /// Whether the line undoes or redoes (`undo`, `redo`): journaled, never a cell, never saved.
    package var movesThroughHistory: Bool {
        stages.contains { type(of: $0).effect == .history }
    }

    package var changesWorkspace: Bool {
        stages.contains { type(of: $0).effect == .changesWorkspace }
    }

    /// Parses a line into commands, checking that each stands where it may.
    package static func parse(_ source: String, registry: CommandRegistry) throws -> Pipeline {
        let syntax = try PipelineSyntax.parse(source)
        var stages: [any Command] = []
        for (index, stage) in syntax.stages.enumerated() {
            var parser = stage.parser(source: source)
            let name = stage.name.text
            guard stage.name.kind == .identifier, let type = registry.command(named: name) else {
                if index == 0 {
                    // A dataset name (or a cell, `_3`) starts a pipeline; nothing may follow it but `|`.
                    var source = try DatasetSource(name: stage.name, parsing: &parser)
                    source.isCommandName = registry.command(named: stage.name.text) != nil
                    stages.append(source)
                    try parser.expectEnd()
                    continue
                }
                let candidates = registry.stageNames + registry.chineseNames(where: .stage)
                let hint = Suggestion.nearest(to: name, among: candidates).map { Message(.hintDidYouMean, $0) } ?? Message(.helpHintListsCommands)
                throw Diagnostic(.parse, .syntaxUnknownCommand, [name], hint: hint, source: source, range: stage.name.range)
            }
            if index == 0 && type.position == .stage {
                throw Diagnostic(.parse, .syntaxNeedsInput, [name], hint: Message(.hintNeedsTableExample, name), source: source, range: stage.name.range)
            }
            if index > 0 && type.position == .source {
                throw Diagnostic(.parse, .syntaxSourceAfterPipe, [name], source: source, range: stage.name.range)
            }
            let command = try type.init(parsing: &parser)
            try parser.expectEnd()
            stages.append(command)
        }
        let ranges = syntax.stages.map(\.range)
        let whole = (ranges.first?.lowerBound ?? 0)..<(ranges.last?.upperBound ?? source.utf8.count)
        var pipeline = Pipeline(source: source, stages: stages, stageRanges: ranges)
        if let binding = syntax.binding {
            pipeline = Pipeline(source: source, stages: [LetCommand(name: binding.text, nameRange: binding.range, pipeline: pipeline)], stageRanges: [whole])
        }
        for explained in syntax.explained.reversed() {
            pipeline = Pipeline(source: source, stages: [ExplainCommand(pipeline: pipeline)], stageRanges: [explained.range.lowerBound..<whole.upperBound])
        }
        return pipeline
    }

    /// The plan: each stage with the schema it gives, bound in order before anything runs. A name or type
    /// error anywhere in the line is thrown here. Past a stage known only when it runs, the rest bind then.
    package func bind(in context: BindContext) throws -> [StageSchema] {
        var schemas: [StageSchema] = []
        var input: StageSchema?
        for (index, stage) in stages.enumerated() {
            let schema: StageSchema
            do {
                schema = try stage.bind(input, in: context)
            } catch var diagnostic as Diagnostic where diagnostic.source == nil && diagnostic.location.file == nil {
                diagnostic.source = source
                diagnostic.range = diagnostic.range ?? (stageRanges.indices.contains(index) ? stageRanges[index] : nil)
                throw diagnostic
            }
            schemas.append(schema)
            if schema == .unknown {
                schemas += Array(repeating: .unknown, count: stages.count - index - 1)
                break
            }
            input = schema
        }
        return schemas
    }

    /// Binds the line, then runs every stage in turn. The workspace changes only in the last step of a command
    /// that succeeded.
    package func run(in context: RunContext) throws -> PipelineValue {
        _ = try bind(in: BindContext(workspace: context.workspace, source: source, registry: context.registry))
        var value: PipelineValue?
        // A pipeline that starts at a database table sends its leading stages there as one query.
        var start = 0
        if let pushed = DatabasePushDown.plan(self, workspace: context.workspace), pushed.stageCount > 1 {
            try context.checkCancelled()
            do {
                try context.workspace.checkDatabase(pushed.dataset.source.settings)
                value = try pushed.run(isCancelled: context.isCancelled)
            } catch var diagnostic as Diagnostic where diagnostic.source == nil && diagnostic.location.file == nil && diagnostic.phase != .interrupted {
                diagnostic.source = source
                if stageRanges.count >= pushed.stageCount, let first = stageRanges.first {
                    diagnostic.range = diagnostic.range ?? first.lowerBound..<stageRanges[pushed.stageCount - 1].upperBound
                }
                throw diagnostic
            }
            start = pushed.stageCount
        }
        for (index, stage) in stages.enumerated() where index >= start {
            try context.checkCancelled()
            context.stageWillRun(index)
            do {
                value = try stage.run(value, in: context)
            } catch var diagnostic as Diagnostic where diagnostic.source == nil && diagnostic.location.file == nil && diagnostic.phase != .interrupted {
                // An error found while running is shown in the line like one found parsing: at the expression that
                // failed when it knows, else at the stage.
                diagnostic.source = source
                diagnostic.range = diagnostic.range ?? (stageRanges.indices.contains(index) ? stageRanges[index] : nil)
                throw diagnostic
            }
        }
        return value ?? .none(nil)
    }
}
