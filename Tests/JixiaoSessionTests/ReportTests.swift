import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoEvaluation
import JixiaoRender
import Testing
import TestSupport

/// `jixiao report`: templates whose placeholders are pipelines, filled from the datasets.
@Suite struct ReportTests {
    static let bundled = TestSupport.repositoryRoot + "/reports/section-4.md"

    func render(_ template: String, to name: String, in sandbox: Sandbox, in language: Language = .en) throws -> String {
        try Language.speaking(language) {
            try ReportTool(interpreter: try sandbox.interpreter()).write(templatePath: template, to: sandbox.folder + "/" + name)
        }
        return try sandbox.read(name)
    }

    /// The figures of the seed's section 四 come out of the datasets, so a changed ledger changes them.
    @Test func theBundledTemplateComputesTheSeedsFigures() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let report = try render(Self.bundled, to: "四.md", in: sandbox)
        for figure in ["合计432.9万元", "项目资金414.9万元，电子商务工作经费18万元", "资金及电子商务工作经费实际支出422.21万元", "139个镇村电商服务站点",
                       "选拔139个站长", "爱心助农直播带货活动32场", "培训直播带货学员859人次", "服务对象满意度100%", "合计执行率97.53%",
                       "10.69万元未执行", "物流项目资金207.9万元", "大冶分公司200万元", "咨询费7万元", "实际支出7.31万元", "商品和服务支出2.31万元"] {
            #expect(report.contains(figure), "\(figure)")
        }
        #expect(!report.contains("{{") && !report.contains("}}"))
        #expect(report.contains("| 合计                                 |     432.90 |     432.90 | 432.90 |     422.21 |    10.69 |  97.53% |"))
        // A chart's title is said in the document's language, Chinese.
        #expect(report.contains("```text\n按用途统计的万元\n三级物流配送体系   │"))
        #expect(report.contains("## 项目支出绩效自评表") && report.contains("| 总分 | 100 | 99.75 |  |"))
        // The footer: each dataset's rows and fingerprint, as the file is now, in Chinese whatever the interface's
        // language (a report is a document, like an export).
        for name in ["funds", "stations", "activities", "budgets", "indicators", "project"] {
            let sha = try #require(DatasetFingerprint.sha256(ofFile: sandbox.folder + "/datasets/\(name).csv"))
            #expect(report.contains("\(name)："), "\(name)")
            #expect(report.contains("sha256 \(sha)，datasets/\(name).csv"), "\(name)")
        }
        #expect(report.contains("stations：141 行，sha256 "))
        #expect(report.contains("重新生成：jixiao report "))
        #expect(try render(Self.bundled, to: "四-中文.md", in: sandbox, in: .zh) == report.replacingOccurrences(of: "四.md", with: "四-中文.md"))

