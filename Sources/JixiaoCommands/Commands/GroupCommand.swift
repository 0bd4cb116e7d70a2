import JixiaoCore
import JixiaoLanguage

/// Groups rows by keys, for agg or count.
package struct GroupCommand: DeclaredCommand {
    package static let name = "group"
    package static let chineseName: String? = "分组"
    package static let category = CommandCategory.aggregation
    package static let examples = [
        CommandExample("stations | group 层级 | count", result: "层级,count\n市级,2\n镇级,16\n村级,123"),
        CommandExample("activities | where 类型 == \"助农直播\" | group 月份 = month(日期) | count | top 2", result: "月份,count\n3,2\n4,3"),
    ]

    package var keys: [NamedExpression]

    package static let signature = Signature([
        .part(Part("keys", "KEY", .namedExpressions(requireNames: false)))
    ])

    package init(arguments: Arguments) throws {
        keys = try arguments.required("keys", arguments.namedExpressions)
    }

    package var arguments: Arguments { Arguments(parts: ["keys": .namedExpressions(keys)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        let binder = context.binder(for: table)
        let evaluator = ExpressionEvaluator(table: table)
        var columns: [Column] = []
        for key in keys {
            let bound = try binder.bind(key.expression)
            var column = try evaluator.column(bound)
            column.hint = bound.hint
            if case .column(let index, _) = bound { column.hint = table.columns[index].hint }
            columns.append(column)
        }
        return .grouped(try GroupedTable(table: table, keyNames: CSVReader.uniqued(keys.map(\.outputName)), keyColumns: columns, checkCancelled: context.checkCancelled))
    }
}

// MARK: - Binding

extension GroupCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let fields = try (input ?? .nothing).fields(for: Self.name)
        let binder = context.binder(for: fields)
        let types = try keys.map { try binder.bind($0.expression).type }
        return .grouped(keys: zip(CSVReader.uniqued(keys.map(\.outputName)), types).map { Field(name: $0, type: $1) }, fields: fields)
    }
}
