// Every diagnostic's code, grouped by area. A code is the stable key of one message template: the English
// text a construction site writes today, and the translation a later interface will look up by it. The summary
// of each constant quotes that template, with … for what the site fills in. A test checks that every constant
// is used in Sources/, that raw values follow `area.snake_case`, and that no two constants share one.

extension DiagnosticCode {
    // MARK: - syntax: the command line does not parse

    /// unknown command …
    package static let syntaxUnknownCommand = DiagnosticCode("syntax.unknown_command")
    /// … works on a table: put a dataset before it
    package static let syntaxNeedsInput = DiagnosticCode("syntax.needs_input")
    /// … starts a pipeline and cannot follow |
    package static let syntaxSourceAfterPipe = DiagnosticCode("syntax.source_after_pipe")
    /// empty `` name
    package static let syntaxEmptyQuotedName = DiagnosticCode("syntax.empty_quoted_name")
    /// unexpected character '…'
    package static let syntaxUnexpectedCharacter = DiagnosticCode("syntax.unexpected_character")
    /// unterminated `name`
    package static let syntaxUnterminatedName = DiagnosticCode("syntax.unterminated_name")
    /// unterminated string
    package static let syntaxUnterminatedString = DiagnosticCode("syntax.unterminated_string")
    /// expected … (the parser needed something else next)
    package static let syntaxExpected = DiagnosticCode("syntax.expected")
    /// unexpected '…'
    package static let syntaxUnexpected = DiagnosticCode("syntax.unexpected")
    /// unknown … … (a word outside a closed set: chart kind, template, …)
    package static let syntaxUnknownChoice = DiagnosticCode("syntax.unknown_choice")
    /// unknown flag --…
    package static let syntaxUnknownFlag = DiagnosticCode("syntax.unknown_flag")
    /// unknown option …=
    package static let syntaxUnknownOption = DiagnosticCode("syntax.unknown_option")
    /// … is given twice
    package static let syntaxGivenTwice = DiagnosticCode("syntax.given_twice")
    /// an option's value does not fit its kind (expected a value after …; … takes a whole number)
    package static let syntaxOptionValue = DiagnosticCode("syntax.option_value")
    /// let is written at the start of a line: let NAME = pipeline
    package static let syntaxLetNotFirst = DiagnosticCode("syntax.let_not_first")
    /// explain is written at the start of a line: explain PIPELINE
    package static let syntaxExplainNotFirst = DiagnosticCode("syntax.explain_not_first")
    /// expected a pipeline after explain
    package static let syntaxExplainEmpty = DiagnosticCode("syntax.explain_empty")
    /// expression nested too deeply (over … levels)
    package static let syntaxTooDeep = DiagnosticCode("syntax.too_deep")
    /// expression too deep (over … levels of operators and calls)
    package static let syntaxTooComplex = DiagnosticCode("syntax.too_complex")
    /// '=' compares nothing here
    package static let syntaxSingleEquals = DiagnosticCode("syntax.single_equals")
    /// number too large for a whole number
    package static let syntaxIntegerOverflow = DiagnosticCode("syntax.integer_overflow")
    /// number too large or too precise
    package static let syntaxNumberOverflow = DiagnosticCode("syntax.number_overflow")
    /// expected a value, found the keyword '…'
    package static let syntaxKeywordAsValue = DiagnosticCode("syntax.keyword_as_value")

    // MARK: - name: a name that is not there or not free

    /// … is a command name (let would shadow a command)
    package static let nameCommandNameTaken = DiagnosticCode("name.command_name_taken")
    /// … names a cell's result (let would shadow _N)
    package static let nameCellNameTaken = DiagnosticCode("name.cell_name_taken")
    /// no dataset named …
    package static let nameUnknownDataset = DiagnosticCode("name.unknown_dataset")
    /// no walkthrough named …
    package static let nameUnknownWalkthrough = DiagnosticCode("name.unknown_walkthrough")
    /// no command named …
    package static let nameUnknownHelpTopic = DiagnosticCode("name.unknown_help_topic")
    /// no dataset or command named …
    package static let nameUnknownDatasetOrCommand = DiagnosticCode("name.unknown_dataset_or_command")
    /// cell … has no result
    package static let nameUnknownCell = DiagnosticCode("name.unknown_cell")
    /// …() cannot be nested inside another aggregate
    package static let nameNestedAggregate = DiagnosticCode("name.nested_aggregate")
    /// … takes one column
    package static let nameAggregateArity = DiagnosticCode("name.aggregate_arity")
    /// no column named …
    package static let nameUnknownColumn = DiagnosticCode("name.unknown_column")
    /// unknown operator …
    package static let nameUnknownOperator = DiagnosticCode("name.unknown_operator")
    /// …() adds up many rows and belongs in agg
    package static let nameAggregateOutsideAgg = DiagnosticCode("name.aggregate_outside_agg")
    /// …() looks at other rows and belongs in derive
    package static let nameWindowOutsideDerive = DiagnosticCode("name.window_outside_derive")
    /// unknown function …
    package static let nameUnknownFunction = DiagnosticCode("name.unknown_function")

