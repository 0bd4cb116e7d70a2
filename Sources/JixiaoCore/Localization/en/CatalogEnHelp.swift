// English texts of the help area (see Catalog.swift for the format; Chinese in zh/CatalogZhHelp.swift).
// A command's texts are under keys derived from its name (see the doc comment of `Command` in JixiaoCommands),
// one table per category of `help`.

extension Catalog {
    package static let enHelp: [String: String] = merged([enHelpPages, enHelpData, enHelpFilters, enHelpAggregation, enHelpOutput,
                                                          enHelpEvaluation, enHelpSession, enHelpHelp])

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

    static let enHelpData: [String: String] = [
        // load
        "help.load.summary": "Read a CSV, TSV, Excel (.xlsx) or JSON file into a dataset.",
        "help.load.discussion": """
            The format comes from the extension: .csv (comma-separated), .txt (comma- or tab-separated, told from the file), .tsv, .xlsx, .json (an array of \
            objects, or JSON Lines; also .jsonl). The name defaults to the file's name without its extension.
            Files as Excel saves them on Chinese Windows open without options: the encoding is detected (UTF-8, \
            UTF-8 or UTF-16 with a byte-order mark, GB18030/GBK), or named with encoding=utf-8|gbk|gb18030|utf-16. \
            Title and blank lines above the header are skipped (header=N names the header's line, or row in a \
            sheet). Amounts like "1,234.50", full-width digits, ¥ signs and a trailing 元 are read as exact \
            decimals; "12.50%" as a percentage; 2022/6/8 and 2022年6月8日 as dates. A column whose numbers all end \
            in 万元 keeps them as written and is renamed 列（万元）: units are never converted silently. A trailing \
            合计/总计 row is skipped and reported; --keep-totals keeps it. sheet= picks a workbook's sheet (the \
            first by default). Column types are inferred (integer, decimal, date, boolean, text); types= overrides \
            them, e.g. types="站点编号:text,金额:decimal". What was detected or skipped is listed under the message.
            """,
        "help.load.part.file.expected": "a file path",
        "help.load.part.file": "The file to read: .csv, .txt, .tsv, .xlsx, .json or .jsonl.",
        "help.load.part.name.expected": "a dataset name after as",
        "help.load.part.name": "The dataset's name (else the file's name without its extension).",
        "help.load.option.encoding": "The text encoding, when detection guesses wrong: {1}.",
        "help.load.option.header": "The line that holds the column names, from 1.",
        "help.load.option.sheet": "The sheet of a workbook to read (else the first with data).",
        "help.load.option.types": "Column types to use instead of the detected ones.",
        "help.load.flag.keep-totals": "Keep a trailing 合计 row instead of dropping it.",
        "help.load.example.1": "Load a CSV file under a name of your choice.",
        "help.load.example.2": "Keep a column as text instead of inferring its type.",
        "help.load.example.3": "A GB18030 CSV saved by Excel, with a title line and a 合计 row.",
        "help.load.example.4": "One sheet of an Excel workbook.",
        // datasets
        "help.datasets.summary": "List the loaded and derived datasets with their row and column counts.",
        "help.datasets.example.1": "Rows in the stations dataset.",
        // schema
        "help.schema.summary": "List a dataset's columns: type, nulls, distinct values and an example.",
        "help.schema.part.dataset.expected": "a dataset",
        "help.schema.part.dataset": "The dataset to describe (else the table before it).",
        "help.schema.example.1": "The columns of budgets and their types.",
        // let
        "help.let.summary": "Keep a pipeline's result as a new dataset under a name.",
        "help.let.example.1": "Name the busy stations.",
        // join
        "help.join.summary": "Add the columns of another dataset to each row with equal keys (inner, or left with --left).",
        "help.join.discussion": """
            An inner join keeps rows that match; --left keeps every row of the input, with nulls where nothing matches. \
            The other dataset's key columns are not repeated; clashing names get a suffix (名称_2).
            """,
        "help.join.part.dataset.expected": "the dataset to join",
        "help.join.part.dataset": "The dataset whose rows to match.",
        "help.join.part.keys.expected": "a key column",
        "help.join.part.keys": "The key columns, KEY = OTHER_KEY where the other dataset names it differently.",
        "help.join.flag.left": "Keep every input row, with nulls where nothing matches.",
        "help.join.example.1": "Funds that spent less than their budget.",
        // dataset
        "help.dataset.summary": "Start a pipeline with a dataset's rows, or a cell's result with _N.",
        "help.dataset.example.1": "Count the rows of the stations dataset.",
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
        // select
        "help.select.summary": "Keep only the named columns, in that order; NAME = expression adds computed ones.",
        "help.select.part.columns.expected": "columns to keep, e.g. select 乡镇, 村",
        "help.select.part.columns": "Columns to keep, in order; NAME = EXPRESSION computes one.",
        "help.select.example.1": "Direction and amount in 万元 of the first two rows.",
        // derive
        "help.derive.summary": "Add columns computed from each row; a later one may use an earlier one.",
        "help.derive.part.columns.expected": "derive 万元 = wan(金额)",
        "help.derive.part.columns": "New columns, each NAME = EXPRESSION over the row.",
        "help.derive.example.1": "Amounts in 万元 and the month.",
        // sort
        "help.sort.summary": "Order rows by one or more keys (asc by default, desc to reverse); stable, nulls last.",
        "help.sort.part.keys.expected": "a sort key",
        "help.sort.part.keys": "Columns or expressions to order by, each asc (the default) or desc.",
        "help.sort.example.1": "The busiest stations first; ties by code.",
        // distinct
        "help.distinct.summary": "One row per distinct combination of the named columns (all columns when none are named).",
        "help.distinct.part.columns.expected": "a column",
        "help.distinct.part.columns": "The columns whose combinations to keep (all when none).",
        "help.distinct.example.1": "The station levels.",
        "help.distinct.example.2": "How many divisions have stations.",
        // top
        "help.top.summary": "Keep the first N rows (after sort, the top N).",
        "help.top.part.count.expected": "how many rows",
        "help.top.part.count": "How many rows to keep.",
        "help.top.example.1": "The first three rows.",
    ]

