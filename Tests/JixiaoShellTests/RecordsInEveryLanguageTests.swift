import Foundation
import JixiaoCore
@testable import JixiaoSession
import Testing
import TestSupport

/// The interface's language changes what is said on screen, never what is kept: recorded outputs, journals,
/// saved scripts and notebooks are the same bytes under `--lang zh` and `--lang en` (the real binary, in a
/// project folder of its own).
@Suite struct RecordsInEveryLanguageTests {
    typealias Project = CommandLineBinaryTests.Project

    /// A script whose outputs hold things jixiao says: a load notice, a note under a chart, an empty table.
    static let script = """
        # 载入与图表
        load datasets/excel/工作经费支出.csv as g
        activities | group 月份 = month(日期) | agg 场次 = count() | chart spark
        stations | where 层级 == "省级"
        let x = budgets

        """

    static func language(_ language: String) -> [String: String] { ["JIXIAO_LANG": language] }

    @Test func recordedOutputsAreTheSameInBothLanguagesAndCheckUnderEither() throws {
        let project = try Project()
        defer { project.remove() }
        try Self.script.write(toFile: project.folder + "/sessions/s.jx", atomically: true, encoding: .utf8)
        let expected = project.folder + "/sessions/s.jx.expected"
        var records: [String: String] = [:]
        for language in ["zh", "en"] {
            let update = try project.jixiao(["--lang", language, "replay", "--update", "sessions/s.jx"], environment: Self.language(""))
            #expect(update.status == 0, "\(update.errors)")
            records[language] = try String(contentsOfFile: expected, encoding: .utf8)
        }
        #expect(records["zh"] == records["en"])
        // Recorded in English, the language whose texts are kept as they are.
        #expect(records["zh"]?.contains("│ (no rows)      ") == true)
        #expect(records["zh"]?.contains("min 10, max 21 (月份 1 to 12)") == true)
        // Said in the interface's language; checked under either.
        let chinese = try project.jixiao(["replay", "--check", "sessions/s.jx"], environment: Self.language("zh"))
        #expect(chinese.status == 0, "\(chinese.errors)")
        #expect(chinese.output == "sessions/s.jx: 全部 4 条输出与预期输出一致\n")
        let english = try project.jixiao(["replay", "--check", "sessions/s.jx"], environment: Self.language("en"))
        #expect(english.output == "sessions/s.jx: all 4 outputs match\n")
        let update = try project.jixiao(["replay", "--update", "sessions/s.jx"], environment: Self.language("zh"))
        #expect(update.output == "已把 4 条命令的输出记录到“sessions/s.jx.expected”\n")
        // A difference is described in the interface's language, the recorded lines quoted as recorded.
        try records["en", default: ""].replacingOccurrences(of: "(no rows)", with: "(no row!)").write(toFile: expected, atomically: true, encoding: .utf8)
        let differs = try project.jixiao(["replay", "--check", "sessions/s.jx"], environment: Self.language("zh"))
        #expect(differs.status == 1)
        #expect(differs.errors == """
            sessions/s.jx:4: 输出在第 4 行（表格第 1 行）与预期不同：stations | where 层级 == "省级"
                │ 站点编号 │ 站点名称 │ 层级 │ 乡镇 │ 村 │ 含快递物流 │ 站长已培训 │ 月均服务人次 │ 开业日期 │
                ├──────────┼──────────┼──────┼──────┼────┼────────────┼────────────┼──────────────┼──────────┤
              - │ (no row!)                                                                                  │
              + │ (no rows)                                                                                  │

            """)
    }

    @Test func aJournalAndASavedScriptAreTheSameInBothLanguages() throws {
        let project = try Project()
        defer { project.remove() }
        let input = "# 站点\nstations | count\nstations | where 乡镗 == \"保安镇\"\nlet x = budgets\nhelp where\nsave s --force\n"
        var journals: [String] = [], scripts: [String] = []
        for language in ["zh", "en"] {
            let state = project.folder + "/state-" + language
            let piped = try project.jixiao(["--lang", language], input: input, environment: ["JIXIAO_LANG": "", "XDG_STATE_HOME": state])
            #expect(piped.status == 1, "the misspelt column fails")
            let folder = state + "/jixiao/journals"
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            let journal = try String(contentsOfFile: folder + "/" + (names.last ?? ""), encoding: .utf8)
            // The start time is the only line that may differ.
            journals.append(journal.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#! started ") }.joined(separator: "\n"))
            let script = try String(contentsOfFile: project.folder + "/sessions/s.jx", encoding: .utf8)
            scripts.append(script.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#! saved ") }.joined(separator: "\n"))
        }
        #expect(journals[0] == journals[1])
        #expect(journals[0].hasSuffix("""
            # 站点
            stations | count
            #! failed: stations | where 乡镗 == "保安镇"
            #! error: name error: no column named 乡镗 (did you mean 乡镇?)
            let x = budgets
            #! shown: help where
            #! shown: save s --force

            """))
        #expect(scripts[0] == scripts[1])
        #expect(ScriptReader.commands(scripts[0]).map(\.text) == ["stations | count", "let x = budgets"])
    }

    @Test func aNotebookIsTheSameInBothLanguages() throws {
        let project = try Project()
        defer { project.remove() }
        try "# 站点\nstations | where 层级 == \"省级\" | count\nstations | where 乡镗 == \"保安镇\"\n"
            .write(toFile: project.folder + "/sessions/n.jx", atomically: true, encoding: .utf8)
        var notebooks: [String] = []
        for language in ["zh", "en"] {
            let run = try project.jixiao(["--lang", language, "notebook", "sessions/n.jx", "-o", "n.md"], environment: Self.language(""))
            #expect(run.status == 1, "the notebook stops at the error")
            notebooks.append(try String(contentsOfFile: project.folder + "/n.md", encoding: .utf8))
            // What is said on screen follows the language.
            #expect(run.errors.hasSuffix(language == "zh" ? "已写出“n.md”（只写到出错处为止）\n" : "wrote n.md up to the error\n"))
        }
        #expect(notebooks[0] == notebooks[1])
        #expect(notebooks[0] == """
            # n

            站点

            ```jixiao
            stations | where 层级 == "省级" | count
            ```

            | count |
            | ----: |
            |     0 |

            ```jixiao
            stations | where 乡镗 == "保安镇"
            ```

            > **错误**
            >
            >     sessions/n.jx:3:18: 名称错误：没有名为“乡镗”的列
            >       stations | where 乡镗 == "保安镇"
            >                        ^^^^
            >       提示：是不是要找“乡镇”？

            """)
    }
}
