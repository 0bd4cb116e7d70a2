import JixiaoCore
import JixiaoLanguage

/// The first rows.
package struct TopCommand: DeclaredCommand {
    package static let name = "top"
    package static let chineseName: String? = "取前"
    package static let category = CommandCategory.filters
    package static let aliases = ["limit", "head"]
    package static let examples = [
        CommandExample("stations | select 站点编号 | top 3", result: "站点编号\nSJ01\nSJ02\nZJ01"),
    ]

    package var count: Int

    package static let signature = Signature([
        .part(Part("count", "N", .integer))
    ])

    package init(arguments: Arguments) throws {
        count = try arguments.required("count", { arguments.integer($0)?.value })
    }

    package var arguments: Arguments { Arguments(parts: ["count": .integer(count, range: 0..<0)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        .table(try context.table(input, for: Self.name).prefix(count))
    }
}

// MARK: - Binding

extension TopCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        .table(try (input ?? .nothing).fields(for: Self.name))
    }
}
