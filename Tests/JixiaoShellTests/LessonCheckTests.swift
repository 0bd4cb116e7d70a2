import Foundation
import JixiaoCommands
import JixiaoCore
@testable import JixiaoSession
@testable import JixiaoShell
import Testing
import TestSupport

/// `jixiao tutorial --check FILE`: every step of a lesson runs and has a result to compare, else FILE:LINE.
@Suite struct LessonCheckTests {
    /// Checks a lesson written to a temporary folder; returns the exit code, standard output and errors.
    static func check(_ lesson: String) throws -> (code: Int32, output: String, errors: String, path: String) {
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/sessions/tutorial-check.jx"
        try FileManager.default.createDirectory(atPath: folder + "/exports", withIntermediateDirectories: true)
        try lesson.write(toFile: path, atomically: true, encoding: .utf8)
        var check = LessonCheck(interpreter: interpreter, color: false)
        var output = "", errors = ""
        check.output = { output += $0 }
        check.errorOutput = { errors += $0 }
        return (check.run(path: path), output, errors, path)
    }

    @Test func aGoodLessonPasses() throws {
        let result = try Self.check("# 第一步\nlet 村级 = stations | where 层级 == \"村级\"\n# 第二步\n村级 | group 乡镇 | count\n# 第三步\nexecution\n# 完成！\n")
        #expect(result.code == 0)
        #expect(result.output == "\(result.path): OK, 3 steps, each runs and has a result to compare\n")
        #expect(result.errors == "")
    }

    @Test func aBrokenLessonIsReportedAtItsLines() throws {
        let lesson = """
            # 第一步：先看看帮助。
            help where
            # 第二步
            stations | count
            # 第三步：列名写错了。
            stations | where 乡镗 == "保安镇" | count
            funds | count
            """
        let result = try Self.check(lesson)
        #expect(result.code == 1)
        #expect(result.output == "")
        #expect(result.errors.hasPrefix("\(result.path):2:1: invalid input: step 1 only displays"))
        #expect(result.errors.contains("\n\(result.path):6:18: name error: no column named 乡镗\n"))
        #expect(result.errors.hasSuffix("\(result.path): 2 problems in a lesson of 4 steps\n"))
    }

    @Test func aStepThatOnlyWritesAFileHasNothingToCompare() throws {
        let result = try Self.check("stations | count\nstations | export exports/s.csv\n")
        #expect(result.code == 1)
        #expect(result.errors.hasPrefix("\(result.path):2:1: invalid input: step 2 gives no table or text to compare"))
    }

    @Test(arguments: [("tutorial-basics.jx", 9), ("tutorial-appendix.jx", 9), ("tutorial-explore.jx", 6)])
    func theBundledLessonsPass(_ name: String, _ steps: Int) throws {
        // The sandbox copy of the repository's datasets and sessions, as the lessons load datasets/… by path.
        let report = LessonCheck(interpreter: try TestSupport.interpreter(), color: false)
            .check(try ScriptReplay.read(TestSupport.sandboxFolder + "/sessions/" + name), file: name)
        #expect(report.passed, "\(report.problems.map(\.description))")
        #expect(report.steps == steps)
    }

    @Test func theCommandLineTakesTutorialCheck() throws {
        #expect(try CommandLineTool.parse(["tutorial", "--check", "sessions/tutorial-basics.jx"]).mode == .lessonCheck("sessions/tutorial-basics.jx"))
        let missingCheck = #expect(throws: (any Error).self) { try CommandLineTool.parse(["tutorial", "sessions/tutorial-basics.jx"]) }
        #expect(missingCheck.map { JixiaoCommand.message(for: $0) }?.hasPrefix("tutorial takes --check FILE.jx") == true)
        #expect(JixiaoCommand.usageString(for: JixiaoCommand.Tutorial.self).hasSuffix("[--check] <FILE.jx>"))
    }
}