    static let enHelpAggregation: [String: String] = [
        // group
        "help.group.summary": "Group rows by key columns or named expressions; follow with agg or count.",
        "help.group.discussion": "Groups appear in the order their first row appears. On its own, group shows each group's row count.",
        "help.group.part.keys.expected": "columns to group by, e.g. group 乡镇",
        "help.group.part.keys": "Columns to group by; NAME = EXPRESSION groups by a computed key.",
        "help.group.example.1": "Stations per level.",
        "help.group.example.2": "Live streams by month.",
        // agg
        "help.agg.summary": "Compute aggregates (count, sum, mean, min, max, median, count_distinct, share) per group or overall.",
        "help.agg.discussion": """
            Aggregates may be combined with arithmetic and functions: agg 万元 = wan(sum(金额)). After group, each row \
            is one group, led by its keys. Sums are exact.
            """,
        "help.agg.part.aggregates.expected": "aggregates, e.g. agg 合计 = sum(金额)",
        "help.agg.part.aggregates": "What to compute, each NAME = an expression over aggregates: sum(金额), wan(sum(金额)), count().",
        "help.agg.example.1": "Total spent, exact to the fen.",
        "help.agg.example.2": "Budget changed during the year, exact to the fen.",
        "help.agg.example.3": "Received and spent in 万元.",
        "help.agg.example.4": "Receipts and payments counted.",
        "help.agg.example.5": "Live-stream sales training sessions.",
        // count
        "help.count.summary": "Count the rows, or the rows of each group after group.",
        "help.count.part.name.expected": "a column name after as",
        "help.count.part.name": "The name of the count column (count when none).",
        "help.count.example.1": "Free charity live-stream sales events.",
        "help.count.example.2": "Name the count column.",
    ]