    // MARK: - type: an expression's types do not fit

    /// a function refuses the type of its arguments (the function's own words)
    package static let typeFunctionArgument = DiagnosticCode("type.function_argument")
    /// - needs a number; this is …
    package static let typeNegateNonNumber = DiagnosticCode("type.negate_non_number")
    /// a list after in holds plain values
    package static let typeListNotPlain = DiagnosticCode("type.list_not_plain")
    /// expected a condition, found a … value
    package static let typeExpectedCondition = DiagnosticCode("type.expected_condition")
    /// cannot compare … with …
    package static let typeIncomparable = DiagnosticCode("type.incomparable")
    /// '…' is not a date
    package static let typeNotADate = DiagnosticCode("type.not_a_date")
    /// … does not apply to … and …
    package static let typeOperatorMismatch = DiagnosticCode("type.operator_mismatch")
    /// … takes … argument(s)
    package static let typeArity = DiagnosticCode("type.arity")

    // MARK: - value: evaluating an expression

    /// expected a number, found text
    package static let valueExpectedNumber = DiagnosticCode("value.expected_number")
    /// number too large: the result does not fit 18 digits
    package static let valueNumberOverflow = DiagnosticCode("value.number_overflow")
    /// date out of range: the result lies outside the years 1 to 9999
    package static let valueDateOutOfRange = DiagnosticCode("value.date_out_of_range")
    /// expected a condition (true or false)
    package static let valueExpectedCondition = DiagnosticCode("value.expected_condition")
    /// expected text
    package static let valueExpectedText = DiagnosticCode("value.expected_text")

    // MARK: - aggregate: adding up rows

    /// expected numbers
    package static let aggregateExpectedNumbers = DiagnosticCode("aggregate.expected_numbers")
    /// sum too large: it does not fit 18 digits
    package static let aggregateSumOverflow = DiagnosticCode("aggregate.sum_overflow")

    // MARK: - rename, drop, union: columns and tables

    /// a column named … is there already
    package static let renameColumnTaken = DiagnosticCode("rename.column_taken")
    /// a dataset named … is there already
    package static let renameDatasetTaken = DiagnosticCode("rename.dataset_taken")
    /// drop would leave no columns
    package static let dropEveryColumn = DiagnosticCode("drop.every_column")
    /// column … is in … but not in …
    package static let unionColumnMismatch = DiagnosticCode("union.column_mismatch")

    // MARK: - describe

    /// describe after | takes no dataset name
    package static let describeDatasetAfterPipe = DiagnosticCode("describe.dataset_after_pipe")
    /// describe needs a dataset: describe NAME
    package static let describeNeedsDataset = DiagnosticCode("describe.needs_dataset")

    // MARK: - history: undo and redo

    /// nothing to undo
    package static let historyNothingToUndo = DiagnosticCode("history.nothing_to_undo")
    /// nothing to redo
    package static let historyNothingToRedo = DiagnosticCode("history.nothing_to_redo")

    // MARK: - pivot

    /// by takes a column, or a column in a list of its values
    package static let pivotColumnKey = DiagnosticCode("pivot.column_key")
    /// … makes the rows already
    package static let pivotKeyTwice = DiagnosticCode("pivot.key_twice")
    /// a pivot's cells hold an aggregate of their rows
    package static let pivotNeedsAggregate = DiagnosticCode("pivot.needs_aggregate")

    // MARK: - run: running a command

    /// stopped by Ctrl-C; nothing was changed
    package static let runInterrupted = DiagnosticCode("run.interrupted")
    /// let needs a pipeline that gives a table
    package static let runLetNeedsTable = DiagnosticCode("run.let_needs_table")
    /// … needs a table before it
    package static let runNeedsTable = DiagnosticCode("run.needs_table")

    // MARK: - text: decoding a file's bytes

    /// line … is not UTF-8, but the lines before it are: the file mixes encodings (cannot decode the bytes …)
    package static let textMixedEncodings = DiagnosticCode("text.mixed_encodings")
    /// line … is neither UTF-8 nor GB18030: cannot decode the bytes …
    package static let textNotUtf8OrGb18030 = DiagnosticCode("text.not_utf8_or_gb18030")
    /// line … is not valid UTF-8: cannot decode the bytes …
    package static let textInvalidUtf8 = DiagnosticCode("text.invalid_utf8")
    /// line … is not valid GB18030: cannot decode the bytes …
    package static let textInvalidGb18030 = DiagnosticCode("text.invalid_gb18030")
    /// line … is not valid UTF-16…: … (an odd byte count, an unpaired surrogate)
    package static let textInvalidUtf16 = DiagnosticCode("text.invalid_utf16")