        // One more payment received: the totals follow, and the fingerprint changes.
        let funds = sandbox.folder + "/datasets/funds.csv"
        let before = try #require(DatasetFingerprint.sha256(ofFile: funds))
        try (try String(contentsOfFile: funds, encoding: .utf8) + "2022-12-30,电子商务工作经费,到位,大冶市财政局,资金到位,10000.00\n")
            .write(toFile: funds, atomically: true, encoding: .utf8)
        let again = try render(Self.bundled, to: "四-2.md", in: sandbox)
        #expect(again.contains("电子商务工作经费19万元，合计433.9万元。"))
        let after = try #require(DatasetFingerprint.sha256(ofFile: funds))
        #expect(!again.contains(before) && again.contains(after))
    }

    @Test(.enabled(if: Python.hasPythonDocx, "python3 with python-docx is not installed; `make test` installs it"))
    func theBundledTemplateRendersToWord() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = sandbox.folder + "/四.docx"
        try ReportTool(interpreter: try sandbox.interpreter()).write(templatePath: Self.bundled, to: path)
        let output = try Python.run([TestSupport.repositoryRoot + "/Tests/Fixtures/readers/docx_document.py", path])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let body = try #require(document["body"] as? [[String: Any]])
        let paragraphs = body.compactMap { $0["paragraph"] as? String }
        #expect(body.first?["paragraph"] as? String == "四、绩效目标实现情况分析" && body.first?["style"] as? String == "Title")
        #expect(body.contains { $0["paragraph"] as? String == "（一）项目资金情况分析" && $0["style"] as? String == "Heading1" })
        let text = paragraphs.joined(separator: "\n")
        for figure in ["合计432.9万元", "实际支出422.21万元", "139个镇村电商服务站点", "活动32场", "学员859人次"] { #expect(text.contains(figure), "\(figure)") }
        #expect(body.contains { ($0["paragraph"] as? String)?.hasPrefix("本年度收到2022年") == true && $0["style"] as? String == "BodyText" })
        let tables = try #require(document["tables"] as? [[String: Any]])
        #expect(tables.count == 3)
        // execution's last column, 提示, flags funds spent over or without a budget: none in the seed.
        #expect((tables[0]["grid"] as? [[String]])?.last == ["合计", "432.90", "432.90", "432.90", "422.21", "10.69", "97.53%", ""])
        // The form keeps its merges: 项目名称 spans two columns, 项目资金 five rows.
        let form = try #require(tables[2]["rows"] as? [[String: Any]])
        #expect((form[0]["cells"] as? [[String: Any]])?.first?["span"] as? Int == 2)
        #expect((form[2]["cells"] as? [[String: Any]])?.first?["vMerge"] as? String == "restart")
        // A report is a document: what jixiao writes in it is Chinese, whatever the interface's language.
        #expect(paragraphs.contains { $0.hasPrefix("数据集指纹：") })
        #expect(paragraphs.contains { $0.hasPrefix("funds：23 行，sha256 ") })
    }

    @Test func htmlShowsTheFormAsTheAppendixPageDoes() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let html = try render(Self.bundled, to: "四.html", in: sandbox)
        let interpreter = try sandbox.interpreter()
        guard case .form(let form)? = interpreter.run("appendix").value, let sheet = form.sheets.first else {
            Issue.record("appendix gave no form")
            return
        }
        #expect(html.contains(SheetHTMLRenderer.element(sheet)))
        #expect(html.contains("<h1>四、绩效目标实现情况分析</h1>") && html.contains("<h2>（一）项目资金情况分析</h2>"))
        #expect(html.contains("<p>本年度收到2022年大冶市国家级电子商务进农村综合示范项目资金414.9万元，电子商务工作经费18万元，合计432.9万元。</p>"))
        #expect(html.contains("<pre class=\"output\">按<span") == false && html.contains("<pre class=\"output\"><span class=\"mono-2\">按</span>"))
        #expect(html.contains("<footer class=\"fingerprints\">"))
    }

    // MARK: - Errors

    /// A failing placeholder is an error at the template's line and column, and nothing is written.
    @Test func aFailingPlaceholderIsLocatedAndWritesNothing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let cases: [(String, DiagnosticCode, String)] = [
            ("支出{{ funds | where 方向 == \"支出\" | agg wan(sum(金額)) }}万元。", .nameUnknownColumn, "t.md:3:45: name error: no column named 金額"),
            ("站点 {{ stations }} 个。", .reportNotAValue, "t.md:3:4: error: a placeholder in text needs one value; this pipeline gives 141 rows × 9 columns"),
            ("如下 {{ table: budgets }}", .reportBlockInline, "t.md:3:4: error: a table, chart or form stands alone on its line in a report template"),
            ("{{ table: funds | count }} 与 {{ ", .reportUnterminatedPlaceholder, "t.md:3:30: syntax error: a placeholder opened with {{ is not closed with }} on its line"),
            ("{{   }}", .reportEmptyPlaceholder, "t.md:3:1: syntax error: an empty placeholder: {{ }} needs a pipeline"),
            ("{{ let x = funds }}", .reportNothingToPlace, "t.md:3:1: error: this pipeline gives nothing to place in the report"),
            ("{{ table: funds | chart bar }}", .reportNotATable, "t.md:3:1: error: table: needs a pipeline that gives a table"),
            ("{{ funds | export /tmp/jixiao-report-escape.csv }}", .securityDataFileWrite, "t.md:3:19: refused: a data file may not write files: /tmp/jixiao-report-escape.csv"),
            ("{{ funds | export exports/x.csv }}", .securityDataFileWrite, "t.md:3:19: refused: a data file may not write files: exports/x.csv"),
            ("{{ load /etc/hostname as h }}", .securityReadAbsolute, "t.md:3:9: refused: a replayed script may not read an absolute path: /etc/hostname"),
            ("{{ !touch x }}", .reportShellInTemplate, "t.md:3:4: refused: shell commands are not run from report templates; nothing was written"),
        ]
        for (line, code, start) in cases {
            try sandbox.write("# 报告\n\n\(line)\n\n{{ funds | count }}\n", to: "t.md")
            let tool = ReportTool(interpreter: try sandbox.interpreter())
            do {
                try tool.write(templatePath: sandbox.folder + "/t.md", to: sandbox.folder + "/out.md")
                Issue.record("\(line) was written")
            } catch let error as Diagnostic {
                #expect(error.code == code, "\(line)")
                let shown = DiagnosticRenderer.render(error)
                #expect(shown.hasPrefix(sandbox.folder + "/" + start), "\(line)\n\(shown)")
                #expect(shown.contains("\n  \(line)\n"), "\(line)\n\(shown)")
            }
            #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/out.md"), "\(line)")
            #expect(!FileManager.default.fileExists(atPath: "/tmp/jixiao-report-escape.csv"))
        }
        #expect(throws: Diagnostic.self) { try ReportTool(interpreter: try sandbox.interpreter()).write(templatePath: Self.bundled, to: sandbox.folder + "/out.pdf") }
    }

    @Test func valuesAreWrittenAsProseWritesNumbers() {
        #expect(ReportValue.prose(.decimal(ExactDecimal(units: 43290, scale: 2)), hint: .number) == "432.9")
        #expect(ReportValue.prose(.decimal(ExactDecimal(units: 1800, scale: 2)), hint: .number) == "18")
        #expect(ReportValue.prose(.decimal(ExactDecimal(units: 12345678, scale: 2)), hint: .number) == "123456.78")
        #expect(ReportValue.prose(.decimal(ExactDecimal(units: 9753, scale: 2)), hint: .percent) == "97.53%")
        #expect(ReportValue.prose(.integer(139), hint: .plain) == "139")
        #expect(ReportValue.prose(.text("1000人"), hint: .plain) == "1000人")
    }
}
