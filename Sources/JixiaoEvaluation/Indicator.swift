import JixiaoCore

/// One 三级指标 of the indicators file, with its weight in one template.
package struct Indicator: Sendable, Equatable {
    /// How the actual value is obtained.
    package enum Method: Sendable, Equatable {
        /// A pipeline in the command language, run against the datasets; its single value is the actual value.
        case query(String)
        /// A figure recorded from a source no row can give (a survey, the report's own text).
        case recorded(String)
    }

    package var level1: String
    package var level2: String
    package var level3: String
    package var direction: Direction
    /// The 年度指标值 for quantitative indicators.
    package var target: ExactDecimal?
    /// The 年度指标值 of a qualitative indicator, as written (empty: 达成预期指标).
    package var targetText: String
    package var unit: String
    /// The 分值 in the template it was read for.
    package var weight: ExactDecimal
    package var method: Method
    /// Where a recorded figure comes from.
    package var source: String
    package var note: String
    /// 偏差原因分析及改进措施, when the file gives one.
    package var deviation: String
    /// Whether 年度指标值 is an example target (备注 示例目标), not an approved one.
    package var isExampleTarget: Bool
    /// The row in the indicators dataset (0-based) and where it came from.
    package var row: Int
    package var origin: DatasetOrigin

    /// `datasets/indicators.csv:5`, for messages.
    package var place: String { origin.place(row: row) }

    /// The target as the form shows it: `≥139个`, `≤300万元`, or the qualitative target.
    package var targetDisplay: String {
        guard direction != .qualitative, let target else {
            return targetText.isEmpty ? QualitativeLevel.achieved.rawValue : targetText
        }
        return direction.targetSign + target.trimmed + unit
    }
}