    // MARK: - column: decoding a column's values

    /// invalid UTF-8 in column …
    package static let columnInvalidUtf8 = DiagnosticCode("column.invalid_utf8")
    /// column …: '…' is not a valid …
    package static let columnInvalidValue = DiagnosticCode("column.invalid_value")
    /// column … mixes 万元 with 元 or bare numbers
    package static let columnMixedUnits = DiagnosticCode("column.mixed_units")

    // MARK: - csv: CSV and TSV files

    /// NUL byte in the file: it is binary or UTF-16, not UTF-8 text
    package static let csvNulByte = DiagnosticCode("csv.nul_byte")
    /// file too large for one table (over 2 GiB)
    package static let csvTooLarge = DiagnosticCode("csv.too_large")
    /// too many columns: … (at most …)
    package static let csvTooManyColumns = DiagnosticCode("csv.too_many_columns")
    /// header=… falls inside a quoted field that starts on line …
    package static let csvHeaderInQuotedField = DiagnosticCode("csv.header_in_quoted_field")
    /// header=…: line … is blank
    package static let csvHeaderBlank = DiagnosticCode("csv.header_blank")
    /// header=… is past the end of the file (… lines)
    package static let csvHeaderPastEnd = DiagnosticCode("csv.header_past_end")
    /// the file is empty: no header line
    package static let csvEmpty = DiagnosticCode("csv.empty")
    /// unexpected text after a closing quote
    package static let csvTextAfterQuote = DiagnosticCode("csv.text_after_quote")
    /// unterminated quote: the field opened here never closes
    package static let csvUnterminatedQuote = DiagnosticCode("csv.unterminated_quote")
    /// expected … fields, found …
    package static let csvRaggedRow = DiagnosticCode("csv.ragged_row")

    // MARK: - xlsx: Excel workbooks

    /// the workbook has no sheets
    package static let xlsxNoSheets = DiagnosticCode("xlsx.no_sheets")
    /// the workbook has no sheet named … (sheet= names a sheet that is not there)
    package static let xlsxNoSheet = DiagnosticCode("xlsx.no_sheet")
    /// sheet … is empty
    package static let xlsxSheetEmpty = DiagnosticCode("xlsx.sheet_empty")
    /// header=…: row … of sheet … is empty
    package static let xlsxHeaderRowEmpty = DiagnosticCode("xlsx.header_row_empty")
    /// sheet too large for one table (over 2 GiB of text)
    package static let xlsxSheetTooLarge = DiagnosticCode("xlsx.sheet_too_large")
    /// … is not an .xlsx workbook: none of its parts is a workbook
    package static let xlsxNoWorkbookPart = DiagnosticCode("xlsx.no_workbook_part")
    /// … is not an .xlsx workbook (it is not a ZIP archive)
    package static let xlsxNotZip = DiagnosticCode("xlsx.not_zip")
    /// the workbook is damaged: …
    package static let xlsxDamaged = DiagnosticCode("xlsx.damaged")
    /// cannot read the workbook: …
    package static let xlsxUnreadable = DiagnosticCode("xlsx.unreadable")
    /// a part of the workbook is larger than 1 GiB unpacked
    package static let xlsxPartTooLarge = DiagnosticCode("xlsx.part_too_large")
    /// sheet … has no part … in the workbook
    package static let xlsxMissingSheetPart = DiagnosticCode("xlsx.missing_sheet_part")

    // MARK: - xml: a workbook's XML parts

    /// malformed XML in … (line …, column …): … (a workbook part does not parse)
    package static let xmlMalformed = DiagnosticCode("xml.malformed")
    /// malformed XML in …: no root element
    package static let xmlNoRoot = DiagnosticCode("xml.no_root")

    // MARK: - json: JSON and JSON Lines files

