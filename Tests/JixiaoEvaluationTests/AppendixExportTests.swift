import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender
import Testing
import TestSupport

/// appendix … to FILE: the format follows the extension, and the file is written whole or not at all.
@Suite struct AppendixExportTests {
    /// An interpreter on the bundled datasets whose relative paths resolve in a fresh temporary folder.
    func interpreter(in folder: String) throws -> Interpreter {
        let workspace = Workspace(directory: folder)
        try workspace.loadFolder(TestSupport.datasetsFolder)
        return Interpreter(workspace: workspace)
    }

    func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func htmlHasMergedCellsUTF8AndEscapedText() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try TestSupport.compact("appendix to 自评表.html", interpreter: interpreter(in: folder)) == "wrote exports/自评表.html: 项目支出绩效自评表 (mof, html)")
        let html = try String(contentsOfFile: folder + "/exports/自评表.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>项目支出绩效自评表</title>\n"))
        #expect(html.contains("<tr><th scope=\"row\" colspan=\"2\">项目名称</th><td colspan=\"6\">"))
        #expect(html.contains("<tr><th scope=\"row\" rowspan=\"5\">项目资金<br>（万元）</th><th></th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">年度资金总额</th><td class=\"number\">432.90</td><td class=\"number\">432.90</td><td class=\"number\">422.21</td><td class=\"number\">10</td><td class=\"number\">97.53%</td><td class=\"number\">9.75</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\" rowspan=\"7\">产出指标<br>（50分）</th><th scope=\"row\" rowspan=\"3\">数量指标</th><td>镇村电商服务站点</td>"))
        #expect(html.contains("<tr><th scope=\"row\" colspan=\"5\">总分</th><td class=\"number\">100</td><td class=\"number\">99.75</td><td></td></tr>"))
        // The quotes of the recorded sources are escaped.
        #expect(html.contains("带动就业（自评报告四（二）2“带动就业1000余人”）"))
        #expect(!html.contains("\"带动"))
        #expect(try files(in: folder) == ["exports"])
        #expect(try files(in: folder + "/exports") == ["自评表.html"])
    }

    /// The form is drawn whole in any window; one narrower than the form gets a note saying how to see it whole.
    @Test func aWindowNarrowerThanTheFormGetsANoteOnHowToSeeItWhole() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let interpreter = try interpreter(in: folder)
        let whole = try TestSupport.compact("appendix", interpreter: interpreter)
        let formWidth = whole.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
        #expect(formWidth > 160 && !whole.contains("appendix to"))
        interpreter.workspace.style.width = 60
        let narrow = try TestSupport.compact("appendix", interpreter: interpreter)
        #expect(narrow.hasPrefix(whole + "\n"))
        let note = narrow.dropFirst(whole.count + 1).split(separator: "\n").map(String.init)
        #expect(note == [
            "(the form is \(formWidth) columns wide and this window 60: widen the",
            "window, or see it whole with appendix to FILE.xlsx, .docx,",
            ".html, .md, .csv or .txt)",
        ])
        #expect(note.allSatisfy { DisplayWidth.of($0) <= 60 })
        interpreter.workspace.style.width = formWidth
        #expect(try TestSupport.compact("appendix", interpreter: interpreter) == whole)
    }

    @Test func csvAndTextAndMarkdown() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let interpreter = try interpreter(in: folder)
        _ = try TestSupport.compact("appendix --template hubei to 表.csv", "appendix to 表.txt", "appendix to 表.md", interpreter: interpreter)
        // Read the bytes as they are: Foundation's text reading would drop the byte-order mark.
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/exports/表.csv"))
        let csv = String(decoding: bytes, as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}项目支出绩效自评表,,,,,,\r\n（2022年度）,,,,,,\r\n项目名称,,2022年"))
        #expect(csv.contains("\r\n,合计,,432.90,422.21,97.53%,19.51\r\n"))
        #expect(csv.contains("\r\n预算执行情况（万元）（20分）,资金名称,,预算数(A),执行数(B),执行率(B/A),得分\r\n"))
        let text = try String(contentsOfFile: folder + "/exports/表.txt", encoding: .utf8)
        #expect(text == (try TestSupport.compact("appendix", interpreter: interpreter)) + "\n")
        let markdown = try String(contentsOfFile: folder + "/exports/表.md", encoding: .utf8)
        #expect(markdown.contains("\n| 项目资金<br>（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n|  | 年度资金总额 | 432.90 | 432.90 | 422.21 | 10 | 97.53% | 9.75 |\n"))
        #expect(try files(in: folder + "/exports") == ["表.csv", "表.md", "表.txt"])
    }

    @Test func anExistingFileIsReplacedWhole() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/exports", withIntermediateDirectories: false)
        try "old".write(toFile: folder + "/exports/a.md", atomically: true, encoding: .utf8)
        _ = try TestSupport.compact("appendix to a.md", interpreter: interpreter(in: folder))
        #expect(try String(contentsOfFile: folder + "/exports/a.md", encoding: .utf8).hasPrefix("## 项目支出绩效自评表\n"))
        #expect(try files(in: folder + "/exports") == ["a.md"])
    }

    @Test func aMissingFolderOrUnknownFormatWritesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let interpreter = try interpreter(in: folder)
        let missing = try #require(interpreter.run("appendix to 没有/表.html").error)
        #expect(missing.phase == .io)
        #expect(missing.message == "cannot write \(folder)/exports/没有/表.html: the folder \(folder)/exports/没有 does not exist")
        #expect(missing.range.map { Array("appendix to 没有/表.html".utf8)[$0] }.map { String(decoding: $0, as: UTF8.self) } == "没有/表.html")
        let format = try #require(interpreter.run("appendix to 表.pdf").error)
        #expect(format.phase == .parse)
        #expect(format.message == "cannot tell the format of 表.pdf")
        #expect(format.hint == "end the name in .xlsx, .docx, .html, .md, .csv or .txt")
        // A failed evaluation writes no file either.
        let broken = Interpreter(workspace: Workspace(directory: folder))
        #expect(broken.run("appendix to 表.html").error != nil)
        #expect(try files(in: folder).allSatisfy { $0 == "exports" })
        #expect(try files(in: folder + "/exports") == [])
    }
}
