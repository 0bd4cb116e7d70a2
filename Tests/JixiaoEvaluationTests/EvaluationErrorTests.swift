import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoEvaluation
import JixiaoRender
import Testing
import TestSupport

/// Bad data files give a clear error that names the file, the row's line and the problem, and change nothing.
@Suite struct EvaluationErrorTests {
    /// A copy of the bundled datasets in a temporary folder, with one file's text changed.
    struct Copy {
        let folder: String
        let interpreter: Interpreter

        init(changing file: String? = nil, _ change: (String) -> String = { $0 }) throws {
            folder = try TestSupport.temporaryFolder()
            for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.datasetsFolder) where name.hasSuffix(".csv") {
                var text = try String(contentsOfFile: TestSupport.datasetsFolder + "/" + name, encoding: .utf8)
                if name == file { text = change(text) }
                try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
            }
            let workspace = Workspace(directory: folder)
            try workspace.loadFolder(folder)
            interpreter = Interpreter(workspace: workspace)
        }

        func error(_ line: String) -> Diagnostic? {
            interpreter.run(line).error
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    @Test func aPipelineErrorNamesTheIndicatorRowAndPointsIntoThePipeline() throws {
        let copy = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "stations | where 层级 != '市级' | count", with: "stations | where 层极 != '市级' | count") }
        defer { copy.remove() }
        let error = try #require(copy.error("evaluate"))
        #expect(error.message == "镇村电商服务站点 (\(copy.folder)/indicators.csv:2, 取值): no column named 层极")
        #expect(DiagnosticRenderer.render(error) == """
            name error: 镇村电商服务站点 (\(copy.folder)/indicators.csv:2, 取值): no column named 层极
              stations | where 层极 != '市级' | count
                               ^^^^
              hint: did you mean 层级?
            """)
        // The same error reaches appendix and audit.
        #expect(copy.error("appendix")?.message == error.message)
        #expect(copy.error("audit")?.message == error.message)
    }

    @Test func aPipelineMustGiveOneValue() throws {
        let copy = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "activities | where 类型 == '助农直播' | count", with: "activities | group 类型 | count") }
        defer { copy.remove() }
        let error = try #require(copy.error("evaluate"))
        #expect(error.message == "爱心助农直播带货活动 (\(copy.folder)/indicators.csv:3, 取值): the pipeline gives 5 row(s) of 2 column(s); a single value is needed")
    }

    @Test func aPipelineMayNotEvaluateOrChangeTheWorkspace() throws {
        let nested = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "activities | where 类型 == '助农直播' | count", with: "evaluate part=indicators | count") }
        defer { nested.remove() }
        #expect(nested.error("evaluate")?.message == "爱心助农直播带货活动 (\(nested.folder)/indicators.csv:3, 取值): evaluate cannot be used here: this pipeline only computes a value")
        let loading = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "activities | where 类型 == '平台活动' | count", with: "load x.csv") }
        defer { loading.remove() }
        #expect(loading.error("evaluate")?.message == "电商平台年活动场次 (\(loading.folder)/indicators.csv:11, 取值): load cannot be used here: this pipeline only computes a value")
        #expect(loading.interpreter.workspace.dataset(named: "x") == nil)
    }

    @Test func aBadDirectionIsLocatedAtItsLine() throws {
        let copy = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "带动就业,正向", with: "带动就业,正相") }
        defer { copy.remove() }
        let error = try #require(copy.error("evaluate"))
        #expect(DiagnosticRenderer.render(error) == "\(copy.folder)/indicators.csv:10: invalid input: 方向 must be 正向, 反向 or 定性, found 正相")
        #expect(copy.interpreter.workspace.order.count == 7)
    }

    @Test func aRecordedFigureMustBeANumber() throws {
        let copy = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "记录,1000,", with: "记录,1000余,") }
        defer { copy.remove() }
        let error = try #require(copy.error("evaluate"))
        #expect(DiagnosticRenderer.render(error) == """
            \(copy.folder)/indicators.csv:10: invalid input: 带动就业: a 正向 indicator needs a number as its actual value, found 1000余
              hint: a recorded figure is digits only; its wording goes in 来源
            """)
    }

    @Test func aRecordedFigureNeedsItsSource() throws {
        let copy = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "自评报告四（二）3“服务对象满意度100%”", with: "") }
        defer { copy.remove() }
        #expect(copy.error("evaluate")?.message == "a recorded figure needs its 来源")
        #expect(copy.error("evaluate")?.location == SourceLocation(file: copy.folder + "/indicators.csv", line: 12))
    }

    @Test func aQualitativeShareOutsideItsBandIsLocated() throws {
        let copy = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "5,4,记录,达成预期指标", with: "5,4,记录,部分达成 55%") }
        defer { copy.remove() }
        // 55% is inside Hubei's band (50–80%) but not the ministry's (60–80%).
        #expect(copy.error("evaluate")?.message == "项目按期完成: 55% is outside the band of 部分达成预期指标并具有一定效果 in the mof template: from 60% to below 80%")
        #expect(copy.error("evaluate")?.location.line == 7)
        #expect(copy.error("evaluate --template hubei") == nil)
    }

    @Test func weightsMustFillTheTemplate() throws {
        let copy = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "站长专业培训,正向,139,人,5,5", with: "站长专业培训,正向,139,人,4,6") }
        defer { copy.remove() }
        #expect(copy.error("evaluate")?.message == "indicators: the 分值 of 产出指标 add up to 49; the mof template gives 产出指标 50")
        #expect(copy.error("evaluate --template hubei")?.message == "indicators: the 湖北分值 of the indicators add up to 81; the hubei template gives the indicators 80")
    }

    @Test func aTemplateNeedsItsScoreColumn() throws {
        let copy = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: ",湖北分值,", with: ",省分值,") }
        defer { copy.remove() }
        #expect(copy.error("evaluate") == nil)
        #expect(copy.error("evaluate --template hubei")?.message == "indicators has no column 湖北分值, which holds each indicator's 分值 in the hubei template")
    }

    @Test func everyFundNeedsABudget() throws {
        let copy = try Copy(changing: "funds.csv") { $0.replacingOccurrences(of: "2022-12-23,国家级电子商务进农村综合示范项目资金", with: "2022-12-23,其他专项资金") }
        defer { copy.remove() }
        let error = try #require(copy.error("execution"))
        #expect(error.message == "资金名称 其他专项资金 has no row in budgets")
        #expect(error.location == SourceLocation(file: copy.folder + "/funds.csv", line: 24))
    }

    @Test func claimsNameAKnownFigure() throws {
        let copy = try Copy(changing: "claims.csv") { $0.replacingOccurrences(of: "评价,总分", with: "评价,得分") }
        defer { copy.remove() }
        let error = try #require(copy.error("audit"))
        #expect(error.message == "自评得分: 核对 must name a figure of the evaluation, found 得分")
        #expect(error.hint == "one of 总分, 执行率, 未执行数, 完成情况, 等级")
        #expect(error.location.line == 2)
    }

    @Test func missingDatasetsAreNamed() throws {
        let interpreter = Interpreter(workspace: Workspace(directory: NSTemporaryDirectory()))
        #expect(interpreter.run("evaluate").error?.message == "no dataset named indicators: the evaluation scores the indicators listed there")
        #expect(interpreter.run("execution").error?.message == "no dataset named budgets: the execution rate needs each fund's 全年预算数")
    }

    @Test func unknownOptionsAreSyntaxErrors() throws {
        let interpreter = try TestSupport.interpreter()
        let template = try #require(interpreter.run("appendix --template beijing").error)
        #expect(template.message == "unknown template beijing")
        #expect(template.hint == "templates: mof, hubei")
        #expect(interpreter.run("evaluate part=all").error?.message == "part= takes execution or indicators")
        let flag = try #require(interpreter.run("audit --everything").error)
        #expect(flag.message == "unknown flag --everything")
        #expect(flag.hint == "known: --template, --all")
        #expect(interpreter.run("audit everything").error?.hint == "usage: audit [--template mof|hubei] [--all]")
        #expect(interpreter.run("stations | appendix").error?.message == "appendix starts a pipeline and cannot follow |")
        #expect(interpreter.run("evaluate --template hubei --template mof").error?.message == "the template is given twice")
        #expect(interpreter.run("appendix to .html").error?.message == "cannot tell the format of .html")
        #expect(interpreter.run("execution x").error?.hint == "usage: execution")
    }

    @Test func canonicalTextRoundTrips() throws {
        for line in ["evaluate template=hubei part=execution", "appendix --template hubei to \"附表 三.html\"", "audit --all --template hubei", "execution"] {
            let canonical = try Pipeline.parse(line).canonical
            #expect(try Pipeline.parse(canonical).canonical == canonical, "\(line)")
        }
        #expect(try Pipeline.parse("evaluate template=hubei part=execution").canonical == "evaluate --template hubei part=execution")
    }
}

/// The same errors said whole in Chinese, the interface's default: the form's words (方向, 正向, 分值, 产出指标)
/// are the documents' and the same in both languages; the sentence around them is the interface's.
@Suite struct EvaluationErrorsInChineseTests {
    typealias Copy = EvaluationErrorTests.Copy

    @Test func badRowsAreSaidInChinese() throws {
        let direction = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "带动就业,正向", with: "带动就业,正相") }
        defer { direction.remove() }
        #expect(DiagnosticRenderer.render(try #require(direction.error("evaluate")), language: .zh)
            == "\(direction.folder)/indicators.csv:10: 输入无效：方向须为 正向、反向 或 定性，现为：正相")
        let figure = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "记录,1000,", with: "记录,1000余,") }
        defer { figure.remove() }
        #expect(DiagnosticRenderer.render(try #require(figure.error("evaluate")), language: .zh) == """
            \(figure.folder)/indicators.csv:10: 输入无效：带动就业：正向指标的实际完成值须为数字，现为：1000余
              提示：记录的数字只写数字，文字说明写在来源中
            """)
    }

    @Test func templatesAndClaimsAreSaidInChinese() throws {
        let band = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "5,4,记录,达成预期指标", with: "5,4,记录,部分达成 55%") }
        defer { band.remove() }
        #expect(band.error("evaluate")?.text.text(in: .zh) == "项目按期完成：55% 不在 mof 模板中“部分达成预期指标并具有一定效果”的区间内：60% 至 80%（不含）")
        let weights = try Copy(changing: "indicators.csv") { $0.replacingOccurrences(of: "站长专业培训,正向,139,人,5,5", with: "站长专业培训,正向,139,人,4,6") }
        defer { weights.remove() }
        #expect(weights.error("evaluate")?.text.text(in: .zh) == "indicators：产出指标的分值合计为 49；mof 模板规定产出指标为 50")
        #expect(weights.error("evaluate --template hubei")?.text.text(in: .zh) == "indicators：各指标的湖北分值合计为 81；hubei 模板规定指标合计为 80")
        let claims = try Copy(changing: "claims.csv") { $0.replacingOccurrences(of: "评价,总分", with: "评价,得分") }
        defer { claims.remove() }
        let error = try #require(claims.error("audit"))
        #expect(error.text.text(in: .zh) == "自评得分：核对须是评价算出的某个数字，现为：得分")
        #expect(error.hintText?.text(in: .zh) == "可选：总分、执行率、未执行数、完成情况、等级")
    }

    /// A dataset made in the session has no file: the error names its row, in the interface's words.
    @Test func aRowOfASessionDatasetIsNamedInEitherLanguage() throws {
        let origin = DatasetOrigin(name: "indicators")
        #expect(origin.place(row: 2) == "indicators row 3")
        #expect(Language.speaking(.zh) { origin.place(row: 2) } == "indicators 第 3 行")
    }
}
