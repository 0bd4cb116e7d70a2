import JixiaoCore
import JixiaoLanguage

/// A parsed command line: its stages as commands, ready to run.
public struct Pipeline: Sendable {
    public var source: String
    public var stages: [any Command]

    /// The canonical text of the whole line, as a saved script writes it.
    public var canonical: String {
        stages.map(\.canonical).joined(separator: " | ")
    }

    /// Whether the line only displays (help, lists) and is left out of saved scripts.
    public var isDisplayOnly: Bool {
        stages.allSatisfy { type(of: $0).effect == .display }
    }

    /// Every dataset the line reads by name.
    public var datasetReferences: [String] {
        stages.flatMap { $0.datasetReferences }
    }

    public var changesWorkspace: Bool {
        stages.contains { type(of: $0).effect == .changesWorkspace }
    }

    /// Parses a line into commands, checking that each stands where it may.
    public static func parse(_ source: String, registry: CommandRegistry = .standard) throws -> Pipeline {
        let syntax = try PipelineSyntax.parse(source)
        var stages: [any Command] = []
        for (index, stage) in syntax.stages.enumerated() {
            var parser = stage.parser(source: source)
            let name = stage.name.text
            guard stage.name.kind == .identifier, let type = registry.command(named: name) else {
                if index == 0 {
                    // A dataset name (or a cell, `_3`) starts a pipeline; nothing may follow it but `|`.
                    stages.append(try DatasetSource(name: stage.name, parsing: &parser))
                    try parser.expectEnd()
                    continue
                }
                let hint = Suggestion.nearest(to: name, among: registry.stageNames).map { "did you mean \($0)?" } ?? "help lists the commands"
                throw Diagnostic(.parse, code: .syntaxUnknownCommand, "unknown command \(name)", hint: hint, source: source, range: stage.name.range)
            }
            if index == 0 && type.position == .stage {
                throw Diagnostic(.parse, code: .syntaxNeedsInput, "\(name) works on a table: put a dataset before it", hint: "e.g. stations | \(name) …",
                                 source: source, range: stage.name.range)
            }
            if index > 0 && type.position == .source {
                throw Diagnostic(.parse, code: .syntaxSourceAfterPipe, "\(name) starts a pipeline and cannot follow |", source: source, range: stage.name.range)
            }
            let command = try type.init(parsing: &parser)
            try parser.expectEnd()
            stages.append(command)
        }
        if let binding = syntax.binding {
            return Pipeline(source: source, stages: [LetCommand(name: binding.text, nameRange: binding.range, pipeline: Pipeline(source: source, stages: stages))])
        }
        return Pipeline(source: source, stages: stages)
    }

    /// Runs every stage in turn. The workspace changes only in the last step of a command that succeeded.
    public func run(in context: RunContext) throws -> PipelineValue {
        var value: PipelineValue?
        for stage in stages {
            try context.checkCancelled()
            value = try stage.run(value, in: context)
        }
        return value ?? .none(nil)
    }
}
