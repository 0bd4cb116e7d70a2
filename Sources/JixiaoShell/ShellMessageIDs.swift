import JixiaoCore

// The identifiers of the shell's own texts: its start-up line, questions, notices and warnings. Each keys one
// template in every language's catalog (zh/CatalogZhShell.swift, en/CatalogEnShell.swift); the summary of
// each constant quotes its English template. The command line's texts are in CommandLineMessageIDs.swift.

extension MessageID {
    // MARK: - the shell

    /// jixiao {1}: {2} datasets loaded ({3}). help lists the commands; Tab completes; Ctrl-D exits.
    package static let shellBanner = MessageID("shell.banner")
    /// {1} exists. Replace it? [y/N]
    package static let shellReplaceQuestion = MessageID("shell.replace_question")
    /// not saved: {1} is left as it was
    package static let shellNotReplaced = MessageID("shell.not_replaced")
    /// !COMMAND runs a shell command, e.g. !ls datasets
    package static let shellEscapeUsage = MessageID("shell.escape_usage")
    /// cannot start /bin/sh
    package static let shellEscapeCannotStart = MessageID("shell.escape_cannot_start")
    /// (exit status {1})
    package static let shellEscapeStatus = MessageID("shell.escape_status")
    /// warning: {1}
    package static let shellWarning = MessageID("shell.warning")
    /// warning: this session is not journaled: {1}
    package static let shellNotJournaled = MessageID("shell.not_journaled")
    /// jixiao: cannot save history to {1}: {2}
    package static let shellHistoryNotSaved = MessageID("shell.history_not_saved")
    /// … {1} more: the last line of a long list of completions
    package static let shellMoreCompletions = MessageID("shell.more_completions")
}
