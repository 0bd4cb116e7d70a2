import JixiaoCore
import JixiaoDatabase
import JixiaoLanguage

/// Shows a line's plan: each stage, bound, with the columns it gives the next, and nothing run.
package struct ExplainCommand: Command {
    package static let name = "explain"
    package static let chineseName: String? = "解释"
    package static let syntax = "explain PIPELINE" // not user-facing: a usage line, the same in every language
    package static let category = CommandCategory.help
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("explain stations | where 层级 != \"市级\" | group 乡镇 | agg 站点数 = count() | sort 站点数 desc"), // not user-facing: a command line
        CommandExample("explain let 村级 = stations | where 层级 == \"村级\""), // not user-facing: a command line
    ]

    package var pipeline: Pipeline

    /// `explain` is written at the start of a line, before a whole pipeline, which `Pipeline.parse` reads;
    /// reaching this means it stood elsewhere.
    package init(parsing parser: inout Parser) throws {
        throw Diagnostic(.parse, .syntaxExplainNotFirst, source: parser.source, range: parser.currentRange)
    }

    init(pipeline: Pipeline) {
        self.pipeline = pipeline
    }

    package var canonical: String { "explain " + pipeline.canonical }

    package var datasetReferences: [String] { pipeline.datasetReferences }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let context = BindContext(workspace: context.workspace, source: context.source, registry: context.registry)
        // A named pipeline shows its own stages, then what `let` keeps (a message).
        let named = pipeline.stages.count == 1 ? pipeline.stages.first as? LetCommand : nil
        let planned = named?.pipeline ?? pipeline
        let stages: [any Command] = planned.stages + (named.map { [$0] } ?? [])
        let schemas = try planned.bind(in: context) + (named == nil ? [] : [StageSchema.nothing])
        let plan = Table(names: ["步骤", "命令", "给出"], columns: [
            Column.from(stages.indices.map { .integer(Int64($0 + 1)) }, type: .integer),
            Column.from(stages.map { .text(($0 as? LetCommand).map { "let \($0.datasetName)" } ?? $0.canonical) }, type: .text),
            Column.from(schemas.map { .text($0.text(in: .current)) }, type: .text),
        ])
        // Over a database table: where each stage runs, and the one query the leading ones become.
        guard let pushed = DatabasePushDown.plan(planned, workspace: context.workspace) else { return .table(plan) }
        let places = stages.indices.map { Value.text(Message($0 < pushed.stageCount ? .explainInDatabase : .explainInJixiao).text) }
        let placed = plan.adding("执行", Column.from(places, type: .text))
        var lines = [Message(.explainSQL, pushed.dataset.source.settings.url, pushed.query.sql).text]
        if !pushed.query.parameters.isEmpty {
            let shown = pushed.query.parameters.enumerated().map { "$\($0 + 1) = " + ($1.map { "\"\($0)\"" } ?? "NULL") }
            lines.append(Message(.explainParameters, shown.joined(separator: ", ")).text)
        }
        return .text((OutputRenderer.render(.table(placed), style: context.workspace.style) ?? "") + "\n" + lines.joined(separator: "\n"))
    }
}
