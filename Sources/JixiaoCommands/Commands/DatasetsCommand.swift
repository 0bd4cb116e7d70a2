import JixiaoCore
import JixiaoLanguage

/// Lists the datasets in the workspace.
package struct DatasetsCommand: DeclaredCommand {
    package static let name = "datasets"
    package static let chineseName: String? = "数据集"
    package static let category = CommandCategory.data
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let aliases = ["ls"]
    package static let examples = [
        CommandExample("datasets | where 名称 == \"stations\" | select 名称, 行数", result: "名称,行数\nstations,141"),
    ]

    package static let signature = Signature.none

    package init(arguments: Arguments) throws {}

    package var arguments: Arguments { Arguments() }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let workspace = context.workspace
        var names: [Value] = [], rows: [Value] = [], columns: [Value] = [], origins: [Value] = []
        for name in workspace.order {
            guard let dataset = workspace.dataset(named: name) else { continue }
            names.append(.text(name))
            if case .database(let database) = dataset.origin {
                // A table's rows stay in the database until a pipeline reads them: their count is not known here.
                rows.append(database.rowsIfRead.map { .integer(Int64($0.rowCount)) } ?? .null)
            } else {
                rows.append(.integer(Int64(dataset.table.rowCount)))
            }
            columns.append(.integer(Int64(dataset.table.names.count)))
            switch dataset.origin {
            case .file(let path): origins.append(.text(path))
            case .files(let parts): origins.append(.text(parts.map(\.path).joined(separator: ", ")))
            case .derived(let pipeline): origins.append(.text(Message(.datasetsFromLet, pipeline).text))
            case .cell(let n): origins.append(.text(Message(.datasetsFromCell, String(n)).text))
            case .database(let database): origins.append(.text(database.source.settings.url + " " + database.source.described))
            }
        }
        return .table(Table(names: Self.outputFields.map(\.name),
                            columns: [Column.from(names, type: .text), Column.from(rows, type: .integer),
                                      Column.from(columns, type: .integer), Column.from(origins, type: .text)]))
    }
}

// MARK: - Binding

extension DatasetsCommand {
    /// The columns of the listing.
    static let outputFields = Field.list(["名称": .text, "行数": .integer, "列数": .integer, "来源": .text])

    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .table(Self.outputFields) }
}
