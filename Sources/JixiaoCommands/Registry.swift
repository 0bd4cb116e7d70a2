import JixiaoCore

/// Every command, in one hand-kept list grouped by category. Help, completion and the command reference
/// are generated from it; a test lints it (unique names, summaries ending with a period, examples that run).
package struct CommandRegistry: Sendable {
    package let commands: [any Command.Type]

    package init(commands: [any Command.Type]) {
        self.commands = commands
    }

    package static let standard = CommandRegistry(commands: [
        // Data
        LoadCommand.self,
        DatasetsCommand.self,
        SchemaCommand.self,
        LetCommand.self,
        JoinCommand.self,
        // Filters
        WhereCommand.self,
        SelectCommand.self,
        DeriveCommand.self,
        SortCommand.self,
        DistinctCommand.self,
        TopCommand.self,
        // Aggregation
        GroupCommand.self,
        AggCommand.self,
        CountCommand.self,
        // Output
        ShowCommand.self,
        ChartCommand.self,
        ExportCommand.self,
        // Evaluation
        ExecutionCommand.self,
        EvaluateCommand.self,
        AppendixCommand.self,
        AuditCommand.self,
        // Session
        SaveCommand.self,
        ReplayCommand.self,
        SessionsCommand.self,
        TutorialCommand.self,
        TimerCommand.self,
        OutCommand.self,
        HistoryCommand.self,
        // Help
        HelpCommand.self,
        ExplainCommand.self,
    ])

    /// The command with this name or alias (case-insensitive).
    package func command(named name: String) -> (any Command.Type)? {
        let lower = name.lowercased()
        return commands.first { $0.name == lower || $0.aliases.contains(lower) }
    }

    /// Names that may follow `|`.
    package var stageNames: [String] {
        commands.filter { $0.position != .source }.map { $0.name }
    }

    /// Names that may start a line.
    package var sourceNames: [String] {
        commands.filter { $0.position != .stage }.map { $0.name }
    }

    package var allNames: [String] { commands.map { $0.name } }
}
