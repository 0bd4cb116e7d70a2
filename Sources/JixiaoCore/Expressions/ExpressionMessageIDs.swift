// The identifiers of the expression engine's texts that are not a diagnostic's own message: why a function
// does not take its arguments. Each keys one template in every language's catalog (zh/CatalogZhAnalyst.swift,
// en/CatalogEnAnalyst.swift); the summary of each constant quotes its English template. A function's own line
// of help is under the key `function.NAME` (see `ScalarFunction.summary(in:)`).

extension MessageID {
    /// {1} takes a text first
    package static let functionTextFirst = MessageID("function_error.text_first")
    /// {1}'s start and length are whole numbers
    package static let functionStartAndLength = MessageID("function_error.start_and_length")
    /// {1}'s count is a whole number
    package static let functionCount = MessageID("function_error.count")
    /// {1} takes text
    package static let functionTakesText = MessageID("function_error.takes_text")
    /// matches takes its pattern as a text in quotes
    package static let functionPatternLiteral = MessageID("function_error.pattern_literal")
    /// the pattern {1} is not a regular expression: {2}
    package static let functionPatternInvalid = MessageID("function_error.pattern_invalid")
    /// the pattern is longer than {1} characters
    package static let functionPatternTooLong = MessageID("function_error.pattern_too_long")
    /// {1}'s second argument is "asc" (from the smallest) or "desc" (from the largest, the default)
    package static let functionRankOrder = MessageID("function_error.rank_order")
    /// {1} ranks numbers, dates or texts
    package static let functionRanks = MessageID("function_error.ranks")
    /// {1} takes numbers; this is {2}
    package static let functionTakesNumbers = MessageID("function_error.takes_numbers")
    /// {1}'s second argument is a whole number of rows, 0 or more
    package static let functionRowOffset = MessageID("function_error.row_offset")
}
