import JixiaoCore
import JixiaoLanguage

/// Shows a dataset or the input with display choices.
package struct ShowCommand: DeclaredCommand {
    package static let name = "show"
    package static let chineseName: String? = "显示"
    package static let category = CommandCategory.output
    package static let position = StagePosition.either
    package static let examples = [
        CommandExample("show budgets"), // not user-facing: a command line
        CommandExample("funds | group 用途 | agg 金额 = sum(金额) | show --total"),
        CommandExample("stations | show rows=5"), // not user-facing: a command line
    ]

    package var dataset: Token?
    package var rows: Int?
    package var all: Bool
    package var total: Bool

    package static let signature = Signature([
        .part(Part("dataset", "NAME", .name(.dataset), optional: true)),
        .option(OptionSpec("rows", .integer(nil))),
        .flag(FlagSpec("all")),
        .flag(FlagSpec("total")),
    ])

    package init(arguments: Arguments) throws {
        dataset = arguments.name("dataset")
        rows = arguments.integerOption("rows")
        all = arguments.flags.contains("all")
        total = arguments.flags.contains("total")
    }

    package var arguments: Arguments {
        var arguments = Arguments(parts: dataset.map { ["dataset": .name($0)] } ?? [:], flags: Set(["all", "total"].filter { $0 == "all" ? all : total }))
        arguments.set(option: "rows", rows.map { .integer($0) })
        return arguments
    }

    package var datasetReferences: [String] { dataset.map { [$0.text] } ?? [] }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        try checkInput(given: input != nil, source: context.source)
        let table = try context.table(try dataset.map { try DatasetSource(name: $0).run(nil, in: context) } ?? input, for: Self.name)
        return .presented(table, Presentation(maxRows: all ? Int.max : rows, showTotal: total))
    }
}

// MARK: - Binding

extension ShowCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        try checkInput(given: input != nil, source: context.source)
        return .table(try (dataset.map { try DatasetSource(name: $0).bind(nil, in: context) } ?? input ?? .nothing).fields(for: Self.name))
    }

    /// A dataset name, or a table before `|`: one of them, not both.
    func checkInput(given: Bool, source: String) throws {
        if let dataset, given {
            throw Diagnostic(.parse, .showDatasetAfterPipe, hint: Message(.hintShowRows), source: source, range: dataset.range)
        }
        if dataset == nil, !given {
            throw Diagnostic(.parse, .showNeedsDataset, source: source, range: 0..<4)
        }
    }
}
