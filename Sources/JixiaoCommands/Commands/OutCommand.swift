import JixiaoCore
import JixiaoLanguage

/// The head of a pipeline that takes a numbered cell's result: `out 3`, the same as `_3`.
public struct OutCommand: Command {
    public static let name = "out"
    public static let summary = "Start a pipeline with the result of a numbered cell, the same as _N."
    public static let syntax = "out N"
    public static let discussion = """
        Every command the shell runs is a numbered cell (the prompt shows the next number: jixiao [3]>), and its \
        result is kept. out 3 and _3 both give cell 3's result, to be filtered, grouped or joined like a dataset; \
        history lists the cells.
        """
    public static let category = CommandCategory.session
    public static let position = StagePosition.source
    public static let examples = [
        CommandExample("out 1 | where 层级 == \"村级\" | count", "Count the village stations among cell 1's busy stations.",
                       result: "61", setup: ["stations | where 月均服务人次 >= 150"]),
    ]

    public var number: Int
    public var range: Range<Int>

    public init(parsing parser: inout Parser) throws {
        let start = parser.current?.range
        number = try parser.integer("a cell number")
        range = start ?? 0..<0
    }

    public var canonical: String { "out \(number)" }

    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        try context.workspace.cell(number, source: context.source, range: range)
    }
}
