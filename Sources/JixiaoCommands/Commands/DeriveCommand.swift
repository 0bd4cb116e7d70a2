import JixiaoCore
import JixiaoLanguage

/// Adds computed columns, row by row or, with window functions, over the rows in order (within each group after
/// `group`).
package struct DeriveCommand: DeclaredCommand {
    package static let name = "derive"
    package static let chineseName: String? = "计算"
    package static let category = CommandCategory.filters
    package static let aliases = ["mutate"]
    package static let examples = [
        CommandExample("funds | derive 万元 = wan(金额), 月份 = month(日期) | select 万元, 月份 | top 1",
                       result: "万元,月份\n12.00,2"),
        CommandExample("activities | where 销售额 is not null | sort 日期 | group 类型 | derive 场次 = row_number(), 累计 = cumsum(销售额) | where 场次 <= 2 | select 类型, 日期, 场次, 累计", // not user-facing: a command line
                       result: "类型,日期,场次,累计\n助农直播,2022-03-22,1,24308.05\n助农直播,2022-03-30,2,34119.08\n夜经济活动,2022-06-24,1,286450.00\n夜经济活动,2022-07-22,2,460270.50"),
    ]

    package var items: [NamedExpression]

    package static let signature = Signature([
        .part(Part("columns", "EXPRESSION", .namedExpressions(requireNames: true), windows: true))
    ])

    package init(arguments: Arguments) throws {
        items = try arguments.required("columns", arguments.namedExpressions)
    }

    package var arguments: Arguments { Arguments(parts: ["columns": .namedExpressions(items)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        // After group, window functions compute within each group; the rows themselves come on.
        var partitions: GroupIndex?
        var table: Table
        if case .grouped(let grouped)? = input {
            table = grouped.table
            partitions = grouped.index
        } else {
            table = try context.table(input, for: Self.name)
        }
        for item in items {
            try context.checkCancelled()
            let bound = try Self.binder(for: table.fields, in: context.source).bind(item.expression)
            var column = try ExpressionEvaluator(table: table, partitions: partitions).column(bound)
            if case .column(let index, _) = bound { column.hint = table.columns[index].hint } else { column.hint = bound.hint }
            table = table.adding(item.outputName, column)
        }
        return .table(table)
    }

    /// A binder over the row's columns that takes window functions.
    static func binder(for fields: [Field], in source: String) -> Binder {
        var binder = Binder(fields: fields, source: source)
        binder.allowsWindows = true
        return binder
    }
}

// MARK: - Binding

extension DeriveCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        var fields: [Field]
        if case .grouped(_, let rows)? = input { fields = rows } else { fields = try (input ?? .nothing).fields(for: Self.name) }
        for item in items {
            // Each new column is seen by the next, and one of an existing name takes its place.
            let field = Field(name: item.outputName, type: try Self.binder(for: fields, in: context.source).bind(item.expression).type)
            if let existing = fields.firstIndex(where: { $0.name == field.name }) { fields[existing] = field } else { fields.append(field) }
        }
        return .table(fields)
    }
}