/// Reads the indicators dataset for one template.
package enum IndicatorReader {
    /// The indicators that carry a 分值 in the template's score column, in file order; rows whose cell is empty
    /// are not part of that template. Every row is checked, so a mistake anywhere is reported.
    package static func read(_ table: Table, origin: DatasetOrigin, template: EvaluationTemplate) throws -> [Indicator] {
        let reader = DatasetReader(table, origin: origin)
        typealias C = Conventions.Indicators
        let level1 = try reader.column(C.level1), level2 = try reader.column(C.level2), level3 = try reader.column(C.level3)
        let directionColumn = try reader.column(C.direction), targetColumn = try reader.column(C.target)
        let unit = try reader.column(C.unit), method = try reader.column(C.method), value = try reader.column(C.value)
        let source = reader.optionalColumn(C.source), note = reader.optionalColumn(C.note), deviation = reader.optionalColumn(C.deviation)
        guard let weightColumn = reader.optionalColumn(template.scoreColumn) else {
            throw Diagnostic(.bind, .templateMissingScoreColumn, [origin.name, template.scoreColumn, template.id.rawValue],
                             hint: Message(.evaluationHintAddColumn), location: SourceLocation(file: origin.file))
        }
        var indicators: [Indicator] = []
        for row in 0..<reader.rowCount {
            let first = reader.text(row, level1)
            guard let standard = Conventions.standardLevels.first(where: { $0.level1 == first }) else {
                throw origin.error(code: .indicatorLevel1, row: row, [.list(Conventions.standardLevels.map(\.level1)), DatasetOrigin.found(first)])
            }
            let second = reader.text(row, level2)
            let normalized = second.hasSuffix("指标") ? second : second + "指标"
            guard standard.level2.contains(normalized) else {
                throw origin.error(code: .indicatorLevel2, row: row, [.verbatim(first), .list(standard.level2), DatasetOrigin.found(second)])
            }
            let third = reader.text(row, level3)
            guard !third.isEmpty else { throw origin.error(code: .indicatorLevel3Empty, row: row, []) }
            let directionText = reader.text(row, directionColumn)
            guard let direction = Direction(rawValue: directionText) else {
                throw origin.error(code: .indicatorDirection, row: row, [DatasetOrigin.found(directionText)])
            }
            var target: ExactDecimal?
            var targetText = ""
            if direction == .qualitative {
                targetText = reader.written(row, targetColumn)
            } else {
                guard let number = try reader.number(row, targetColumn, what: C.target) else {
                    throw origin.error(code: .indicatorTargetMissing, row: row, [.verbatim(direction.rawValue)])
                }
                target = number
            }
            let methodText = reader.text(row, method)
            let valueText = reader.written(row, value)
            let sourceText = reader.text(row, source)
            let parsedMethod: Indicator.Method
            switch methodText {
            case C.query:
                guard !valueText.isEmpty else { throw origin.error(code: .indicatorQueryEmpty, row: row, [], hint: Message(.evaluationHintQueryExample)) }
                parsedMethod = .query(valueText)
            case C.recorded:
                guard !valueText.isEmpty else { throw origin.error(code: .indicatorRecordEmpty, row: row, []) }
                guard !sourceText.isEmpty else {
                    throw origin.error(code: .indicatorRecordSource, row: row, [], hint: Message(.evaluationHintSourceExample))
                }
                parsedMethod = .recorded(valueText)
            default:
                throw origin.error(code: .indicatorMethod, row: row, [DatasetOrigin.found(methodText)])
            }
            // Only after the row is known to be well formed: is it part of this template?
            guard let weight = try reader.number(row, weightColumn, what: template.scoreColumn) else { continue }
            guard weight.units >= 0 else { throw origin.error(code: .indicatorNegativeWeight, row: row, [.verbatim(template.scoreColumn)]) }
            let noteText = reader.text(row, note)
            indicators.append(Indicator(level1: first, level2: second, level3: third, direction: direction, target: target,
                                        targetText: targetText, unit: reader.text(row, unit), weight: weight, method: parsedMethod,
                                        source: sourceText, note: noteText, deviation: reader.text(row, deviation),
                                        isExampleTarget: noteText.contains(C.exampleTarget), row: row, origin: origin))
        }
        try checkWeights(indicators, template: template, origin: origin)
        return indicators
    }

    /// The weights must fill the template: each fixed 一级 weight (mof), and the indicators' total.
    static func checkWeights(_ indicators: [Indicator], template: EvaluationTemplate, origin: DatasetOrigin) throws {
        for (level, expected) in template.levelWeights.sorted(by: { $0.key < $1.key }) {
            let sum = try Exact.sum(indicators.filter { $0.level1 == level }.map(\.weight), "分值")
            guard sum == expected else {
                throw origin.error(code: .templateLevelWeights, [template.scoreColumn, level, sum.description, template.id.rawValue, expected.description].map(Message.Argument.verbatim),
                                   hint: Message(.evaluationHintAdjustColumn, template.scoreColumn))
            }
        }
        let total = try Exact.sum(indicators.map(\.weight), "分值")
        guard total == template.indicatorTotal else {
            throw origin.error(code: .templateTotalWeight, [template.scoreColumn, total.description, template.id.rawValue, template.indicatorTotal.description].map(Message.Argument.verbatim),
                               hint: Message(.evaluationHintAdjustColumn, template.scoreColumn))
        }
    }
}

/// An indicator's actual value: a number, or a qualitative level with an optional share of 分值.
package enum ActualValue: Sendable, Equatable {
    case number(ExactDecimal)
    case level(QualitativeLevel, share: ExactDecimal?)

    /// Reads an actual value for an indicator from a pipeline's result or a recorded figure.
    package static func from(_ value: Value, for indicator: Indicator) throws -> ActualValue {
        switch indicator.direction {
        case .positive, .negative:
            if let number = value.exactDecimal { return .number(number) }
            if case .text(let text) = value, let number = ExactDecimal(parsing: text.trimmingSpaces()) { return .number(number) }
            throw indicator.origin.error(code: .indicatorActualNotNumber, row: indicator.row,
                                         [.verbatim(indicator.level3), .verbatim(indicator.direction.rawValue), DatasetOrigin.found(value.isNull ? "" : value.description)],
                                         hint: Message(value.isNull ? .evaluationHintCoalesce : .evaluationHintDigitsOnly))
        case .qualitative:
            if case .text(let text) = value, let parsed = QualitativeLevel.parse(text) { return .level(parsed.level, share: parsed.percent) }
            throw indicator.origin.error(code: .indicatorActualNotLevel, row: indicator.row, [.verbatim(indicator.level3), DatasetOrigin.found(value.isNull ? "" : value.description)])
        }
    }

    /// The value as the form shows it: `139个`, `部分达成预期指标并具有一定效果（70%）`.
    package func display(unit: String) -> String {
        switch self {
        case .number(let number): return number.description + unit
        case .level(let level, let share): return level.rawValue + (share.map { "（\($0.description)%）" } ?? "")
        }
    }
}