    /// the file is empty: expected an array of objects or JSON Lines
    package static let jsonEmpty = DiagnosticCode("json.empty")
    /// expected an object {…} as each element of the array
    package static let jsonElementNotObject = DiagnosticCode("json.element_not_object")
    /// expected , or ] after an element of the array
    package static let jsonTopArraySeparator = DiagnosticCode("json.top_array_separator")
    /// unexpected text after the array
    package static let jsonTextAfterArray = DiagnosticCode("json.text_after_array")
    /// expected [ (an array of objects) or { (JSON Lines)
    package static let jsonExpectedArrayOrObject = DiagnosticCode("json.expected_array_or_object")
    /// expected an object {…} on each line of JSON Lines
    package static let jsonLineNotObject = DiagnosticCode("json.line_not_object")
    /// expected a line break after the object (JSON Lines holds one object per line)
    package static let jsonExpectedLineBreak = DiagnosticCode("json.expected_line_break")
    /// unexpected end of the file: expected a value
    package static let jsonUnexpectedEnd = DiagnosticCode("json.unexpected_end")
    /// unexpected character: expected a value
    package static let jsonUnexpectedCharacter = DiagnosticCode("json.unexpected_character")
    /// nested more than … levels deep
    package static let jsonTooDeep = DiagnosticCode("json.too_deep")
    /// expected a key in double quotes
    package static let jsonExpectedKey = DiagnosticCode("json.expected_key")
    /// expected : after the key …
    package static let jsonExpectedColon = DiagnosticCode("json.expected_colon")
    /// expected , or } in an object
    package static let jsonObjectSeparator = DiagnosticCode("json.object_separator")
    /// expected , or ] in an array
    package static let jsonArraySeparator = DiagnosticCode("json.array_separator")
    /// unexpected word: expected a value (true, false, null, a number, a string)
    package static let jsonUnexpectedWord = DiagnosticCode("json.unexpected_word")
    /// expected digits in a number
    package static let jsonNumberDigits = DiagnosticCode("json.number_digits")
    /// expected digits after the decimal point
    package static let jsonFractionDigits = DiagnosticCode("json.fraction_digits")
    /// expected digits in the exponent
    package static let jsonExponentDigits = DiagnosticCode("json.exponent_digits")
    /// a control character (such as a line break) inside a string must be escaped
    package static let jsonControlCharacter = DiagnosticCode("json.control_character")
    /// an unpaired surrogate in a \u escape
    package static let jsonUnpairedSurrogate = DiagnosticCode("json.unpaired_surrogate")
    /// an invalid \u escape
    package static let jsonInvalidUnicodeEscape = DiagnosticCode("json.invalid_unicode_escape")
    /// an unknown escape \…
    package static let jsonUnknownEscape = DiagnosticCode("json.unknown_escape")
    /// a string that never closes
    package static let jsonUnterminatedString = DiagnosticCode("json.unterminated_string")
    /// expected four hex digits after \u
    package static let jsonUnicodeEscapeDigits = DiagnosticCode("json.unicode_escape_digits")

    // MARK: - file: reading files

    /// cannot read …
    package static let fileUnreadable = DiagnosticCode("file.unreadable")
    /// jixiao writes .… files but does not read them
    package static let fileWriteOnlyFormat = DiagnosticCode("file.write_only_format")
    /// … is too large (over … bytes)
    package static let fileTooLarge = DiagnosticCode("file.too_large")
    /// … is a folder or a device, not a …
    package static let fileNotRegular = DiagnosticCode("file.not_regular")
    /// … is too large (… bytes; at most …)
    package static let fileOverLimit = DiagnosticCode("file.over_limit")
    /// cannot read the datasets folder …
    package static let fileDatasetsFolderUnreadable = DiagnosticCode("file.datasets_folder_unreadable")
    /// no such file: … (the path names nothing)
    package static let fileNotFound = DiagnosticCode("file.not_found")
    /// cannot read …: … (the system refused the read)
    package static let fileReadFailed = DiagnosticCode("file.read_failed")

    // MARK: - write: writing files

    /// cannot write …: …; the old file is unchanged
    package static let writeFailed = DiagnosticCode("write.failed")
    /// cannot write …: the folder … does not exist
    package static let writeNoFolder = DiagnosticCode("write.no_folder")
    /// cannot write …: it is a folder
    package static let writeIsFolder = DiagnosticCode("write.is_folder")
    /// cannot write in …: …
    package static let writeFolderNotWritable = DiagnosticCode("write.folder_not_writable")
    /// cannot create the folder …: …
    package static let writeCreateFolderFailed = DiagnosticCode("write.create_folder_failed")

    // MARK: - load

    /// types= names …, which is not a column
    package static let loadTypesUnknownColumn = DiagnosticCode("load.types_unknown_column")
    /// types= names …, which is not a key
    package static let loadTypesUnknownKey = DiagnosticCode("load.types_unknown_key")
    /// give the dataset a name: load PATH as NAME
    package static let loadNeedsName = DiagnosticCode("load.needs_name")
    /// … names a cell's result: give the dataset another name with as NAME
    package static let loadCellName = DiagnosticCode("load.cell_name")
    /// load reads …; .… files are only written (by export)
    package static let loadWriteOnlyFormat = DiagnosticCode("load.write_only_format")
    /// old .xls workbooks cannot be read
    package static let loadOldXls = DiagnosticCode("load.old_xls")
    /// unknown file type
    package static let loadUnknownFileType = DiagnosticCode("load.unknown_file_type")
    /// types= takes "列:type,…" with types integer, decimal, text, date or boolean
    package static let loadTypesSyntax = DiagnosticCode("load.types_syntax")
    /// encoding= is for text files; an .xlsx workbook knows its encoding
    package static let loadEncodingForXlsx = DiagnosticCode("load.encoding_for_xlsx")
    /// unknown encoding …
    package static let loadUnknownEncoding = DiagnosticCode("load.unknown_encoding")
    /// header= is for CSV, TSV and XLSX files
    package static let loadHeaderForJson = DiagnosticCode("load.header_for_json")
    /// header= takes the header's line number, from 1
    package static let loadHeaderLine = DiagnosticCode("load.header_line")
    /// sheet= is for .xlsx workbooks
    package static let loadSheetNotXlsx = DiagnosticCode("load.sheet_not_xlsx")
    /// --keep-totals is for CSV, TSV and XLSX files
    package static let loadKeepTotalsForJson = DiagnosticCode("load.keep_totals_for_json")

