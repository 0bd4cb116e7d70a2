import JixiaoCore
import JixiaoLanguage

/// Counts rows, or rows per group.
package struct CountCommand: DeclaredCommand {
    package static let name = "count"
    package static let chineseName: String? = "计数"
    package static let category = CommandCategory.aggregation
    package static let examples = [
        CommandExample("activities | where 类型 == \"助农直播\" | count", result: "32"),
        CommandExample("stations | where 层级 == \"市级\" | group 层级 | count as 个数", result: "层级,个数\n市级,2"), // not user-facing: a command line
    ]

    package var columnName: String

    package static let signature = Signature([
        .part(Part("name", "NAME", .name(.new), keyword: "as", optional: true))
    ])

    package init(arguments: Arguments) throws {
        columnName = arguments.name("name")?.text ?? "count"
    }

    package var arguments: Arguments {
        Arguments(parts: columnName == "count" ? [:] : ["name": .name(Token(.identifier, columnName, 0..<0))])
    }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        if case .grouped(let grouped)? = input { return .table(grouped.counted(as: columnName)) }
        let table = try context.table(input, for: Self.name)
        return .table(Table(names: [columnName], columns: [Column(.integer([Int64(table.rowCount)]))]))
    }
}

// MARK: - Binding

extension CountCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        if case .grouped(let keys, _)? = input { return .table(StageSchema.counted(keys, as: columnName)) }
        _ = try (input ?? .nothing).fields(for: Self.name)
        return .table([Field(name: columnName, type: .integer)])
    }
}
