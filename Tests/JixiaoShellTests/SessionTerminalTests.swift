import Foundation
import JixiaoCommands
import JixiaoRender
import Testing
import TestSupport

/// Sessions as a person meets them in a terminal: the journal survives a killed shell, and a walkthrough's
/// command is offered on Tab.
@Suite(.serialized) struct SessionTerminalTests {
    static let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"

    static func environment(home: String) -> [String: String] {
        ["PATH": path, "HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": home + "/state"]
    }

    /// The process the pane runs (jixiao, exec'd by env, is the child of the pane's shell).
    static func jixiaoProcess(in session: TerminalSession) throws -> Int32? {
        let pane = try session.tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(pane)/task/\(pane)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    @Test func killingTheShellAfterThreeCommandsKeepsAllThree() throws {
        let home = try TestSupport.temporaryFolder()
        let session = try TerminalSession(home: home, environment: Self.environment(home: home))
        defer { session.close() }
        let commands = ["stations | where 乡镇 == \"保安镇\" | count", "let busy = stations | where 月均服务人次 >= 150", "busy | group 层级 | count"]
        try session.waitFor("jixiao [1]>")
        for (index, command) in commands.enumerated() {
            try session.type(command)
            try session.press("Enter")
            try session.waitFor("jixiao [\(index + 2)]>")
        }
        let process = try #require(try Self.jixiaoProcess(in: session))
        #expect(kill(process, SIGKILL) == 0)
        #expect(try session.exitStatus() == 128 + SIGKILL)
        let folder = home + "/state/jixiao/journals"
        let journals = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(journals.count == 1)
        let journal = try String(contentsOfFile: folder + "/" + (journals.first ?? ""), encoding: .utf8)
        #expect(ScriptReader.commands(journal).map(\.text) == commands)
    }

    /// A 60-column terminal shows what fits and names the rest; the session it journals replays in a pipe to
    /// tables drawn whole, since output that is not a terminal is a record.
    @Test func aSessionFromA60ColumnTerminalReplaysInAPipeToWholeTables() throws {
        let home = try TestSupport.temporaryFolder()
        let session = try TerminalSession(home: home, environment: Self.environment(home: home), columns: 60)
        defer { session.close() }
        try session.waitFor("jixiao [1]>")
        try session.type("stations | top 3")
        try session.press("Enter")
        let screen = try session.waitFor("jixiao [2]>")
        // The screen is read with wrapped lines joined: a line wider than the pane would show here. (The welcome
        // line above the prompt is prose, wrapped by the terminal.)
        let lines = screen.split(separator: "\n").map(String.init).drop { !$0.hasPrefix("jixiao [1]>") }
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 }, "\(screen)")
        let frame = lines.filter { ["┌", "│", "├", "└"].contains($0.first.map(String.init) ?? "") }
        #expect(frame.count == 7 && Set(frame.map(DisplayWidth.of)).count == 1, "\(screen)")
        #expect(frame[1].hasSuffix("│ 月均服务人次 │ 开业日期   │") && frame[3].hasSuffix("│        1,860 │ 2021-10-15 │"), "\(screen)")
        #expect(screen.contains("(4 columns not shown: 乡镇, 村, 含快递物流, 站长已培训;"), "\(screen)")
        // A wider window, as the note suggests: the next table is measured again and fits whole.
        try session.tmux(["resize-window", "-x", "170"])
        try session.press("C-l")
        try session.type("stations | top 1")
        try session.press("Enter")
        let wider = try session.waitFor("jixiao [3]>")
        #expect(wider.contains("│ SJ01     │ 大冶市电子商务公共服务中心（市级电商产业园） │ 市级 │"), "\(wider)")
        try session.press("C-d")
        #expect(try session.exitStatus() == 0)

        let folder = home + "/state/jixiao/journals"
        let journal = folder + "/" + (try FileManager.default.contentsOfDirectory(atPath: folder).first ?? "")
        let replayed = try Subprocess.run(try TerminalSession.binary(), ["--datasets", TestSupport.datasetsFolder, "replay", journal],
                                          environment: ["PATH": Self.path, "HOME": home, "LANG": "C.UTF-8"])
        #expect(replayed.status == 0, "\(replayed.errors)")
        #expect(replayed.output.contains("│ 站点编号 │ 站点名称                                     │ 层级 │ 乡镇       │ 村   │ 含快递物流 │ 站长已培训 │ 月均服务人次 │ 开业日期   │"),
                "\(replayed.output)")
        #expect(replayed.output.contains("│ SJ01     │ 大冶市电子商务公共服务中心（市级电商产业园） │ 市级 │ 东岳路街道 │ null │ 否         │ 否         │        1,860 │ 2021-10-15 │"))
        #expect(!replayed.output.contains("not shown") && !replayed.output.contains("…"))
    }

    @Test func aWalkthroughOffersItsCommandOnTab() throws {
        let home = try TestSupport.temporaryFolder()
        let script = TestSupport.repositoryRoot + "/sessions/tutorial-basics.jx"
        let steps = ScriptReader.commands(try String(contentsOfFile: script, encoding: .utf8))
        // In Chinese, the language of the lesson.
        var environment = Self.environment(home: home)
        environment["JIXIAO_LANG"] = "zh"
        let session = try TerminalSession(home: home, environment: environment, arguments: ["replay", "--step", script])
        defer { session.close() }
        let prompt = "练习 [1/\(steps.count)]> "
        try session.waitFor("练习 [1/\(steps.count)]>")
        try session.press("Tab")
        try session.waitFor("the script's command filled in") { $0.hasSuffix(prompt + steps[0].text) }
        // Ctrl-U clears it again; quit ends the lesson.
        try session.press("C-u")
        try session.type("quit")
        try session.press("Enter")
        #expect(try session.exitStatus() == 0)
        #expect(try session.screen().contains("已退出教程，完成 0/\(steps.count) 步。"))
    }
}
