import JixiaoCore
import JixiaoLanguage

/// The head of a pipeline that takes a numbered cell's result: `out 3`, the same as `_3`.
package struct OutCommand: DeclaredCommand {
    package static let name = "out"
    package static let chineseName: String? = "单元"
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("out 1 | where 层级 == \"村级\" | count",
                       result: "61", setup: ["stations | where 月均服务人次 >= 150"]),
    ]

    package var number: Int
    package var range: Range<Int>

    package static let signature = Signature([
        .part(Part("cell", "N", .cell))
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
