// Every diagnostic's code, grouped by area. A code is the stable key of one message template: the English
// text a construction site writes today, and the translation a later interface will look up by it. The summary
// of each constant quotes that template, with … for what the site fills in. A test checks that every constant
// is used in Sources/, that raw values follow `area.snake_case`, and that no two constants share one.

extension DiagnosticCode {
    // MARK: - syntax: the command line does not parse

    /// unknown command …
    public static let syntaxUnknownCommand = DiagnosticCode("syntax.unknown_command")
    /// … works on a table: put a dataset before it
    public static let syntaxNeedsInput = DiagnosticCode("syntax.needs_input")
    /// … starts a pipeline and cannot follow |
    public static let syntaxSourceAfterPipe = DiagnosticCode("syntax.source_after_pipe")
    /// empty `` name
    public static let syntaxEmptyQuotedName = DiagnosticCode("syntax.empty_quoted_name")
    /// unexpected character '…'
    public static let syntaxUnexpectedCharacter = DiagnosticCode("syntax.unexpected_character")
    /// unterminated `name`
    public static let syntaxUnterminatedName = DiagnosticCode("syntax.unterminated_name")
    /// unterminated string
    public static let syntaxUnterminatedString = DiagnosticCode("syntax.unterminated_string")
    /// expected … (the parser needed something else next)
    public static let syntaxExpected = DiagnosticCode("syntax.expected")
    /// unexpected '…'
    public static let syntaxUnexpected = DiagnosticCode("syntax.unexpected")
    /// unknown … … (a word outside a closed set: chart kind, template, …)
    public static let syntaxUnknownChoice = DiagnosticCode("syntax.unknown_choice")
    /// unknown flag --…
    public static let syntaxUnknownFlag = DiagnosticCode("syntax.unknown_flag")
    /// unknown option …=
    public static let syntaxUnknownOption = DiagnosticCode("syntax.unknown_option")
    /// … is given twice
    public static let syntaxGivenTwice = DiagnosticCode("syntax.given_twice")
    /// an option's value does not fit its kind (expected a value after …; … takes a whole number)
    public static let syntaxOptionValue = DiagnosticCode("syntax.option_value")
    /// let is written at the start of a line: let NAME = pipeline
    public static let syntaxLetNotFirst = DiagnosticCode("syntax.let_not_first")
    /// explain is written at the start of a line: explain PIPELINE
    public static let syntaxExplainNotFirst = DiagnosticCode("syntax.explain_not_first")
    /// expected a pipeline after explain
    public static let syntaxExplainEmpty = DiagnosticCode("syntax.explain_empty")
    /// expression nested too deeply (over … levels)
    public static let syntaxTooDeep = DiagnosticCode("syntax.too_deep")
    /// expression too deep (over … levels of operators and calls)
    public static let syntaxTooComplex = DiagnosticCode("syntax.too_complex")
    /// '=' compares nothing here
    public static let syntaxSingleEquals = DiagnosticCode("syntax.single_equals")
    /// number too large for a whole number
    public static let syntaxIntegerOverflow = DiagnosticCode("syntax.integer_overflow")
    /// number too large or too precise
    public static let syntaxNumberOverflow = DiagnosticCode("syntax.number_overflow")
    /// expected a value, found the keyword '…'
    public static let syntaxKeywordAsValue = DiagnosticCode("syntax.keyword_as_value")

    // MARK: - name: a name that is not there or not free

    /// … is a command name (let would shadow a command)
    public static let nameCommandNameTaken = DiagnosticCode("name.command_name_taken")
    /// … names a cell's result (let would shadow _N)
    public static let nameCellNameTaken = DiagnosticCode("name.cell_name_taken")
    /// no dataset named …
    public static let nameUnknownDataset = DiagnosticCode("name.unknown_dataset")
    /// no walkthrough named …
    public static let nameUnknownWalkthrough = DiagnosticCode("name.unknown_walkthrough")
    /// no command named …
    public static let nameUnknownHelpTopic = DiagnosticCode("name.unknown_help_topic")
    /// no dataset or command named …
    public static let nameUnknownDatasetOrCommand = DiagnosticCode("name.unknown_dataset_or_command")
    /// cell … has no result
    public static let nameUnknownCell = DiagnosticCode("name.unknown_cell")
    /// …() cannot be nested inside another aggregate
    public static let nameNestedAggregate = DiagnosticCode("name.nested_aggregate")
    /// … takes one column
    public static let nameAggregateArity = DiagnosticCode("name.aggregate_arity")
    /// no column named …
    public static let nameUnknownColumn = DiagnosticCode("name.unknown_column")
    /// unknown operator …
    public static let nameUnknownOperator = DiagnosticCode("name.unknown_operator")
    /// …() adds up many rows and belongs in agg
    public static let nameAggregateOutsideAgg = DiagnosticCode("name.aggregate_outside_agg")
    /// unknown function …
    public static let nameUnknownFunction = DiagnosticCode("name.unknown_function")