    /// * and ? may stand in the file's name, not in its folder
    package static let loadPatternInFolder = DiagnosticCode("load.pattern_in_folder")
    /// a pattern reads several files: name the dataset with as NAME
    package static let loadPatternNeedsName = DiagnosticCode("load.pattern_needs_name")
    /// no file matches … in …
    package static let loadPatternNoMatch = DiagnosticCode("load.pattern_no_match")
    /// column … is in … but not in … (files stacked by a pattern)
    package static let loadPatternColumns = DiagnosticCode("load.pattern_columns")

    // MARK: - export

    /// cannot tell the format of …
    package static let exportUnknownFormat = DiagnosticCode("export.unknown_format")
    /// --excel applies to .csv and .tsv files
    package static let exportExcelFlagFormat = DiagnosticCode("export.excel_flag_format")
    /// after | export takes only a file: … | export FILE
    package static let exportDatasetAfterPipe = DiagnosticCode("export.dataset_after_pipe")
    /// export needs a table: export NAME to FILE, or … | export FILE
    package static let exportNeedsTable = DiagnosticCode("export.needs_table")

    // MARK: - appendix

    /// cannot tell the format of …
    package static let appendixUnknownFormat = DiagnosticCode("appendix.unknown_format")

    // MARK: - show

    /// show after | takes no dataset name
    package static let showDatasetAfterPipe = DiagnosticCode("show.dataset_after_pipe")
    /// show needs a dataset: show NAME
    package static let showNeedsDataset = DiagnosticCode("show.needs_dataset")

    // MARK: - chart

    /// the value column is given twice
    package static let chartValueGivenTwice = DiagnosticCode("chart.value_given_twice")
    /// bins= applies to chart hist
    package static let chartBinsNotHist = DiagnosticCode("chart.bins_not_hist")
    /// by= applies to chart stacked
    package static let chartByNotStacked = DiagnosticCode("chart.by_not_stacked")
    /// chart hist counts one column and takes no x=
    package static let chartHistTakesNoX = DiagnosticCode("chart.hist_takes_no_x")
    /// nothing to chart: the input has no rows
    package static let chartNoRows = DiagnosticCode("chart.no_rows")
    /// … draws numbers, and … is …
    package static let chartNotNumbers = DiagnosticCode("chart.not_numbers")
    /// nothing to chart: no column of the input holds numbers
    package static let chartNoNumberColumn = DiagnosticCode("chart.no_number_column")
    /// nothing to chart: every value of … is null
    package static let chartAllNull = DiagnosticCode("chart.all_null")
    /// chart stacked needs a column to split each bar by
    package static let chartStackedNeedsBy = DiagnosticCode("chart.stacked_needs_by")
    /// chart stacked needs a label column
    package static let chartStackedNeedsLabel = DiagnosticCode("chart.stacked_needs_label")
    /// the sum of … for …, … is too large
    package static let chartSumOverflow = DiagnosticCode("chart.sum_overflow")
    /// chart stacked tells at most … series apart, and there are … …
    package static let chartTooManySeries = DiagnosticCode("chart.too_many_series")
    /// chart stacked cannot stack a negative value: … is … for …
    package static let chartNegativeStack = DiagnosticCode("chart.negative_stack")

    // MARK: - where

    /// where needs a condition, found a … value
    package static let whereNotCondition = DiagnosticCode("where.not_condition")

    // MARK: - save

    /// a script name is a plain name, not a path
    package static let saveNameIsPath = DiagnosticCode("save.name_is_path")
    /// … exists (save would replace a script without --force)
    package static let saveExists = DiagnosticCode("save.exists")
    /// saved …, but cannot remove the outdated ….expected: …
    package static let saveStaleExpected = DiagnosticCode("save.stale_expected")

    // MARK: - script: replaying scripts

    /// the script is not UTF-8 text
    package static let scriptNotUtf8 = DiagnosticCode("script.not_utf8")

    // MARK: - security: what scripts may not do

