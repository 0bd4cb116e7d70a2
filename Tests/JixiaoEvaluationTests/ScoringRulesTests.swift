import JixiaoCore
import JixiaoEvaluation
import Testing

/// The rules of DOMAIN.md §3 at their boundaries, exact to the hundredth.
@Suite struct ScoringRulesTests {
    func d(_ text: String) -> ExactDecimal {
        ExactDecimal(parsing: text) ?? ExactDecimal(-999_999)
    }

    func positive(_ target: String, _ actual: String, weight: String) throws -> String {
        try ScoringRules.quantitative(.positive, target: d(target), actual: d(actual), weight: d(weight)).description
    }

    func negative(_ target: String, _ actual: String, weight: String) throws -> String {
        try ScoringRules.quantitative(.negative, target: d(target), actual: d(actual), weight: d(weight)).description
    }

    // MARK: - 正向

    @Test func positiveAtOrAboveTargetScoresFull() throws {
        #expect(try positive("139", "139", weight: "10") == "10.00")
        #expect(try positive("139", "200", weight: "10") == "10.00")
    }

    @Test func positiveBelowTargetScoresItsShare() throws {
        // 138 / 139 × 10 = 9.928… → 9.93
        #expect(try positive("139", "138", weight: "10") == "9.93")
        // 36 / 40 × 15 = 13.5
        #expect(try positive("40", "36", weight: "15") == "13.50")
        #expect(try positive("40", "0", weight: "15") == "0.00")
    }

    @Test func roundingIsHalfUpOnTheExactValue() throws {
        // 811 / 2000 × 10 = 4.055 exactly; half up gives 4.06 (binary floating point would give 4.05).
        #expect(try positive("2000", "811", weight: "10") == "4.06")
        // 40.55 / 50 × 5 = 4.055 → 4.06
        #expect(try positive("50", "40.55", weight: "5") == "4.06")
        // 4.054 stays 4.05: 2027 / 5000 × 10 = 4.054
        #expect(try positive("5000", "2027", weight: "10") == "4.05")
    }

    // MARK: - 反向

    @Test func negativeAtOrBelowTargetScoresFull() throws {
        #expect(try negative("432.9", "422.21", weight: "5") == "5.00")
        #expect(try negative("432.9", "432.9", weight: "5") == "5.00")
    }

    @Test func negativeBetweenTargetAndTwiceTargetFallsLinearly() throws {
        // (1 − (314.80 − 300) / 300) × 10 = 285.2 / 300 × 10 = 9.5066… → 9.51
        #expect(try negative("300", "314.80", weight: "10") == "9.51")
        // halfway to twice the target: (1 − 150 / 300) × 10 = 5
        #expect(try negative("300", "450", weight: "10") == "5.00")
        // just below twice the target: (1 − 299.99 / 300) × 10 = 0.0003… → 0.00
        #expect(try negative("300", "599.99", weight: "10") == "0.00")
    }

    @Test func negativeFromTwiceTargetUpScoresZero() throws {
        #expect(try negative("300", "600", weight: "10") == "0.00")
        #expect(try negative("300", "1000", weight: "10") == "0.00")
    }

    // MARK: - 定性

    @Test func qualitativeLevelsScoreTheirBand() throws {
        func score(_ text: String, _ template: EvaluationTemplate, weight: String = "10") throws -> String {
            let parsed = try #require(QualitativeLevel.parse(text), "\(text)")
            return try ScoringRules.qualitative(parsed.level, share: parsed.percent, weight: d(weight), template: template).description
        }
        #expect(try score("达成预期指标", .mof) == "10.00")
        #expect(try score("达成 80%", .mof) == "8.00")
        #expect(try score("部分达成预期指标并具有一定效果", .mof) == "6.00")
        #expect(try score("部分达成预期指标并具有一定效果", .hubei) == "5.00")
        #expect(try score("部分达成（79.5%）", .mof) == "7.95")
        #expect(try score("部分达成 55%", .hubei) == "5.50")
        #expect(try score("未达成预期指标且效果较差", .mof) == "0.00")
        #expect(try score("未达成 59%", .mof) == "5.90")
        #expect(try score("未达成 49％", .hubei) == "4.90")
        // 7 × 70% = 4.9; 15 × 60% = 9
        #expect(try score("部分达成 70%", .mof, weight: "7") == "4.90")
        #expect(try score("部分达成", .mof, weight: "15") == "9.00")
    }

    @Test func qualitativeShareOutsideItsBandIsRefused() throws {
        func error(_ level: QualitativeLevel, _ share: String, _ template: EvaluationTemplate) -> String? {
            do {
                _ = try ScoringRules.qualitative(level, share: d(share), weight: d("10"), template: template)
                return nil
            } catch let diagnostic as Diagnostic {
                return diagnostic.message
            } catch {
                return "\(error)"
            }
        }
        // 55% is 部分达成 in Hubei (50–80%) but not in the ministry's template (60–80%).
        #expect(error(.partial, "55", .mof) == "55% is outside the band of 部分达成预期指标并具有一定效果 in the mof template: from 60% to below 80%")
        #expect(error(.partial, "55", .hubei) == nil)
        #expect(error(.partial, "80", .mof) != nil)
        #expect(error(.achieved, "79", .mof) != nil)
        #expect(error(.achieved, "101", .mof) != nil)
        #expect(error(.failed, "60", .mof) != nil)
        #expect(error(.failed, "50", .hubei) != nil)
    }