    // MARK: - type: an expression's types do not fit

    /// a function refuses the type of its arguments (the function's own words)
    public static let typeFunctionArgument = DiagnosticCode("type.function_argument")
    /// - needs a number; this is …
    public static let typeNegateNonNumber = DiagnosticCode("type.negate_non_number")
    /// a list after in holds plain values
    public static let typeListNotPlain = DiagnosticCode("type.list_not_plain")
    /// expected a condition, found a … value
    public static let typeExpectedCondition = DiagnosticCode("type.expected_condition")
    /// cannot compare … with …
    public static let typeIncomparable = DiagnosticCode("type.incomparable")
    /// '…' is not a date
    public static let typeNotADate = DiagnosticCode("type.not_a_date")
    /// … does not apply to … and …
    public static let typeOperatorMismatch = DiagnosticCode("type.operator_mismatch")
    /// … takes … argument(s)
    public static let typeArity = DiagnosticCode("type.arity")

    // MARK: - value: evaluating an expression

    /// expected a number, found text
    public static let valueExpectedNumber = DiagnosticCode("value.expected_number")
    /// number too large: the result does not fit 18 digits
    public static let valueNumberOverflow = DiagnosticCode("value.number_overflow")
    /// date out of range: the result lies outside the years 1 to 9999
    public static let valueDateOutOfRange = DiagnosticCode("value.date_out_of_range")
    /// expected a condition (true or false)
    public static let valueExpectedCondition = DiagnosticCode("value.expected_condition")
    /// expected text
    public static let valueExpectedText = DiagnosticCode("value.expected_text")

    // MARK: - aggregate: adding up rows

    /// expected numbers
    public static let aggregateExpectedNumbers = DiagnosticCode("aggregate.expected_numbers")
    /// sum too large: it does not fit 18 digits
    public static let aggregateSumOverflow = DiagnosticCode("aggregate.sum_overflow")

    // MARK: - join

    /// the join would give more than … rows
    public static let joinTooManyRows = DiagnosticCode("join.too_many_rows")

    // MARK: - run: running a command

    /// stopped by Ctrl-C; nothing was changed
    public static let runInterrupted = DiagnosticCode("run.interrupted")
    /// let needs a pipeline that gives a table
    public static let runLetNeedsTable = DiagnosticCode("run.let_needs_table")
    /// … needs a table before it
    public static let runNeedsTable = DiagnosticCode("run.needs_table")

    // MARK: - text: decoding a file's bytes

    /// line … is not UTF-8, but the lines before it are: the file mixes encodings (cannot decode the bytes …)
    public static let textMixedEncodings = DiagnosticCode("text.mixed_encodings")
    /// line … is neither UTF-8 nor GB18030: cannot decode the bytes …
    public static let textNotUtf8OrGb18030 = DiagnosticCode("text.not_utf8_or_gb18030")
    /// line … is not valid UTF-8: cannot decode the bytes …
    public static let textInvalidUtf8 = DiagnosticCode("text.invalid_utf8")
    /// line … is not valid GB18030: cannot decode the bytes …
    public static let textInvalidGb18030 = DiagnosticCode("text.invalid_gb18030")
    /// line … is not valid UTF-16…: … (an odd byte count, an unpaired surrogate)
    public static let textInvalidUtf16 = DiagnosticCode("text.invalid_utf16")

    // MARK: - column: decoding a column's values

    /// invalid UTF-8 in column …
    public static let columnInvalidUtf8 = DiagnosticCode("column.invalid_utf8")
    /// column …: '…' is not a valid …
    public static let columnInvalidValue = DiagnosticCode("column.invalid_value")
    /// column … mixes 万元 with 元 or bare numbers
    public static let columnMixedUnits = DiagnosticCode("column.mixed_units")

