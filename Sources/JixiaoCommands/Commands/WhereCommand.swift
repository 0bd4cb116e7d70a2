import JixiaoCore
import JixiaoLanguage

/// Keeps the rows where a condition holds.
package struct WhereCommand: DeclaredCommand {
    package static let name = "where"
    package static let aliases = ["筛选"]
    package static let category = CommandCategory.filters
    package static let examples = [
        CommandExample("stations | where 层级 != \"市级\" | count", result: "139"),
        CommandExample("stations | where 层级 in [\"镇级\", \"村级\"] and 月均服务人次 >= 150 | count", result: "77"),
        CommandExample("activities | where 名称 contains \"白茶\" and 类型 == \"助农直播\" | count", result: "6"),
        CommandExample("activities | where 日期 between \"2022-06-01\" and \"2022-06-30\" and 类型 == \"助农直播\" | count", result: "3"),
    ]

    package var condition: Expression

    package static let signature = Signature([
        .part(Part("condition", "CONDITION", .expression))
    ])

    package init(arguments: Arguments) throws {
        condition = try arguments.required("condition", arguments.expression)
    }

    package var arguments: Arguments { Arguments(parts: ["condition": .expression(condition)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        let bound = try boundCondition(context.binder(for: table))
        let rows = try ExpressionEvaluator(table: table).selection(where: bound)
        return .table(table.selecting(rows))
    }
}

// MARK: - Binding

extension WhereCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let fields = try (input ?? .nothing).fields(for: Self.name)
        _ = try boundCondition(context.binder(for: fields))
        return .table(fields)
    }

    /// The condition bound to the input's columns; it must be true or false.
    func boundCondition(_ binder: Binder) throws -> BoundExpression {
        let bound = try binder.bind(condition)
        guard bound.type == .boolean || bound.type == .null else {
            throw Diagnostic(.bind, code: .whereNotCondition, "where needs a condition, found a \(bound.type) value", hint: "compare it, e.g. 人次 > 100",
                             source: binder.source, range: condition.range)
        }
        return bound
    }
}
