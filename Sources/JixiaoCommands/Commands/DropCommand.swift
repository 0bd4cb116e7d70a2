import JixiaoCore
import JixiaoLanguage

/// Leaves columns out.
package struct DropCommand: DeclaredCommand {
    package static let name = "drop"
    package static let chineseName: String? = "删列"
    package static let category = CommandCategory.filters
    package static let examples = [
        CommandExample("stations | drop 站点名称, 乡镇, 村 | top 1",
                       result: "站点编号,层级,含快递物流,站长已培训,月均服务人次,开业日期\nSJ01,市级,否,否,1860,2021-10-15"),
    ]

    package var columns: [Token]

    package static let signature = Signature([
        .part(Part("columns", "COLUMN", .columns))
    ])

    package init(arguments: Arguments) throws {
        columns = try arguments.required("columns", arguments.names)
    }

    package var arguments: Arguments { Arguments(parts: ["columns": .names(columns)]) }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        return .table(table.projecting(try kept(table.fields, source: context.source)))
    }

    /// The columns kept, by their places; an error at a name that is not there, or when nothing would be left.
    func kept(_ fields: [Field], source: String) throws -> [Int] {
        let binder = Binder(fields: fields, source: source)
        let dropped = Set(try columns.map { try binder.columnIndex($0.text, at: $0.range) })
        let kept = fields.indices.filter { !dropped.contains($0) }
        if kept.isEmpty, let last = columns.last {
            throw Diagnostic(.bind, .dropEveryColumn, hint: Message(.hintSelectKeeps), source: source, range: last.range)
        }
        return kept
    }
}

// MARK: - Binding

extension DropCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let fields = try (input ?? .nothing).fields(for: Self.name)
        return .table(try kept(fields, source: context.source).map { fields[$0] })
    }
}
