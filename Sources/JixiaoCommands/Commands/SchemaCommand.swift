import JixiaoCore
import JixiaoLanguage
import JixiaoRender

/// Lists a dataset's columns.
package struct SchemaCommand: DeclaredCommand {
    package static let name = "schema"
    package static let chineseName: String? = "结构"
    package static let category = CommandCategory.data
    package static let position = StagePosition.either
    package static let effect = CommandEffect.display
    package static let aliases = ["columns"]
    package static let examples = [
        CommandExample("schema budgets | select 列, 类型", // not user-facing: a command line
                       result: "列,类型\n资金名称,text\n资金来源,text\n年初预算数,decimal(2)\n全年预算数,decimal(2)"),
    ]

    package var dataset: Token?

    package static let signature = Signature([
        .part(Part("dataset", "NAME", .name(.dataset), optional: true))
    ])

    package init(arguments: Arguments) throws {
        dataset = arguments.name("dataset")
    }

    package var arguments: Arguments { Arguments(parts: dataset.map { ["dataset": .name($0)] } ?? [:]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(try dataset.map { try DatasetSource(name: $0).run(nil, in: context) } ?? input, for: Self.name)
        var names: [Value] = [], types: [Value] = [], nulls: [Value] = [], distinct: [Value] = [], examples: [Value] = []
        for (index, field) in table.fields.enumerated() {
            let column = table.materializedColumn(index)
            let groups = GroupIndex(keys: [column], rowCount: column.count)
            let nullCount = (0..<column.count).filter { column.isNull(at: $0) }.count
            names.append(.text(field.name))
            types.append(.text(field.type.description))
            nulls.append(.integer(Int64(nullCount)))
            distinct.append(.integer(Int64(groups.groupCount - (nullCount > 0 ? 1 : 0))))
            let example = (0..<column.count).first { !column.isNull(at: $0) }.map { CellFormatter.text(column.value(at: $0), hint: column.hint) }
            examples.append(example.map { .text($0) } ?? .null)
        }
        return .table(Table(names: Self.outputFields.map(\.name),
                            columns: [Column.from(names, type: .text), Column.from(types, type: .text), Column.from(nulls, type: .integer),
                                      Column.from(distinct, type: .integer), Column.from(examples, type: .text)]))
    }
}

// MARK: - Binding

extension SchemaCommand {
    /// The columns of the listing.
    static let outputFields = Field.list(["列": .text, "类型": .text, "空值": .integer, "不同值": .integer, "示例": .text])

    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        if let dataset { _ = try DatasetSource(name: dataset).bind(nil, in: context) } else { _ = try (input ?? .nothing).fields(for: Self.name) }
        return .table(Self.outputFields)
    }
}
