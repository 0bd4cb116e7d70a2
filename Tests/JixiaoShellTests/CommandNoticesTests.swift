import Foundation
import JixiaoCore
import Testing
import TestSupport

/// What commands say when they succeed (load, let, export, timer) and what help says, through the binary,
/// whole, in Chinese by default and in English on request; the results themselves are the same in both.
@Suite struct CommandNoticesTests {
    typealias Project = CommandLineBinaryTests.Project

    static let lines = ["-c", "load datasets/stations.csv as 站点", "-c", "let 村级 = 站点 | where 层级 == \"村级\"",
                        "-c", "村级 | export 村级站点.csv", "-c", "timer off", "-c", "export budgets to b.md"]

    @Test func noticesInChinese() throws {
        let project = try Project()
        defer { project.remove() }
        let run = try project.jixiao(Self.lines, environment: ["JIXIAO_LANG": "zh"])
        #expect(run.errors == "")
        #expect(run.output == """
            已载入“站点”：141 行，9 列
            “村级”：123 行，9 列
            已导出 123 行到 exports/村级站点.csv
            已关闭计时
            已导出 2 行到 exports/b.md

            """)
    }

    @Test func noticesInEnglish() throws {
        let project = try Project()
        defer { project.remove() }
        let run = try project.jixiao(["--lang", "en"] + Self.lines, environment: ["JIXIAO_LANG": ""])
        #expect(run.errors == "")
        #expect(run.output == """
            loaded 站点: 141 rows, 9 columns
            村级: 123 rows, 9 columns
            exported 123 rows to exports/村级站点.csv
            timer off
            exported 2 rows to exports/b.md

            """)
        // The files written are the same bytes whatever the language.
        let english = try Data(contentsOf: URL(fileURLWithPath: project.folder + "/exports/村级站点.csv"))
        _ = try project.jixiao(Self.lines, environment: ["JIXIAO_LANG": "zh"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: project.folder + "/exports/村级站点.csv")) == english)
    }

    /// `help`'s first lines and a category, in both languages: Chinese names beside the commands in Chinese.
    @Test func helpOverviewInBothLanguages() throws {
        let project = try Project()
        defer { project.remove() }
        let chinese = try project.jixiao(["-c", "help"], environment: ["JIXIAO_LANG": "zh"]).output
        #expect(chinese.hasPrefix("""
            jixiao 命令（help 命令名 查看详细说明，help functions 查看函数）：

            数据：
              load       载入      把 CSV、TSV、Excel（.xlsx）或 JSON 文件载入为数据集。
            """))
        #expect(chinese.contains("""
            筛选与整理：
              where      筛选      保留满足条件的行。
            """))
        let english = try project.jixiao(["--lang", "en", "-c", "help"]).output
        #expect(english.hasPrefix("""
            jixiao commands (help COMMAND for details, help functions for functions):

            Data:
              load       Read a CSV, TSV, Excel (.xlsx) or JSON file into a dataset.
            """))
    }
}
