import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoEvaluation
import JixiaoRender
import Testing
import TestSupport

/// Notebooks show forms as forms: the same HTML table as `appendix to FILE.html`, Word tables in .docx, and
/// charts in columns that hold in a browser.
@Suite struct NotebookFormTests {
    /// `sessions/appendix.jx`'s notebook shows 附表3 as the table `appendix to X.html` writes, in both templates.
    @Test func theAppendixScriptsNotebookShowsTheFormAsATable() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try FileManager.default.createDirectory(atPath: sandbox.folder + "/sessions", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSupport.repositoryRoot + "/sessions/appendix.jx", toPath: sandbox.folder + "/sessions/appendix.jx")
        let interpreter = try sandbox.interpreter()
        #expect(try NotebookTool(interpreter: interpreter).write(scriptPath: sandbox.folder + "/sessions/appendix.jx", to: sandbox.folder + "/nb.html") == nil)
        let notebook = try sandbox.read("nb.html")
        _ = try TestSupport.compact("appendix to mof.html", "appendix --template hubei to hubei.html", interpreter: interpreter)
        for page in ["mof.html", "hubei.html"] {
            let appendix = try sandbox.read("exports/" + page)
            let table = try #require(appendix.range(of: "<table class=\"form\">").flatMap { start in
                appendix.range(of: "</table>", range: start.lowerBound..<appendix.endIndex).map { String(appendix[start.lowerBound..<$0.upperBound]) }
            })
            #expect(notebook.contains(table), "\(page)")
            #expect(table.contains("<th scope=\"row\" rowspan=\"5\">项目资金<br>（万元）</th>") || table.contains("预算执行情况<br>（万元）（20分）"))
        }
        // No form drawn as box-drawing text any more; the audit is a form too.
        #expect(!notebook.contains("┌"))
        #expect(notebook.components(separatedBy: "<table class=\"form\">").count - 1 == 3)
        #expect(notebook.contains("table.form th, table.form td { border: 1px solid #000;"))
    }

    @Test(.enabled(if: Python.hasPythonDocx, "python3 with python-docx is not installed; `make test` installs it"))
    func aNotebookInWordHasParagraphsTablesAndForms() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("# 资金按方向汇总。\nfunds | group 方向 | agg 万元 = wan(sum(金额))\n# 自评表。\nappendix --template hubei\n"
                          + "funds | where 方向 == \"支出\" | group 用途 | agg 万元 = wan(sum(金额)) | chart bar width=40\n", to: "n.jx")
        let path = sandbox.folder + "/n.docx"
        #expect(try NotebookTool(interpreter: try sandbox.interpreter()).write(scriptPath: sandbox.folder + "/n.jx", to: path) == nil)
        let output = try Python.run([TestSupport.repositoryRoot + "/Tests/Fixtures/readers/docx_document.py", path])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let body = try #require(document["body"] as? [[String: Any]])
        #expect(body.first?["paragraph"] as? String == "n")
        #expect(body.contains { $0["paragraph"] as? String == "资金按方向汇总。" && $0["style"] as? String == "BodyText" })
        #expect(body.contains { $0["paragraph"] as? String == "funds | group 方向 | agg 万元 = wan(sum(金额))" && $0["style"] as? String == "Code" })
        #expect(body.contains { ($0["paragraph"] as? String)?.hasPrefix("万元 by 用途") == true && ($0["paragraph"] as? String)?.contains("三级物流配送体系   │") == true
                                && $0["style"] as? String == "Code" })
        let tables = try #require(document["tables"] as? [[String: Any]])
        #expect(tables.count == 2)
        #expect(tables[0]["grid"] as? [[String]] == [["方向", "万元"], ["到位", "432.90"], ["支出", "422.21"]])
        let form = try #require(tables[1]["grid"] as? [[String]])
        #expect(form.first?.first == "项目名称" && form.contains { $0.contains("19.51") })
        #expect(body.contains { $0["paragraph"] as? String == "项目支出绩效自评表" && $0["style"] as? String == "Title" })
    }

    @Test func wideCharactersAreBoxedToTheirColumns() {
        #expect(MonospaceHTML.text("中a█<") == "<span class=\"mono-2\">中</span>a<span class=\"mono-1\">█</span>&lt;")
        #expect(MonospaceHTML.text("a\nb") == "a\nb")
    }

    /// In headless Chromium, lines of a chart mixing Chinese, Latin and block characters end in the same pixel
    /// column: a Chinese character is exactly two columns wide, whatever fonts the machine has.
    @Test(.enabled(if: ExternalTool.chromium != nil, "Chromium is not installed (apt-get install chromium); the screenshot check is skipped"))
    func chineseIsTwoColumnsWideInABrowserScreenshot() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let labels = ["镇村电商服务站点", "abcdefghijklmnop", "ab中文cd中文ef", "█▏▎中x yz  ½", "商潮夜经济：活动"]
        // Each line ends in a full block, whose right edge is the line's last column boundary.
        let chart = labels.map { DisplayWidth.pad($0, to: 16) + "│█" }.joined(separator: "\n")
        #expect(labels.allSatisfy { DisplayWidth.of(DisplayWidth.pad($0, to: 16)) == 16 })
        let page = NotebookWriter.html(title: "w", cells: [.command("chart", .text(chart))])
            .replacingOccurrences(of: "<h1>w</h1>", with: "").replacingOccurrences(of: "<pre class=\"command\"><code>chart</code></pre>", with: "")
        try page.write(toFile: folder + "/w.html", atomically: true, encoding: .utf8)
        let chromium = try #require(ExternalTool.chromium)
        try ExternalTool.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(folder)/profile",
                                        "--window-size=600,300", "--screenshot=\(folder)/w.png", "file://\(folder)/w.html"], in: folder)
        let output = try Python.run([TestSupport.repositoryRoot + "/Tests/Fixtures/readers/png_columns.py", folder + "/w.png"])
        let ends = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Int])
        #expect(ends.count == labels.count, "\(ends)")
        // Every line's last dark pixel is its block's right edge: the same column, to the pixel.
        #expect(Set(ends).count == 1 || (ends.max() ?? 0) - (ends.min() ?? 0) <= 1, "\(ends)")
    }
}
