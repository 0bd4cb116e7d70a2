import JixiaoCore
import JixiaoLanguage

/// Distinct rows.
package struct DistinctCommand: DeclaredCommand {
    package static let name = "distinct"
    package static let chineseName: String? = "去重"
    package static let category = CommandCategory.filters
    package static let examples = [
        CommandExample("stations | distinct 层级", result: "层级\n市级\n镇级\n村级"),
        CommandExample("stations | distinct 乡镇 | count", result: "16"),
    ]

    package var columns: [Token]

    package static let signature = Signature([
        .part(Part("columns", "COLUMN", .columns, optional: true))
    ])

    package init(arguments: Arguments) throws {
        columns = arguments.names("columns") ?? []
    }

    package var arguments: Arguments { Arguments(parts: columns.isEmpty ? [:] : ["columns": .names(columns)]) }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        let binder = context.binder(for: table)
        let indices = columns.isEmpty ? Array(table.names.indices) : try columns.map { try binder.columnIndex($0.text, at: $0.range) }
        return .table(try table.distinct(on: indices, checkCancelled: context.checkCancelled))
    }
}

// MARK: - Binding

extension DistinctCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let fields = try (input ?? .nothing).fields(for: Self.name)
        let binder = context.binder(for: fields)
        return .table(columns.isEmpty ? fields : try columns.map { fields[try binder.columnIndex($0.text, at: $0.range)] })
    }
}
