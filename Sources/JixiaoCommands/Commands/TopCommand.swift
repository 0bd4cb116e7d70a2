import JixiaoCore
import JixiaoLanguage

/// The first rows.
public struct TopCommand: DeclaredCommand {
    public static let name = "top"
    public static let summary = "Keep the first N rows (after sort, the top N)."
    public static let category = CommandCategory.filters
    public static let aliases = ["limit", "head"]
    public static let examples = [
        CommandExample("stations | select 站点编号 | top 3", "The first three rows.", result: "站点编号\nSJ01\nSJ02\nZJ01"),
    ]

    public var count: Int

    public static let signature = Signature([
        .part(Part("count", "N", .integer, expected: "how many rows", help: "How many rows to keep."))
    ])

    public init(arguments: Arguments) throws {
        count = try arguments.required("count", { arguments.integer($0)?.value })
    }

    public var arguments: Arguments { Arguments(parts: ["count": .integer(count, range: 0..<0)]) }


    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        .table(try context.table(input, for: Self.name).prefix(count))
    }
}

// MARK: - Binding

extension TopCommand {
    public func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        .table(try (input ?? .nothing).fields(for: Self.name))
    }
}
