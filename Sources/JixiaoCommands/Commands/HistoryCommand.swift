import JixiaoCore
import JixiaoLanguage

/// Lists the numbered cells of the session with their commands.
package struct HistoryCommand: DeclaredCommand {
    package static let name = "history"
    package static let summary = "List the numbered cells of this session with their commands and results."
    package static let discussion = """
        Each cell's result stays available as _N or out N. Up and Down recall earlier commands, Ctrl-R searches \
        them; that history is kept across sessions in $XDG_STATE_HOME/jixiao/history.
        """
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("history", "The cells so far: number, command, result.",
                       result: "单元,命令,结果\n1,stations | where 层级 == \"村级\",123 rows × 9 columns\n2,funds | count,23",
                       setup: ["stations | where 层级 == \"村级\"", "funds | count"]),
    ]

    package static let signature = Signature.none

    package init(arguments: Arguments) throws {}

    package var arguments: Arguments { Arguments() }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let workspace = context.workspace
        var numbers: [Value] = [], commands: [Value] = [], results: [Value] = []
        for number in workspace.cells.keys.sorted() {
            numbers.append(.integer(Int64(number)))
            commands.append(.text(workspace.cellCommands[number].map(Self.oneLine) ?? ""))
            results.append(.text(workspace.cells[number].map(Self.summary) ?? ""))
        }
        return .table(Table(names: Self.outputFields.map(\.name),
                            columns: [Column.from(numbers, type: .integer), Column.from(commands, type: .text), Column.from(results, type: .text)]))
    }

    /// A multi-line command on one line, its continuation lines joined by single spaces.
    static func oneLine(_ command: String) -> String {
        command.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// What a cell gave, in a few words: a single value as itself, a table by its size.
    static func summary(_ value: PipelineValue) -> String {
        switch value {
        case .text, .form:
            let text = value.shownText ?? ""
            let first = text.split(separator: "\n").first.map(String.init) ?? ""
            return text.contains("\n") ? first + " …" : first
        case .none(let note):
            return note ?? ""
        case .grouped(let grouped):
            return "\(grouped.index.groupCount) groups"
        case .table(let table), .presented(let table, _):
            if table.names.count == 1 && table.rowCount == 1 { return table.value(row: 0, column: 0).description }
            return "\(table.rowCount) rows × \(table.names.count) columns"
        }
    }
}

// MARK: - Binding

extension HistoryCommand {
    /// The columns of the listing.
    static let outputFields = Field.list(["单元": .integer, "命令": .text, "结果": .text])

    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .table(Self.outputFields) }
}
