import JixiaoCore

// The identifiers of the evaluation's interface texts that are not a diagnostic's own message: hints, and the
// parts errors are made of. Each keys one template in every language's catalog (zh/CatalogZhEvaluation.swift,
// en/CatalogEnEvaluation.swift); the summary of each constant quotes its English template. The form's own
// labels (一级指标, 得分 …) are the documents' words and stay Chinese in both languages.

extension MessageID {
    /// {1} row {2}: a row of a dataset made in the session, which has no file to name
    package static let evaluationRowPlace = MessageID("evaluation.row_place")
    /// {1}: {2}: an error placed at a row, or about a whole dataset
    package static let evaluationAt = MessageID("evaluation.at")
    /// nothing: what an error says was found in an empty cell
    package static let evaluationNothing = MessageID("evaluation.nothing")
    /// (empty): an empty 资金名称
    package static let evaluationEmptyName = MessageID("evaluation.empty_name")
    /// its columns: {1}
    package static let evaluationHintColumns = MessageID("evaluation.hint_columns")
    /// write digits only, e.g. 40 or 12.5
    package static let evaluationHintDigits = MessageID("evaluation.hint_digits")
    /// every fund that is received or spent needs its budget: {1}
    package static let evaluationHintFundBudgets = MessageID("evaluation.hint_fund_budgets")
    /// add the column, or choose another template
    package static let evaluationHintAddColumn = MessageID("evaluation.hint_add_column")
    /// e.g. stations | count
    package static let evaluationHintQueryExample = MessageID("evaluation.hint_query_example")
    /// e.g. 自评报告“带动就业1000余人”
    package static let evaluationHintSourceExample = MessageID("evaluation.hint_source_example")
    /// adjust the {1} column
    package static let evaluationHintAdjustColumn = MessageID("evaluation.hint_adjust_column")
    /// when no rows is a real 0, wrap the aggregate in coalesce(…, 0)
    package static let evaluationHintCoalesce = MessageID("evaluation.hint_coalesce")
    /// a recorded figure is digits only; its wording goes in 来源
    package static let evaluationHintDigitsOnly = MessageID("evaluation.hint_digits_only")
    /// write a share within the band, or another level
    package static let evaluationHintShare = MessageID("evaluation.hint_share")
    /// {1}%: the top of a band that includes it
    package static let evaluationPercent = MessageID("evaluation.percent")
    /// below {1}%: the top of a band that excludes it
    package static let evaluationBelowPercent = MessageID("evaluation.below_percent")
    /// write what the report states, e.g. 100 or 已完成
    package static let evaluationHintStated = MessageID("evaluation.hint_stated")
    /// one of {1}
    package static let evaluationHintOneOf = MessageID("evaluation.hint_one_of")
    /// add a row: {1},<text>
    package static let evaluationHintAddRow = MessageID("evaluation.hint_add_row")
}
