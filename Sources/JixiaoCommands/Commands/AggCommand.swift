import JixiaoCore
import JixiaoLanguage

/// Computes aggregates over a table or over each group.
package struct AggCommand: DeclaredCommand {
    package static let name = "agg"
    package static let chineseName: String? = "汇总"
    package static let category = CommandCategory.aggregation
    package static let aliases = ["summarize"]
    package static let examples = [
        CommandExample("funds | where 方向 == \"支出\" | agg 合计 = sum(金额)"),
        CommandExample("budgets | agg 调整 = sum(全年预算数) - sum(年初预算数)", result: "0.00"),
        CommandExample("funds | group 方向 | agg 万元 = wan(sum(金额)), 笔数 = count()"),
        CommandExample("funds | group 方向 | agg 笔数 = count()", result: "方向,笔数\n到位,5\n支出,18"),
        CommandExample("activities | where 类型 == \"直播培训\" | agg 期数 = count()", result: "15"),
    ]

    package var items: [NamedExpression]

    package static let signature = Signature([
        .part(Part("aggregates", "AGGREGATE(…)", .namedExpressions(requireNames: false), aggregates: true))
    ])

    package init(arguments: Arguments) throws {
        items = try arguments.required("aggregates", arguments.namedExpressions)
    }

    package var arguments: Arguments { Arguments(parts: ["aggregates": .namedExpressions(items)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let grouped: GroupedTable
        switch input {
        case .grouped(let g)?: grouped = g
        default: grouped = GroupedTable(table: try context.table(input, for: Self.name), keyNames: [], keyColumns: [])
        }
        let keys = zip(grouped.keyNames, grouped.keyColumns).map { Field(name: $0, type: $1.type) }
        let plan = try AggregateExtraction.plan(items.map { ($0.outputName, $0.expression) },
                                                input: context.binder(for: grouped.table), keys: keys)
        return .table(try AggregateOperator.run(plan, over: grouped.table, keys: grouped.keyColumns, index: grouped.index,
                                                checkCancelled: context.checkCancelled))
    }
}

// MARK: - Binding

extension AggCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let keys: [Field], fields: [Field]
        if case .grouped(let groupKeys, let rows)? = input { (keys, fields) = (groupKeys, rows) } else { (keys, fields) = ([], try (input ?? .nothing).fields(for: Self.name)) }
        let plan = try AggregateExtraction.plan(items.map { ($0.outputName, $0.expression) }, input: context.binder(for: fields), keys: keys)
        return .table(zip(CSVReader.uniqued(plan.keys.map(\.name) + plan.outputs.map(\.name)), plan.keys.map(\.type) + plan.outputs.map(\.expression.type))
            .map { Field(name: $0, type: $1) })
    }
}