    // MARK: - csv: CSV and TSV files

    /// NUL byte in the file: it is binary or UTF-16, not UTF-8 text
    public static let csvNulByte = DiagnosticCode("csv.nul_byte")
    /// file too large for one table (over 2 GiB)
    public static let csvTooLarge = DiagnosticCode("csv.too_large")
    /// too many columns: … (at most …)
    public static let csvTooManyColumns = DiagnosticCode("csv.too_many_columns")
    /// header=… falls inside a quoted field that starts on line …
    public static let csvHeaderInQuotedField = DiagnosticCode("csv.header_in_quoted_field")
    /// header=…: line … is blank
    public static let csvHeaderBlank = DiagnosticCode("csv.header_blank")
    /// header=… is past the end of the file (… lines)
    public static let csvHeaderPastEnd = DiagnosticCode("csv.header_past_end")
    /// the file is empty: no header line
    public static let csvEmpty = DiagnosticCode("csv.empty")
    /// unexpected text after a closing quote
    public static let csvTextAfterQuote = DiagnosticCode("csv.text_after_quote")
    /// unterminated quote: the field opened here never closes
    public static let csvUnterminatedQuote = DiagnosticCode("csv.unterminated_quote")
    /// expected … fields, found …
    public static let csvRaggedRow = DiagnosticCode("csv.ragged_row")

    // MARK: - xlsx: Excel workbooks

    /// the workbook has no sheets
    public static let xlsxNoSheets = DiagnosticCode("xlsx.no_sheets")
    /// the workbook has no sheet named … (sheet= names a sheet that is not there)
    public static let xlsxNoSheet = DiagnosticCode("xlsx.no_sheet")
    /// sheet … is empty
    public static let xlsxSheetEmpty = DiagnosticCode("xlsx.sheet_empty")
    /// header=…: row … of sheet … is empty
    public static let xlsxHeaderRowEmpty = DiagnosticCode("xlsx.header_row_empty")
    /// sheet too large for one table (over 2 GiB of text)
    public static let xlsxSheetTooLarge = DiagnosticCode("xlsx.sheet_too_large")
    /// … is not an .xlsx workbook: xl/workbook.xml is missing
    public static let xlsxNoWorkbookPart = DiagnosticCode("xlsx.no_workbook_part")
    /// … is not an .xlsx workbook (it is not a ZIP archive)
    public static let xlsxNotZip = DiagnosticCode("xlsx.not_zip")
    /// the workbook is damaged: …
    public static let xlsxDamaged = DiagnosticCode("xlsx.damaged")
    /// cannot read the workbook: …
    public static let xlsxUnreadable = DiagnosticCode("xlsx.unreadable")
    /// a part of the workbook is larger than 1 GiB unpacked
    public static let xlsxPartTooLarge = DiagnosticCode("xlsx.part_too_large")
    /// sheet … has no part … in the workbook
    public static let xlsxMissingSheetPart = DiagnosticCode("xlsx.missing_sheet_part")

    // MARK: - xml: a workbook's XML parts

    /// malformed XML in … (line …, column …): … (a workbook part does not parse)
    public static let xmlMalformed = DiagnosticCode("xml.malformed")
    /// malformed XML in …: no root element
    public static let xmlNoRoot = DiagnosticCode("xml.no_root")

    // MARK: - json: JSON and JSON Lines files

