import JixiaoCore
import JixiaoLanguage

/// What a stage gives the next one, known before anything runs: the plan `Pipeline.bind` makes from it checks
/// every name and type of the line first, so an error in the fifth stage is reported with no stage run.
package enum StageSchema: Sendable, Equatable {
    /// A table of these columns.
    case table([Field])
    /// Rows grouped by keys (`group`), the rows' own columns beside them.
    case grouped(keys: [Field], fields: [Field])
    /// A message, text, a chart or a form: nothing a next stage can take.
    case nothing
    /// Known only when the stage runs (the evaluation's tables, a replayed script); later stages bind then.
    case unknown

    /// The schema of a value that already exists (a cell's result, a dataset).
    package init(of value: PipelineValue) {
        switch value {
        case .table(let table), .presented(let table, _): self = .table(table.fields)
        case .grouped(let grouped):
            self = .grouped(keys: zip(grouped.keyNames, grouped.keyColumns).map { Field(name: $0, type: $1.type) }, fields: grouped.table.fields)
        case .text, .form, .none: self = .nothing
        }
    }

    /// The columns of the table before a stage, as `RunContext.table(_:for:)` gives it when the stage runs:
    /// a grouped input is its keys and their counts.
    package func fields(for command: String) throws -> [Field] {
        switch self {
        case .table(let fields): return fields
        case .grouped(let keys, _): return Self.counted(keys)
        case .nothing, .unknown:
            throw Diagnostic.needsTable(before: command)
        }
    }

    /// A grouped table's keys with their count column, as `GroupedTable.counted(as:)` names them.
    static func counted(_ keys: [Field], as name: String = "count") -> [Field] {
        zip(CSVReader.uniqued(keys.map(\.name) + [name]), keys.map(\.type) + [.integer]).map { Field(name: $0, type: $1) }
    }

    /// The columns' names in a fixed order with their types, for `explain`.
    package var description: String {
        func list(_ fields: [Field]) -> String { fields.map { "\($0.name) \($0.type)" }.joined(separator: ", ") }
        switch self {
        case .table(let fields): return "table(\(list(fields)))"
        case .grouped(let keys, let fields): return "grouped by \(list(keys)) over (\(list(fields)))"
        case .nothing: return "text"
        case .unknown: return "known when it runs"
        }
    }
}

/// What a command can reach while its stage is bound: the workspace's datasets and cells, never their rows.
package struct BindContext {
    package let workspace: Workspace
    /// The command line, for pointing at its parts in errors.
    package let source: String
    /// The commands the line was parsed with.
    package let registry: CommandRegistry

    package init(workspace: Workspace, source: String, registry: CommandRegistry) {
        self.workspace = workspace
        self.source = source
        self.registry = registry
    }

    package func binder(for fields: [Field]) -> Binder {
        Binder(fields: fields, source: source)
    }
}

extension Field {
    /// Fields with types, for schemas written out by hand (the listings' fixed columns).
    package static func list(_ pairs: KeyValuePairs<String, DataType>) -> [Field] {
        pairs.map { Field(name: $0.key, type: $0.value) }
    }
}
