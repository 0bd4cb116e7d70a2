import JixiaoCore
import JixiaoLanguage

/// Keeps, orders, renames or computes columns.
package struct SelectCommand: DeclaredCommand {
    package static let name = "select"
    package static let chineseName: String? = "选列"
    package static let category = CommandCategory.filters
    package static let examples = [
        CommandExample("funds | select 方向, 万元 = wan(金额) | top 2",
                       result: "方向,万元\n到位,12.00\n支出,0.43"),
    ]

    package var items: [NamedExpression]

    package static let signature = Signature([
        .part(Part("columns", "COLUMN", .namedExpressions(requireNames: false)))
    ])

    package init(arguments: Arguments) throws {
        items = try arguments.required("columns", arguments.namedExpressions)
    }

    package var arguments: Arguments { Arguments(parts: ["columns": .namedExpressions(items)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        let binder = context.binder(for: table)
        // Plain columns keep their storage (and the selection); computed ones are evaluated.
        if items.allSatisfy({ if case .column = $0.expression.kind { return true } else { return false } }) {
            let indices = try items.map { item -> Int in
                guard case .column(let name) = item.expression.kind else { return 0 }
                return try binder.columnIndex(name, at: item.expression.range)
            }
            return .table(table.projecting(indices, as: CSVReader.uniqued(items.map(\.outputName))))
        }
        let evaluator = ExpressionEvaluator(table: table)
        var columns: [Column] = []
        for item in items {
            let bound = try binder.bind(item.expression)
            var column = try evaluator.column(bound)
            if case .column(let index, _) = bound { column.hint = table.columns[index].hint }
            columns.append(column)
        }
        return .table(Table(names: CSVReader.uniqued(items.map(\.outputName)), columns: columns))
    }
}

// MARK: - Binding

extension SelectCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let binder = context.binder(for: try (input ?? .nothing).fields(for: Self.name))
        let types = try items.map { try binder.bind($0.expression).type }
        return .table(zip(CSVReader.uniqued(items.map(\.outputName)), types).map { Field(name: $0, type: $1) })
    }
}
