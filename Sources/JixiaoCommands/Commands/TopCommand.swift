import JixiaoCore
import JixiaoLanguage

/// The first rows.
public struct TopCommand: Command {
    public static let name = "top"
    public static let summary = "Keep the first N rows (after sort, the top N)."
    public static let syntax = "top N"
    public static let category = CommandCategory.filters
    public static let aliases = ["limit", "head"]
    public static let examples = [
        CommandExample("stations | select 站点编号 | top 3", "The first three rows.", result: "站点编号\nSJ01\nSJ02\nZJ01"),
    ]

    public var count: Int

    public init(parsing parser: inout Parser) throws {
        count = try parser.integer("how many rows")
    }

    public var canonical: String { "top \(count)" }

    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        .table(try context.table(input, for: Self.name).prefix(count))
    }
}