    /// the file is empty: expected an array of objects or JSON Lines
    public static let jsonEmpty = DiagnosticCode("json.empty")
    /// expected an object {…} as each element of the array
    public static let jsonElementNotObject = DiagnosticCode("json.element_not_object")
    /// expected , or ] after an element of the array
    public static let jsonTopArraySeparator = DiagnosticCode("json.top_array_separator")
    /// unexpected text after the array
    public static let jsonTextAfterArray = DiagnosticCode("json.text_after_array")
    /// expected [ (an array of objects) or { (JSON Lines)
    public static let jsonExpectedArrayOrObject = DiagnosticCode("json.expected_array_or_object")
    /// expected an object {…} on each line of JSON Lines
    public static let jsonLineNotObject = DiagnosticCode("json.line_not_object")
    /// expected a line break after the object (JSON Lines holds one object per line)
    public static let jsonExpectedLineBreak = DiagnosticCode("json.expected_line_break")
    /// unexpected end of the file: expected a value
    public static let jsonUnexpectedEnd = DiagnosticCode("json.unexpected_end")
    /// unexpected character: expected a value
    public static let jsonUnexpectedCharacter = DiagnosticCode("json.unexpected_character")
    /// nested more than … levels deep
    public static let jsonTooDeep = DiagnosticCode("json.too_deep")
    /// expected a key in double quotes
    public static let jsonExpectedKey = DiagnosticCode("json.expected_key")
    /// expected : after the key …
    public static let jsonExpectedColon = DiagnosticCode("json.expected_colon")
    /// expected , or } in an object
    public static let jsonObjectSeparator = DiagnosticCode("json.object_separator")
    /// expected , or ] in an array
    public static let jsonArraySeparator = DiagnosticCode("json.array_separator")
    /// unexpected word: expected a value (true, false, null, a number, a string)
    public static let jsonUnexpectedWord = DiagnosticCode("json.unexpected_word")
    /// expected digits in a number
    public static let jsonNumberDigits = DiagnosticCode("json.number_digits")
    /// expected digits after the decimal point
    public static let jsonFractionDigits = DiagnosticCode("json.fraction_digits")
    /// expected digits in the exponent
    public static let jsonExponentDigits = DiagnosticCode("json.exponent_digits")
    /// a control character (such as a line break) inside a string must be escaped
    public static let jsonControlCharacter = DiagnosticCode("json.control_character")
    /// an unpaired surrogate in a \u escape
    public static let jsonUnpairedSurrogate = DiagnosticCode("json.unpaired_surrogate")
    /// an invalid \u escape
    public static let jsonInvalidUnicodeEscape = DiagnosticCode("json.invalid_unicode_escape")
    /// an unknown escape \…
    public static let jsonUnknownEscape = DiagnosticCode("json.unknown_escape")
    /// a string that never closes
    public static let jsonUnterminatedString = DiagnosticCode("json.unterminated_string")
    /// expected four hex digits after \u
    public static let jsonUnicodeEscapeDigits = DiagnosticCode("json.unicode_escape_digits")

    // MARK: - file: reading files

    /// cannot read …
    public static let fileUnreadable = DiagnosticCode("file.unreadable")
    /// jixiao writes .… files but does not read them
    public static let fileWriteOnlyFormat = DiagnosticCode("file.write_only_format")
    /// … is too large (over … bytes)
    public static let fileTooLarge = DiagnosticCode("file.too_large")
    /// … is a folder or a device, not a …
    public static let fileNotRegular = DiagnosticCode("file.not_regular")
    /// … is too large (… bytes; at most …)
    public static let fileOverLimit = DiagnosticCode("file.over_limit")
    /// cannot read the datasets folder …
    public static let fileDatasetsFolderUnreadable = DiagnosticCode("file.datasets_folder_unreadable")
    /// no such file: … (the path names nothing)
    public static let fileNotFound = DiagnosticCode("file.not_found")
    /// cannot read …: … (the system refused the read)
    public static let fileReadFailed = DiagnosticCode("file.read_failed")

    // MARK: - write: writing files

    /// cannot write …: …; the old file is unchanged
    public static let writeFailed = DiagnosticCode("write.failed")
    /// cannot write …: the folder … does not exist
    public static let writeNoFolder = DiagnosticCode("write.no_folder")
    /// cannot write …: it is a folder
    public static let writeIsFolder = DiagnosticCode("write.is_folder")
    /// cannot write in …: …
    public static let writeFolderNotWritable = DiagnosticCode("write.folder_not_writable")
    /// cannot create the folder …: …
    public static let writeCreateFolderFailed = DiagnosticCode("write.create_folder_failed")

    // MARK: - load

