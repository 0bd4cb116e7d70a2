import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoSession
import Testing
import TestSupport

/// Every command answers to its Chinese name (docs/glossary.md); what is saved and journaled is its canonical
/// name, so a script stays the same whatever language it was typed in.
@Suite struct ChineseNamesTests {
    static let line = "stations | 筛选 层级 != \"市级\" | 分组 乡镇 | 汇总 站点数 = count(), 人次 = sum(月均服务人次) | 排序 站点数 desc | 取前 3"
    static let canonical = "stations | where 层级 != \"市级\" | group 乡镇 | agg 站点数 = count(), 人次 = sum(月均服务人次) | sort 站点数 desc | top 3"

    @Test func chineseNamesRunAsTheCommands() throws {
        #expect(try TestSupport.compact(Self.line) == TestSupport.compact(Self.canonical))
        #expect(try Pipeline.parse(Self.line).canonical == Self.canonical)
        #expect(try Pipeline.parse("命名 繁忙 = stations | 筛选 月均服务人次 >= 150").canonical == "let 繁忙 = stations | where 月均服务人次 >= 150")
        #expect(try TestSupport.compact("命名 繁忙 = stations | 筛选 月均服务人次 >= 150", "繁忙 | 计数") == "79")
        #expect(try Pipeline.parse("载入 datasets/stations.csv as 站点").canonical == "load datasets/stations.csv as 站点")
        #expect(try Pipeline.parse("解释 stations | 计数").canonical == "explain stations | count")
    }

    @Test func aSavedScriptWritesTheCanonicalNames() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let interpreter = try sandbox.interpreter()
        #expect(interpreter.run(Self.line).error == nil)
        #expect(interpreter.run("命名 繁忙 = stations | 筛选 月均服务人次 >= 150").error == nil)
        #expect(interpreter.run("保存 中文命令").error == nil)
        let script = try sandbox.read("sessions/中文命令.jx")
        #expect(ScriptReader.commands(script).map(\.text) == [Self.canonical, "let 繁忙 = stations | where 月均服务人次 >= 150"])
    }

    /// The real binary, in Chinese, journals the canonical names.
    @Test func theJournalWritesTheCanonicalNames() throws {
        let binary = TestSupport.productPath("jixiao")
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the jixiao binary first (swift build)")
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--datasets", sandbox.folder + "/datasets"]
        process.currentDirectoryURL = URL(fileURLWithPath: sandbox.folder)
        process.environment = ["JIXIAO_LANG": "zh", "XDG_STATE_HOME": sandbox.folder + "/state", "HOME": sandbox.folder, "PATH": "/usr/bin:/bin"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((Self.line + "\n帮助 筛选\n").utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let journals = try FileManager.default.contentsOfDirectory(atPath: sandbox.folder + "/state/jixiao/journals")
        #expect(journals.count == 1)
        let journal = try sandbox.read("state/jixiao/journals/" + (journals.first ?? ""))
        #expect(ScriptReader.commands(journal).map(\.text).first == Self.canonical)
        #expect(!journal.contains("筛选 层级"))
    }
}
