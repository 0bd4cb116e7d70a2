import JixiaoCommands

import JixiaoLanguage

extension CommandRegistry {
    /// Every command, in one hand-kept list grouped by category: the engine's commands and the session's
    /// (save, replay, sessions, tutorial), which stand above them.
    package static let standard = CommandRegistry(commands: [
        // Data
        LoadCommand.self,
        DatasetsCommand.self,
        SchemaCommand.self,
        DescribeCommand.self,
        LetCommand.self,
        RenameCommand.self,
        JoinCommand.self,
        UnionCommand.self,
        // Filters
        WhereCommand.self,
        SelectCommand.self,
        DropCommand.self,
        DeriveCommand.self,
        SortCommand.self,
        DistinctCommand.self,
        TopCommand.self,
        // Aggregation
        GroupCommand.self,
        AggCommand.self,
        CountCommand.self,
        PivotCommand.self,
        // Output
        ShowCommand.self,
        ChartCommand.self,
        ExportCommand.self,
        // Evaluation
        ExecutionCommand.self,
        EvaluateCommand.self,
        AppendixCommand.self,
        AuditCommand.self,
        ReviewCommand.self,
        // Session
        SaveCommand.self,
        ReplayCommand.self,
        SessionsCommand.self,
        TutorialCommand.self,
        UndoCommand.self,
        RedoCommand.self,
        TimerCommand.self,
        OutCommand.self,
        HistoryCommand.self,
        // Help
        HelpCommand.self,
        ExplainCommand.self,
    ])
}

extension Interpreter {
    /// An interpreter of every command.
    package convenience init(workspace: Workspace) {
        self.init(workspace: workspace, registry: .standard)
    }
}

extension Pipeline {
    /// A line parsed with every command.
    package static func parse(_ source: String) throws -> Pipeline {
        try parse(source, registry: .standard)
    }
}

extension RunContext {
    /// What a command reaches while it runs, with every command known.
    package init(workspace: Workspace, source: String, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.init(workspace: workspace, source: source, registry: .standard, isCancelled: isCancelled)
    }
}
