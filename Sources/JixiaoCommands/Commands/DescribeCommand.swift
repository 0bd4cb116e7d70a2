import JixiaoCore
import JixiaoLanguage
import JixiaoRender

/// One table that sums up a dataset, a row per column.
package struct DescribeCommand: DeclaredCommand {
    package static let name = "describe"
    package static let chineseName: String? = "概况"
    package static let category = CommandCategory.data
    package static let position = StagePosition.either
    package static let examples = [
        CommandExample("describe stations | where 列 in [\"层级\", \"月均服务人次\"] | select 列, 类型, 空值, 不同值, 最小值, 最大值, 合计, 中位数, 最常见", // not user-facing: a command line
                       result: "列,类型,空值,不同值,最小值,最大值,合计,中位数,最常见\n层级,text,0,3,,,,,村级 ×123, 镇级 ×16, 市级 ×2\n月均服务人次,integer,0,94,100,3,420,28,215,163.0,"),
        CommandExample("activities | describe | where 列 == \"销售额\" | select 行数, 空值, 合计, 平均值, 中位数",
                       result: "行数,空值,合计,平均值,中位数\n160,123,1,958,663.13,52,936.84,33,093.32"),
    ]

    /// The summary's columns, in Chinese; in English: column, type, rows, nulls, distinct, min, max, sum, mean,
    /// median, most frequent.
    package static let columnNames = ["列", "类型", "行数", "空值", "不同值", "最小值", "最大值", "合计", "平均值", "中位数", "最常见"]

    package var dataset: Token?

    package static let signature = Signature([
        .part(Part("dataset", "NAME", .name(.dataset), optional: true))
    ])

    package init(arguments: Arguments) throws {
        dataset = arguments.name("dataset")
    }

    package var arguments: Arguments { Arguments(parts: dataset.map { ["dataset": .name($0)] } ?? [:]) }

    package var datasetReferences: [String] { dataset.map { [$0.text] } ?? [] }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        try checkInput(given: input != nil, source: context.source)
        let table = try context.table(try dataset.map { try DatasetSource(name: $0).run(nil, in: context) } ?? input, for: Self.name)
        // Columns are summed up on every core: each is independent of the others.
        let columns = table.names.indices.map(table.materializedColumn)
        let summaries = try Parallel.map(columns.count) { try ColumnSummary.of(columns[$0]) }
        // What does not apply to a column (the sum of text) is empty, not null: the summary has no unknowns.
        func shown(_ value: Value, _ hint: DisplayHint) -> Value { .text(value.isNull ? "" : CellFormatter.text(value, hint: hint)) }
        var cells = [[Value]](repeating: [], count: Self.columnNames.count)
        for (index, summary) in summaries.enumerated() {
            let column = columns[index]
            let hint = column.hint
            let row: [Value] = [
                .text(table.names[index]), .text(column.type.description), .integer(Int64(summary.rows)), .integer(Int64(summary.nulls)),
                .integer(Int64(summary.distinct)), shown(summary.min, hint), shown(summary.max, hint), shown(summary.sum, hint),
                shown(summary.mean, hint), shown(summary.median, hint),
                // Values that each occur once (codes, names) have no most frequent.
                .text((summary.mostFrequent.first?.count ?? 0) < 2 ? "" : summary.mostFrequent.map { "\(CellFormatter.text($0.value, hint: hint)) ×\($0.count)" }.joined(separator: ", ")),
            ]
            for (i, value) in row.enumerated() { cells[i].append(value) }
        }
        return .table(Table(names: Self.columnNames, columns: zip(Self.outputFields, cells).map { Column.from($1, type: $0.type) }))
    }

    static let outputFields = zip(columnNames, [DataType.text, .text, .integer, .integer, .integer, .text, .text, .text, .text, .text, .text])
        .map { Field(name: $0, type: $1) }
}

// MARK: - Binding

extension DescribeCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        try checkInput(given: input != nil, source: context.source)
        _ = try (dataset.map { try DatasetSource(name: $0).bind(nil, in: context) } ?? input ?? .nothing).fields(for: Self.name)
        return .table(Self.outputFields)
    }

    /// A dataset name, or a table before `|`: one of them, not both.
    func checkInput(given: Bool, source: String) throws {
        if let dataset, given {
            throw Diagnostic(.parse, .describeDatasetAfterPipe, hint: Message(.hintDescribeStage), source: source, range: dataset.range)
        }
        if dataset == nil, !given {
            throw Diagnostic(.parse, .describeNeedsDataset, source: source, range: 0..<8)
        }
    }
}
