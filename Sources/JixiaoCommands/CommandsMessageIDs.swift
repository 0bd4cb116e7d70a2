import JixiaoCore

// The identifiers of the commands' texts that are not a diagnostic's own message: help pages, the command
// reference, notices and hints. Each keys one template in every language's catalog (zh/CatalogZhHelp.swift and
// zh/CatalogZhCommands.swift, with en/…); the summary of each constant quotes its English template. A
// command's own help texts have keys derived from its name instead (see `Command`).

extension MessageID {
    // MARK: - help pages

    /// {1} Optional.
    package static let helpOptionalPart = MessageID("help_page.optional_part")
    /// jixiao commands (help COMMAND for details, help functions for functions):
    package static let helpOverviewTitle = MessageID("help_page.overview_title")
    /// {1}:
    package static let helpCategoryHeading = MessageID("help_page.category_heading")
    /// A line is a pipeline: DATASET | COMMAND … | COMMAND …   e.g. stations | where 层级 == "村级" | count
    package static let helpOverviewPipeline = MessageID("help_page.overview_pipeline")
    /// !COMMAND runs a shell command at the interactive prompt (never from a script, never saved).
    package static let helpOverviewShellEscape = MessageID("help_page.overview_shell_escape")
    /// Also: {1}
    package static let helpAliases = MessageID("help_page.aliases")
    /// Examples:
    package static let helpExamples = MessageID("help_page.examples")
    /// help lists the commands
    package static let helpHintListsCommands = MessageID("help_page.hint_lists_commands")
    /// Functions (in any expression):
    package static let helpFunctionsTitle = MessageID("help_page.functions_title")
    /// Aggregates (in agg):
    package static let helpAggregatesTitle = MessageID("help_page.aggregates_title")
    /// Operators: + - * / %  == != < <= > >=  and or not  in [...]  contains  between … and …  is null
    package static let helpOperators = MessageID("help_page.operators")
    /// x / 0 and x % 0 are null; a result beyond 18 digits, or a date outside the years 1–9999, is an error.
    package static let helpLimits = MessageID("help_page.limits")
    /// Text in "double" or “curly” quotes; names with spaces or punctuation in `backticks`.
    package static let helpQuoting = MessageID("help_page.quoting")
}
