// The identifiers of the core area's texts that are not a diagnostic's own message (hints, notices, details,
// names), in the form of Localization/MessageIDs.swift: the summary of each quotes its English template.

extension MessageID {
    // MARK: - data types

    /// integer
    package static let dataTypeInteger = MessageID("datatype.integer")
    /// decimal({1})
    package static let dataTypeDecimal = MessageID("datatype.decimal")
    /// text
    package static let dataTypeText = MessageID("datatype.text")
    /// date
    package static let dataTypeDate = MessageID("datatype.date")
    /// boolean
    package static let dataTypeBoolean = MessageID("datatype.boolean")
    /// null
    package static let dataTypeNull = MessageID("datatype.null")

    // MARK: - places in a file

    /// line {1}
    package static let placeLine = MessageID("place.line")
    /// row {1}
    package static let placeRow = MessageID("place.row")

    // MARK: - CSV

    /// save it again as "CSV UTF-8"
    package static let hintSaveAsCSVUTF8 = MessageID("hint.csv.save_as_utf8")
    /// is the delimiter right?
    package static let hintCheckDelimiter = MessageID("hint.csv.check_delimiter")
    /// give the line where the header starts
    package static let hintHeaderWhereItStarts = MessageID("hint.csv.header_where_it_starts")
    /// give the line of the column names
    package static let hintHeaderLineOfNames = MessageID("hint.csv.header_line_of_names")

    // MARK: - notes of a load

    /// header on {1}
    package static let noteHeaderAt = MessageID("note.header_at")
    /// header on {1}; skipped above it: {2}
    package static let noteHeaderAtSkipping = MessageID("note.header_at_skipping")
    /// skipped {1} empty lines
    package static let noteSkippedEmptyLines = MessageID("note.skipped_empty_lines")
    /// skipped {1} empty rows
    package static let noteSkippedEmptyRows = MessageID("note.skipped_empty_rows")
    /// kept the {1} row ({2}) as data
    package static let noteKeptTotalRow = MessageID("note.kept_total_row")
    /// skipped the {1} row ({2}); --keep-totals keeps it
    package static let noteSkippedTotalRow = MessageID("note.skipped_total_row")
    /// {1}: numbers written in 万元, kept as written
    package static let noteWanYuanKept = MessageID("note.wan_yuan_kept")
    /// {1}: every number is written in 万元; kept as written and renamed {2}
    package static let noteWanYuanRenamed = MessageID("note.wan_yuan_renamed")
    /// {1} mixes 万元 with 元 or bare numbers: kept as text (jixiao never converts units silently)
    package static let noteMixedUnits = MessageID("note.mixed_units")
    /// dropped {1} empty columns without a name
    package static let noteDroppedEmptyColumns = MessageID("note.dropped_empty_columns")
    /// read as UTF-8 (with a byte-order mark)
    package static let noteReadAsUTF8WithMark = MessageID("note.read_as_utf8_with_mark")
    /// read as {1}
    package static let noteReadAs = MessageID("note.read_as")

    // MARK: - text encodings

    /// save the whole file in one encoding (Excel: 另存为 → CSV UTF-8); encoding=gb18030 reads all of it as GB18030
    package static let hintOneEncoding = MessageID("hint.text.one_encoding")
    /// the file reads as {1} up to this line; give the encoding with encoding=… ({2})
    package static let hintReadsAsUpToLine = MessageID("hint.text.reads_as_up_to_line")
    /// give the file's encoding with encoding=… ({1})
    package static let hintGiveEncoding = MessageID("hint.text.give_encoding")
    /// the file may be in another encoding ({1})
    package static let hintAnotherEncoding = MessageID("hint.text.another_encoding")
    /// the file ends inside a surrogate pair
    package static let detailUTF16EndsInPair = MessageID("detail.utf16.ends_in_pair")
    /// an unpaired surrogate
    package static let detailUTF16UnpairedSurrogate = MessageID("detail.utf16.unpaired_surrogate")
    /// an invalid character
    package static let detailUTF16InvalidCharacter = MessageID("detail.utf16.invalid_character")
    /// an odd number of bytes
    package static let detailUTF16OddBytes = MessageID("detail.utf16.odd_bytes")

    // MARK: - files

    /// file
    package static let nounFile = MessageID("noun.file")
    /// script
    package static let nounScript = MessageID("noun.script")
    /// a folder
    package static let nounAFolder = MessageID("noun.a_folder")
    /// a device or pipe
    package static let nounADeviceOrPipe = MessageID("noun.a_device_or_pipe")
    /// load reads {1}
    package static let hintLoadReads = MessageID("hint.file.load_reads")

    // MARK: - CSV fields