    /// shell commands are not run from scripts
    package static let securityShellInScript = DiagnosticCode("security.shell_in_script")
    /// a replayed script may not write to an absolute path: …
    package static let securityWriteAbsolute = DiagnosticCode("security.write_absolute")
    /// a replayed script may not write outside the working folder: …
    package static let securityWriteOutside = DiagnosticCode("security.write_outside")
    /// a replayed script may not write to …: it is outside …
    package static let securityWriteOutsideFolders = DiagnosticCode("security.write_outside_folders")
    /// a replayed script may not read an absolute path: …
    package static let securityReadAbsolute = DiagnosticCode("security.read_absolute")
    /// a replayed script may not read outside the working folder: …
    package static let securityReadOutside = DiagnosticCode("security.read_outside")
    /// a replayed script may not read …: it leads outside the working folder
    package static let securityReadLinkOutside = DiagnosticCode("security.read_link_outside")
    /// scripts replay one another more than … deep
    package static let securityReplayDepth = DiagnosticCode("security.replay_depth")
    /// shell commands (!…) run only at the interactive jixiao prompt
    package static let securityShellNotInteractive = DiagnosticCode("security.shell_not_interactive")

    // MARK: - journal: the session's journal

    /// cannot open the journal: …
    package static let journalOpenFailed = DiagnosticCode("journal.open_failed")
    /// cannot write the journal: …
    package static let journalWriteFailed = DiagnosticCode("journal.write_failed")
    /// cannot flush the journal to disk: …
    package static let journalFlushFailed = DiagnosticCode("journal.flush_failed")

    // MARK: - lesson: checking walkthrough lessons

    /// a lesson file cannot be read (the system's own words)
    package static let lessonUnreadable = DiagnosticCode("lesson.unreadable")
    /// the lesson has no steps
    package static let lessonNoSteps = DiagnosticCode("lesson.no_steps")
    /// step … gives nothing to compare (a lesson step without a table or text result)
    package static let lessonStepWithoutResult = DiagnosticCode("lesson.step_without_result")

    // MARK: - notebook

    /// a notebook is written as .md, .html or .docx, not …
    package static let notebookUnknownFormat = DiagnosticCode("notebook.unknown_format")

    // MARK: - report: filling a report template

    /// a placeholder opened with {{ is not closed with }} on its line
    package static let reportUnterminatedPlaceholder = DiagnosticCode("report.unterminated_placeholder")
    /// an empty placeholder: {{ }} needs a pipeline
    package static let reportEmptyPlaceholder = DiagnosticCode("report.empty_placeholder")
    /// a placeholder in text needs one value; this pipeline gives …
    package static let reportNotAValue = DiagnosticCode("report.not_a_value")
    /// table: needs a pipeline that gives a table
    package static let reportNotATable = DiagnosticCode("report.not_a_table")
    /// this pipeline gives nothing to place in the report
    package static let reportNothingToPlace = DiagnosticCode("report.nothing_to_place")
    /// a table, chart or form stands alone on its line in a report template
    package static let reportBlockInline = DiagnosticCode("report.block_inline")
    /// a report is written as .docx, .html or .md, not …
    package static let reportUnknownFormat = DiagnosticCode("report.unknown_format")
    /// shell commands are not run from report templates; nothing was written
    package static let reportShellInTemplate = DiagnosticCode("report.shell_in_template")

    // MARK: - evaluation: the datasets of an evaluation

    /// no dataset named …: …
    package static let evaluationMissingDataset = DiagnosticCode("evaluation.missing_dataset")
    /// … cannot be used here: this pipeline only computes a value
    package static let evaluationCommandNotAllowed = DiagnosticCode("evaluation.command_not_allowed")
    /// the pipeline gives no table, so no value
    package static let evaluationNoTable = DiagnosticCode("evaluation.no_table")
    /// the pipeline gives … row(s) of … column(s); a single value is needed
    package static let evaluationNotSingleValue = DiagnosticCode("evaluation.not_single_value")
    /// … has no column …
    package static let evaluationMissingColumn = DiagnosticCode("evaluation.missing_column")
    /// … is too large to compute exactly
    package static let evaluationOverflow = DiagnosticCode("evaluation.overflow")
    /// … must be a number, found …
    package static let evaluationNotANumber = DiagnosticCode("evaluation.not_a_number")

    // MARK: - template: scoring templates

    /// …% is outside the band of … in the … template: from …% to …
    package static let templateOutsideBand = DiagnosticCode("template.outside_band")
    /// … has no column …, which holds each indicator's 分值 in the … template
    package static let templateMissingScoreColumn = DiagnosticCode("template.missing_score_column")
    /// the … of … add up to …; the … template gives … …
    package static let templateLevelWeights = DiagnosticCode("template.level_weights")
    /// the … of the indicators add up to …; the … template gives the indicators …
    package static let templateTotalWeight = DiagnosticCode("template.total_weight")

    // MARK: - indicator: rows of the indicator table

