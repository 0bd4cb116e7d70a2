// The identifiers of the texts of the gate and the budgets (issue 20) that are not a diagnostic's own message,
// in the form of Localization/MessageIDs.swift: the summary of each quotes its English template.

extension MessageID {
    /// a replay runs at most as many commands as --budget commands=N allows, its nested replays included
    package static let hintBudgetCommands = MessageID("hint.budget.commands")
    /// filter the rows first, or raise --budget memory=SIZE (K, M, G)
    package static let hintBudgetMemory = MessageID("hint.budget.memory")
    /// pivot by a column with fewer values, or raise --budget rows=N
    package static let hintBudgetPivot = MessageID("hint.budget.pivot")
    /// indicators, claims and report templates compute values; export at the prompt or from a script
    package static let hintDataFileWrites = MessageID("hint.security.data_file_writes")
    /// this session runs with --safe: a replayed script's rules apply to it
    package static let hintSafeMode = MessageID("hint.security.safe_mode")
    /// dataset {1}: {2} is outside the folders a script may read; not checked
    package static let sessionDatasetNotReadable = MessageID("session.dataset_not_readable")
    /// dataset {1}: {2} is larger than the {3} bytes a header line may hash; not checked
    package static let sessionDatasetTooLargeToHash = MessageID("session.dataset_too_large_to_hash")
    /// Run with the script rules: reads only inside the working folder and allowed folders, writes only into sessions/ and exports/, no !COMMAND (also JIXIAO_SAFE=1).
    package static let cliOptionSafe = MessageID("cli.option.safe")
    /// Change a budget: commands, rows, memory, hash or file, e.g. rows=1000000 or memory=2G (repeatable; also JIXIAO_BUDGET_NAME).
    package static let cliOptionBudget = MessageID("cli.option.budget")
    /// {1} is not a budget: write NAME=VALUE, NAME one of {2}, VALUE a positive whole number (K, M, G for bytes)
    package static let cliBudgetRejected = MessageID("cli.budget_rejected")
}