    static let enHelpOutput: [String: String] = [
        // show
        "help.show.summary": "Show a dataset or the input table: how many rows, and a 合计 row with --total.",
        "help.show.part.dataset.expected": "a dataset",
        "help.show.part.dataset": "The dataset to show (else the table before it).",
        "help.show.option.rows": "How many rows to show.",
        "help.show.flag.all": "Show every row.",
        "help.show.flag.total": "Add a 合计 row of exact sums.",
        "help.show.example.1": "Show a whole dataset.",
        "help.show.example.2": "Add a 合计 row of exact sums.",
        "help.show.example.3": "Only the first five rows on screen.",
        // chart
        "help.chart.summary": "Draw the input as a text chart: bar, column, hist, line, spark or stacked.",
        "help.chart.discussion": """
            bar draws horizontal bars in eighths of a cell with each value at the end of its bar, labels padded by \
            display width so every bar starts in the same column; column draws vertical columns; hist counts one \
            column (named after hist) into bins=N bins of equal width with exact edges; line draws a series over x in \
            Braille dots with both axes named; spark draws it in one line; stacked splits each bar by a second text \
            column (by=, default the next text column) or, without one, by every numeric column, with a legend. \
            The label (x) is the first text column and the value (y) the first numeric one; line and spark take \
            the first column as x and the first numeric column after it as y; title="" draws no title. Negative values grow left of (below) \
            a zero axis; zero draws no bar and prints 0. Printed values are exact. Width is width=N, else the \
            terminal's; --ascii, or a locale that is not UTF-8, draws in ASCII. After group, chart draws the \
            counts per group.
            """,
        "help.chart.part.kind.expected": "a chart kind",
        "help.chart.part.kind": "bar, column, hist (a histogram), line, spark (a sparkline) or stacked.",
        "help.chart.part.column.expected": "a column",
        "help.chart.part.column": "The value column (hist: the column to count).",
        "help.chart.option.x": "The label column (else the first text column).",
        "help.chart.option.y": "The value column (else the first numeric column).",
        "help.chart.option.by": "stacked: the column that splits each bar.",
        "help.chart.option.title": "The title (\"\" for none).",
        "help.chart.option.width": "How many columns wide (else the terminal's width).",
        "help.chart.option.bins": "hist: how many bins of equal width.",
        "help.chart.flag.ascii": "Draw with ASCII characters only.",
        "help.chart.example.1": "Stations per town, longest bar first.",
        "help.chart.example.2": "The same as columns.",
        "help.chart.example.3": "How busy stations are, in five bins.",
        "help.chart.example.4": "Events per month as a line.",
        "help.chart.example.5": "Town and village stations per town, with a legend.",
        "help.chart.example.6": "Events per month in one line.",
        "help.chart.example.7": "Events by type, 50 columns wide: every bar starts in the same column.",
        "help.chart.example.8": "Stations by level, in ASCII characters.",
        // export
        "help.export.summary": "Write a dataset or the table before it to a CSV, TSV, Markdown, HTML, JSON or Excel file.",
        "help.export.discussion": """
            The format comes from the extension: .csv, .tsv, .md, .html, .json, .xlsx. CSV, TSV, JSON and XLSX hold \
            plain exact values (1234.50, 2022-06-08) for other programs; .xlsx cells are real numbers and dates, \
            formatted with thousands separators. Markdown and HTML hold the cells as the screen shows them, \
            aligned and escaped, for a report. --excel starts a CSV with a UTF-8 byte-order mark so that Excel on \
            Chinese Windows reads its Chinese correctly. The file is written atomically: it is either complete or \
            left as it was. A file named without a folder (or in a folder other than exports/ and sessions/) is \
            written into exports/ of the working folder, created when missing, so a saved session writes it again.
            """,
        "help.export.part.dataset.expected": "a dataset",
        "help.export.part.dataset": "The dataset to write (else the table before it).",
        "help.export.part.file.expected": "a file to write, e.g. 结果.xlsx",
        "help.export.part.file": "The file; its extension names the format. Without a folder it goes into exports/.",
        "help.export.flag.excel": "Start a .csv or .tsv with a byte-order mark, for Excel on Chinese Windows.",
        "help.export.example.1": "An Excel workbook of a grouped result.",
        "help.export.example.2": "A dataset as a Markdown table for the report.",
        "help.export.example.3": "CSV with a byte-order mark, for Excel users.",
    ]

