import JixiaoCore

/// How an indicator is scored: more is better, less is better, or judged by level.
package enum Direction: String, Sendable, CaseIterable {
    /// Target "≥X": full 分值 at or above it.
    case positive = "正向"
    /// Target "≤X" (a cost): full 分值 at or below it.
    case negative = "反向"
    /// Judged by level (达成 / 部分达成 / 未达成).
    case qualitative = "定性"

    /// The sign written before a target: ≥ or ≤.
    package var targetSign: String {
        switch self {
        case .positive: return "≥"
        case .negative: return "≤"
        case .qualitative: return ""
        }
    }
}

/// The level of a qualitative indicator.
package enum QualitativeLevel: String, Sendable, CaseIterable {
    case achieved = "达成预期指标"
    case partial = "部分达成预期指标并具有一定效果"
    case failed = "未达成预期指标且效果较差"

    /// Reads a level, by its full name or its short form (达成 / 部分达成 / 未达成), optionally followed by the
    /// share of 分值 it earns: `部分达成 70%`. Nil when the text names no level.
    package static func parse(_ text: String) -> (level: QualitativeLevel, percent: ExactDecimal?)? {
        var body = text.trimmingSpaces()
        var percent: ExactDecimal?
        // A trailing share: 70%, 70％, （70%）, (70%).
        for bracket in [("（", "）"), ("(", ")")] where body.hasSuffix(bracket.1) {
            if let open = body.lastIndex(of: Character(bracket.0)) {
                let inner = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
                if let share = Self.share(inner) {
                    percent = share
                    body = String(body[..<open]).trimmingSpaces()
                }
            }
        }
        if percent == nil, let space = body.lastIndex(where: { $0 == " " || $0 == "\u{3000}" }) {
            if let share = Self.share(String(body[body.index(after: space)...])) {
                percent = share
                body = String(body[..<space]).trimmingSpaces()
            }
        }
        let level: QualitativeLevel
        if body.hasPrefix("未达成") {
            level = .failed
        } else if body.hasPrefix("部分达成") {
            level = .partial
        } else if body.hasPrefix("达成") {
            level = .achieved
        } else {
            return nil
        }
        // Only the level's own words may follow its short form.
        guard level.rawValue.hasPrefix(body) else { return nil }
        return (level, percent)
    }

    /// `70%` or `70％` as 70.
    static func share(_ text: String) -> ExactDecimal? {
        var body = text.trimmingSpaces()
        guard body.hasSuffix("%") || body.hasSuffix("％") else { return nil }
        body.removeLast()
        return ExactDecimal(parsing: body.trimmingSpaces())
    }

    /// The shares of 分值 (in %) this level may earn in a template; the upper bound is excluded except for 达成.
    package func band(in template: EvaluationTemplate) -> (low: ExactDecimal, high: ExactDecimal) {
        switch self {
        case .achieved: return (template.achievedFloor, ExactDecimal(100))
        case .partial: return (template.partialFloor, template.achievedFloor)
        case .failed: return (ExactDecimal.zero, template.partialFloor)
        }
    }

    /// The share a level earns when none is written: full for 达成 (DOMAIN §3), the bottom of the band for the
    /// others, so that a lower level never scores more than it can show.
    package func defaultShare(in template: EvaluationTemplate) -> ExactDecimal {
        self == .achieved ? ExactDecimal(100) : band(in: template).low
    }
}

/// The official scoring rules (财预〔2020〕10号; DOMAIN.md §3), exact and rounded half up to two decimals,
/// never above 分值 and never below zero.
package enum ScoringRules {
    package static let scoreScale = 2

    /// 执行率 in % to two decimals: 全年执行数 / 全年预算数 × 100; nil when the budget is zero.
    package static func executionRate(executed: ExactDecimal, budget: ExactDecimal) throws -> ExactDecimal? {
        try Exact.scaledRatio(executed, times: ExactDecimal(100), over: budget, scale: scoreScale, "执行率")
    }

    /// 执行率 × 分值, from the exact ratio (not from the rounded rate); zero when the budget is zero.
    package static func executionScore(executed: ExactDecimal, budget: ExactDecimal, weight: ExactDecimal) throws -> ExactDecimal {
        guard let score = try Exact.scaledRatio(executed, times: weight, over: budget, scale: scoreScale, "执行率得分") else {
            return zeroScore
        }
        return clamp(score, weight)
    }

    /// A quantitative indicator's score.
    ///
    /// 正向: full when actual ≥ target, else actual / target × 分值.
    /// 反向: full when actual ≤ target; (1 − (actual − target) / target) × 分值 below 2 × target; 0 from there up.
    package static func quantitative(_ direction: Direction, target: ExactDecimal, actual: ExactDecimal, weight: ExactDecimal) throws -> ExactDecimal {
        switch direction {
        case .positive:
            if actual >= target { return clamp(weight, weight) }
            guard target.units > 0, actual.units > 0 else { return zeroScore }
            return clamp(try Exact.scaledRatio(actual, times: weight, over: target, scale: scoreScale, "得分") ?? zeroScore, weight)
        case .negative:
            if actual <= target { return clamp(weight, weight) }
            guard target.units > 0 else { return zeroScore }
            let twice = try Exact.add(target, target, "年度指标值")
            guard actual < twice else { return zeroScore }
            // (1 − (a − t) / t) × w = (2t − a) × w / t
            let room = try Exact.subtract(twice, actual, "得分")
            return clamp(try Exact.scaledRatio(room, times: weight, over: target, scale: scoreScale, "得分") ?? zeroScore, weight)
        case .qualitative:
            return zeroScore
        }
    }

    /// A qualitative indicator's score: 分值 × share / 100, the share checked against the level's band.
    package static func qualitative(_ level: QualitativeLevel, share: ExactDecimal?, weight: ExactDecimal,
                                   template: EvaluationTemplate) throws -> ExactDecimal {
        let band = level.band(in: template)
        let chosen = share ?? level.defaultShare(in: template)
        let inBand = chosen >= band.low && (level == .achieved ? chosen <= band.high : chosen < band.high)
        guard inBand else {
            let upper = Message(level == .achieved ? .evaluationPercent : .evaluationBelowPercent, band.high.description)
            throw Diagnostic(.input, code: .templateOutsideBand, text: Message(key: DiagnosticCode.templateOutsideBand.rawValue, arguments: [
                .verbatim(chosen.description), .verbatim(level.rawValue), .verbatim(template.id.rawValue), .verbatim(band.low.description), .message(upper),
            ]), hint: Message(.evaluationHintShare))
        }
        return clamp(try Exact.scaledRatio(weight, times: chosen, over: ExactDecimal(100), scale: scoreScale, "得分") ?? zeroScore, weight)
    }

    /// The grade of a total: ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差.
    package static func grade(_ total: ExactDecimal) -> Grade {
        if total >= ExactDecimal(90) { return .excellent }
        if total >= ExactDecimal(80) { return .good }
        if total >= ExactDecimal(60) { return .fair }
        return .poor
    }

    static let zeroScore = ExactDecimal(units: 0, scale: scoreScale)

    /// A score between 0 and 分值, at two decimals.
    static func clamp(_ score: ExactDecimal, _ weight: ExactDecimal) -> ExactDecimal {
        let capped = score > weight ? weight : score
        let floored = capped.units < 0 ? zeroScore : capped
        return floored.rounded(toScale: scoreScale) ?? floored
    }
}

/// 自评等级.
package enum Grade: String, Sendable, CaseIterable {
    case excellent = "优"
    case good = "良"
    case fair = "中"
    case poor = "差"
}
