import JixiaoCore
import JixiaoLanguage

/// Shows a dataset or the input with display choices.
public struct ShowCommand: Command {
    public static let name = "show"
    public static let summary = "Show a dataset or the input table: how many rows, and a 合计 row with --total."
    public static let syntax = "show [NAME] [rows=N] [--all] [--total]"
    public static let category = CommandCategory.output
    public static let position = StagePosition.either
    public static let examples = [
        CommandExample("show budgets", "Show a whole dataset."),
        CommandExample("funds | group 用途 | agg 金额 = sum(金额) | show --total", "Add a 合计 row of exact sums."),
        CommandExample("stations | show rows=5", "Only the first five rows on screen."),
    ]

    public var dataset: Token?
    public var options: Options

    public init(parsing parser: inout Parser) throws {
        if let token = parser.current, token.isName, !parser.atOption() {
            dataset = try parser.name("a dataset")
        }
        options = try parser.options(keys: ["rows"], flags: ["all", "total"])
    }

    public var canonical: String {
        (["show"] + (dataset.map { [Expression.name($0.text)] } ?? []) + (options.canonical.isEmpty ? [] : [options.canonical])).joined(separator: " ")
    }

    public var datasetReferences: [String] { dataset.map { [$0.text] } ?? [] }

    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table: Table
        if let dataset {
            if input != nil {
                throw Diagnostic(.parse, "show after | takes no dataset name", hint: "… | show rows=N", source: context.source, range: dataset.range)
            }
            var parser = Parser(source: context.source, tokens: [dataset])
            let source = try DatasetSource(parsing: &parser)
            table = try context.table(try source.run(nil, in: context), for: Self.name)
        } else {
            guard input != nil else { throw Diagnostic(.parse, "show needs a dataset: show NAME", source: context.source, range: 0..<4) }
            table = try context.table(input, for: Self.name)
        }
        var rows = try options.integer("rows")
        if options.flags.contains("all") { rows = Int.max }
        return .presented(table, Presentation(maxRows: rows, showTotal: options.flags.contains("total")))
    }
}
