import JixiaoCore

/// An indicator with its actual value and score.
package struct ScoredIndicator: Sendable, Equatable {
    package var indicator: Indicator
    package var actual: ActualValue
    package var score: ExactDecimal

    /// Whether the score is below 分值.
    package var fallsShort: Bool { score < indicator.weight }
}

/// A whole self-evaluation in one template: the execution block and its score, the scored indicators, the
/// 总分 and the grade.
package struct Evaluation: Sendable, Equatable {
    package var template: EvaluationTemplate
    package var execution: ExecutionBlock
    /// 执行率 × 分值 for the whole project, from the exact totals.
    package var executionScore: ExactDecimal
    /// In form order: 产出, 效益, 满意度, each in file order.
    package var indicators: [ScoredIndicator]

    /// Scores every indicator and the execution rate. `actuals` holds each indicator's actual value, in the
    /// same order as `indicators`.
    package static func evaluate(template: EvaluationTemplate, execution: ExecutionBlock,
                                indicators: [Indicator], actuals: [ActualValue]) throws -> Evaluation {
        precondition(indicators.count == actuals.count)
        var scored: [ScoredIndicator] = []
        for (indicator, actual) in zip(indicators, actuals) {
            let score: ExactDecimal
            switch (indicator.direction, actual) {
            case (.qualitative, .level(let level, let share)):
                do {
                    score = try ScoringRules.qualitative(level, share: share, weight: indicator.weight, template: template)
                } catch let diagnostic as Diagnostic {
                    throw indicator.origin.error(code: .indicatorQueryFailed, row: indicator.row, [.verbatim(indicator.level3), .message(diagnostic.text)], hint: diagnostic.hintText)
                }
            case (.positive, .number(let value)), (.negative, .number(let value)):
                guard let target = indicator.target else { throw indicator.origin.error(code: .indicatorNoTarget, row: indicator.row, [.verbatim(indicator.level3)]) }
                score = try ScoringRules.quantitative(indicator.direction, target: target, actual: value, weight: indicator.weight)
            default:
                throw indicator.origin.error(code: .indicatorActualMisfit, row: indicator.row, [.verbatim(indicator.level3), .verbatim(actual.display(unit: indicator.unit)), .verbatim(indicator.direction.rawValue)])
            }
            scored.append(ScoredIndicator(indicator: indicator, actual: actual, score: score))
        }
        let levelOrder = Conventions.standardLevels.map(\.level1)
        let ordered = scored.enumerated().sorted { a, b in
            let left = levelOrder.firstIndex(of: a.element.indicator.level1) ?? levelOrder.count
            let right = levelOrder.firstIndex(of: b.element.indicator.level1) ?? levelOrder.count
            return left != right ? left < right : a.offset < b.offset
        }.map(\.element)
        let executionScore = try execution.total.score(weight: template.executionWeight) ?? ScoringRules.zeroScore
        return Evaluation(template: template, execution: execution, executionScore: executionScore, indicators: ordered)
    }

    // MARK: - Totals

    /// The indicators' scores added up.
    package func indicatorScore() throws -> ExactDecimal {
        try Exact.sum(indicators.map(\.score), "得分")
    }

    /// The indicators' 分值 added up.
    package func indicatorWeight() throws -> ExactDecimal {
        try Exact.sum(indicators.map(\.indicator.weight), "分值")
    }

    /// 总分: the execution score plus every indicator's score, each as shown (rounded to two decimals), so that
    /// the column adds up on paper.
    package func total() throws -> ExactDecimal {
        try Exact.add(executionScore, try indicatorScore(), "总分").rounded(toScale: ScoringRules.scoreScale) ?? executionScore
    }

    /// The most this project could score with every indicator at full marks: its execution score caps it.
    package func ceiling() throws -> ExactDecimal {
        try Exact.add(executionScore, try indicatorWeight(), "总分").rounded(toScale: ScoringRules.scoreScale) ?? executionScore
    }

    package func grade() throws -> Grade {
        ScoringRules.grade(try total())
    }

    /// 一级指标 in form order with their indicators.
    package var levels: [(name: String, indicators: [ScoredIndicator])] {
        var result: [(String, [ScoredIndicator])] = []
        for item in indicators {
            if let last = result.indices.last, result[last].0 == item.indicator.level1 {
                result[last].1.append(item)
            } else {
                result.append((item.indicator.level1, [item]))
            }
        }
        return result
    }

    /// Whether every fund is fully executed and every indicator at full marks.
    package func isComplete() throws -> Bool {
        try shortfalls().isEmpty
    }

    /// What keeps the project from complete: funds executed below 100% and indicators below full marks.
    package func shortfalls() throws -> [String] {
        var lines: [String] = []
        for fund in execution.funds {
            guard let rate = try fund.rate(), rate < ExactDecimal(100) else { continue }
            lines.append("\(fund.name) 执行率 \(rate.description)%")
        }
        for item in indicators where item.fallsShort {
            lines.append("\(item.indicator.level3) \(item.actual.display(unit: item.indicator.unit))（目标 \(item.indicator.targetDisplay)）")
        }
        return lines
    }

    // MARK: - Tables

    /// The execution block: per fund and 合计, in 万元, with 执行率, 分值 and 得分 (a fund's own rate × 分值).
    package func executionTable() throws -> Table {
        var names: [Value] = [], initial: [Value] = [], annual: [Value] = [], executed: [Value] = []
        var rates: [Value] = [], weights: [Value] = [], scores: [Value] = []
        for fund in execution.funds + [execution.total] {
            names.append(.text(fund.name))
            initial.append(.decimal(Exact.wan(fund.initialBudget)))
            annual.append(.decimal(Exact.wan(fund.annualBudget)))
            executed.append(fund.executed.map { .decimal(Exact.wan($0)) } ?? .null)
            rates.append(try fund.rate().map { .decimal($0) } ?? .null)
            weights.append(.decimal(template.executionWeight))
            scores.append(try fund.score(weight: template.executionWeight).map { .decimal($0) } ?? .null)
        }
        let money = DataType.decimal(scale: 2)
        return Table(names: ["资金名称", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                     columns: [Column.from(names, type: .text), Column.from(initial, type: money), Column.from(annual, type: money),
                               Column.from(executed, type: money), Column.from(rates, type: money, hint: .percent),
                               Column.from(weights, type: .decimal(scale: template.executionWeight.scale)), Column.from(scores, type: money)])
    }

    /// The indicators with their targets, actual values, 分值 and 得分.
    package func indicatorTable() -> Table {
        let weightScale = indicators.map(\.indicator.weight.scale).max() ?? 0
        func text(_ values: [String]) -> Column { Column.from(values.map { .text($0) }, type: .text) }
        return Table(names: ["一级指标", "二级指标", "三级指标", "方向", "年度指标值", "实际完成值", "分值", "得分", "取值方式"],
                     columns: [text(indicators.map(\.indicator.level1)), text(indicators.map(\.indicator.level2)),
                               text(indicators.map(\.indicator.level3)), text(indicators.map(\.indicator.direction.rawValue)),
                               text(indicators.map { $0.indicator.targetDisplay + ($0.indicator.isExampleTarget ? "*" : "") }),
                               text(indicators.map { $0.actual.display(unit: $0.indicator.unit) }),
                               Column.from(indicators.map { .decimal($0.indicator.weight) }, type: .decimal(scale: weightScale)),
                               Column.from(indicators.map { .decimal($0.score) }, type: .decimal(scale: ScoringRules.scoreScale)),
                               text(indicators.map { item in
                                   if case .query = item.indicator.method { return Conventions.Indicators.query }
                                   return Conventions.Indicators.recorded
                               })])
    }
}
