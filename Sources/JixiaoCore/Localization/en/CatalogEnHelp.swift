// English texts of the help area (see Catalog.swift for the format; Chinese in zh/CatalogZhHelp.swift).
// A command's texts are under keys derived from its name (see the doc comment of `Command` in JixiaoCommands).

extension Catalog {
    package static let enHelp: [String: String] = merged([enHelpPages, enHelpFilters, enHelpHelp, enHelpAnalyst])

    static let enHelpPages: [String: String] = [
        "category.data": "Data",
        "category.filters": "Filters",
        "category.aggregation": "Aggregation",
        "category.output": "Output",
        "category.session": "Session",
        "category.evaluation": "Evaluation",
        "category.help": "Help",
        "help_page.optional_part": "{1} Optional.",
        "help_page.overview_title": "jixiao commands (help COMMAND for details, help functions for functions):",
        "help_page.category_heading": "{1}:",
        "help_page.overview_pipeline": "A line is a pipeline: DATASET | COMMAND … | COMMAND …   e.g. stations | where 层级 == \"村级\" | count",
        "help_page.overview_shell_escape": "!COMMAND runs a shell command at the interactive prompt (never from a script, never saved).",
        "help_page.aliases": "Also: {1}",
        "help_page.examples": "Examples:",
        "help_page.hint_lists_commands": "help lists the commands",
        "help_page.functions_title": "Functions (in any expression):",
        "help_page.aggregates_title": "Aggregates (in agg):",
        "help_page.operators": "Operators: + - * / %  == != < <= > >=  and or not  in [...]  contains  between … and …  is null",
        "help_page.limits": "x / 0 and x % 0 are null; a result beyond 18 digits, or a date outside the years 1–9999, is an error.",
        "help_page.quoting": "Text in \"double\" or “curly” quotes; names with spaces or punctuation in `backticks`.",
    ]

    static let enHelpFilters: [String: String] = [
        // where
        "help.where.summary": "Keep the rows where a condition holds.",
        "help.where.discussion": """
            Conditions compare columns and values (== != < <= > >=), combine with and, or, not, and test \
            membership (in [...]), text (contains), ranges (between … and …) and nulls (is null, is not null). \
            Rows where the condition is null are dropped.
            """,
        "help.where.part.condition": "Which rows to keep, e.g. 层级 != \"市级\".",
        "help.where.part.condition.expected": "a condition",
        "help.where.example.1": "Town and village stations.",
        "help.where.example.2": "Busy town and village stations.",
        "help.where.example.3": "Live streams selling white tea.",
        "help.where.example.4": "Live streams in June.",
    ]

    static let enHelpHelp: [String: String] = [
        // help
        "help.help.summary": "List the commands, or show one command's syntax and examples; help functions lists functions.",
        "help.help.part.topic": "A command, or functions, to read about.",
        "help.help.part.topic.expected": "a command name",
        "help.help.example.1": "How to filter rows.",
        "help.help.example.2": "Functions and aggregates.",
    ]
}