    /// a quote inside a quoted field is written twice ("")
    package static let hintQuoteWrittenTwice = MessageID("hint.csv.quote_written_twice")
    /// close the quote or remove it
    package static let hintCloseQuote = MessageID("hint.csv.close_quote")
    /// a field holding a comma must be quoted
    package static let hintQuoteFieldWithComma = MessageID("hint.csv.quote_field_with_comma")
    /// every row needs a value (or an empty field) for each column
    package static let hintValueForEachColumn = MessageID("hint.csv.value_for_each_column")

    // MARK: - columns

    /// the file may be in another encoding, such as GB18030
    package static let hintMaybeGB18030 = MessageID("hint.column.maybe_gb18030")
    /// load with types="{1}:text" to keep it as text
    package static let hintLoadAsText = MessageID("hint.column.load_as_text")
    /// jixiao keeps numbers as written and never converts units silently; make the units agree, or load it as text
    package static let hintMakeUnitsAgree = MessageID("hint.column.make_units_agree")

    // MARK: - JSON

    /// keys: {1}
    package static let hintKeys = MessageID("hint.json.keys")
    /// read as JSON Lines
    package static let noteReadAsJSONLines = MessageID("note.read_as_json_lines")

    // MARK: - XLSX

    /// sheets: {1}
    package static let hintSheets = MessageID("hint.xlsx.sheets")
    /// did you mean {1}? sheets: {2}
    package static let hintSheetsDidYouMean = MessageID("hint.xlsx.sheets_did_you_mean")
    /// sheet {1} (sheets: {2})
    package static let noteSheetOf = MessageID("note.sheet_of")
    /// rows with content: {1}…
    package static let hintRowsWithContent = MessageID("hint.xlsx.rows_with_content")
    /// {1} error cells (#DIV/0!, #N/A …) read as empty
    package static let noteErrorCellsEmpty = MessageID("note.error_cells_empty")
    /// the file may be damaged, or another kind of file
    package static let hintDamagedOrOtherKind = MessageID("hint.xlsx.damaged_or_other_kind")
    /// open and save it again in a spreadsheet program
    package static let hintSaveAgainInSpreadsheet = MessageID("hint.xlsx.save_again")

    // MARK: - ZIP archives (what is wrong with a workbook's archive)

    /// ZIP64 archives are not supported
    package static let detailZIP64 = MessageID("detail.zip.zip64")
    /// its directory lies outside the file
    package static let detailZIPDirectoryOutside = MessageID("detail.zip.directory_outside")
    /// its directory is broken
    package static let detailZIPDirectoryBroken = MessageID("detail.zip.directory_broken")
    /// {1} is encrypted
    package static let detailZIPEncrypted = MessageID("detail.zip.encrypted")
    /// the header of {1} is missing
    package static let detailZIPHeaderMissing = MessageID("detail.zip.header_missing")
    /// {1} is cut short
    package static let detailZIPCutShort = MessageID("detail.zip.cut_short")
    /// the sizes of {1} disagree
    package static let detailZIPSizesDisagree = MessageID("detail.zip.sizes_disagree")
    /// {1} is compressed with method {2}; workbooks use deflate
    package static let detailZIPMethod = MessageID("detail.zip.method")
    /// {1} fails its checksum
    package static let detailZIPChecksum = MessageID("detail.zip.checksum")
    /// zlib cannot start
    package static let detailZlibCannotStart = MessageID("detail.zip.zlib_cannot_start")
    /// {1} is shorter than its directory says
    package static let detailZIPShorter = MessageID("detail.zip.shorter")
    /// {1} is longer than its directory says
    package static let detailZIPLonger = MessageID("detail.zip.longer")
    /// {1} is not a valid deflate stream
    package static let detailZIPNotDeflate = MessageID("detail.zip.not_deflate")

    // MARK: - XML parts of a workbook

