import JixiaoCore

/// Lays out the 项目支出绩效自评表 of an evaluation as a sheet, in its template's form (DOMAIN.md §2).
package enum AppendixLayout {
    package static let title = "项目支出绩效自评表"

    package static func sheet(_ evaluation: Evaluation, project: ProjectInfo) throws -> Sheet {
        switch evaluation.template.id {
        case .mof: return try ministrySheet(evaluation, project: project)
        case .hubei: return try hubeiSheet(evaluation, project: project)
        }
    }

    // MARK: - Ministry of Finance form: eight columns

    static func ministrySheet(_ evaluation: Evaluation, project: ProjectInfo) throws -> Sheet {
        typealias P = Conventions.Project
        var sheet = Sheet(title: title, subtitle: subtitle(project), columnCount: 8)
        sheet.addRow([label(P.name, span: 2), text(project[P.name], span: 6, wrap: 40)])
        sheet.addRow([label(P.department, span: 2), text(project[P.department], span: 2, wrap: 20),
                      label(P.implementer, span: 2), text(project[P.implementer], span: 2, wrap: 20)])

        // 项目资金（万元）: the whole project, then 其中 by source.
        let execution = evaluation.execution
        let weight = evaluation.template.executionWeight
        sheet.addRow([label("项目资金\n（万元）", rowSpan: 5), header(""), header("年初预算数"), header("全年预算数"), header("全年执行数"),
                      header("分值"), header("执行率"), header("得分")], startsBlock: true)
        let total = execution.total
        sheet.addRow([label("年度资金总额"), amount(total.initialBudget), amount(total.annualBudget),
                      amount(total.executed), score(weight), rate(try total.rate()),
                      score(evaluation.executionScore)])
        for (index, source) in execution.bySource.enumerated() {
            sheet.addRow([label(index == 0 ? "其中：" + source.name : source.name), amount(source.initialBudget),
                          amount(source.annualBudget), amount(source.executed), number(dash),
                          rate(try source.rate()), number(dash)])
        }

        sheet.addRow([label("年度总体目标", rowSpan: 2), header(P.expectedGoal, span: 3), header(P.actualResult, span: 4)], startsBlock: true)
        sheet.addRow([text(project[P.expectedGoal], span: 3, wrap: 24), text(project[P.actualResult], span: 4, wrap: 24)])

        sheet.addRow([header("一级指标"), header("二级指标"), header("三级指标"), header("年度指标值"), header("实际完成值"),
                      header("分值"), header("得分"), header("偏差原因分析\n及改进措施")], startsBlock: true)
        try addIndicatorRows(&sheet, evaluation, deviationColumn: true)
        sheet.addRow([label("总分", span: 5), score(evaluation.template.fullMarks), score(try evaluation.total()), text("")],
                     startsBlock: true)
        sheet.addRow([label("自评等级", span: 5), text(try evaluation.grade().rawValue, span: 3)])
        sheet.notes = try notes(evaluation)
        sheet.closeSpans()
        return sheet
    }

    // MARK: - Hubei form: seven columns

    static func hubeiSheet(_ evaluation: Evaluation, project: ProjectInfo) throws -> Sheet {
        typealias P = Conventions.Project
        let template = evaluation.template
        var sheet = Sheet(title: title, subtitle: subtitle(project), columnCount: 7)
        sheet.addRow([label(P.name, span: 2), text(project[P.name], span: 5, wrap: 40)])
        sheet.addRow([label(P.department, span: 2), text(project[P.department], span: 2, wrap: 20),
                      label(P.implementer), text(project[P.implementer], span: 2, wrap: 20)])

        let execution = evaluation.execution
        sheet.addRow([label("预算执行情况\n（万元）（\(template.executionWeight.description)分）", rowSpan: execution.funds.count + 2),
                      header("资金名称", span: 2), header("预算数(A)"), header("执行数(B)"), header("执行率(B/A)"), header("得分")], startsBlock: true)
        for fund in execution.funds {
            sheet.addRow([label(fund.name, span: 2, wrap: 24), amount(fund.annualBudget), amount(fund.executed),
                          rate(try fund.rate()), number(dash)])
        }
        let total = execution.total
        sheet.addRow([label(ExecutionBlock.totalLabel, span: 2), amount(total.annualBudget), amount(total.executed),
                      rate(try total.rate()), score(evaluation.executionScore)])

        sheet.addCaption("年度绩效目标（\(template.indicatorTotal.description)分）")
        sheet.addRow([header("一级指标"), header("二级指标"), header("三级指标"), header("年初目标值(A)"), header("实际完成值(B)"),
                      header("分值"), header("得分")], startsBlock: true)
        try addIndicatorRows(&sheet, evaluation, deviationColumn: false)
        sheet.addRow([label("总分", span: 5), score(template.fullMarks), score(try evaluation.total())], startsBlock: true)
        sheet.addRow([label("自评等级", span: 5), text(try evaluation.grade().rawValue, span: 2)])
        sheet.addRow([label("偏差大或目标未完成\n原因分析", span: 2), text(project[P.deviation], span: 5, wrap: 30)], startsBlock: true)
        sheet.addRow([label("改进措施及结果\n应用方案", span: 2), text(project[P.improvement], span: 5, wrap: 30)])
        sheet.notes = try notes(evaluation)
        sheet.closeSpans()
        return sheet
    }

    // MARK: - Parts both forms share

    /// One row per indicator; 一级 and consecutive equal 二级 merged down the rows they head.
    static func addIndicatorRows(_ sheet: inout Sheet, _ evaluation: Evaluation, deviationColumn: Bool) throws {
        for level in evaluation.levels {
            let weight = try Exact.sum(level.indicators.map(\.indicator.weight), "分值").trimmed
            for (index, item) in level.indicators.enumerated() {
                var row: [SheetCell] = []
                if index == 0 { row.append(label("\(level.name)\n（\(weight.description)分）", rowSpan: level.indicators.count)) }
                let second = item.indicator.level2
                if index == 0 || level.indicators[index - 1].indicator.level2 != second {
                    let run = level.indicators[index...].prefix { $0.indicator.level2 == second }.count
                    row.append(label(second, rowSpan: run))
                }
                let indicator = item.indicator
                row.append(text(indicator.level3, wrap: 16))
                row.append(text(indicator.targetDisplay + (indicator.isExampleTarget ? "*" : ""), wrap: 14))
                row.append(text(item.actual.display(unit: indicator.unit), wrap: 14))
                row.append(score(indicator.weight, shown: indicator.weight.trimmed))
                row.append(score(item.score))
                if deviationColumn { row.append(text(indicator.deviation, wrap: 12)) }
                sheet.addRow(row)
            }
        }
    }

    static func notes(_ evaluation: Evaluation) throws -> [String] {
        let template = evaluation.template
        var notes = ["注：执行率 = 全年执行数 ÷ 全年预算数；执行得分 = 执行率 × \(template.executionWeight.description)，四舍五入保留两位小数，不超过分值；合计均由元的精确合计折算为万元。"]
        if evaluation.indicators.contains(where: \.indicator.isExampleTarget) {
            notes.append("* 示例目标：不是批复的年度指标值。")
        }
        let recorded = evaluation.indicators.filter { if case .recorded = $0.indicator.method { return true } else { return false } }
        if !recorded.isEmpty {
            notes.append("记录值及来源：" + recorded.map { "\($0.indicator.level3)（\($0.indicator.source)）" }.joined(separator: "；") + "。")
        }
        notes.append("总分为各项得分之和，满分 \(template.fullMarks.description)；以现有执行率，总分至多 \(try evaluation.ceiling().description)。等级：90 分及以上为优，80 分及以上为良，60 分及以上为中，其余为差。")
        return notes
    }

    static let dash = "—"

    static func subtitle(_ project: ProjectInfo) -> String? {
        let year = project[Conventions.Project.year]
        return year.isEmpty ? nil : "（\(year)年度）"
    }

    static func money(_ yuan: ExactDecimal) -> String {
        Exact.wan(yuan).format(groupThousands: true)
    }

    static func percent(_ rate: ExactDecimal?) -> String {
        rate.map { $0.description + "%" } ?? dash
    }

    static func label(_ text: String, span: Int = 1, rowSpan: Int = 1, wrap: Int? = nil) -> SheetCell {
        SheetCell(text, style: .label, columnSpan: span, rowSpan: rowSpan, wrapWidth: wrap)
    }

    static func header(_ text: String, span: Int = 1) -> SheetCell {
        SheetCell(text, style: .header, columnSpan: span)
    }

    static func text(_ text: String, span: Int = 1, wrap: Int? = nil) -> SheetCell {
        SheetCell(text, style: .text, columnSpan: span, wrapWidth: wrap)
    }

    static func number(_ text: String) -> SheetCell {
        SheetCell(text, style: .number)
    }

    /// 万元 from yuan, shown as on screen and kept as the number in 万元 (`0.00`); a dash when there is none.
    static func amount(_ yuan: ExactDecimal?) -> SheetCell {
        guard let yuan else { return number(dash) }
        return SheetCell(money(yuan), style: .number, number: SheetNumber(Exact.wan(yuan), format: .fixed(2)))
    }

    /// 执行率 in percentage points, shown `56.78%` and kept as the fraction (`0.00%`); a dash when there is none.
    static func rate(_ points: ExactDecimal?) -> SheetCell {
        guard let points else { return number(dash) }
        return SheetCell(percent(points), style: .number, number: SheetNumber.percent(points: points))
    }

    /// 分值 or 得分, shown as computed (`10`, `7.25`) and kept as the number (`0.00`).
    static func score(_ value: ExactDecimal, shown: String? = nil) -> SheetCell {
        SheetCell(shown ?? value.description, style: .number, number: SheetNumber(value, format: .fixed(2)))
    }
}
