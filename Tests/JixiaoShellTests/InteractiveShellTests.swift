import Foundation
import JixiaoCore
import JixiaoRender
import Testing
import TestSupport

/// The real binary in a pseudo-terminal (a tmux pane): typing Chinese, Tab, Up, Ctrl-R, Ctrl-C and Ctrl-D, with
/// assertions on the screen and on the history file. Each session has its own tmux server and home folder.
@Suite(.serialized) struct InteractiveShellTests {
    static let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    static let query = "stations | where 乡镇 == \"保安镇\" | count"

    /// What a new user's terminal gives, with a UTF-8 locale.
    static func environment(home: String, _ extra: [String: String] = [:]) -> [String: String] {
        ["PATH": path, "HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8"].merging(extra) { $1 }
    }

    // MARK: - The issue's scenario

    @Test func chineseQueryTabUpAndCtrlDWithLANGUnset() throws {
        let home = try TestSupport.temporaryFolder()
        // Only PATH, HOME and TERM: no LANG, no LC_*, as in an empty environment.
        let session = try TerminalSession(home: home, environment: ["PATH": Self.path, "HOME": home, "TERM": "xterm-256color"])
        defer { session.close() }
        try session.waitFor("jixiao [1]>")

        try session.type(Self.query)
        // Without the UTF-8 fallback, libedit would have dropped every Chinese character.
        try session.waitFor("the typed query") { $0.hasSuffix("jixiao [1]> " + Self.query) }
        try session.press("Enter")
        let counted = try session.waitFor("jixiao [2]>")
        #expect(counted.contains("\(Self.query)\n┌───────┐\n│ count │\n├───────┤\n│    13 │\n└───────┘\njixiao [2]>"))

        try session.type("stations | group 乡")
        try session.press("Tab")
        try session.waitFor("乡 completed to 乡镇") { $0.hasSuffix("jixiao [2]> stations | group 乡镇") }
        try session.press("Enter")
        let grouped = try session.waitFor("jixiao [3]>")
        #expect(grouped.contains("│ 保安镇     │    13 │"))

        try session.press("Up")
        try session.waitFor("the last command recalled") { $0.hasSuffix("jixiao [3]> stations | group 乡镇") }
        try session.press("Up")
        try session.waitFor("the query recalled") { $0.hasSuffix("jixiao [3]> " + Self.query) }
        try session.press("Enter")
        try session.waitFor("jixiao [4]>")

        try session.press("C-d")
        #expect(try session.exitStatus() == 0)
        let history = try String(contentsOfFile: home + "/.local/state/jixiao/history", encoding: .utf8)
        #expect(history == "\(Self.query)\nstations | group 乡镇\n\(Self.query)\n")
    }