    /// 一级指标 must be one of …, found …
    package static let indicatorLevel1 = DiagnosticCode("indicator.level1")
    /// 二级指标 under … must be one of …, found …
    package static let indicatorLevel2 = DiagnosticCode("indicator.level2")
    /// 三级指标 is empty
    package static let indicatorLevel3Empty = DiagnosticCode("indicator.level3_empty")
    /// 方向 must be 正向, 反向 or 定性, found …
    package static let indicatorDirection = DiagnosticCode("indicator.direction")
    /// a … indicator needs a 年度指标值 (a number)
    package static let indicatorTargetMissing = DiagnosticCode("indicator.target_missing")
    /// 取值 is empty: a 查询 indicator needs a pipeline
    package static let indicatorQueryEmpty = DiagnosticCode("indicator.query_empty")
    /// 取值 is empty: a 记录 indicator needs the recorded figure
    package static let indicatorRecordEmpty = DiagnosticCode("indicator.record_empty")
    /// a recorded figure needs its 来源
    package static let indicatorRecordSource = DiagnosticCode("indicator.record_source")
    /// 取值方式 must be 查询 or 记录, found …
    package static let indicatorMethod = DiagnosticCode("indicator.method")
    /// … must not be negative
    package static let indicatorNegativeWeight = DiagnosticCode("indicator.negative_weight")
    /// …: a … indicator needs a number as its actual value, found …
    package static let indicatorActualNotNumber = DiagnosticCode("indicator.actual_not_number")
    /// …: a 定性 indicator needs a level (达成, 部分达成 or 未达成, optionally with a share such as 70%), found …
    package static let indicatorActualNotLevel = DiagnosticCode("indicator.actual_not_level")
    /// …: … (an indicator's query failed; the inner error follows its name)
    package static let indicatorQueryFailed = DiagnosticCode("indicator.query_failed")
    /// … has no 年度指标值
    package static let indicatorNoTarget = DiagnosticCode("indicator.no_target")
    /// …: the actual value … does not fit a … indicator
    package static let indicatorActualMisfit = DiagnosticCode("indicator.actual_misfit")

    // MARK: - project: the project sheet

    /// 项目 … appears twice
    package static let projectDuplicateItem = DiagnosticCode("project.duplicate_item")
    /// …: has no … (the project sheet lacks an item)
    package static let projectMissingItem = DiagnosticCode("project.missing_item")

    // MARK: - execution: budgets and funds

    /// 资金名称 is empty
    package static let executionFundNameEmpty = DiagnosticCode("execution.fund_name_empty")
    /// …: has no rows: the execution rate needs each fund's 全年预算数
    package static let executionNoBudgets = DiagnosticCode("execution.no_budgets")

    // MARK: - review: many project folders at once

    /// review: … is not a folder
    package static let reviewNotAFolder = DiagnosticCode("review.not_a_folder")
    /// review: … holds no project folder (no folder of .csv files)
    package static let reviewNoProjects = DiagnosticCode("review.no_projects")

    // MARK: - audit: report claims

    /// 声明 is empty
    package static let auditClaimEmpty = DiagnosticCode("audit.claim_empty")
    /// …: 报告所称 is empty
    package static let auditStatedEmpty = DiagnosticCode("audit.stated_empty")
    /// …: 核对 is empty: a 查询 claim needs a pipeline
    package static let auditQueryEmpty = DiagnosticCode("audit.query_empty")
    /// …: 核对 must name a figure of the evaluation, found …
    package static let auditUnknownFigure = DiagnosticCode("audit.unknown_figure")
    /// …: 核对方式 must be 查询 or 评价, found …
    package static let auditMethod = DiagnosticCode("audit.method")

    // MARK: - internal: a bug in jixiao, not the user's doing

    /// a pivot sums a number column
    package static let internalPivotValue = DiagnosticCode("internal.pivot_value")
    /// aggregate plan has … keys, and … key columns were given
    package static let internalAggregateKeys = DiagnosticCode("internal.aggregate_keys")
    /// a parallel task gave no result
    package static let internalParallelResult = DiagnosticCode("internal.parallel_result")
    /// the file could not be assembled (…)
    package static let internalWorkbookAssembly = DiagnosticCode("internal.workbook_assembly")
    /// an error that is not a Diagnostic reached the top (the system's own words)
    package static let internalUnexpectedError = DiagnosticCode("internal.unexpected_error")
    /// the command's signature gave no …
    package static let internalSignaturePart = DiagnosticCode("internal.signature_part")
    /// no chart kind …
    package static let internalChartKind = DiagnosticCode("internal.chart_kind")
    /// aggregate … has no result to bind to
    package static let internalAggregateResult = DiagnosticCode("internal.aggregate_result")

    // MARK: - gate and budgets (issue 20: one gate for every file, limits on untrusted work, --safe)

