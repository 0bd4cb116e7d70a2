import JixiaoCore
import JixiaoLanguage

/// The head of a pipeline that takes a numbered cell's result: `out 3`, the same as `_3`.
package struct OutCommand: DeclaredCommand {
    package static let name = "out"
    package static let chineseName: String? = "单元"
    package static let summary = "Start a pipeline with the result of a numbered cell, the same as _N."
    package static let discussion = """
        Every command the shell runs is a numbered cell (the prompt shows the next number: jixiao [3]>), and its \
        result is kept. out 3 and _3 both give cell 3's result, to be filtered, grouped or joined like a dataset; \
        history lists the cells.
        """
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("out 1 | where 层级 == \"村级\" | count", "Count the village stations among cell 1's busy stations.",
                       result: "61", setup: ["stations | where 月均服务人次 >= 150"]),
    ]

    package var number: Int
    package var range: Range<Int>

    package static let signature = Signature([
        .part(Part("cell", "N", .cell, expected: "a cell number", help: "The number of the cell whose result to take."))
    ])

    package init(arguments: Arguments) throws {
        (number, range) = try arguments.required("cell", arguments.integer)
    }

    package var arguments: Arguments { Arguments(parts: ["cell": .integer(number, range: range)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        try context.workspace.cell(number, source: context.source, range: range)
    }
}

// MARK: - Binding

extension OutCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        StageSchema(of: try context.workspace.cell(number, source: context.source, range: range))
    }
}
