// English texts of the help area (see Catalog.swift for the format; Chinese in zh/CatalogZhHelp.swift).
// A command's texts are under keys derived from its name (see the doc comment of `Command` in JixiaoCommands).

extension Catalog {
    package static let enHelp: [String: String] = merged([enHelpPages, enHelpFilters, enHelpHelp, enHelpEvaluation])

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

    static let enHelpEvaluation: [String: String] = [
        // execution (the rest of its help is still in ExecutionCommand.swift)
        "help.execution.example.3": "Funds spent over or without a budget, or budgeted and not received.",
        // review
        "help.review.summary": "Evaluate every project folder under a folder and list them in one table: funds, 执行率, 总分, grade, the claimed score and the gaps.",
        "help.review.discussion": """
            A bureau, or the 财政局 reviewing it, keeps one folder per project, each holding the datasets of this \
            schema (project.csv, budgets.csv, funds.csv, indicators.csv, claims.csv and the ledgers the indicators \
            query). review reads each folder under DIR that holds .csv files (in name order; DIR itself when it has \
            none), scores it as evaluate does in the chosen template, and gives one row per project: 文件夹, 项目名称, \
            主管部门, 全年预算数 and 全年执行数 (万元), 执行率, 总分, 等级, 自评得分 (what its claims.csv says the report \
            scored), 核对问题 (the claims its data contradict plus what audit lists as still to explain) and 错误. A \
            folder that fails is one row with its error (file:line and the message; what was read before it is kept) \
            and the other folders still run. The result is a table: sort, filter, chart or export it. Each folder's \
            files are read as load reads them, so a replayed script may review only folders it may read.
            """,
        "help.review.part.folder": "The folder holding one folder per project.",
        "help.review.part.folder.expected": "a folder of project folders, e.g. datasets/projects",
        "help.review.option.template": "The scoring template: mof (财政部, the default) or hubei (湖北省的表样, 预算执行 20 分).",
        "help.review.example.1": "The bundled illustrative projects, one row each.",
        "help.review.example.2": "Scored in the Hubei template, best first.",
        "help.review.example.3": "Projects whose report claims more than its data give.",
        "help.review.example.4": "The review as a workbook (exports/评审.xlsx).",
    ]
}
