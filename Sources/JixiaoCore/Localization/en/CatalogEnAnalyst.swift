// English texts of the analyst's verbs (issue 17: pivot, describe, rename, drop, union, load of a pattern, undo
// and redo, window and text functions, pinyin order); see Catalog.swift for the format, Chinese in
// zh/CatalogZhAnalyst.swift. Their commands' help is in `enHelpAnalyst`, merged into the Help tables.

extension Catalog {
    static let enAnalyst: [String: String] = [
        // Diagnostics
        "name.window_outside_derive": "{1}() looks at other rows and belongs in derive",
        "rename.column_taken": "a column named {1} is there already",
        "rename.dataset_taken": "a dataset named {1} is there already",
        "drop.every_column": "drop would leave no columns",
        "union.column_mismatch": "column {1} is in {2} but not in {3}",
        "load.pattern_in_folder": "* and ? may stand in the file's name, not in its folder",
        "load.pattern_needs_name": "a pattern reads several files: name the dataset with as NAME",
        "load.pattern_no_match": "no file in {1} matches {2}",
        "load.pattern_columns": "column {1} is in {2} but not in {3}",
        "describe.dataset_after_pipe": "describe after | takes no dataset name",
        "describe.needs_dataset": "describe needs a dataset: describe NAME",
        "pivot.column_key": "by takes a column, or a column in a list of its values",
        "pivot.key_twice": "{1} makes the rows already",
        "pivot.needs_aggregate": "a pivot's cells hold an aggregate of their rows",
        "history.nothing_to_undo": "nothing to undo",
        "history.nothing_to_redo": "nothing to redo",

        // Hints, notices and the words errors are made of
        "hint.window_in_derive": "e.g. … | derive 序号 = {1}(…)",
        "hint.aggregate_in_derive": "derive computes row by row: cumsum(x) and share(x) look at the other rows; sum() belongs in agg",
        "hint.join_text": "+ joins two texts: write text(x) for a number or a date, or concat(a, b)",
        "hint.rename_as": "rename takes OLD as NEW, e.g. rename 金额 as 元",
        "expected.new_name": "a new name after as",
        "hint.rename_first": "rename or drop it first",
        "hint.choose_another_name": "choose another name",
        "hint.not_a_cell_name": "choose a name that is not _ and digits",
        "hint.datasets_lists_them": "datasets lists them",
        "hint.select_keeps": "select keeps the columns you name",
        "union.the_input": "the input",
        "hint.union_by_name": "union matches columns by name: rename, drop or select them so that both sides have the same",
        "hint.load_pattern_name": "e.g. load {1} as 台账",
        "hint.pattern_syntax": "* stands for any characters, ? for one",
        "hint.same_columns": "the files are stacked by column name: every file needs the same columns",
        "hint.describe_stage": "… | describe",
        "hint.pivot_column_key": "e.g. pivot 乡镇 by 层级, or by 层级 in [\"市级\", \"镇级\", \"村级\"]",
        "hint.pivot_other_rows": "pivot the rows by other columns",
        "hint.pivot_aggregate": "e.g. agg count(), or agg wan(sum(金额))",
        "hint.undo_what": "undo takes back load, let, rename and other commands that change the datasets",
        "hint.redo_when": "redo follows undo, before any new command that computes or changes something",
        "notice.undid": "undid: {1}",
        "notice.redid": "redid: {1}",
        "notice.renamed": "renamed {1} to {2}",
        "notice.loaded_files": "loaded {1}: {2} rows, {3} columns from {4} files: {5}",
        "notice.loaded_files.one": "loaded {1}: {2} rows, {3} columns from {4} file: {5}",
        "help_page.windows_title": "Window functions (in derive; after group, within each group), in the rows' current order:",
        "help_page.text_order": "+ joins two texts (\"第\" + 村); text sorts in pinyin order (sort x codepoint: by code point), < and > compare code points.",
        "reference.windows_title": "## Window functions",
        "reference.windows_intro": "In `derive`, over the rows in their current order (sort first to choose it); after `group`, within each group's rows.",

        // Functions: their lines of help
        "function.concat.summary": "concat(a, b, …): the values joined as text; nulls count as nothing (a + b joins two texts, null when either is).",
        "function.substr.summary": "substr(s, start, n): n characters from character start (counted from 1); without n, to the end.",
        "function.left.summary": "left(s, n): the first n characters.",
        "function.right.summary": "right(s, n): the last n characters.",
        "function.replace.summary": "replace(s, old, new): every old in s replaced by new.",
        "function.trim.summary": "trim(s): s without spaces at either end (full-width spaces too).",
        "function.upper.summary": "upper(s): Latin letters in capitals (ａ to Ａ as well).",
        "function.lower.summary": "lower(s): Latin letters in lower case.",
        "function.matches.summary": "matches(s, \"pattern\"): whether a regular expression matches somewhere in s (^ and $ anchor it).",
        "window.row_number.summary": "row_number(): 1, 2, 3 … in the rows' order (within each group after group).",
        "window.rank.summary": "rank(x): 1 for the largest x, ties share a rank and the next is skipped (1, 2, 2, 4), as Excel's RANK; rank(x, \"asc\") from the smallest.",
        "window.dense_rank.summary": "dense_rank(x): as rank, without gaps after ties (1, 2, 2, 3).",
        "window.cumsum.summary": "cumsum(x): the running total of x down the rows, exact (nulls add nothing).",
        "window.lag.summary": "lag(x): x of the row before (lag(x, n): n rows before); null for the first.",
        "window.lead.summary": "lead(x): x of the row after (lead(x, n): n rows after); null for the last.",
        "window.share.summary": "share(x): x as a percentage of the total of x (of its group after group), exact, 2 decimals.",

        // Functions: why they do not take their arguments
        "function_error.text_first": "{1} takes a text first",
        "function_error.start_and_length": "{1}'s start and length are whole numbers",
        "function_error.count": "{1}'s count is a whole number",
        "function_error.takes_text": "{1} takes text",
        "function_error.pattern_literal": "matches takes its pattern as a text in quotes",
        "function_error.pattern_invalid": "the pattern {1} is not a regular expression: {2}",
        "function_error.pattern_too_long": "the pattern is longer than {1} characters",
        "function_error.rank_order": "{1}'s second argument is \"asc\" (from the smallest) or \"desc\" (from the largest, the default)",
        "function_error.ranks": "{1} ranks numbers, dates or texts",
        "function_error.takes_numbers": "{1} takes numbers; this is {2}",
        "function_error.row_offset": "{1}'s second argument is a whole number of rows, 0 or more",
    ]

