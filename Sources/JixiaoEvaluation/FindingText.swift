import JixiaoCore

/// A text a reader sees, in Chinese (what the form, its notes and the evaluation's tables print: the form is a
/// Chinese document) and in English, kept together so that the translation catalog can take both over.
package struct Phrase: Sendable, Equatable {
    package let chinese: String
    package let english: String

    package init(_ chinese: String, english: String) {
        self.chinese = chinese
        self.english = english
    }
}

/// The texts of what the evaluation finds beyond the scores (funds spent over or without a budget, shortfalls
/// without a reason, how the execution score is computed), in one place.
package enum FindingText {
    // MARK: - Funds

    /// Short labels, for a findings table's first column.
    package static let overspentLabel = Phrase("超预算执行", english: "spent over budget")
    package static let spentWithoutBudgetLabel = Phrase("无预算支出", english: "spent without a budget")
    package static let budgetWithoutReceiptsLabel = Phrase("有预算未到位", english: "budgeted, nothing received")

    /// `超预算执行 1.00 万元（执行率 120.00%）`.
    static func overspent(_ wan: ExactDecimal, rate: ExactDecimal?) -> Phrase {
        let shown = rate.map { "（执行率 \($0.description)%）" } ?? ""
        let english = rate.map { " (执行率 \($0.description)%)" } ?? ""
        return Phrase("超预算执行 \(wan.description) 万元" + shown, english: "spent \(wan.description) 万元 over its 全年预算数" + english)
    }

    static func spentWithoutBudget(_ wan: ExactDecimal) -> Phrase {
        Phrase("无预算支出 \(wan.description) 万元", english: "spent \(wan.description) 万元 with no 全年预算数")
    }

    static func budgetWithoutReceipts(_ wan: ExactDecimal) -> Phrase {
        Phrase("有预算未到位（全年预算数 \(wan.description) 万元，到位 0）", english: "a 全年预算数 of \(wan.description) 万元 and nothing received")
    }

    /// The form's note on the funds' findings (`电商培训经费 超预算执行 1.00 万元（执行率 120.00%）`) and what the
    /// score does with them.
    static func fundsNote(_ lines: [String]) -> Phrase {
        Phrase("资金执行提示：" + lines.joined(separator: "；") + "。执行得分以分值为限，上述情况不因此隐去，须在偏差原因分析中说明。",
               english: "Funds: " + lines.joined(separator: "; ") + ". The execution score stops at its 分值, which hides none of this: the 偏差原因分析 has to explain it.")
    }

    /// What the finding asks of whoever fills in the form.
    package static let overspentAction = Phrase("说明超支原因及超支资金的来源", english: "explain the overspending and where its money came from")
    package static let spentWithoutBudgetAction = Phrase("说明无预算支出的依据及资金来源", english: "give the grounds for the spending and where its money came from")
    package static let receiptsAction = Phrase("核实资金是否到位", english: "check whether the money was received")

    // MARK: - Shortfalls

    /// Marks a drafted 偏差原因分析 for the analyst to check and complete.
    package static let draftMark = Phrase("【草拟】", english: "[draft] ")
    package static let shortfallLabel = Phrase("得分未满未写原因", english: "short of 分值, no reason given")
    package static let shortfallAction = Phrase("补写偏差原因分析及改进措施", english: "write its 偏差原因分析及改进措施 (the reason and the remedy)")

    /// The shortfall in figures: actual against target, and the share of the target reached (正向) or by which
    /// it is exceeded (反向): `实际72人次，目标≥80人次，完成90.00%`.
    static func shortfall(actual: String, target: String, share: Phrase?) -> Phrase {
        Phrase("实际\(actual)，目标\(target)" + (share.map { "，" + $0.chinese } ?? ""),
               english: "actual \(actual) against a target of \(target)" + (share.map { ", " + $0.english } ?? ""))
    }

    /// The shortfall with its score, for a list that shows no score column: `…，得9.00分（分值10）`.
    static func scored(_ shortfall: Phrase, score: ExactDecimal, weight: ExactDecimal) -> Phrase {
        Phrase(shortfall.chinese + "，得\(score.description)分（分值\(weight.trimmed)）",
               english: shortfall.english + ", scoring \(score.description) of \(weight.trimmed)")
    }

    /// A drafted cell: the mark, the shortfall, and what is still to be written.
    static func draftedCell(_ shortfall: Phrase) -> Phrase {
        Phrase(draftMark.chinese + shortfall.chinese + "；原因待补。", english: draftMark.english + shortfall.english + "; the reason is to be written.")
    }

    /// `完成90.00%`: the share of a 正向 target reached.
    static func reached(_ percent: ExactDecimal) -> Phrase {
        Phrase("完成\(percent.description)%", english: "\(percent.description)% reached")
    }

    /// `超出4.93%`: by how much a 反向 target is exceeded.
    static func exceeded(_ percent: ExactDecimal) -> Phrase {
        Phrase("超出\(percent.description)%", english: "\(percent.description)% over")
    }

    /// The form's note on drafted lines (mof: they stand in the 偏差原因分析及改进措施 column).
    static let draftNote = Phrase("【草拟】：得分未满而 indicators 未写偏差原因的指标，按数据草拟的偏差说明，须由分析人员核实并补写原因及改进措施。",
                                  english: "[draft]: for an indicator short of its 分值 with no reason in indicators, a line drafted from the data, for the analyst to check and complete with the reason and remedy.")

    /// The hubei form has no per-indicator column: its drafted lines go into a note.
    static func draftsNote(_ lines: [String]) -> Phrase {
        Phrase("【草拟】偏差说明（indicators 未写原因，须由分析人员核实并补写原因及改进措施）：" + lines.joined(separator: "；") + "。",
               english: "[draft] shortfalls (no reason in indicators; for the analyst to check and complete with the reason and remedy): " + lines.joined(separator: "; ") + ".")
    }

    // MARK: - How the execution score is computed

    /// The form's first note: the rule, and why a score recomputed from the printed 执行率 can differ by 0.01.
    static func executionRule(weight: ExactDecimal) -> Phrase {
        Phrase("注：执行率 = 全年执行数 ÷ 全年预算数，表中保留两位小数；执行得分 = 执行率 × \(weight.description)，由未经四舍五入的执行率算出，"
               + "再四舍五入保留两位小数，不超过分值，故按表中执行率复算可能相差 0.01；合计均由元的精确合计折算为万元。",
               english: "Note: 执行率 = 全年执行数 ÷ 全年预算数, shown to two decimals; the execution score = 执行率 × \(weight.description), computed from "
               + "the unrounded 执行率, then rounded half up to two decimals and never above 分值, so a score recomputed from the printed 执行率 "
               + "can differ by 0.01; every 合计 is the exact sum in 元, turned into 万元.")
    }

    // MARK: - Audit of the data themselves

    package static let dataFindingsTitle = Phrase("自评表待说明事项", english: "What the form still has to explain")
    package static let dataFindingsHeader = [Phrase("事项", english: "finding"), Phrase("位置", english: "where"),
                                             Phrase("情况", english: "what the data give"), Phrase("需要", english: "what is needed")]

    static func dataFindingsSummary(_ counts: [(label: Phrase, count: Int)]) -> Phrase {
        let total = counts.map(\.count).reduce(0, +)
        let present = counts.filter { $0.count > 0 }
        return Phrase("\(total) 处待说明：" + present.map { "\($0.label.chinese) \($0.count) 项" }.joined(separator: "，") + "。",
                      english: "\(total) to explain: " + present.map { "\($0.label.english) \($0.count)" }.joined(separator: ", ") + ".")
    }
}
