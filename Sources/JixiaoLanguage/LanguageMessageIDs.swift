import JixiaoCore

// The identifiers of the language area's texts that are not a diagnostic's own message (hints, notices, details,
// names), in the form of Localization/MessageIDs.swift: the summary of each quotes its English template.

extension MessageID {
    // MARK: - binding: names

    /// e.g. agg 合计 = {1}(…)
    package static let hintAggregateInAgg = MessageID("hint.bind.aggregate_in_agg")
    /// help functions lists them
    package static let hintHelpFunctions = MessageID("hint.bind.help_functions")

    // MARK: - binding: types

    /// compare it, e.g. x == 1
    package static let hintCompareIt = MessageID("hint.bind.compare_it")
    /// put the value in quotes
    package static let hintQuoteTheValue = MessageID("hint.bind.quote_the_value")
    /// numbers are written without quotes
    package static let hintNumbersWithoutQuotes = MessageID("hint.bind.numbers_without_quotes")
    /// compare values of the same kind
    package static let hintSameKind = MessageID("hint.bind.same_kind")
    /// write dates as "2022-06-08"
    package static let hintWriteDates = MessageID("hint.bind.write_dates")
    /// {1} to {2}
    package static let countRange = MessageID("count.range")

    // MARK: - lexer

    /// close it with a backtick
    package static let hintCloseWithBacktick = MessageID("hint.syntax.close_with_backtick")
    /// close it with {1}
    package static let hintCloseWith = MessageID("hint.syntax.close_with")
    /// close the quotation mark
    package static let hintCloseQuotationMark = MessageID("hint.syntax.close_quotation_mark")

    // MARK: - parser

    /// expected '{1}'
    package static let expectedWord = MessageID("syntax.expected.word")
    /// expected {1} (a whole number)
    package static let expectedWholeNumber = MessageID("syntax.expected.whole_number")
    /// nothing more was expected here
    package static let hintNothingMore = MessageID("hint.syntax.nothing_more")
    /// split it into steps with derive
    package static let hintSplitWithDerive = MessageID("hint.syntax.split_with_derive")
    /// use == to compare
    package static let hintUseDoubleEquals = MessageID("hint.syntax.use_double_equals")
    /// expected [ to open the list after in
    package static let expectedListOpen = MessageID("syntax.expected.list_open")
    /// expected , or ] in the list
    package static let expectedListEnd = MessageID("syntax.expected.list_end")
    /// the list opened here
    package static let hintListOpenedHere = MessageID("hint.syntax.list_opened_here")
    /// between takes: x between low and high
    package static let hintBetweenForm = MessageID("hint.syntax.between_form")
    /// expected null after is
    package static let expectedNullAfterIs = MessageID("syntax.expected.null_after_is")
    /// expected a value, a column or a function here
    package static let expectedValue = MessageID("syntax.expected.value")
    /// write it as a decimal
    package static let hintWriteAsDecimal = MessageID("hint.syntax.write_as_decimal")
    /// expected , or ) to close {1}(
    package static let expectedCallEnd = MessageID("syntax.expected.call_end")
    /// the call opened here
    package static let hintCallOpenedHere = MessageID("hint.syntax.call_opened_here")
    /// expected ) to close (
    package static let expectedParenClose = MessageID("syntax.expected.paren_close")
    /// expected a value, a column or a function, found '{1}'
    package static let expectedValueFound = MessageID("syntax.expected.value_found")

    // MARK: - the shape of a command line

    /// e.g. explain stations | group 乡镇 | count
    package static let hintExplainExample = MessageID("hint.syntax.explain_example")
    /// expected a name after let
    package static let expectedNameAfterLet = MessageID("syntax.expected.name_after_let")
    /// expected = after let {1}
    package static let expectedEqualsAfterLet = MessageID("syntax.expected.equals_after_let")
    /// let NAME = pipeline
    package static let hintLetForm = MessageID("hint.syntax.let_form")
    /// expected a command
    package static let expectedCommand = MessageID("syntax.expected.command")
    /// expected a command after |
    package static let expectedCommandAfterBar = MessageID("syntax.expected.command_after_bar")
    /// expected a command name, found '{1}'
    package static let expectedCommandName = MessageID("syntax.expected.command_name")

    // MARK: - text written without quotes

    /// put the text in quotes: {1}
    package static let hintQuoteText = MessageID("hint.bind.quote_text")

    // MARK: - binding: window functions and text (the analyst's verbs; texts in zh/CatalogZhAnalyst.swift)

    /// e.g. … | derive 序号 = {1}(…)
    package static let hintWindowInDerive = MessageID("hint.window_in_derive")
    /// derive computes row by row: cumsum(x) and share(x) look at the other rows; sum() belongs in agg
    package static let hintAggregateInDerive = MessageID("hint.aggregate_in_derive")
    /// + joins two texts: write text(x) for a number or a date, or concat(a, b)
    package static let hintJoinText = MessageID("hint.join_text")
}