    /// types= names …, which is not a column
    public static let loadTypesUnknownColumn = DiagnosticCode("load.types_unknown_column")
    /// types= names …, which is not a key
    public static let loadTypesUnknownKey = DiagnosticCode("load.types_unknown_key")
    /// give the dataset a name: load PATH as NAME
    public static let loadNeedsName = DiagnosticCode("load.needs_name")
    /// … names a cell's result: give the dataset another name with as NAME
    public static let loadCellName = DiagnosticCode("load.cell_name")
    /// load reads …; .… files are only written (by export)
    public static let loadWriteOnlyFormat = DiagnosticCode("load.write_only_format")
    /// old .xls workbooks cannot be read
    public static let loadOldXls = DiagnosticCode("load.old_xls")
    /// unknown file type
    public static let loadUnknownFileType = DiagnosticCode("load.unknown_file_type")
    /// types= takes "列:type,…" with types integer, decimal, text, date or boolean
    public static let loadTypesSyntax = DiagnosticCode("load.types_syntax")
    /// encoding= is for text files; an .xlsx workbook knows its encoding
    public static let loadEncodingForXlsx = DiagnosticCode("load.encoding_for_xlsx")
    /// unknown encoding …
    public static let loadUnknownEncoding = DiagnosticCode("load.unknown_encoding")
    /// header= is for CSV, TSV and XLSX files
    public static let loadHeaderForJson = DiagnosticCode("load.header_for_json")
    /// header= takes the header's line number, from 1
    public static let loadHeaderLine = DiagnosticCode("load.header_line")
    /// sheet= is for .xlsx workbooks
    public static let loadSheetNotXlsx = DiagnosticCode("load.sheet_not_xlsx")
    /// --keep-totals is for CSV, TSV and XLSX files
    public static let loadKeepTotalsForJson = DiagnosticCode("load.keep_totals_for_json")

    // MARK: - export

    /// cannot tell the format of …
    public static let exportUnknownFormat = DiagnosticCode("export.unknown_format")
    /// --excel applies to .csv and .tsv files
    public static let exportExcelFlagFormat = DiagnosticCode("export.excel_flag_format")
    /// after | export takes only a file: … | export FILE
    public static let exportDatasetAfterPipe = DiagnosticCode("export.dataset_after_pipe")
    /// export needs a table: export NAME to FILE, or … | export FILE
    public static let exportNeedsTable = DiagnosticCode("export.needs_table")

    // MARK: - appendix

    /// cannot tell the format of …
    public static let appendixUnknownFormat = DiagnosticCode("appendix.unknown_format")

    // MARK: - show

    /// show after | takes no dataset name
    public static let showDatasetAfterPipe = DiagnosticCode("show.dataset_after_pipe")
    /// show needs a dataset: show NAME
    public static let showNeedsDataset = DiagnosticCode("show.needs_dataset")

    // MARK: - chart

    /// the value column is given twice
    public static let chartValueGivenTwice = DiagnosticCode("chart.value_given_twice")
    /// bins= applies to chart hist
    public static let chartBinsNotHist = DiagnosticCode("chart.bins_not_hist")
    /// by= applies to chart stacked
    public static let chartByNotStacked = DiagnosticCode("chart.by_not_stacked")
    /// chart hist counts one column and takes no x=
    public static let chartHistTakesNoX = DiagnosticCode("chart.hist_takes_no_x")
    /// nothing to chart: the input has no rows
    public static let chartNoRows = DiagnosticCode("chart.no_rows")
    /// … draws numbers, and … is …
    public static let chartNotNumbers = DiagnosticCode("chart.not_numbers")
    /// nothing to chart: no column of the input holds numbers
    public static let chartNoNumberColumn = DiagnosticCode("chart.no_number_column")
    /// nothing to chart: every value of … is null
    public static let chartAllNull = DiagnosticCode("chart.all_null")
    /// chart stacked needs a column to split each bar by
    public static let chartStackedNeedsBy = DiagnosticCode("chart.stacked_needs_by")
    /// chart stacked needs a label column
    public static let chartStackedNeedsLabel = DiagnosticCode("chart.stacked_needs_label")
    /// the sum of … for …, … is too large
    public static let chartSumOverflow = DiagnosticCode("chart.sum_overflow")
    /// chart stacked tells at most … series apart, and there are … …
    public static let chartTooManySeries = DiagnosticCode("chart.too_many_series")
    /// chart stacked cannot stack a negative value: … is … for …
    public static let chartNegativeStack = DiagnosticCode("chart.negative_stack")

    // MARK: - where

    /// where needs a condition, found a … value
    public static let whereNotCondition = DiagnosticCode("where.not_condition")

    // MARK: - save

    /// a script name is a plain name, not a path
    public static let saveNameIsPath = DiagnosticCode("save.name_is_path")
    /// … exists (save would replace a script without --force)
    public static let saveExists = DiagnosticCode("save.exists")
    /// saved …, but cannot remove the outdated ….expected: …
    public static let saveStaleExpected = DiagnosticCode("save.stale_expected")

