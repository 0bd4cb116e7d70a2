import JixiaoCore
import JixiaoEvaluation
import TestSupport
import Testing

/// The evaluation module on its own: tables in, scores and forms out, no workspace or commands.
@Suite struct EvaluationModelTests {
    func table(_ csv: String) throws -> Table {
        try CSVReader.read(bytes: Array(csv.utf8))
    }

    static let budgets = """
        资金名称,资金来源,年初预算数,全年预算数
        甲资金,当年财政拨款,100000.00,120000.00
        乙资金,中央补助,30000.00,30000.00
        """

    static let funds = """
        资金名称,方向,金额
        甲资金,到位,120000.00
        甲资金,支出,100000.00
        甲资金,支出,8000.05
        乙资金,到位,30000.00
        乙资金,支出,30000.00
        """

    /// Only recorded figures, so that no pipeline is needed; the 取值 column is all numbers and levels.
    static let indicators = """
        一级指标,二级指标,三级指标,方向,年度指标值,单位,分值,湖北分值,取值方式,取值,来源,备注
        产出指标,数量,站点,正向,40,个,30,24,记录,36,台账,示例目标
        产出指标,成本,成本,反向,100,万元,20,16,记录,110,台账,
        效益指标,社会效益,就业,正向,300,人,30,24,记录,300,统计,
        满意度指标,服务对象满意度,满意度,正向,90,%,10,16,记录,85.5,问卷,
        """

    func evaluation(_ template: EvaluationTemplate) throws -> Evaluation {
        let execution = try ExecutionBlock.build(budgets: table(Self.budgets), budgetsOrigin: DatasetOrigin(name: "budgets"),
                                                 funds: table(Self.funds), fundsOrigin: DatasetOrigin(name: "funds"))
        let indicators = try IndicatorReader.read(table(Self.indicators), origin: DatasetOrigin(name: "indicators"), template: template)
        let actuals = try indicators.map { indicator -> ActualValue in
            guard case .recorded(let text) = indicator.method else { throw Diagnostic(.run, code: DiagnosticCode("test.not_recorded"), "expected a recorded figure") }
            return try ActualValue.from(.text(text), for: indicator)
        }
        return try Evaluation.evaluate(template: template, execution: execution, indicators: indicators, actuals: actuals)
    }

    @Test func executionSumsExactlyAndSplitsBySource() throws {
        let execution = try evaluation(.mof).execution
        // 甲: 108,000.05 of 120,000 (not of 年初 100,000) = 90.0000416…% → 90.00%; 乙: 100.00%;
        // 合计: 138,000.05 of 150,000 = 92.0000333…% → 92.00%; ×10 = 9.20.
        #expect(try execution.funds.map { "\($0.name) \($0.executed?.description ?? "") \(try $0.rate()?.description ?? "")" }
                == ["甲资金 108000.05 90.00", "乙资金 30000.00 100.00"])
        #expect(execution.total.executed?.description == "138000.05")
        #expect(try execution.total.score(weight: ExactDecimal(10))?.description == "9.20")
        // 中央补助 is not a source the form lists: it counts as 其他资金.
        #expect(execution.bySource.map { "\($0.name) \($0.annualBudget) \($0.executed?.description ?? "—")" }
                == ["当年财政拨款 120000.00 108000.05", "上年结转资金 0 0", "其他资金 30000.00 30000.00"])
        #expect(try execution.fundingTable().rows().last?.map(\.description) == ["合计", "13.00", "15.00", "15.00", "13.80", "1.20", "92.00", ""])
    }

    @Test func indicatorsScoreAndTotalAddUp() throws {
        let mof = try evaluation(.mof)
        // 站点 36/40 × 30 = 27.00; 成本 (200 − 110)/100 × 20 = 18.00; 就业 30.00 (at target); 满意度 85.5/90 × 10 = 9.50.
        #expect(mof.indicators.map { "\($0.indicator.level3) \($0.actual.display(unit: $0.indicator.unit)) \($0.score)" }
                == ["站点 36个 27.00", "成本 110万元 18.00", "就业 300人 30.00", "满意度 85.5% 9.50"])
        // 9.20 + 27.00 + 18.00 + 30.00 + 9.50 = 93.70 → 优; at most 9.20 + 90 = 99.20.
        #expect(try mof.total().description == "93.70")
        #expect(try mof.grade() == .excellent)
        #expect(try mof.ceiling().description == "99.20")
        #expect(try mof.shortfalls() == ["甲资金 执行率 90.00%", "站点 36个（目标 ≥40个）", "成本 110万元（目标 ≤100万元）", "满意度 85.5%（目标 ≥90%）"])
        let hubei = try evaluation(.hubei)
        // 执行 20 × 0.9200003… = 18.40; 36/40 × 24 = 21.60; 90/100 × 16 = 14.40; 24.00; 85.5/90 × 16 = 15.20.
        // 18.40 + 21.60 + 14.40 + 24.00 + 15.20 = 93.60.
        #expect(try hubei.total().description == "93.60")
    }

    @Test func aDerivedDatasetIsNamedByRow() throws {
        let bad = Self.indicators.replacingOccurrences(of: "就业,正向", with: "就业,向上")
        do {
            _ = try IndicatorReader.read(table(bad), origin: DatasetOrigin(name: "indicators"), template: .mof)
            Issue.record("a bad 方向 was accepted")
        } catch let error as Diagnostic {
            #expect(error.message == "indicators row 3: 方向 must be 正向, 反向 or 定性, found 向上")
            #expect(error.location == SourceLocation())
        }
    }

    @Test func theFormHasTheTemplatesRows() throws {
        let project = ProjectInfo(items: ["项目名称": "示例项目", "主管部门": "甲局", "实施单位": "乙中心"])
        let mof = try AppendixLayout.sheet(try evaluation(.mof), project: project)
        #expect(mof.columnCount == 8)
        #expect(mof.subtitle == nil)
        // 项目名称, 主管部门, 项目资金 ×5, 年度总体目标 ×2, header, 4 indicators, 总分, 等级, 偏差原因分析, 改进措施.
        #expect(mof.rowCount == 18)
        #expect(mof.cells.contains { $0.text == "偏差原因分析" && $0.columnSpan == 2 })
        #expect(mof.cells.contains { $0.text == "改进措施" && $0.columnSpan == 2 })
        #expect(mof.cells.first { $0.text == "产出指标\n（50分）" }?.rowSpan == 2)
        let hubei = try AppendixLayout.sheet(try evaluation(.hubei), project: project)
        #expect(hubei.columnCount == 7)
        #expect(hubei.cells.first { $0.text.hasPrefix("预算执行情况") }?.rowSpan == 4)
        #expect(hubei.captionRows.count == 1)
        #expect(hubei.cells.contains { $0.text == "年度绩效目标（80分）" && $0.columnSpan == 7 })
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Substring(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
