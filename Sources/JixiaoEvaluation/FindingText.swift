import JixiaoCore

extension Message {
    /// The message as the form prints it. The form, its notes and the evaluation's tables are results, and a
    /// Chinese document whatever the interface's language: said in Chinese (the catalogs hold the English too).
    package var formText: String { text(in: .zh) }
}

/// The messages of what the evaluation finds beyond the scores: funds spent over or without a budget, shortfalls
/// without a reason, how the execution score is computed. Their texts are in the catalogs' evaluation area
/// (`zh/CatalogZhEvaluation.swift`, `en/CatalogEnEvaluation.swift`); this builds them from the figures.
package enum FindingText {
    // MARK: - Funds

    package static let overspentLabel = Message(.findingOverspentLabel)
    package static let spentWithoutBudgetLabel = Message(.findingSpentWithoutBudgetLabel)
    package static let budgetWithoutReceiptsLabel = Message(.findingBudgetWithoutReceiptsLabel)

    package static let overspentAction = Message(.findingOverspentAction)
    package static let spentWithoutBudgetAction = Message(.findingSpentWithoutBudgetAction)
    package static let receiptsAction = Message(.findingReceiptsAction)

    /// `超预算执行 1.00 万元（执行率 120.00%）`.
    static func overspent(_ wan: ExactDecimal, rate: ExactDecimal?) -> Message {
        Message(.findingOverspent, wan.description, rate?.description ?? "—")
    }

    static func spentWithoutBudget(_ wan: ExactDecimal) -> Message {
        Message(.findingSpentWithoutBudget, wan.description)
    }

    static func budgetWithoutReceipts(_ wan: ExactDecimal) -> Message {
        Message(.findingBudgetWithoutReceipts, wan.description)
    }

    /// One fund's flags after its name: `电商培训经费 超预算执行 1.00 万元（执行率 120.00%）`.
    static func fundFlags(_ fund: String, _ flags: [Message]) -> Message {
        Message(key: MessageID.findingFundFlags.rawValue, arguments: [.verbatim(fund), .message(joined(flags, by: .findingAnd))])
    }

    /// The form's note on the funds' findings and what the score does with them.
    static func fundsNote(_ lines: [Message]) -> Message {
        Message(.findingFundsNote, joined(lines, by: .findingThen))
    }

    // MARK: - Shortfalls

    package static let shortfallLabel = Message(.findingShortfallLabel)
    package static let shortfallAction = Message(.findingShortfallAction)

    /// The shortfall in figures: actual against target, and the share of the target reached (正向) or by which it
    /// is exceeded (反向): `实际72人次，目标≥80人次，完成90.00%`.
    static func shortfall(actual: String, target: String, share: Message?) -> Message {
        guard let share else { return Message(.findingShortfallPlain, actual, target) }
        return Message(key: MessageID.findingShortfall.rawValue, arguments: [.verbatim(actual), .verbatim(target), .message(share)])
    }

    /// `完成90.00%`: the share of a 正向 target reached.
    static func reached(_ percent: ExactDecimal) -> Message {
        Message(.findingReached, percent.description)
    }

    /// `超出4.93%`: by how much a 反向 target is exceeded.
    static func exceeded(_ percent: ExactDecimal) -> Message {
        Message(.findingExceeded, percent.description)
    }

    /// The shortfall with its score, for a list that shows no score column: `…，得9.00分（分值10）`.
    static func scored(_ shortfall: Message, score: ExactDecimal, weight: ExactDecimal) -> Message {
        Message(key: MessageID.findingScored.rawValue, arguments: [.message(shortfall), .verbatim(score.description), .verbatim(weight.trimmed)])
    }

    /// `站点月均服务人次：…`: a text under the name it is about.
    static func named(_ name: String, _ text: Message) -> Message {
        Message(key: MessageID.findingNamed.rawValue, arguments: [.verbatim(name), .message(text)])
    }

    /// A drafted cell: the draft's mark, the shortfall, and what is still to be written.
    package static func draftedCell(_ shortfall: Message) -> Message {
        Message(.findingDraftedCell, shortfall)
    }

    /// The mof form's note on its drafted cells.
    static let draftNote = Message(.findingDraftNote)

    /// The hubei form has no per-indicator column: its drafted lines go into a note.
    static func draftsNote(_ lines: [Message]) -> Message {
        Message(.findingDraftsNote, joined(lines, by: .findingThen))
    }

    // MARK: - How the execution score is computed

    /// The form's first note: the rule, and why a score recomputed from the printed 执行率 can differ by 0.01.
    static func executionRule(weight: ExactDecimal) -> Message {
        Message(.findingExecutionRule, weight.description)
    }

    // MARK: - Audit of the data themselves

    package static let dataFindingsTitle = Message(.findingDataTitle)
    package static let dataFindingsHeader = [Message(.findingHeaderFinding), Message(.findingHeaderWhere),
                                             Message(.findingHeaderSituation), Message(.findingHeaderNeeded)]

    /// `6 处待说明：超预算执行 1 项，得分未满未写原因 5 项。`
    static func dataFindingsSummary(_ counts: [(label: Message, count: Int)]) -> Message {
        let total = counts.map(\.count).reduce(0, +)
        let parts = counts.filter { $0.count > 0 }.map { Message(key: MessageID.findingCount.rawValue, arguments: [.message($0.label), .verbatim(String($0.count))]) }
        return Message(key: MessageID.findingDataSummary.rawValue, arguments: [.verbatim(String(total)), .message(joined(parts, by: .findingAnd))])
    }

    // MARK: - Lists

    /// Messages joined pairwise by a template of two placeholders (`{1}，{2}`), so that each language joins
    /// them with its own punctuation.
    static func joined(_ messages: [Message], by pair: MessageID) -> Message {
        guard var result = messages.first else { return .verbatim("") }
        for next in messages.dropFirst() {
            result = Message(key: pair.rawValue, arguments: [.message(result), .message(next)])
        }
        return result
    }
}