    // MARK: - script: replaying scripts

    /// the script is not UTF-8 text
    public static let scriptNotUtf8 = DiagnosticCode("script.not_utf8")

    // MARK: - security: what scripts may not do

    /// shell commands are not run from scripts
    public static let securityShellInScript = DiagnosticCode("security.shell_in_script")
    /// a replayed script may not write to an absolute path: …
    public static let securityWriteAbsolute = DiagnosticCode("security.write_absolute")
    /// a replayed script may not write outside the working folder: …
    public static let securityWriteOutside = DiagnosticCode("security.write_outside")
    /// a replayed script may not write to …: it is outside …
    public static let securityWriteOutsideFolders = DiagnosticCode("security.write_outside_folders")
    /// a replayed script may not read an absolute path: …
    public static let securityReadAbsolute = DiagnosticCode("security.read_absolute")
    /// a replayed script may not read outside the working folder: …
    public static let securityReadOutside = DiagnosticCode("security.read_outside")
    /// a replayed script may not read …: it leads outside the working folder
    public static let securityReadLinkOutside = DiagnosticCode("security.read_link_outside")
    /// scripts replay one another more than … deep
    public static let securityReplayDepth = DiagnosticCode("security.replay_depth")
    /// shell commands (!…) run only at the interactive jixiao prompt
    public static let securityShellNotInteractive = DiagnosticCode("security.shell_not_interactive")

    // MARK: - journal: the session's journal

    /// cannot open the journal: …
    public static let journalOpenFailed = DiagnosticCode("journal.open_failed")
    /// cannot write the journal: …
    public static let journalWriteFailed = DiagnosticCode("journal.write_failed")
    /// cannot flush the journal to disk: …
    public static let journalFlushFailed = DiagnosticCode("journal.flush_failed")

    // MARK: - lesson: checking walkthrough lessons

    /// a lesson file cannot be read (the system's own words)
    public static let lessonUnreadable = DiagnosticCode("lesson.unreadable")
    /// the lesson has no steps
    public static let lessonNoSteps = DiagnosticCode("lesson.no_steps")
    /// step … gives nothing to compare (a lesson step without a table or text result)
    public static let lessonStepWithoutResult = DiagnosticCode("lesson.step_without_result")

    // MARK: - notebook

    /// a notebook is written as .md or .html, not …
    public static let notebookUnknownFormat = DiagnosticCode("notebook.unknown_format")

    // MARK: - evaluation: the datasets of an evaluation

    /// no dataset named …: …
    public static let evaluationMissingDataset = DiagnosticCode("evaluation.missing_dataset")
    /// … cannot be used here: this pipeline only computes a value
    public static let evaluationCommandNotAllowed = DiagnosticCode("evaluation.command_not_allowed")
    /// the pipeline gives no table, so no value
    public static let evaluationNoTable = DiagnosticCode("evaluation.no_table")
    /// the pipeline gives … row(s) of … column(s); a single value is needed
    public static let evaluationNotSingleValue = DiagnosticCode("evaluation.not_single_value")
    /// … has no column …
    public static let evaluationMissingColumn = DiagnosticCode("evaluation.missing_column")
    /// … is too large to compute exactly
    public static let evaluationOverflow = DiagnosticCode("evaluation.overflow")
    /// … must be a number, found …
    public static let evaluationNotANumber = DiagnosticCode("evaluation.not_a_number")

    // MARK: - template: scoring templates

    /// …% is outside the band of … in the … template: from …% to …
    public static let templateOutsideBand = DiagnosticCode("template.outside_band")
    /// … has no column …, which holds each indicator's 分值 in the … template
    public static let templateMissingScoreColumn = DiagnosticCode("template.missing_score_column")
    /// the … of … add up to …; the … template gives … …
    public static let templateLevelWeights = DiagnosticCode("template.level_weights")
    /// the … of the indicators add up to …; the … template gives the indicators …
    public static let templateTotalWeight = DiagnosticCode("template.total_weight")

    // MARK: - indicator: rows of the indicator table

