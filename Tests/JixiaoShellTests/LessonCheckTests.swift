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
    static func check(_ lesson: String, in language: Language = .en) throws -> (code: Int32, output: String, errors: String, path: String) {
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/sessions/tutorial-check.jx"
        try FileManager.default.createDirectory(atPath: folder + "/exports", withIntermediateDirectories: true)
        try lesson.write(toFile: path, atomically: true, encoding: .utf8)
        var check = LessonCheck(interpreter: interpreter, color: false)
        var output = "", errors = ""
        check.output = { output += $0 }
        check.errorOutput = { errors += $0 }
        return (Language.speaking(language) { check.run(path: path) }, output, errors, path)
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

    @Test func theCheckSpeaksChinese() throws {
        let good = try Self.check("# 第一步\nstations | count\n", in: .zh)
        #expect(good.output == "\(good.path): 通过，共 1 步，每一步都能运行并有结果可比对\n")
        let bad = try Self.check("help where\nstations | export exports/s.csv\n", in: .zh)
        #expect(bad.code == 1)
        #expect(bad.errors == """
            \(bad.path):1:1: 输入无效：第 1 步只是显示（help、列表、save、replay、tutorial）：学员的答案没有可比对的结果
              help where
              ^^^^^^^^^^
              提示：每一步需要一条结果为表或文本的查询，或一条留下数据集的 let 或 load；解释请写在 # 说明行里
            \(bad.path):2:1: 输入无效：第 2 步没有可比对的表或文本（只有一条通知，例如写出了文件）
              stations | export exports/s.csv
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              提示：每一步需要一条结果为表或文本的查询，或一条留下数据集的 let 或 load；解释请写在 # 说明行里
            \(bad.path): 教程共 2 步，发现 2 个问题

            """)
        let empty = try Self.check("# 只有说明\n", in: .zh)
        #expect(empty.errors == "\(empty.path): 输入无效：这个教程没有步骤\n  提示：每一步是一行命令，前面可以有以 # 开头的说明行\n\(empty.path): 教程共 0 步，发现 1 个问题\n")
        let one = try Self.check("# 只有说明\n", in: .en)
        #expect(one.errors == "\(one.path): invalid input: the lesson has no steps\n  hint: a step is a command line, with # narration lines before it\n\(one.path): 1 problem in a lesson of 0 steps\n")
    }

    @Test func aStepThatOnlyWritesAFileHasNothingToCompare() throws {
        let result = try Self.check("stations | count\nstations | export exports/s.csv\n")
        #expect(result.code == 1)
        #expect(result.errors.hasPrefix("\(result.path):2:1: invalid input: step 2 gives no table or text to compare"))
    }

    @Test(arguments: [("tutorial-basics.jx", 9), ("tutorial-appendix.jx", 9), ("tutorial-review.jx", 6), ("tutorial-explore.jx", 6)])
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