    /// the workbook may be damaged; open and save it again in a spreadsheet program
    package static let hintWorkbookMayBeDamaged = MessageID("hint.xml.workbook_may_be_damaged")
    /// text outside the root element
    package static let detailXMLTextOutsideRoot = MessageID("detail.xml.text_outside_root")
    /// unterminated processing instruction
    package static let detailXMLUnterminatedProcessingInstruction = MessageID("detail.xml.unterminated_processing_instruction")
    /// unterminated comment
    package static let detailXMLUnterminatedComment = MessageID("detail.xml.unterminated_comment")
    /// CDATA outside the root element
    package static let detailXMLCDATAOutsideRoot = MessageID("detail.xml.cdata_outside_root")
    /// unterminated CDATA section
    package static let detailXMLUnterminatedCDATA = MessageID("detail.xml.unterminated_cdata")
    /// a DOCTYPE is not allowed in a workbook part
    package static let detailXMLDoctype = MessageID("detail.xml.doctype")
    /// expected a comment or CDATA after '<!'
    package static let detailXMLExpectedCommentOrCDATA = MessageID("detail.xml.expected_comment_or_cdata")
    /// the part ends inside <{1}>
    package static let detailXMLEndsInsideElement = MessageID("detail.xml.ends_inside_element")
    /// no root element
    package static let detailXMLNoRoot = MessageID("detail.xml.no_root")
    /// a second root element
    package static let detailXMLSecondRoot = MessageID("detail.xml.second_root")
    /// expected an element name after '<'
    package static let detailXMLExpectedElementName = MessageID("detail.xml.expected_element_name")
    /// the part ends inside the tag <{1}>
    package static let detailXMLEndsInsideTag = MessageID("detail.xml.ends_inside_tag")
    /// expected '/>'
    package static let detailXMLExpectedSelfClose = MessageID("detail.xml.expected_self_close")
    /// expected a space, '>' or '/>' in <{1}>
    package static let detailXMLExpectedSpaceInTag = MessageID("detail.xml.expected_space_in_tag")
    /// expected an attribute name
    package static let detailXMLExpectedAttributeName = MessageID("detail.xml.expected_attribute_name")
    /// expected '=' after the attribute {1}
    package static let detailXMLExpectedEquals = MessageID("detail.xml.expected_equals")
    /// expected a quoted value for the attribute {1}
    package static let detailXMLExpectedQuotedValue = MessageID("detail.xml.expected_quoted_value")
    /// '<' in the value of the attribute {1}
    package static let detailXMLLessThanInValue = MessageID("detail.xml.less_than_in_value")
    /// unterminated value of the attribute {1}
    package static let detailXMLUnterminatedValue = MessageID("detail.xml.unterminated_value")
    /// the attribute {1} appears twice
    package static let detailXMLAttributeTwice = MessageID("detail.xml.attribute_twice")
    /// elements nested deeper than {1} levels
    package static let detailXMLTooDeep = MessageID("detail.xml.too_deep")
    /// expected an element name after '</'
    package static let detailXMLExpectedEndElementName = MessageID("detail.xml.expected_end_element_name")
    /// expected '>' to end </{1}
    package static let detailXMLExpectedEndTagClose = MessageID("detail.xml.expected_end_tag_close")
    /// </{1}> closes no element
    package static let detailXMLClosesNothing = MessageID("detail.xml.closes_nothing")
    /// </{1}> closes <{2}>
    package static let detailXMLClosesOther = MessageID("detail.xml.closes_other")
    /// '&' that starts no entity (write &amp;)
    package static let detailXMLBareAmpersand = MessageID("detail.xml.bare_ampersand")
    /// unknown entity &{1};
    package static let detailXMLUnknownEntity = MessageID("detail.xml.unknown_entity")
    /// a control character (0x{1}) is not allowed in XML
    package static let detailXMLControlCharacter = MessageID("detail.xml.control_character")
    /// the text is not valid UTF-8
    package static let detailXMLInvalidUTF8 = MessageID("detail.xml.invalid_utf8")

    // MARK: - values as an expression runs

    /// divide by 10000 first, or use wan()
    package static let hintDivideOrWan = MessageID("hint.value.divide_or_wan")
    /// check the number of days added
    package static let hintCheckDaysAdded = MessageID("hint.value.check_days_added")

    // MARK: - aggregates and joins

    /// the keys repeat on both sides; join on more columns, or group one side first
    package static let hintJoinKeysRepeat = MessageID("hint.join.keys_repeat")

    // MARK: - functions: arguments they refuse

    /// {1} takes a number
    package static let functionTakesNumber = MessageID("function.takes_number")
    /// round's second argument is a whole number of decimals from 0 to 12
    package static let functionRoundDecimals = MessageID("function.round_decimals")
    /// {1} takes a date
    package static let functionTakesDate = MessageID("function.takes_date")
    /// wan takes an amount in yuan
    package static let functionWanAmount = MessageID("function.wan_amount")
    /// pct takes two numbers
    package static let functionPctNumbers = MessageID("function.pct_numbers")
    /// {1} takes two texts
    package static let functionTakesTwoTexts = MessageID("function.takes_two_texts")
    /// date takes a text like "2022-06-08"
    package static let functionDateText = MessageID("function.date_text")
    /// if's first argument is a condition
    package static let functionIfCondition = MessageID("function.if_condition")
    /// {1} needs a column: {1}(x)
    package static let functionNeedsColumn = MessageID("function.needs_column")
    /// {1} needs numbers; this is {2}
    package static let functionNeedsNumbers = MessageID("function.needs_numbers")
    /// median needs numbers or dates; this is {1}
    package static let functionMedianValues = MessageID("function.median_values")
}
