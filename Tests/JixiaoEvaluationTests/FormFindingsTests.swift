import JixiaoCore
import JixiaoEvaluation
import TestSupport
import Testing

/// The form as a 财政局 reads it, on the evaluation module alone: rows in the form's order with full level names
/// whatever the file's order, drafted reasons for shortfalls without one, and funds spent over or without a
/// budget flagged rather than only capped.
@Suite struct FormFindingsTests {
    func table(_ csv: String) throws -> Table {
        try CSVReader.read(bytes: Array(csv.utf8))
    }

    static let budgets = """
        资金名称,资金来源,年初预算数,全年预算数
        甲资金,当年财政拨款,100000.00,100000.00
        乙资金,上年结转资金,50000.00,50000.00
        丙资金,其他资金,20000.00,20000.00
        """

    /// 甲 spent 112,500.00 of 100,000 (112.50%); 乙 budgeted and nothing received or spent; 丁 has no budget row
    /// and spent 8,000.00.
    static let funds = """
        资金名称,方向,金额
        甲资金,到位,100000.00
        甲资金,支出,112500.00
        丙资金,到位,20000.00
        丙资金,支出,20000.00
        丁资金,到位,8000.00
        丁资金,支出,8000.00
        """

    /// Scrambled: 满意度 first, 效益 before 产出, 质量 before 数量, the two 数量 rows apart; short and full 二级 names
    /// mixed, one short 一级.
    static let indicators = """
        一级指标,二级指标,三级指标,方向,年度指标值,单位,分值,湖北分值,取值方式,取值,来源,备注,偏差原因分析及改进措施
        满意度指标,服务对象满意度,满意度,正向,90,%,10,16,记录,81,问卷,,
        效益指标,可持续影响,持续运营,定性,常态化运营,,10,8,记录,部分达成,检查,,
        产出指标,质量,合格率,正向,100,%,10,8,记录,100,验收,,
        效益,经济效益指标,销售额,正向,50,万元,20,16,记录,40,台账,,销售旺季推迟
        产出指标,数量,站点,正向,40,个,20,16,记录,30,台账,,
        产出指标,成本,成本,反向,100,万元,10,8,记录,120,台账,,
        产出指标,数量指标,培训,正向,500,人次,10,8,记录,500,台账,,
        """

    func evaluation(_ template: EvaluationTemplate = .mof, indicators: String = Self.indicators) throws -> Evaluation {
        let execution = try ExecutionBlock.build(budgets: table(Self.budgets), budgetsOrigin: DatasetOrigin(name: "budgets"),
                                                 funds: table(Self.funds), fundsOrigin: DatasetOrigin(name: "funds"))
        let read = try IndicatorReader.read(table(indicators), origin: DatasetOrigin(name: "indicators", file: "data/indicators.csv", lines: Array(2...8)),
                                            template: template)
        let actuals = try read.map { indicator -> ActualValue in
            guard case .recorded(let text) = indicator.method else { throw Diagnostic(.run, code: DiagnosticCode("test.not_recorded"), "expected a recorded figure") }
            return try ActualValue.from(.text(text), for: indicator)
        }
        return try Evaluation.evaluate(template: template, execution: execution, indicators: read, actuals: actuals)
    }

    // MARK: - 1. Form order