    static let enHelpEvaluation: [String: String] = [
        // execution
        "help.execution.summary": "Show each fund's budget, money received and spent, unspent and 执行率, with an exact 合计 row, in 万元.",
        "help.execution.discussion": """
            Reads budgets (资金名称, 资金来源, 年初预算数, 全年预算数) and funds (资金名称, 方向 到位|支出, 金额), in yuan. \
            Each figure is shown in 万元 to two decimals; the 合计 row is computed from the exact sums in yuan, never by \
            adding rounded parts. 执行率 = 全年执行数 / 全年预算数. The result is a table: filter or sort it further.
            """,
        "help.execution.example.1": "资金到位及执行情况 per fund and in total.",
        "help.execution.example.2": "Rows with money left unspent (the 合计 row included).",
        // evaluate
        "help.evaluate.summary": "Score the project by the official rules: execution rate per fund and in total, each indicator, 总分 and grade.",
        "help.evaluate.discussion": """
            Reads the indicators dataset (one row per 三级指标), runs each 查询 indicator's pipeline against the datasets \
            and reads each 记录 indicator's recorded figure, then scores it: 正向 full at or above the target, else \
            actual/target × 分值; 反向 full at or below the target, falling to 0 at twice the target; 定性 by level. \
            执行率 = 全年执行数 / 全年预算数 from budgets and the 支出 rows of funds; its score is 执行率 × 分值. Scores are \
            exact and rounded half up to two decimals, never above 分值. The mof template (default) weighs 执行率 10, \
            产出 50, 效益 30, 满意度 10 and reads 分值; hubei weighs 执行率 20 and the indicators 80 and reads 湖北分值. \
            part= gives one of the two tables as a table, to filter or sort further.
            """,
        "help.evaluate.option.part": "Only one table: execution (the funds) or indicators.",
        "help.evaluate.example.1": "Score the project in the Ministry of Finance template.",
        "help.evaluate.example.2": "Score it in the Hubei template (执行率 20 分).",
        "help.evaluate.example.3": "Indicators that fall short of full marks.",
        "help.evaluate.example.4": "Funds not fully executed, and the total.",
        // appendix
        "help.appendix.summary": "Print the full 项目支出绩效自评表 in a template's layout, or export it to Markdown, CSV or HTML.",
        "help.appendix.discussion": """
            The form as a bureau hands it in: the header block from the project dataset (项目名称, 主管部门, 实施单位, \
            年度总体目标), the funds block and the indicators scored as evaluate scores them, 总分 and grade, with merged \
            cells drawn in the text table. to FILE writes it instead, in the format its extension names: .md (one \
            Markdown table per block), .csv (UTF-8 with a byte-order mark, merged cells left empty after their first), \
            .html (a page with colspan/rowspan) or .txt. The file is written whole or not at all (a temporary file in \
            the same folder, then renamed). A file named without a folder goes into exports/ of the working folder, \
            created when missing, so a saved session writes it again.
            """,
        "help.appendix.part.file.expected": "a file to write, e.g. 自评表.html",
        "help.appendix.part.file": "Write the form to this file (its extension names the format) instead of showing it.",
        "help.appendix.example.1": "The form in the Ministry of Finance layout.",
        "help.appendix.example.2": "The form in the Hubei layout (预算执行 20 分).",
        "help.appendix.example.3": "Export it as an HTML page with merged cells (exports/自评表.html).",
        // audit
        "help.audit.summary": "Compare the report's recorded claims with what the data give, one row per gap with both figures.",
        "help.audit.discussion": """
            Reads the claims dataset: each claim (声明) with what the report states (报告所称), its unit, where it is stated \
            (出处) and how to check it (核对方式 查询: a pipeline whose single value it states; 评价: a figure of the evaluation, \
            总分, 执行率, 未执行数, 完成情况 or 等级). Numbers compare exactly (12.5 equals 12.50). Only the gaps are listed; \
            --all lists every claim with its verdict.
            """,
        "help.audit.flag.all": "List every claim with its verdict, not only those the data contradict.",
        "help.audit.example.1": "Where the report's claims and its data disagree.",
        "help.audit.example.2": "Every claim with its verdict, scored in the Hubei template.",
        // the --template option of evaluate, appendix and audit
        "help.evaluate.option.template": "The scoring template: mof (财政部, the default) or hubei (湖北省的表样, 预算执行 20 分).",
        "help.appendix.option.template": "The scoring template: mof (财政部, the default) or hubei (湖北省的表样, 预算执行 20 分).",
        "help.audit.option.template": "The scoring template: mof (财政部, the default) or hubei (湖北省的表样, 预算执行 20 分).",
    ]