    /// The interface is Chinese where nothing asks for English (LANG unset, JIXIAO_LANG empty): the start-up
    /// line, and an error whose caret stands under the misspelt Chinese name, as wide as it.
    @Test func aChineseErrorOnScreenWithItsCaretUnderTheName() throws {
        let home = try TestSupport.temporaryFolder()
        let session = try TerminalSession(home: home, environment: ["PATH": Self.path, "HOME": home, "TERM": "xterm-256color", "JIXIAO_LANG": ""])
        defer { session.close() }
        let start = try session.waitFor("jixiao [1]>")
        #expect(start.hasPrefix("jixiao \(JixiaoVersion.current)：已载入 "), "\(start)")
        #expect(start.contains("help 列出命令，Tab 补全，Ctrl-D 退出。"), "\(start)")
        let line = "stations | where 乡镗 == \"保安镇\""
        try session.type(line)
        try session.press("Enter")
        let screen = try session.waitFor("提示：是不是要找“乡镇”？")
        #expect(screen.contains("""
            jixiao [1]> \(line)
            名称错误：没有名为“乡镗”的列
              \(line)
                               ^^^^
              提示：是不是要找“乡镇”？
            jixiao [1]>
            """), "\(screen)")
        // Measured on the screen: the caret starts in the column of 乡镗 and is as wide as it.
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let source = try #require(rows.firstIndex { $0 == "  " + line })
        let name = try #require(rows[source].range(of: "乡镗"))
        let caret = rows[source + 1]
        #expect(DisplayWidth.of(String(caret.prefix { $0 == " " })) == DisplayWidth.of(String(rows[source][..<name.lowerBound])))
        #expect(caret.trimmingCharacters(in: .whitespaces) == String(repeating: "^", count: DisplayWidth.of("乡镗")))
        try session.press("C-d")
        #expect(try session.exitStatus() == 0)
    }

    @Test func cursorKeysAndDeletionHandleDoubleWidthCharacters() throws {
        let home = try TestSupport.temporaryFolder()
        let session = try TerminalSession(home: home, environment: Self.environment(home: home))
        defer { session.close() }
        try session.waitFor("jixiao [1]>")

        // One 镇 too many: step back over `" | count` and delete it.
        try session.type("stations | where 乡镇 == \"保安镇镇\" | count")
        try session.waitFor("the typed line") { $0.hasSuffix("jixiao [1]> stations | where 乡镇 == \"保安镇镇\" | count") }
        for _ in 0..<9 { try session.press("Left") }
        try session.press("BSpace")
        try session.waitFor("the line redrawn") { $0.hasSuffix("jixiao [1]> " + Self.query) }
        // Typing in the middle of Chinese text: the cursor is right after 保安镇.
        try session.type("X")
        try session.waitFor("X inserted after 保安镇") { $0.hasSuffix("jixiao [1]> stations | where 乡镇 == \"保安镇X\" | count") }
        try session.press("BSpace")
        try session.press("Enter")
        let counted = try session.waitFor("jixiao [2]>")
        #expect(counted.contains("│    13 │"))

        // Ctrl-A goes to the start of a line holding Chinese; Ctrl-E back to its end.
        try session.type("| where 乡镇 == \"保安镇\"")
        try session.press("C-a")
        try session.type("stations ")
        try session.press("C-e")
        try session.type(" | count")
        try session.waitFor("the line edited at both ends") { $0.hasSuffix("jixiao [2]> " + Self.query) }
        try session.press("Enter")
        try session.waitFor("jixiao [3]>")
    }

    // MARK: - Ctrl-R and Ctrl-C

    @Test func ctrlRFindsAChineseQueryAndCtrlCClearsTheLine() throws {
        let home = try TestSupport.temporaryFolder()
        let historyPath = home + "/state/jixiao/history"
        try FileManager.default.createDirectory(atPath: home + "/state/jixiao", withIntermediateDirectories: true)
        try "funds | count\n\(Self.query)\nactivities | count\n".write(toFile: historyPath, atomically: true, encoding: .utf8)
        let session = try TerminalSession(home: home, environment: Self.environment(home: home, ["XDG_STATE_HOME": home + "/state"]))
        defer { session.close() }
        try session.waitFor("jixiao [1]>")

        try session.press("C-r")
        try session.waitFor("the search prompt") { $0.hasSuffix("(reverse-i-search)`':") }
        try session.type("保安")
        try session.waitFor("the query found") { $0.hasSuffix("(reverse-i-search)`保安': " + Self.query) }
        try session.press("Enter")
        let found = try session.waitFor("jixiao [2]>")
        #expect(found.contains("jixiao [1]> \(Self.query)\n┌───────┐\n│ count │\n├───────┤\n│    13 │\n└───────┘\njixiao [2]>"))

        try session.type("funds | where 用途 == \"不存在")
        try session.press("C-c")
        try session.waitFor("the line abandoned") { $0.hasSuffix("jixiao [2]> funds | where 用途 == \"不存在^C\njixiao [2]>") }
        try session.type("funds | count")
        try session.press("Enter")
        try session.waitFor("jixiao [3]>")
        #expect(try session.screen().contains("│    23 │"))

        try session.press("C-d")
        #expect(try session.exitStatus() == 0)
        let history = try String(contentsOfFile: historyPath, encoding: .utf8)
        #expect(history == "funds | count\n\(Self.query)\nactivities | count\n\(Self.query)\nfunds | count\n")
    }

    @Test func ctrlCStopsALongCommandWithNothingChanged() throws {
        let home = try TestSupport.temporaryFolder()
        // Big enough that reading it takes seconds: Ctrl-C lands while it runs.
        let rows = String(repeating: "1,保安镇,12.50\n", count: 1_500_000)
        try ("编号,乡镇,金额\n" + rows).write(toFile: home + "/big.csv", atomically: false, encoding: .utf8)
        let session = try TerminalSession(home: home, environment: Self.environment(home: home))
        defer { session.close() }
        try session.waitFor("jixiao [1]>")

        try session.type("load \(home)/big.csv as big")
        try session.press("Enter")
        var screen = ""
        for _ in 0..<60 {
            try session.press("C-c")
            usleep(300_000)
            screen = try session.screen()
            if screen.contains("interrupted:") || screen.contains("loaded big") { break }
        }
        #expect(screen.contains("interrupted: stopped by Ctrl-C; nothing was changed"))
        #expect(!screen.contains("loaded big"))

        try session.press("C-u")
        try session.type("datasets")
        try session.press("Enter")
        // A listing is not a cell: the prompt keeps its number.
        let listing = try session.waitFor("the listing") { $0.contains("└──") && $0.hasSuffix("jixiao [1]>") }
        #expect(listing.contains("│ stations   │  141 │"))
        #expect(!listing.contains("│ big"))
        try session.press("C-d")
        #expect(try session.exitStatus() == 0)
    }

    @Test func ctrlZSuspendsAndFgRedrawsTheLine() throws {
        let home = try TestSupport.temporaryFolder()
        // A shell with job control runs jixiao, as in a real terminal.
        let session = try TerminalSession(home: home, environment: Self.environment(home: home, ["PS1": "$ "]),
                                          program: ["bash", "--norc", "--noprofile", "-i"])
        defer { session.close() }
        try session.waitFor("the shell's prompt") { $0.hasSuffix("$") }
        try session.type("\(try TerminalSession.binary()) --datasets \(TestSupport.datasetsFolder)")
        try session.press("Enter")
        try session.waitFor("jixiao [1]>")
        try session.type("stations | where 乡镇 == \"保安镇\" | co")
        try session.press("C-z")
        try session.waitFor("Stopped")
        try session.type("fg")
        try session.press("Enter")
        try session.waitFor("the line redrawn") { $0.hasSuffix("jixiao [1]> stations | where 乡镇 == \"保安镇\" | co") }
        try session.type("unt")
        try session.press("Enter")
        let counted = try session.waitFor("jixiao [2]>")
        #expect(counted.contains("│    13 │"))
    }

    // MARK: - Tab

    @Test func tabListsCandidatesAndCompletesPathsAndFunctions() throws {
        let home = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/数据", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSupport.datasetsFolder + "/stations.csv", toPath: home + "/数据/乡镇站点.csv")
        let session = try TerminalSession(home: home, environment: Self.environment(home: home))
        defer { session.close() }
        try session.waitFor("jixiao [1]>")

        try session.type("stations | s")
        try session.press("Tab")
        try session.waitFor("the candidates listed") { $0.hasSuffix("jixiao [1]> stations | s\nschema  select  sort    show\njixiao [1]> stations | s") }
        try session.press("C-u")
        try session.waitFor("an empty line") { $0.hasSuffix("jixiao [1]>") }

        try session.type("load \(home)/数")
        try session.press("Tab")
        try session.waitFor("the folder completed") { $0.hasSuffix("jixiao [1]> load \(home)/数据/") }
        try session.press("Tab")
        try session.waitFor("the file completed") { $0.hasSuffix("jixiao [1]> load \(home)/数据/乡镇站点.csv") }
        try session.press("Enter")
        try session.waitFor("loaded 乡镇站点: 141 rows, 9 columns\njixiao [2]>")

        try session.type("乡镇站点 | group 乡")
        try session.press("Tab")
        try session.waitFor("a column of the new dataset") { $0.hasSuffix("jixiao [2]> 乡镇站点 | group 乡镇") }
        try session.type("| agg 人次 = sum")
        try session.press("Tab")
        try session.waitFor("a function completed") { $0.hasSuffix("jixiao [2]> 乡镇站点 | group 乡镇 | agg 人次 = sum(") }
        try session.type("月")
        try session.press("Tab")
        try session.type(") | where 乡镇 == \"保安镇\"")
        try session.press("Enter")
        let result = try session.waitFor("jixiao [3]>")
        #expect(result.contains("│ 乡镇   │  人次 │\n├────────┼───────┤\n│ 保安镇 │ "))
    }

    // MARK: - Multi-line commands

    @Test func aMultiLineCommandIsOneHistoryEntryRecalledWhole() throws {
        let home = try TestSupport.temporaryFolder()
        let session = try TerminalSession(home: home, environment: Self.environment(home: home))
        defer { session.close() }
        try session.waitFor("jixiao [1]>")

        try session.type("stations |")
        try session.press("Enter")
        try session.waitFor("the continuation prompt") { $0.hasSuffix("jixiao [1]> stations |\n       ...>") }
        try session.type("group 乡镇 |")
        try session.press("Enter")
        try session.type("count")
        try session.press("Enter")
        let result = try session.waitFor("jixiao [2]>")
        #expect(result.contains("│ 保安镇     │    13 │"))

        try session.press("Up")
        try session.waitFor("the whole command recalled") { $0.hasSuffix("jixiao [2]> stations |\ngroup 乡镇 |\ncount") }
        try session.press("Enter")
        try session.waitFor("jixiao [3]>")
        try session.press("C-d")
        #expect(try session.exitStatus() == 0)
        let history = try String(contentsOfFile: home + "/.local/state/jixiao/history", encoding: .utf8)
        #expect(history == "stations |\\ngroup 乡镇 |\\ncount\n")
    }

    // MARK: - Colour

    @Test func errorsAreColouredUnlessNO_COLOR() throws {
        for noColor in [false, true] {
            let home = try TestSupport.temporaryFolder()
            let session = try TerminalSession(home: home, environment: Self.environment(home: home, noColor ? ["NO_COLOR": "1"] : [:]))
            defer { session.close() }
            try session.waitFor("jixiao [1]>")
            try session.type("stations | where 乡镗 == 1")
            try session.press("Enter")
            try session.waitFor("hint: did you mean 乡镇?")
            let coloured = try session.screen(withColour: true)
            if noColor {
                #expect(!coloured.contains("\u{1B}["))
            } else {
                #expect(coloured.contains("\u{1B}[36mhint"))
                #expect(coloured.contains("\u{1B}[31m^^^^"))
            }
        }
    }
}

/// Standard input that is not a terminal: no editor, no prompt; every command runs (so a later `save` still
/// saves), and the exit code says a command failed.
@Suite struct PipedInputTests {
    func run(_ input: String) throws -> Subprocess.Result {
        try Subprocess.run(try TerminalSession.binary(), ["--datasets", TestSupport.datasetsFolder],
                           environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"], input: input)
    }

    @Test func printsTheCountAndNoPrompt() throws {
        let result = try run("stations | count\n")
        #expect(result.status == 0)
        #expect(result.output == "┌───────┐\n│ count │\n├───────┤\n│   141 │\n└───────┘\n")
        #expect(result.errors == "")
    }

    @Test func goesOnAfterAnErrorAndExitsWithItsCode() throws {
        let result = try run("stations | where 乡镇 == \"保安镇\" | count\nstations | where 乡镗 == 1\nfunds | count\n")
        #expect(result.status == 1)
        #expect(result.output == "┌───────┐\n│ count │\n├───────┤\n│    13 │\n└───────┘\n┌───────┐\n│ count │\n├───────┤\n│    23 │\n└───────┘\n")
        #expect(result.errors == "name error: no column named 乡镗\n  stations | where 乡镗 == 1\n                   ^^^^\n  hint: did you mean 乡镇?\n")
    }

    /// Output to a pipe is a record: with COLUMNS unset no table is cut to a default width, however wide.
    @Test func aWideTableIsPrintedWholeWhenCOLUMNSIsUnset() throws {
        let result = try run("stations | top 2\n")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[1] == "│ 站点编号 │ 站点名称                                     │ 层级 │ 乡镇       │ 村   │ 含快递物流 │ 站长已培训 │ 月均服务人次 │ 开业日期   │")
        #expect(lines[3] == "│ SJ01     │ 大冶市电子商务公共服务中心（市级电商产业园） │ 市级 │ 东岳路街道 │ null │ 否         │ 否         │        1,860 │ 2021-10-15 │")
        #expect(DisplayWidth.of(lines[0]) > 120)
        #expect(!result.output.contains("…") && !result.output.contains("not shown"))
    }

    /// COLUMNS set for a pipe is a width asked for: the table fits it, leaving out whole what does not.
    @Test func COLUMNSSetForAPipeIsHonoured() throws {
        let result = try Subprocess.run(try TerminalSession.binary(), ["--datasets", TestSupport.datasetsFolder],
                                        environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "COLUMNS": "60"],
                                        input: "stations | top 2\n")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(result.output.contains("(4 columns not shown: 乡镇, 村, 含快递物流, 站长已培训;"))
    }

    /// An output file that cannot be written is named in the message, never put before it as the place of the
    /// error (`nosuch/a.csv:20:` read as if that file were a script at fault); the caret points at the path typed.
    @Test func anErrorAboutAnOutputFileIsNotPrefixedWithThatFile() throws {
        // An absolute path, written where it says (a relative one would go into exports/ of the working folder).
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let missing = parent + "/nosuch"
        let result = try run("export stations to \(missing)/a.csv\nstations | export \(missing)/b.md\nappendix to \(missing)/c.txt\n")
        #expect(result.status == 1)
        let folder = missing
        #expect(result.errors == """
            file error: cannot write \(folder)/a.csv: the folder \(folder) does not exist
              export stations to \(missing)/a.csv
                                 \(String(repeating: "^", count: missing.count + 6))
            file error: cannot write \(folder)/b.md: the folder \(folder) does not exist
              stations | export \(missing)/b.md
                                \(String(repeating: "^", count: missing.count + 5))
            file error: cannot write \(folder)/c.txt: the folder \(folder) does not exist
              appendix to \(missing)/c.txt
                          \(String(repeating: "^", count: missing.count + 6))

            """)
        // With -c, the place is the command's: -c, its number and the column of the path.
        let command = try Subprocess.run(try TerminalSession.binary(), ["--datasets", TestSupport.datasetsFolder, "-c", "export stations to \(missing)/a.csv"],
                                         environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        #expect(command.errors.hasPrefix("-c:1:20: file error: cannot write \(folder)/a.csv:"))
    }
}