    @Test func rowsFollowTheFormWithFullNamesWhateverTheFileOrder() throws {
        let evaluation = try evaluation()
        // 产出 (数量 站点, 培训 in file order; 质量; 成本), 效益 (经济 before 可持续), 满意度.
        #expect(evaluation.indicators.map { "\($0.indicator.level1) \($0.indicator.level2) \($0.indicator.level3)" } == [
            "产出指标 数量指标 站点", "产出指标 数量指标 培训", "产出指标 质量指标 合格率", "产出指标 成本指标 成本",
            "效益指标 经济效益指标 销售额", "效益指标 可持续影响指标 持续运营", "满意度指标 服务对象满意度指标 满意度",
        ])
        #expect(evaluation.levels.map(\.name) == ["产出指标", "效益指标", "满意度指标"])
        // Each 二级 group once in the form: 数量指标 heads its two rows, written short or full in the file.
        let sheet = try AppendixLayout.sheet(evaluation, project: ProjectInfo(items: ["项目名称": "示例"]))
        #expect(sheet.cells.filter { $0.text == "数量指标" }.map(\.rowSpan) == [2])
        #expect(!sheet.cells.contains { $0.text == "数量" || $0.text == "质量" || $0.text == "可持续影响" })
        #expect(sheet.cells.first { $0.text.hasPrefix("产出指标\n") }?.rowSpan == 4)
        let table = evaluation.indicatorTable()
        let second = try #require(table.columnIndex(named: "二级指标"))
        #expect((0..<table.rowCount).map { table.value(row: $0, column: second).description }
                == ["数量指标", "数量指标", "质量指标", "成本指标", "经济效益指标", "可持续影响指标", "服务对象满意度指标"])
    }

    @Test func anUnknownSecondLevelNamesTheValidOnes() throws {
        let misplaced = Self.indicators.replacingAll("产出指标,质量,合格率", with: "产出指标,经济效益,合格率")
        do {
            _ = try evaluation(indicators: misplaced)
            Issue.record("经济效益 under 产出指标 was accepted")
        } catch let error as Diagnostic {
            #expect(error.code == .indicatorLevel2)
            #expect(error.message == "二级指标 under 产出指标 must be one of 数量指标, 质量指标, 时效指标, 成本指标, found 经济效益")
            #expect(error.hint == "经济效益指标 belongs under 效益指标")
            #expect(error.location == SourceLocation(file: "data/indicators.csv", line: 4))
        }
        let unknown = Self.indicators.replacingAll("产出指标,质量,合格率", with: "产出指标,品质,合格率")
        do {
            _ = try evaluation(indicators: unknown)
            Issue.record("品质 was accepted")
        } catch let error as Diagnostic {
            #expect(error.message == "二级指标 under 产出指标 must be one of 数量指标, 质量指标, 时效指标, 成本指标, found 品质")
            #expect(error.hint == "the short form without 指标 is accepted too, e.g. 数量")
        }
    }

    // MARK: - 2. Reasons for shortfalls

    @Test func aShortfallWithoutAReasonGetsADraftedOne() throws {
        let evaluation = try evaluation()
        let byName = Dictionary(uniqueKeysWithValues: evaluation.indicators.map { ($0.indicator.level3, $0) })
        // 站点 30/40 = 75.00% of the target: 15.00 of 20.
        #expect(byName["站点"]?.score.description == "15.00")
        #expect(byName["站点"]?.deviationText == "【草拟】实际30个，目标≥40个，完成75.00%；原因待补。")
        // 成本 反向: 120 against ≤100 is 20.00% over: (200 − 120)/100 × 10 = 8.00.
        #expect(byName["成本"]?.deviationText == "【草拟】实际120万元，目标≤100万元，超出20.00%；原因待补。")
        // 定性 部分达成 without a share: the band's floor, 60% of 10.
        #expect(byName["持续运营"]?.deviationText == "【草拟】实际部分达成预期指标并具有一定效果，目标常态化运营；原因待补。")
        // The file's own reason stands; full marks need none.
        #expect(byName["销售额"]?.deviationText == "销售旺季推迟")
        #expect(byName["培训"]?.deviationText == "")
        #expect(byName["合格率"]?.deviationText == "")
        #expect(evaluation.unexplainedShortfalls.map(\.indicator.level3) == ["站点", "成本", "持续运营", "满意度"])
        // The form drafts into its column and says what 【草拟】 means.
        let sheet = try AppendixLayout.sheet(evaluation, project: ProjectInfo(items: ["项目名称": "示例"]))
        #expect(sheet.cells.contains { $0.text == "【草拟】实际81%，目标≥90%，完成90.00%；原因待补。" })
        #expect(sheet.notes.contains("【草拟】：得分未满而 indicators 未写偏差原因的指标，按数据草拟的偏差说明，须由分析人员核实并补写原因及改进措施。"))
        // The hubei form has no such column: the drafts are a note, with their scores.
        let hubei = try AppendixLayout.sheet(try self.evaluation(.hubei), project: ProjectInfo(items: ["项目名称": "示例"]))
        #expect(hubei.notes.contains { $0.hasPrefix("【草拟】偏差说明（indicators 未写原因，须由分析人员核实并补写原因及改进措施）：站点：实际30个，目标≥40个，完成75.00%，得12.00分（分值16）；") })
    }

    @Test func theAuditListsEveryShortfallWithoutAReason() throws {
        let findings = try Audit.dataFindings(try evaluation())
        let shortfalls = findings.filter { $0.label == FindingText.shortfallLabel }
        #expect(shortfalls.map(\.place) == ["indicators.csv:6", "indicators.csv:7", "indicators.csv:3", "indicators.csv:2"])
        #expect(shortfalls.first?.situation == "站点：实际30个，目标≥40个，完成75.00%，得15.00分（分值20）")
        #expect(shortfalls.last?.situation == "满意度：实际81%，目标≥90%，完成90.00%，得9.00分（分值10）")
    }

    // MARK: - 3. Funds over or without a budget

    @Test func fundsOverOrWithoutABudgetAreFlagged() throws {
        let execution = try evaluation().execution
        // 丁资金 has no budgets row: it is a fund of its own with a zero budget, counted in every total.
        #expect(execution.funds.map(\.name) == ["甲资金", "乙资金", "丙资金", "丁资金"])
        #expect(try execution.funds.map { try $0.flags() } == [
            [.overspent(by: ExactDecimal(parsing: "12500.00")!, rate: ExactDecimal(parsing: "112.50")!)],
            [.budgetWithoutReceipts(ExactDecimal(parsing: "50000.00")!)],
            [],
            [.spentWithoutBudget(ExactDecimal(parsing: "8000.00")!)],
        ])
        // 丁 has no rate (a zero budget). 合计: 140,500.00 of 170,000.00 = 82.65%; below 100%, so not flagged.
        #expect(try execution.fundingTable().rows().map { $0.map(\.description) } == [
            ["甲资金", "10.00", "10.00", "10.00", "11.25", "-1.25", "112.50", "超预算执行 1.25 万元（执行率 112.50%）"],
            ["乙资金", "5.00", "5.00", "0.00", "0.00", "5.00", "0.00", "有预算未到位（全年预算数 5.00 万元，到位 0）"],
            ["丙资金", "2.00", "2.00", "2.00", "2.00", "0.00", "100.00", ""],
            ["丁资金", "0.00", "0.00", "0.80", "0.80", "-0.80", "", "无预算支出 0.80 万元"],
            ["合计", "17.00", "17.00", "12.80", "14.05", "2.95", "82.65", ""],
        ])
        // A fund without a budget has no source: the split by source is unknown rather than guessed.
        #expect(execution.bySource.allSatisfy { $0.executed == nil })
        let evaluation = try evaluation()
        // The score stops at 分值 (甲 scores 10, not 11.25) while the flag stays.
        #expect(try evaluation.executionTable().rows().first?.map(\.description)
                == ["甲资金", "10.00", "10.00", "11.25", "112.50", "10", "10.00", "超预算执行 1.25 万元（执行率 112.50%）"])
        let sheet = try AppendixLayout.sheet(evaluation, project: ProjectInfo(items: ["项目名称": "示例"]))
        #expect(sheet.notes.contains("资金执行提示：甲资金 超预算执行 1.25 万元（执行率 112.50%）；乙资金 有预算未到位（全年预算数 5.00 万元，到位 0）；丁资金 无预算支出 0.80 万元。执行得分以分值为限，上述情况不因此隐去，须在偏差原因分析中说明。"))
        let findings = try Audit.dataFindings(evaluation).filter { $0.label != FindingText.shortfallLabel }
        #expect(findings.map { "\($0.label.formText) \($0.place) \($0.situation) \($0.action.formText)" } == [
            "超预算执行 甲资金 超预算执行 1.25 万元（执行率 112.50%） 说明超支原因及超支资金的来源",
            "有预算未到位 乙资金 有预算未到位（全年预算数 5.00 万元，到位 0） 核实资金是否到位",
            "无预算支出 丁资金 无预算支出 0.80 万元 说明无预算支出的依据及资金来源",
        ])
    }

    /// The form is a Chinese document whatever the interface's language; the catalogs hold every finding's
    /// English too.
    @Test func findingsAreInBothLanguages() throws {
        let flag = try #require(try evaluation().execution.funds.first?.flags().first)
        #expect(flag.message.text(in: .zh) == "超预算执行 1.25 万元（执行率 112.50%）")
        #expect(flag.message.text(in: .en) == "spent 1.25 万元 over its 全年预算数 (执行率 112.50%)")
        let drafted = try #require(try evaluation().indicators.first?.draftedDeviation)
        #expect(FindingText.draftedCell(drafted).text(in: .en) == "[draft] actual 30个 against a target of ≥40个, 75.00% reached; the reason is to be written.")
        #expect(FindingText.shortfallLabel.text(in: .en) == "short of 分值, no reason given")
    }

    @Test func theTotalIsFlaggedWhenNoFundExplainsIt() throws {
        // The 合计 row of the table carries its own flag; the form's note and the audit name the fund that
        // explains it, and fall back to 合计 only when no fund is flagged.
        let budgets = try table("资金名称,资金来源,年初预算数,全年预算数\n甲资金,当年财政拨款,100.00,100.00")
        let funds = try table("资金名称,方向,金额\n甲资金,到位,100.00\n甲资金,支出,150.00")
        let execution = try ExecutionBlock.build(budgets: budgets, budgetsOrigin: DatasetOrigin(name: "budgets"), funds: funds, fundsOrigin: DatasetOrigin(name: "funds"))
        #expect(try execution.flaggedFunds().map(\.fund.name) == ["甲资金"])
        #expect(try execution.total.flagText() == "超预算执行 0.01 万元（执行率 150.00%）")
    }

    // MARK: - 4. How the execution score is computed

    @Test func theNoteSaysTheScoreComesFromTheUnroundedRate() throws {
        let sheet = try AppendixLayout.sheet(try evaluation(), project: ProjectInfo(items: ["项目名称": "示例"]))
        #expect(sheet.notes.first == "注：执行率 = 全年执行数 ÷ 全年预算数，表中保留两位小数；执行得分 = 执行率 × 10，由未经四舍五入的执行率算出，再四舍五入保留两位小数，不超过分值，故按表中执行率复算可能相差 0.01；合计均由元的精确合计折算为万元。")
        // The difference the note speaks of: 97,449 of 100,000 shows as 97.45%, and 97.45% × 10 = 9.745 → 9.75,
        // but the score comes from 0.97449 × 10 = 9.7449 → 9.74.
        let budgets = try table("资金名称,资金来源,年初预算数,全年预算数\n甲资金,当年财政拨款,100000.00,100000.00")
        let funds = try table("资金名称,方向,金额\n甲资金,到位,100000.00\n甲资金,支出,97449.00")
        let execution = try ExecutionBlock.build(budgets: budgets, budgetsOrigin: DatasetOrigin(name: "budgets"), funds: funds, fundsOrigin: DatasetOrigin(name: "funds"))
        #expect(try execution.total.rate()?.description == "97.45")
        #expect(try execution.total.score(weight: ExactDecimal(10))?.description == "9.74")
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Substring(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