    static let enHelpSession: [String: String] = [
        // save
        "help.save.summary": "Save the session's commands as the script sessions/NAME.jx, ready to replay.",
        "help.save.discussion": """
            The script starts with a header (tool version, date, each dataset used with its row count and the SHA-256 \
            of its file), then the commands that succeeded and produce or change something, in canonical form, with \
            your # comments as narration. Help, listings, navigation and failed commands are left out; the commands \
            kept are the session's numbered cells, so _3 and out 3 mean the same cell when the script replays. A file \
            written outside exports/ and sessions/ is saved as written into exports/ (a replayed script may write only \
            there), and the message says so. An existing script is not replaced without --force (at the prompt, jixiao \
            asks); replacing it removes its NAME.jx.expected, which recorded the old script's output. The file is \
            written atomically: a failure never leaves half a script.
            """,
        "help.save.part.name.expected": "a name for the script",
        "help.save.part.name": "The script's name: it is written to sessions/NAME.jx.",
        "help.save.flag.force": "Replace an existing script of that name.",
        "help.save.example.1": "Write sessions/站点分析.jx.",
        "help.save.example.2": "Write it again over an earlier sessions/站点分析.jx.",
        // replay
        "help.replay.summary": "Run a saved script's commands here, as if typed, stopping at the first error.",
        "help.replay.discussion": """
            Datasets whose files changed since the script was saved are reported first. From the command line, \
            jixiao replay [--update | --check | --step] FILE records outputs beside the script, checks them, or walks \
            through it step by step. A script may come from anyone: it runs no shell command (!…), reads only inside the \
            working folder and the datasets folder (or a folder given with jixiao --allow-read DIR), and writes only into \
            sessions/ and exports/ of the working folder (or a folder given with jixiao --allow-write DIR); a path with .. \
            or an absolute path is refused, naming the line.
            """,
        "help.replay.part.file.expected": "a script file",
        "help.replay.part.file": "The script to run, e.g. sessions/example.jx.",
        "help.replay.example.1": "Rerun a saved session.",
        // sessions
        "help.sessions.summary": "List recent session journals, newest first; each can be replayed or saved like any script.",
        "help.sessions.example.1": "Where your earlier sessions were journaled.",
        // tutorial
        "help.tutorial.summary": "Start a step-by-step walkthrough (sessions/NAME.jx or sessions/tutorial-NAME.jx) in the shell; alone, list the lessons.",
        "help.tutorial.discussion": """
            Each step shows its narration; type a command, and any command whose result equals the script's is \
            accepted (in any order of rows, unless the step sorts or takes the top N). An empty line or Tab (next) \
            runs the script's own command; skip, back and quit do what they say. tutorial alone lists the lessons \
            (sessions/tutorial-*.jx) with their first narration line. From the command line: jixiao replay --step \
            FILE; jixiao tutorial --check FILE checks that every step of a lesson runs and has a result to compare.
            """,
        "help.tutorial.part.lesson.expected": "the name of a walkthrough",
        "help.tutorial.part.lesson": "The lesson to start (all are listed when none).",
        "help.tutorial.example.1": "The lessons there are, each with its title.",
        "help.tutorial.example.2": "The basics: load, where, group, sort.",
        // timer
        "help.timer.summary": "Show (timer on) or hide (timer off) the time each command takes.",
        "help.timer.part.state.expected": "on or off",
        "help.timer.part.state": "Whether each command's time is shown.",
        "help.timer.example.1": "Print each command's time after its result.",
        // out
        "help.out.summary": "Start a pipeline with the result of a numbered cell, the same as _N.",
        "help.out.discussion": """
            Every command the shell runs is a numbered cell (the prompt shows the next number: jixiao [3]>), and its \
            result is kept. out 3 and _3 both give cell 3's result, to be filtered, grouped or joined like a dataset; \
            history lists the cells.
            """,
        "help.out.part.cell.expected": "a cell number",
        "help.out.part.cell": "The number of the cell whose result to take.",
        "help.out.example.1": "Count the village stations among cell 1's busy stations.",
        // history
        "help.history.summary": "List the numbered cells of this session with their commands and results.",
        "help.history.discussion": """
            Each cell's result stays available as _N or out N. Up and Down recall earlier commands, Ctrl-R searches \
            them; that history is kept across sessions in $XDG_STATE_HOME/jixiao/history.
            """,
        "help.history.example.1": "The cells so far: number, command, result.",
    ]

    static let enHelpHelp: [String: String] = [
        // help
        "help.help.summary": "List the commands, or show one command's syntax and examples; help functions lists functions.",
        "help.help.part.topic": "A command, or functions, to read about.",
        "help.help.part.topic.expected": "a command name",
        "help.help.example.1": "How to filter rows.",
        "help.help.example.2": "Functions and aggregates.",
        // explain
        "help.explain.summary": "Show how a line is planned: each stage with the columns and types it gives the next, nothing run.",
        "help.explain.discussion": """
            Every stage of a line is bound before any runs: its names and types are checked against the columns the \
            stage before it gives, so a misspelt column in the last stage is reported before the first has read a \
            row. explain prints that plan. A stage whose columns depend on the data (evaluate, audit) is known when \
            it runs, and so are the stages after it.
            """,
        "help.explain.example.1": "How a grouped count is planned, stage by stage.",
        "help.explain.example.2": "A named pipeline is planned whole.",
    ]
}
