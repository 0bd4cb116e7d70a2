import JixiaoCore
import JixiaoLanguage

/// Adds computed columns.
package struct DeriveCommand: DeclaredCommand {
    package static let name = "derive"
    package static let chineseName: String? = "计算"
    package static let category = CommandCategory.filters
    package static let aliases = ["mutate"]
    package static let examples = [
        CommandExample("funds | derive 万元 = wan(金额), 月份 = month(日期) | select 万元, 月份 | top 1",
                       result: "万元,月份\n12.00,2"),
    ]

    package var items: [NamedExpression]

    package static let signature = Signature([
        .part(Part("columns", "EXPRESSION", .namedExpressions(requireNames: true)))
    ])

    package init(arguments: Arguments) throws {
        items = try arguments.required("columns", arguments.namedExpressions)
    }

    package var arguments: Arguments { Arguments(parts: ["columns": .namedExpressions(items)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        var table = try context.table(input, for: Self.name)
        for item in items {
            try context.checkCancelled()
            let bound = try context.binder(for: table).bind(item.expression)
            var column = try ExpressionEvaluator(table: table).column(bound)
            if case .column(let index, _) = bound { column.hint = table.columns[index].hint } else { column.hint = bound.hint }
            table = table.adding(item.outputName, column)
        }
        return .table(table)
    }
}

// MARK: - Binding

extension DeriveCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        var fields = try (input ?? .nothing).fields(for: Self.name)
        for item in items {
            // Each new column is seen by the next, and one of an existing name takes its place.
            let field = Field(name: item.outputName, type: try context.binder(for: fields).bind(item.expression).type)
            if let existing = fields.firstIndex(where: { $0.name == field.name }) { fields[existing] = field } else { fields.append(field) }
        }
        return .table(fields)
    }
}
