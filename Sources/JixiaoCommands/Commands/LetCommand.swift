import JixiaoCore
import JixiaoLanguage

/// Names a pipeline's result as a new dataset.
package struct LetCommand: Command {
    package static let name = "let"
    package static let summary = "Keep a pipeline's result as a new dataset under a name."
    package static let syntax = "let NAME = PIPELINE"
    package static let category = CommandCategory.data
    package static let position = StagePosition.source
    package static let effect = CommandEffect.changesWorkspace
    package static let examples = [
        CommandExample("let busy = stations | where 月均服务人次 >= 150", "Name the busy stations.", result: "busy: 79 rows, 9 columns"),
    ]

    package var datasetName: String
    package var nameRange: Range<Int>
    package var pipeline: Pipeline

    /// `let` is written `let NAME = …` at the start of a line, which `Pipeline.parse` reads; reaching this means it
    /// stood elsewhere.
    package init(parsing parser: inout Parser) throws {
        throw parser.error(code: .syntaxLetNotFirst, "let is written at the start of a line: let NAME = pipeline")
    }

    init(name: String, nameRange: Range<Int>, pipeline: Pipeline) {
        self.datasetName = name
        self.nameRange = nameRange
        self.pipeline = pipeline
    }

    package var canonical: String { "let \(Expression.name(datasetName)) = \(pipeline.canonical)" }

    package var datasetReferences: [String] { pipeline.datasetReferences }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        if context.registry.command(named: datasetName) != nil {
            throw Diagnostic(.bind, .nameCommandNameTaken, [datasetName], hint: Message(.hintChooseAnotherName), source: context.source, range: nameRange)
        }
        if Workspace.cellNumber(named: datasetName) != nil {
            throw Diagnostic(.bind, .nameCellNameTaken, [datasetName], hint: Message(.hintNotACellName), source: context.source, range: nameRange)
        }
        let value = try pipeline.run(in: context)
        guard let table = value.table else {
            throw Diagnostic(.run, code: .runLetNeedsTable, "let needs a pipeline that gives a table", source: context.source, range: nameRange)
        }
        let kept = table.materialized()
        context.workspace.store(Dataset(name: datasetName, table: kept, origin: .derived(pipeline: pipeline.canonical)))
        return .none("\(datasetName): \(kept.rowCount) rows, \(kept.names.count) columns")
    }
}

// MARK: - Binding

extension LetCommand {
    /// The named pipeline is bound whole; `let` itself gives only its message.
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        _ = try pipeline.bind(in: context)
        return .nothing
    }
}
