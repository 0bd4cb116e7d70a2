import Foundation
@testable import JixiaoSession
@testable import JixiaoShell
import Testing
import TestSupport

/// The history file: where it lives, its line format, no repeats, a bounded size, atomic writes.
@Suite struct HistoryFileTests {
    @Test func livesInTheXDGStateFolder() throws {
        let home = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        #expect(HistoryFile.defaultPath(environment: ["HOME": home, "XDG_STATE_HOME": "/srv/state"]) == "/srv/state/jixiao/history")
        #expect(HistoryFile.defaultPath(environment: ["HOME": home]) == home + "/.local/state/jixiao/history")
        // A relative XDG_STATE_HOME is ignored, as the XDG spec says.
        #expect(HistoryFile.defaultPath(environment: ["HOME": home, "XDG_STATE_HOME": "state"]) == home + "/.local/state/jixiao/history")
        #expect(HistoryFile.defaultPath(environment: [:]) == nil)
        // An existing ~/.jixiao_history is kept in use.
        #expect(FileManager.default.createFile(atPath: home + "/.jixiao_history", contents: Data("funds | count\n".utf8)))
        #expect(HistoryFile.defaultPath(environment: ["HOME": home]) == home + "/.jixiao_history")
    }

    @Test func aMultiLineCommandIsOneLineOfTheFile() {
        let command = "stations |\n  group 乡镇 |\n  agg 路径 = count()  # a\\b"
        let line = HistoryFile.encode(command)
        #expect(line == "stations |\\n  group 乡镇 |\\n  agg 路径 = count()  # a\\\\b")
        #expect(!line.contains("\n"))
        #expect(HistoryFile.decode(line) == command)
        #expect(HistoryFile.decode("where 名称 == \"a\\tb\"") == "where 名称 == \"a\\tb\"")
    }

    @Test func appendsWithoutConsecutiveRepeatsAndWithinTheLimit() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = HistoryFile(path: folder + "/state/jixiao/history", limit: 3)
        #expect(file.load() == [])
        try file.append("stations | count")
        try file.append("stations | count")
        try file.append("funds | count")
        try file.append("stations | count")
        #expect(file.load() == ["stations | count", "funds | count", "stations | count"])
        try file.append("stations |\n  group 乡镇")
        #expect(file.load() == ["funds | count", "stations | count", "stations |\n  group 乡镇"])
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text == "funds | count\nstations | count\nstations |\\n  group 乡镇\n")
        // Written through a temporary file that is renamed into place, under a lock on history.lock: nothing else
        // is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/state/jixiao").sorted() == ["history", "history.lock"])
    }

    @Test func twoShellsAppendToTheSameFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = HistoryFile(path: folder + "/history")
        let second = HistoryFile(path: folder + "/history")
        try first.append("stations | count")
        try second.append("funds | count")
        try first.append("activities | count")
        #expect(first.load() == ["stations | count", "funds | count", "activities | count"])
    }

    /// A shell killed while it wrote the history leaves its temporary file; the next write removes it, and the
    /// history stays private to its owner.
    @Test func aKilledWritersTemporaryIsRemovedByTheNextWrite() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = HistoryFile(path: folder + "/history")
        try file.append("stations | count")
        // The pid of a process that has exited.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = folder + "/.history.tmp-\(gone.processIdentifier)-12345"
        #expect(FileManager.default.createFile(atPath: stale, contents: Data("stations | cou".utf8)))
        try file.append("funds | count")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["history", "history.lock"])
        #expect(file.load() == ["stations | count", "funds | count"])
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func anUnwritableFolderIsAnErrorNotACrash() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/file", contents: Data()))
        let file = HistoryFile(path: folder + "/file/jixiao/history")
        #expect(throws: (any Error).self) { try file.append("stations | count") }
        #expect(file.load() == [])
    }
}
