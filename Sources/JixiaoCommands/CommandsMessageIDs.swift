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
    /// Window functions (in derive; after group, within each group), in the rows' current order:
    package static let helpWindowsTitle = MessageID("help_page.windows_title")
    /// + joins two texts ("第" + 村); text sorts in pinyin order (sort x codepoint: by code point), < and > compare code points.
    package static let helpTextOrder = MessageID("help_page.text_order")
    /// Operators: + - * / %  == != < <= > >=  and or not  in [...]  contains  between … and …  is null
    package static let helpOperators = MessageID("help_page.operators")
    /// x / 0 and x % 0 are null; a result beyond 18 digits, or a date outside the years 1–9999, is an error.
    package static let helpLimits = MessageID("help_page.limits")
    /// Text in "double" or “curly” quotes; names with spaces or punctuation in `backticks`.
    package static let helpQuoting = MessageID("help_page.quoting")

    // MARK: - the analyst's verbs (issue 17)

    /// rename takes OLD as NEW, e.g. rename 金额 as 元
    package static let hintRenameAs = MessageID("hint.rename_as")
    /// a new name after as
    package static let expectedNewName = MessageID("expected.new_name")
    /// rename or drop it first
    package static let hintRenameFirst = MessageID("hint.rename_first")
    /// choose another name
    package static let hintChooseAnotherName = MessageID("hint.choose_another_name")
    /// choose a name that is not _ and digits
    package static let hintNotACellName = MessageID("hint.not_a_cell_name")
    /// datasets lists them
    package static let hintDatasetsListsThem = MessageID("hint.datasets_lists_them")
    /// select keeps the columns you name
    package static let hintSelectKeeps = MessageID("hint.select_keeps")
    /// the input (the table before `union`, in its error)
    package static let unionTheInput = MessageID("union.the_input")
    /// union matches columns by name: rename, drop or select them so that both sides have the same
    package static let hintUnionByName = MessageID("hint.union_by_name")
    /// e.g. load {1} as 台账
    package static let hintLoadPatternName = MessageID("hint.load_pattern_name")
    /// * stands for any characters, ? for one
    package static let hintPatternSyntax = MessageID("hint.pattern_syntax")
    /// the files are stacked by column name: every file needs the same columns
    package static let hintSameColumns = MessageID("hint.same_columns")
    /// … | describe
    package static let hintDescribeStage = MessageID("hint.describe_stage")
    /// e.g. pivot 乡镇 by 层级, or by 层级 in ["市级", "镇级", "村级"]
    package static let hintPivotColumnKey = MessageID("hint.pivot_column_key")
    /// pivot the rows by other columns
    package static let hintPivotOtherRows = MessageID("hint.pivot_other_rows")
    /// e.g. agg count(), or agg wan(sum(金额))
    package static let hintPivotAggregate = MessageID("hint.pivot_aggregate")
    /// undo takes back load, let, rename and other commands that change the datasets
    package static let hintUndoWhat = MessageID("hint.undo_what")
    /// redo follows undo, before any new command that computes or changes something
    package static let hintRedoWhen = MessageID("hint.redo_when")
    /// undid: {1}
    package static let noticeUndid = MessageID("notice.undid")
    /// redid: {1}
    package static let noticeRedid = MessageID("notice.redid")
    /// renamed {1} to {2}
    package static let noticeRenamed = MessageID("notice.renamed")
    /// loaded {1}: {2} rows, {3} columns from {4} files: {5} (`.one`: from 1 file)
    package static let noticeLoadedFiles = MessageID("notice.loaded_files")
    /// ## Window functions (the command reference's heading)
    package static let referenceWindowsTitle = MessageID("reference.windows_title")
    /// In `derive`, over the rows in their current order (sort first to choose it); after `group`, within each group's rows.
    package static let referenceWindowsIntro = MessageID("reference.windows_intro")
}