    /// 一级指标 must be one of …, found …
    public static let indicatorLevel1 = DiagnosticCode("indicator.level1")
    /// 二级指标 under … must be one of …, found …
    public static let indicatorLevel2 = DiagnosticCode("indicator.level2")
    /// 三级指标 is empty
    public static let indicatorLevel3Empty = DiagnosticCode("indicator.level3_empty")
    /// 方向 must be 正向, 反向 or 定性, found …
    public static let indicatorDirection = DiagnosticCode("indicator.direction")
    /// a … indicator needs a 年度指标值 (a number)
    public static let indicatorTargetMissing = DiagnosticCode("indicator.target_missing")
    /// 取值 is empty: a 查询 indicator needs a pipeline
    public static let indicatorQueryEmpty = DiagnosticCode("indicator.query_empty")
    /// 取值 is empty: a 记录 indicator needs the recorded figure
    public static let indicatorRecordEmpty = DiagnosticCode("indicator.record_empty")
    /// a recorded figure needs its 来源
    public static let indicatorRecordSource = DiagnosticCode("indicator.record_source")
    /// 取值方式 must be 查询 or 记录, found …
    public static let indicatorMethod = DiagnosticCode("indicator.method")
    /// … must not be negative
    public static let indicatorNegativeWeight = DiagnosticCode("indicator.negative_weight")
    /// …: a … indicator needs a number as its actual value, found …
    public static let indicatorActualNotNumber = DiagnosticCode("indicator.actual_not_number")
    /// …: a 定性 indicator needs a level (达成, 部分达成 or 未达成, optionally with a share such as 70%), found …
    public static let indicatorActualNotLevel = DiagnosticCode("indicator.actual_not_level")
    /// …: … (an indicator's query failed; the inner error follows its name)
    public static let indicatorQueryFailed = DiagnosticCode("indicator.query_failed")
    /// … has no 年度指标值
    public static let indicatorNoTarget = DiagnosticCode("indicator.no_target")
    /// …: the actual value … does not fit a … indicator
    public static let indicatorActualMisfit = DiagnosticCode("indicator.actual_misfit")

    // MARK: - project: the project sheet

    /// 项目 … appears twice
    public static let projectDuplicateItem = DiagnosticCode("project.duplicate_item")
    /// …: has no … (the project sheet lacks an item)
    public static let projectMissingItem = DiagnosticCode("project.missing_item")

    // MARK: - execution: budgets and funds

    /// 资金名称 is empty
    public static let executionFundNameEmpty = DiagnosticCode("execution.fund_name_empty")
    /// …: has no rows: the execution rate needs each fund's 全年预算数
    public static let executionNoBudgets = DiagnosticCode("execution.no_budgets")
    /// 资金名称 … has no row in …
    public static let executionFundWithoutBudget = DiagnosticCode("execution.fund_without_budget")

    // MARK: - audit: report claims

    /// 声明 is empty
    public static let auditClaimEmpty = DiagnosticCode("audit.claim_empty")
    /// …: 报告所称 is empty
    public static let auditStatedEmpty = DiagnosticCode("audit.stated_empty")
    /// …: 核对 is empty: a 查询 claim needs a pipeline
    public static let auditQueryEmpty = DiagnosticCode("audit.query_empty")
    /// …: 核对 must name a figure of the evaluation, found …
    public static let auditUnknownFigure = DiagnosticCode("audit.unknown_figure")
    /// …: 核对方式 must be 查询 or 评价, found …
    public static let auditMethod = DiagnosticCode("audit.method")

    // MARK: - internal: a bug in jixiao, not the user's doing

    /// a pivot sums a number column
    public static let internalPivotValue = DiagnosticCode("internal.pivot_value")
    /// aggregate plan has … keys, and … key columns were given
    public static let internalAggregateKeys = DiagnosticCode("internal.aggregate_keys")
    /// a parallel task gave no result
    public static let internalParallelResult = DiagnosticCode("internal.parallel_result")
    /// the workbook could not be assembled
    public static let internalWorkbookAssembly = DiagnosticCode("internal.workbook_assembly")
    /// an error that is not a Diagnostic reached the top (the system's own words)
    public static let internalUnexpectedError = DiagnosticCode("internal.unexpected_error")
    /// the command's signature gave no …
    public static let internalSignaturePart = DiagnosticCode("internal.signature_part")
    /// no chart kind …
    public static let internalChartKind = DiagnosticCode("internal.chart_kind")
    /// aggregate … has no result to bind to
    public static let internalAggregateResult = DiagnosticCode("internal.aggregate_result")
}
