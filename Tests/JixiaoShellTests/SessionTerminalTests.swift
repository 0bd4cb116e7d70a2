import Foundation
import JixiaoCommands
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

    @Test func aWalkthroughOffersItsCommandOnTab() throws {
        let home = try TestSupport.temporaryFolder()
        let script = TestSupport.repositoryRoot + "/sessions/tutorial-basics.jx"
        let steps = ScriptReader.commands(try String(contentsOfFile: script, encoding: .utf8))
        let session = try TerminalSession(home: home, environment: Self.environment(home: home), arguments: ["replay", "--step", script])
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
