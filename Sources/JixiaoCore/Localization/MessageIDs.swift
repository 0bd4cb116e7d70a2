// The identifiers of texts that are not a diagnostic's own message: hints, notices, labels and help, grouped
// by area. Like diagnostic codes, each keys one template in every language's catalog (Catalog+zh.swift,
// Catalog+en.swift); the summary of each constant quotes its English template.

extension MessageID {
    // MARK: - hints shared by many errors

    /// did you mean {1}?
    package static let hintDidYouMean = MessageID("hint.did_you_mean")
    /// columns: {1}
    package static let hintColumns = MessageID("hint.columns")
    /// the table has no columns
    package static let hintNoColumns = MessageID("hint.no_columns")

    // MARK: - lists

    /// {1}: a whole list (its names joined by `list.separator`)
    package static let listAll = MessageID("list.all")
    /// {1}, … ({2} more): a list cut after its first names
    package static let listCut = MessageID("list.cut")
}

extension MessageID {
    // MARK: - evaluation: what the form still has to explain (texts of the form: said in Chinese, see FindingText)

    /// 超预算执行 {1} 万元（执行率 {2}%）: a fund spent over its budget, by how much
    package static let findingOverspent = MessageID("finding.overspent")
    /// 无预算支出 {1} 万元: a fund spent with no budget
    package static let findingSpentWithoutBudget = MessageID("finding.spent_without_budget")
    /// 有预算未到位（全年预算数 {1} 万元，到位 0）: a fund budgeted and never received
    package static let findingBudgetWithoutReceipts = MessageID("finding.budget_without_receipts")
    /// 超预算执行: the kind alone
    package static let findingOverspentLabel = MessageID("finding.overspent_label")
    /// 无预算支出: the kind alone
    package static let findingSpentWithoutBudgetLabel = MessageID("finding.spent_without_budget_label")
    /// 有预算未到位: the kind alone
    package static let findingBudgetWithoutReceiptsLabel = MessageID("finding.budget_without_receipts_label")
    /// explain the overspending and where its money came from
    package static let findingOverspentAction = MessageID("finding.overspent_action")
    /// give the grounds for the spending and where its money came from
    package static let findingSpentWithoutBudgetAction = MessageID("finding.spent_without_budget_action")
    /// check whether the money was received
    package static let findingReceiptsAction = MessageID("finding.receipts_action")
    /// {1}: {2}: a fund's name and its flags
    package static let findingFundFlags = MessageID("finding.fund_flags")
    /// Funds: {1}. The execution score stops at its 分值, which hides none of this …: the form's note
    package static let findingFundsNote = MessageID("finding.funds_note")
    /// short of 分值, no reason given
    package static let findingShortfallLabel = MessageID("finding.shortfall_label")
    /// write its 偏差原因分析及改进措施 (the reason and the remedy)
    package static let findingShortfallAction = MessageID("finding.shortfall_action")
    /// actual {1} against a target of {2}, {3}: a shortfall with the share reached
    package static let findingShortfall = MessageID("finding.shortfall")
    /// actual {1} against a target of {2}: a shortfall of a 定性 indicator
    package static let findingShortfallPlain = MessageID("finding.shortfall_plain")
    /// {1}% reached
    package static let findingReached = MessageID("finding.reached")
    /// {1}% over
    package static let findingExceeded = MessageID("finding.exceeded")
    /// {1}, scoring {2} of {3}
    package static let findingScored = MessageID("finding.scored")
    /// {1}: {2}: a text under the name it is about
    package static let findingNamed = MessageID("finding.named")
    /// [draft] {1}; the reason is to be written.
    package static let findingDraftedCell = MessageID("finding.drafted_cell")
    /// [draft]: for an indicator short of its 分值 with no reason …: the mof form's note
    package static let findingDraftNote = MessageID("finding.draft_note")
    /// [draft] shortfalls (…): {1}.: the hubei form's note
    package static let findingDraftsNote = MessageID("finding.drafts_note")
    /// Note: 执行率 = 全年执行数 ÷ 全年预算数 … computed from the unrounded 执行率 …: the form's first note
    package static let findingExecutionRule = MessageID("finding.execution_rule")
    /// What the form still has to explain: the audit's second table
    package static let findingDataTitle = MessageID("finding.data_title")
    /// finding: a column of that table
    package static let findingHeaderFinding = MessageID("finding.header.finding")
    /// where: a column of that table
    package static let findingHeaderWhere = MessageID("finding.header.where")
    /// what the data give: a column of that table
    package static let findingHeaderSituation = MessageID("finding.header.situation")
    /// what is needed: a column of that table
    package static let findingHeaderNeeded = MessageID("finding.header.needed")
    /// {1} to explain: {2}.: the line under that table
    package static let findingDataSummary = MessageID("finding.data_summary")
    /// {1} {2}: a kind and how many
    package static let findingCount = MessageID("finding.count")
    /// {1}, {2}: two items of a short list
    package static let findingAnd = MessageID("finding.and")
    /// {1}; {2}: two items of a list of clauses
    package static let findingThen = MessageID("finding.then")

    // MARK: - evaluation: hints

    /// {1} belongs under {2}: a 二级指标 under the wrong 一级指标
    package static let hintLevelBelongsUnder = MessageID("hint.level_belongs_under")
    /// the short form without 指标 is accepted too, e.g. {1}
    package static let hintLevelShortForm = MessageID("hint.level_short_form")

    // MARK: - review

    /// review DIR takes a folder holding one folder per project
    package static let hintReviewFolder = MessageID("hint.review_folder")
    /// each project's folder holds its project.csv, budgets.csv, funds.csv, indicators.csv …
    package static let hintReviewProjects = MessageID("hint.review_projects")
}

extension Message {
    /// Names, comma-separated; past `limit` the rest are counted, so that a file of ten thousand columns does
    /// not turn one hint into a page.
    package static func list(_ names: [String], limit: Int = 20) -> Message {
        guard names.count > limit else { return Message(key: MessageID.listAll.rawValue, arguments: [.list(names)]) }
        return Message(key: MessageID.listCut.rawValue, arguments: [.list(Array(names.prefix(limit))), .verbatim(String(names.count - limit))])
    }

    /// A message with another message as its one argument (a hint naming a list).
    package init(_ key: MessageID, _ argument: Message) {
        self.init(key: key.rawValue, arguments: [.message(argument)])
    }
}
