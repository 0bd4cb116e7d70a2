import Foundation
import JixiaoCommands
import JixiaoCore
@testable import JixiaoSession
@testable import JixiaoShell
import Testing
import TestSupport

/// `tutorial` alone lists the lessons, in the shell too, and Tab completes their names.
@Suite struct LessonListingTests {
    @Test func tutorialAloneListsTheBundledLessons() throws {
        let listing = try TestSupport.compact("tutorial")
        let lines = listing.split(separator: "\n").map(String.init)
        #expect(lines.first == "教程,步数,标题")
        #expect(lines.contains { $0.hasPrefix("appendix,9,本教程带新同事一步步做出绩效自评表") })
        #expect(lines.contains { $0.hasPrefix("basics,9,欢迎使用 jixiao！") })
        #expect(lines.contains { $0.hasPrefix("explore,6,本教程教你快速摸清一份台账") })
    }

    @Test func tutorialAloneListsALessonATrainerWrote() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sessions", withIntermediateDirectories: true)
        try "#! jixiao 0.1.0 walkthrough\n# 资金怎么查\nfunds | count\n# 下一步\nbudgets | count\n".write(toFile: folder + "/sessions/tutorial-资金.jx", atomically: true, encoding: .utf8)
        try "funds | count\n".write(toFile: folder + "/sessions/not-a-lesson.jx", atomically: true, encoding: .utf8)
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        #expect(try TestSupport.compact("tutorial", interpreter: interpreter) == "教程,步数,标题\n资金,2,资金怎么查")
        // The shell shows the listing rather than starting a lesson.
        let reader = ScriptedLineReader(["tutorial"])
        let shell = Shell(interpreter: interpreter, reader: reader, interactive: false, color: false)
        var output = ""
        shell.output = { output += $0 }
        #expect(shell.run() == 0)
        #expect(output.contains("│ 资金 │    2 │ 资金怎么查 │"))
        // Completion offers the lesson names after `tutorial`.
        #expect(Completer(workspace: interpreter.workspace).complete(before: "tutorial 资").map { $0.candidates.map(\.text) } == ["资金"])
    }

    @Test func anEmptyFolderSaysWhereLessonsGo() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        #expect(try TestSupport.compact("tutorial", interpreter: interpreter) == "no lessons in sessions/: a lesson is a script named sessions/tutorial-NAME.jx")
    }
}