    @Test func levelsParseInFullAndShortForms() {
        #expect(QualitativeLevel.parse("达成")?.level == .achieved)
        #expect(QualitativeLevel.parse("部分达成")?.level == .partial)
        #expect(QualitativeLevel.parse("未达成预期指标且效果较差")?.level == .failed)
        #expect(QualitativeLevel.parse("部分达成 70%")?.percent == d("70"))
        #expect(QualitativeLevel.parse("基本达成") == nil)
        #expect(QualitativeLevel.parse("达成了") == nil)
    }

    // MARK: - Cap at 分值, execution, grade

    @Test func scoresNeverExceedTheirWeight() throws {
        // Spending more than the budget gives a rate above 100%, but the score stops at 分值.
        #expect(try ScoringRules.executionScore(executed: d("120"), budget: d("100"), weight: d("10")).description == "10.00")
        #expect(try ScoringRules.executionRate(executed: d("120"), budget: d("100"))?.description == "120.00")
        #expect(try positive("10", "1000000", weight: "7.5") == "7.50")
        #expect(try ScoringRules.qualitative(.achieved, share: d("100"), weight: d("2.5"), template: .mof).description == "2.50")
    }

    @Test func executionScoreComesFromTheExactRatio() throws {
        // 4,222,100 / 4,329,000 = 0.975283…: × 10 = 9.7528… → 9.75; × 20 = 19.5057… → 19.51.
        // 73,100 / 180,000 = 0.406111…: × 10 = 4.0611… → 4.06; × 20 = 8.1222… → 8.12.
        #expect(try ScoringRules.executionRate(executed: d("4222100.00"), budget: d("4329000.00"))?.description == "97.53")
        #expect(try ScoringRules.executionScore(executed: d("4222100.00"), budget: d("4329000.00"), weight: d("10")).description == "9.75")
        #expect(try ScoringRules.executionScore(executed: d("4222100.00"), budget: d("4329000.00"), weight: d("20")).description == "19.51")
        #expect(try ScoringRules.executionScore(executed: d("73100.00"), budget: d("180000.00"), weight: d("10")).description == "4.06")
        #expect(try ScoringRules.executionScore(executed: d("73100.00"), budget: d("180000.00"), weight: d("20")).description == "8.12")
        // 12,345 / 100,000 = 12.345% shows as 12.35%, but the score comes from the exact ratio: 0.12345 × 10 =
        // 1.2345 → 1.23 (from the rounded rate it would be 1.235 → 1.24).
        #expect(try ScoringRules.executionRate(executed: d("12345"), budget: d("100000"))?.description == "12.35")
        #expect(try ScoringRules.executionScore(executed: d("12345"), budget: d("100000"), weight: d("10")).description == "1.23")
        // 1 / 400 × 10 = 0.025 → 0.03 (half up)
        #expect(try ScoringRules.executionScore(executed: d("1"), budget: d("400"), weight: d("10")).description == "0.03")
        // A zero budget has no rate and scores nothing.
        #expect(try ScoringRules.executionRate(executed: d("0"), budget: d("0")) == nil)
        #expect(try ScoringRules.executionScore(executed: d("5"), budget: d("0"), weight: d("10")).description == "0.00")
    }

    @Test func gradesAtTheirBoundaries() {
        #expect(ScoringRules.grade(d("100")) == .excellent)
        #expect(ScoringRules.grade(d("90")) == .excellent)
        #expect(ScoringRules.grade(d("89.99")) == .good)
        #expect(ScoringRules.grade(d("80")) == .good)
        #expect(ScoringRules.grade(d("79.99")) == .fair)
        #expect(ScoringRules.grade(d("60")) == .fair)
        #expect(ScoringRules.grade(d("59.99")) == .poor)
        #expect(ScoringRules.grade(d("0")) == .poor)
        #expect(Grade.allCases.map(\.rawValue) == ["优", "良", "中", "差"])
    }

    @Test func templatesWeighAsTheFormsDo() {
        #expect(EvaluationTemplate.mof.executionWeight == d("10"))
        #expect(EvaluationTemplate.mof.levelWeights == ["产出指标": d("50"), "效益指标": d("30"), "满意度指标": d("10")])
        #expect(EvaluationTemplate.mof.fullMarks == d("100"))
        #expect(EvaluationTemplate.hubei.executionWeight == d("20"))
        #expect(EvaluationTemplate.hubei.indicatorTotal == d("80"))
        #expect(EvaluationTemplate.hubei.fullMarks == d("100"))
        #expect(EvaluationTemplate.named("HUBEI") == .hubei)
        #expect(EvaluationTemplate.named("other") == nil)
    }
}
