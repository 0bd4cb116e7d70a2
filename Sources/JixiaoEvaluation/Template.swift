import JixiaoCore

/// A layout and weighting of the 项目支出绩效自评表.
///
/// Each template reads every indicator's 分值 from its own column of the indicators file (`分值` for mof,
/// `湖北分值` for hubei), so an indicator can weigh differently in each; a row with that cell empty is left out
/// of the template. Weights are never scaled from one template to the other: scaled weights would not be
/// round numbers, and a bureau assigns them.
package struct EvaluationTemplate: Sendable, Equatable {
    package enum Identifier: String, Sendable, CaseIterable {
        case mof
        case hubei
    }

    package let id: Identifier
    /// The name shown above the tables.
    package let title: String
    /// The 分值 of the execution rate (执行率 × 分值).
    package let executionWeight: ExactDecimal
    /// The indicators file's column holding this template's 分值.
    package let scoreColumn: String
    /// The fixed weight of each 一级指标, when the template fixes them (mof); otherwise only the total is fixed.
    package let levelWeights: [String: ExactDecimal]
    /// What the indicators' 分值 must add up to.
    package let indicatorTotal: ExactDecimal
    /// Qualitative indicators: the lowest share (in %) of 分值 for 达成 and for 部分达成; 未达成 is below the latter.
    package let achievedFloor: ExactDecimal
    package let partialFloor: ExactDecimal

    /// The Ministry of Finance form (财预〔2020〕10号): 执行率 10, 产出 50, 效益 30, 满意度 10.
    package static let mof = EvaluationTemplate(
        id: .mof, title: "财政部模板（执行率10分，产出50分，效益30分，满意度10分）", executionWeight: ExactDecimal(10),
        scoreColumn: "分值", levelWeights: ["产出指标": ExactDecimal(50), "效益指标": ExactDecimal(30), "满意度指标": ExactDecimal(10)],
        indicatorTotal: ExactDecimal(90), achievedFloor: ExactDecimal(80), partialFloor: ExactDecimal(60))

    /// The Hubei (Huangshi) local form: 预算执行情况 20, 年度绩效目标 80.
    package static let hubei = EvaluationTemplate(
        id: .hubei, title: "湖北模板（预算执行20分，年度绩效目标80分）", executionWeight: ExactDecimal(20),
        scoreColumn: "湖北分值", levelWeights: [:], indicatorTotal: ExactDecimal(80),
        achievedFloor: ExactDecimal(80), partialFloor: ExactDecimal(50))

    package static let all = [mof, hubei]

    package static func named(_ name: String) -> EvaluationTemplate? {
        all.first { $0.id.rawValue == name.lowercased() }
    }

    /// 执行率 plus the indicators: 100.
    package var fullMarks: ExactDecimal {
        ExactDecimal.adding(executionWeight, indicatorTotal) ?? indicatorTotal
    }
}
