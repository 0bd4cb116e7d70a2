import Foundation
import JixiaoCommands
import JixiaoCore
@testable import JixiaoSession
@testable import JixiaoShell
import Testing
import TestSupport

/// Commands typed at a lesson's prompt are the session's like any others: journaled, each before its output
/// shows, so a journal replays to what the learner did.
@Suite struct LessonJournalTests {
    /// Hands out lines, and notes what the journal held each time it was asked for one.
    final class WatchingReader: LineReader {
        var lines: [String]
        let journal: String
        var seen: [String] = []
        init(_ lines: [String], journal: String) {
            self.lines = lines
            self.journal = journal
        }
        func readLine(prompt: String) -> String? {
            if case .line(let text) = readInput(prompt: prompt, continuing: nil) { return text }
            return nil
        }
        func readInput(prompt: String, continuing: String?) -> LineInput {
            seen.append((try? String(contentsOfFile: journal, encoding: .utf8)) ?? "")
            return lines.isEmpty ? .end : .line(lines.removeFirst())
        }
        func addHistory(_ line: String) {}
        func close() {}
    }

    /// Before: nothing the learner typed reached the journal until the lesson ended (and a killed lesson lost it
    /// all). Now each command is in the journal before the walkthrough shows its result or asks for the next.
    @Test func aLessonsCommandsAreJournaledAsTheyRun() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sessions", withIntermediateDirectories: true)
        try "# 第一步：数一数站点。\nstations | count\n# 第二步：资金。\nfunds | count\n".write(toFile: folder + "/sessions/tutorial-x.jx", atomically: true, encoding: .utf8)
        let workspace = Workspace(directory: folder)
        try workspace.loadFolder(TestSupport.datasetsFolder)
        let journal = try Journal.startNew(environment: ["XDG_STATE_HOME": folder + "/state"], version: "0.1.0", folder: folder)
        let reader = WatchingReader(["tutorial x", "stations | where 层级 != \"x\" | count", "", "stations | count"], journal: journal.path)
        let shell = Shell(interpreter: Interpreter(workspace: workspace), reader: reader, interactive: false, color: false, journal: journal)
        var output = ""
        shell.output = { output += $0 }
        shell.errorOutput = { output += $0 }
        _ = shell.run()
        #expect(output.contains("✓") || output.contains("matches"))
        let text = try String(contentsOfFile: journal.path, encoding: .utf8)
        #expect(ScriptReader.commands(text).map(\.text) == ["stations | where 层级 != \"x\" | count", "funds | count", "stations | count"])
        #expect(text.contains("#! shown: tutorial x\n"))
        // Asked for the step-2 answer, the journal already held the step-1 answer.
        #expect(reader.seen.count == 5)
        #expect(reader.seen[2].contains("stations | where 层级 != \"x\" | count\n"))
        // Back at the shell's prompt, the step run with Enter (next) is there too.
        #expect(reader.seen[3].hasSuffix("funds | count\n"))
        // And the journal replays to the same cells.
        let replayed = Workspace(directory: folder)
        try replayed.loadFolder(TestSupport.datasetsFolder)
        #expect(ScriptReplay(interpreter: Interpreter(workspace: replayed)).run(text, file: journal.path) == nil)
        #expect(replayed.nextCell == workspace.nextCell)
    }
}
