// The identifiers of the language area's texts that are not a diagnostic's own message (hints, notices, details,
// names), in the form of MessageIDs.swift: the summary of each quotes its English template.

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
}
