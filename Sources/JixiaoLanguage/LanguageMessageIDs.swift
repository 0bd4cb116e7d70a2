import JixiaoCore

// The identifiers of the binder's texts that are not a diagnostic's own message: hints. Each keys one template
// in every language's catalog (zh/CatalogZhAnalyst.swift, en/CatalogEnAnalyst.swift); the summary of each
// constant quotes its English template.

extension MessageID {
    /// e.g. … | derive 序号 = {1}(…)
    package static let hintWindowInDerive = MessageID("hint.window_in_derive")
    /// derive computes row by row: cumsum(x) and share(x) look at the other rows; sum() belongs in agg
    package static let hintAggregateInDerive = MessageID("hint.aggregate_in_derive")
    /// + joins two texts: write text(x) for a number or a date, or concat(a, b)
    package static let hintJoinText = MessageID("hint.join_text")
}
