import JixiaoCore
import JixiaoLanguage

/// The head of a pipeline that names a dataset (`stations`) or a cell's result (`_3`).
package struct DatasetSource: Command {
    package static let name = "dataset"
    package static let syntax = "NAME"
    package static let category = CommandCategory.data
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("stations | count", result: "141"),
    ]

    package var name: String
    package var range: Range<Int>
    /// Whether the name is also a command's (it was written in backticks): canonical text keeps them.
    package var isCommandName = false

    package init(parsing parser: inout Parser) throws {
        let token = try parser.name("a dataset")
        self.name = token.text
        self.range = token.range
    }

    init(name token: Token, parsing parser: inout Parser) throws {
        self.init(name: token)
    }

    /// The dataset or cell a name token stands for, as the head of a pipeline reads it (`show NAME`, `export NAME to …`).
    init(name token: Token) {
        self.name = token.text
        self.range = token.range
    }

    /// A dataset named like a command (`load x.csv as save`) is written in backticks, or it would read as the command.
    package var canonical: String {
        isCommandName ? "`\(name)`" : Expression.name(name)
    }

    package var datasetReferences: [String] { [name] }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let workspace = context.workspace
        if let number = Workspace.cellNumber(named: name) {
            return try workspace.cell(number, source: context.source, range: range)
        }
        if let dataset = workspace.dataset(named: name) {
            if case .database(let database) = dataset.origin {
                try workspace.checkDatabase(database.source.settings)
                return .table(try database.rows(isCancelled: context.isCancelled))
            }
            return .table(dataset.table)
        }
        let candidates = workspace.order + context.registry.sourceNames + context.registry.chineseNames(where: .source)
        let hint = Suggestion.nearest(to: name, among: candidates).map { Message(.hintDidYouMean, $0) }
            ?? (workspace.order.isEmpty ? Message(.hintNoDatasetsLoaded) : Message(.hintDatasets, Message.list(workspace.order)))
        throw Diagnostic(.bind, .nameUnknownDatasetOrCommand, [name], hint: hint, source: context.source, range: range)
    }
}

// MARK: - Binding

extension DatasetSource {
    /// A dataset's or a cell's schema, looked up (no rows are read).
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        // A database table's columns are known without its rows.
        if Workspace.cellNumber(named: name) == nil, let dataset = context.workspace.dataset(named: name), case .database = dataset.origin {
            return .table(dataset.table.fields)
        }
        return StageSchema(of: try run(nil, in: RunContext(workspace: context.workspace, source: context.source, registry: context.registry)))
    }
}