    /// a data file may not write files: …
    package static let securityDataFileWrite = DiagnosticCode("security.data_file_write")
    /// shell commands (!…) are off with --safe
    package static let securitySafeShell = DiagnosticCode("security.safe_shell")
    /// the replay reached its budget of … commands (the replays inside it included)
    package static let budgetReplayCommands = DiagnosticCode("budget.replay_commands")
    /// the join would produce … rows, more than the budget of …
    package static let budgetJoinRows = DiagnosticCode("budget.join_rows")
    /// the join would produce … rows, about … bytes, more than the memory budget of …
    package static let budgetJoinMemory = DiagnosticCode("budget.join_memory")
    /// the pivot would produce … rows × … columns, more than the budget of … cells
    package static let budgetPivotCells = DiagnosticCode("budget.pivot_cells")
    // MARK: - times, durations and timestamps (issue 22)

    /// '…' is not a timestamp
    package static let typeNotATimestamp = DiagnosticCode("type.not_a_timestamp")
    /// '…' is not a time of day
    package static let typeNotATime = DiagnosticCode("type.not_a_time")
    /// '…' is not a duration
    package static let typeNotADuration = DiagnosticCode("type.not_a_duration")
    // MARK: - journal reliability (issue 20): records that cannot tear

    /// a write to the journal failed and its partial record cannot be cut off: …
    package static let journalTorn = DiagnosticCode("journal.torn")
    // MARK: - xlsx packages: workbooks from any producer (issues 20 and 22)

    /// … is a password-protected workbook: jixiao cannot read encrypted workbooks
    package static let xlsxPasswordProtected = DiagnosticCode("xlsx.password_protected")
    /// … is an old .xls workbook (Excel 97–2003), not an .xlsx one
    package static let xlsxLegacyXls = DiagnosticCode("xlsx.legacy_xls")
    /// sheet … is a chart sheet: it holds no cells
    package static let xlsxNotAWorksheet = DiagnosticCode("xlsx.not_a_worksheet")
    /// the workbook lists sheet … but does not contain it (no part for relationship …)
    package static let xlsxSheetWithoutPart = DiagnosticCode("xlsx.sheet_without_part")
    /// sheet …, cell …: shared string … does not exist (the workbook has …)
    package static let xlsxSharedStringOutOfRange = DiagnosticCode("xlsx.shared_string_out_of_range")
    /// sheet …, cell …: refers to shared string …, but the workbook lacks its shared strings part …
    package static let xlsxSharedStringsMissing = DiagnosticCode("xlsx.shared_strings_missing")
}

// MARK: - foreign files: sniffed CSV dialects, encodings that are not Chinese, lenient reading (issue 22)

extension DiagnosticCode {
    /// line … is not valid … (bytes …)
    package static let textInvalidInEncoding = DiagnosticCode("text.invalid_in_encoding")
    /// delimiter= takes comma, semicolon, pipe or tab (or the character itself), found …
    package static let loadUnknownDelimiter = DiagnosticCode("load.unknown_delimiter")
    /// …= is for CSV and text files
    package static let loadCsvOptionOnly = DiagnosticCode("load.csv_option_only")
    // MARK: - database: sources read from PostgreSQL-compatible servers (load pg:NAME, load pg "SELECT …")

    /// cannot reach the database server …: …
    package static let databaseUnreachable = DiagnosticCode("database.unreachable")
    /// no answer from the database server … within … s
    package static let databaseTimeout = DiagnosticCode("database.timeout")
    /// the database server … refused the login of …
    package static let databaseLoginRefused = DiagnosticCode("database.login_refused")
    /// the database has no such table or view: …
    package static let databaseMissingTable = DiagnosticCode("database.missing_table")
    /// the database rejected the query: …
    package static let databaseQueryFailed = DiagnosticCode("database.query_failed")
    /// the database refused to write: …
    package static let databaseReadOnly = DiagnosticCode("database.read_only")
    /// column …: … digits do not fit an exact decimal (at most 18); jixiao does not round
    package static let databaseNumericTooWide = DiagnosticCode("database.numeric_too_wide")
    /// column … has the database type …, which jixiao does not read
    package static let databaseUnsupportedType = DiagnosticCode("database.unsupported_type")
    /// cannot read the connection …
    package static let databaseBadUrl = DiagnosticCode("database.bad_url")
    /// a postgres:// URL must not hold a password
    package static let databasePasswordInUrl = DiagnosticCode("database.password_in_url")
    /// load pg reads a query that starts with SELECT or WITH
    package static let databaseNotSelect = DiagnosticCode("database.not_select")
    /// load pg:NAME or load pg "SELECT …": … is neither
    package static let databaseSourceSyntax = DiagnosticCode("database.source_syntax")
    /// a replayed script may read database … only when allowed
    package static let securityDatabaseNotAllowed = DiagnosticCode("security.database_not_allowed")
}