    static let enHelpAnalyst: [String: String] = [
        // pivot
        "help.pivot.summary": "Cross-tabulate: rows by keys, columns by another column's values, one aggregate in each cell, with 合计.",
        "help.pivot.discussion": """
            Each cell holds the aggregate of the rows with its row's keys and its column's value; a cell no row \
            reaches is empty (null), never 0. The 合计 column and row are the same aggregate over all the rows of \
            their row, their column and the whole table, computed from exact values, never added up from rounded \
            cells: wan(sum(金额)) totals the exact yuan and rounds once. Rows and columns are sorted by their values \
            (text in pinyin order) unless order=first keeps them as they first appear; by 层级 in ["市级", "镇级", \
            "村级"] gives exactly those columns in that order (rows with other values are left out, totals too). \
            The result is a table like any other: sort it, chart it, export it (--no-totals leaves the 合计 row and \
            column out, for a chart).
            """,
        "help.pivot.part.rows": "The columns whose values make the rows.",
        "help.pivot.part.rows.expected": "the columns whose values make the rows, e.g. pivot 乡镇 by 层级 agg count()",
        "help.pivot.part.by": "The column whose values make the columns; COLUMN in [\"a\", \"b\"] gives exactly those, in that order.",
        "help.pivot.part.by.expected": "the column whose values make the columns",
        "help.pivot.part.agg": "The one aggregate in each cell: count(), sum(金额), wan(sum(金额)), mean(x) or any other.",
        "help.pivot.part.agg.expected": "the aggregate of each cell, e.g. agg count()",
        "help.pivot.option.order": "sorted (the default): rows and columns by their values, text in pinyin order; first: as they first appear.",
        "help.pivot.flag.no-totals": "Leave out the 合计 row and column.",
        "help.pivot.example.1": "Stations by level, with and without an express point; 镇级 has no 否.",
        "help.pivot.example.2": "Sales in 万元 by half-year: each 合计 rounds the exact yuan once (94.62, not 28.65 + 65.98).",
        "help.pivot.example.3": "Columns as listed, in that order.",

        // describe
        "help.describe.summary": "Sum up a dataset or the input: per column its type, rows, nulls, distinct values, range, exact sum, mean, median, most frequent values.",
        "help.describe.discussion": """
            One row per column, as DuckDB's SUMMARIZE and pandas' describe give it. Numbers get their minimum, \
            maximum, exact sum, mean and median (as the mean and median aggregates give them); dates their minimum, \
            maximum and median; text and booleans their most frequent values with how often each occurs (none when \
            every value occurs once). What does not apply to a column is left empty. The values are shown as the \
            table shows them (1,234.50, 12.50%, 2022-06-08), so the summary's columns are text.
            """,
        "help.describe.part.dataset": "The dataset to sum up (else the table before it).",
        "help.describe.part.dataset.expected": "a dataset",
        "help.describe.example.1": "A level column and a count column at a glance.",
        "help.describe.example.2": "Sales: how many events have them, their exact sum, mean and median.",

        // rename
        "help.rename.summary": "Give columns new names (after |), or a dataset a new name (rename NAME as NEW).",
        "help.rename.discussion": """
            After | it renames columns of the table before it, the other columns kept in their places. Standing first, \
            it renames datasets of the session: the data stay as they are, and undo gives the old name back.
            """,
        "help.rename.part.renames": "Each name and its new name: OLD as NEW, comma-separated.",
        "help.rename.part.renames.expected": "a column or dataset to rename, e.g. rename 金额 as 元",
        "help.rename.example.1": "Two columns renamed.",
        "help.rename.example.2": "The budgets dataset, under a Chinese name.",
        "help.rename.example.2.result": "renamed budgets to 预算",

        // drop
        "help.drop.summary": "Leave the named columns out; the others keep their order.",
        "help.drop.part.columns": "The columns to leave out.",
        "help.drop.part.columns.expected": "a column to drop",
        "help.drop.example.1": "Every column but the names of the station, its division and its village.",

        // union
        "help.union.summary": "Add another dataset's rows below the input's, its columns matched by name.",
        "help.union.discussion": """
            Both tables must have the same columns, in any order: the result has the input's order, and a column only \
            one side has is an error that names it. A column that is a whole number on one side and a decimal on the \
            other is a decimal; other mixtures become text. Every row is kept, duplicates too.
            """,
        "help.union.part.dataset": "The dataset (or a cell's result, _N) whose rows come below.",
        "help.union.part.dataset.expected": "the dataset to add",
        "help.union.example.1": "The 5 receipts, then every one of the 23 rows again.",

        // undo, redo
        "help.undo.summary": "Take back the last command that changed the datasets (load, let, rename of a dataset, …).",
        "help.undo.discussion": """
            The datasets are as they were before that command, and everything done since leaves the session: save \
            writes neither the undone command nor the queries after it, and their cells are put aside (the next \
            command takes the undone command's number). redo brings them back, until a new command computes or \
            changes something. Tables are values, so an undo costs nothing. The journal keeps undo and redo, so it \
            replays to the same datasets.
            """,
        "help.undo.example.1": "The 村级 dataset is gone again.",
        "help.undo.example.1.result": "undid: let 村级 = stations | where 层级 == \"村级\"",
        "help.redo.summary": "Bring back what the last undo took back.",
        "help.redo.example.1": "The 村级 dataset is back.",
        "help.redo.example.1.result": "redid: let 村级 = stations | where 层级 == \"村级\"",

        // sort
        "help.sort.summary": "Order rows by one or more keys (asc by default, desc to reverse); text in pinyin order; stable, nulls last.",
        "help.sort.discussion": """
            Text sorts in Chinese dictionary (pinyin) order, as Excel and WPS sort it: digits and Latin letters first, \
            then Chinese by pinyin (保, 陈, 大, 东 …), through the platform's collation (ICU, the Chinese tailoring). \
            codepoint after a key sorts that key by Unicode code point instead. Rows with equal keys keep their \
            order; groups (group, distinct, pivot with order=first) come in the order of their first row.
            """,
        "help.sort.part.keys": "Columns or expressions to order by, each asc (the default) or desc, and codepoint for text by code point.",
        "help.sort.part.keys.expected": "a sort key",
        "help.sort.example.1": "The busiest stations first; ties by code.",
        "help.sort.example.2": "Kinds of events in pinyin order (ping, ye, zhan, zhi, zhu).",
        "help.sort.example.3": "The same by code point.",

        // derive
        "help.derive.summary": "Add columns computed from each row; a later one may use an earlier one.",
        "help.derive.discussion": """
            Window functions look at the other rows, in their current order (sort first to choose it): row_number(), \
            rank(x), dense_rank(x), cumsum(x), lag(x), lead(x) and share(x). After group they work within each group, \
            and derive gives the group's rows (in their order) with the new columns; the grouping ends there. \
            help functions lists them.
            """,
        "help.derive.part.columns": "New columns, each NAME = EXPRESSION over the row (or over the rows, with window functions).",
        "help.derive.part.columns.expected": "derive 万元 = wan(金额)",
        "help.derive.example.1": "Amounts in 万元 and the month.",
        "help.derive.example.2": "Each kind's events in date order, numbered, with the running total of their sales.",

        // load: the example of a pattern (the rest of load's help is still in LoadCommand.swift)
        "help.load.example.5": "Four quarterly ledgers stacked in name order, with a 文件 column.",
    ]
}
