#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import JixiaoCommands
import JixiaoCore
@testable import JixiaoSession
import Testing
import TestSupport

/// A journal cannot tear: a record cut off while it was written (a full disk, kill -9) is found and dropped, on
/// the next write and on replay, and the next command never lands glued onto it.
@Suite struct JournalTearingTests {
    static let header = "#! jixiao 0.1.0 journal\n#! started 2026-12-01T00:00:00Z\n"

    @Test func aLastLineWithoutItsLineBreakIsTorn() {
        let script = Self.header + "stations | count\n# 叙述\nstations | where 月均服务人次 >= 15"
        let complete = JournalRecords.complete(script)
        #expect(complete.text == Self.header + "stations | count\n# 叙述\n")
        #expect(complete.tornLine == 5)
        // A whole journal is left as it is.
        #expect(JournalRecords.complete(complete.text).tornLine == nil)
        #expect(JournalRecords.complete(complete.text).text == complete.text)
    }

    /// Each line break inside a command comes where it goes on, so a command cut off after one of them is
    /// unfinished at the end: the whole command is dropped, from its first line.
    @Test func aMultiLineCommandCutOffAfterALineBreakIsTorn() {
        let cutAfterPipe = Self.header + "stations | count\nfunds |\n  group 方向 |\n"
        #expect(JournalRecords.complete(cutAfterPipe).text == Self.header + "stations | count\n")
        #expect(JournalRecords.complete(cutAfterPipe).tornLine == 4)
        let cutInQuote = Self.header + "stations | where 名称 == \"保安\n"
        #expect(JournalRecords.complete(cutInQuote).text == Self.header)
        // The same command whole is kept.
        let whole = Self.header + "funds |\n  group 方向 |\n  agg 合计 = sum(金额)\n"
        #expect(JournalRecords.complete(whole).tornLine == nil)
        // A torn header (no line break at all) leaves nothing.
        #expect(JournalRecords.complete("#! jixiao 0.1").text == "")
    }

    /// Before: the next command was appended right after the torn bytes, so `stations | wh` + `funds | count`
    /// became one line. Opening the journal cuts the torn record off; the next one starts on a fresh line.
    @Test func theNextWriteDropsATornRecordAndStartsOnAFreshLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/j.jx"
        try (Self.header + "stations | count\nstations | wh").write(toFile: path, atomically: false, encoding: .utf8)
        let journal = try Journal(path: path)
        try journal.recordCommand("funds | count")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.header + "stations | count\nfunds | count\n")
        // A multi-line command cut off is dropped whole.
        try (Self.header + "stations | count\nfunds |\n  gro").write(toFile: path, atomically: false, encoding: .utf8)
        let again = try Journal(path: path)
        try again.recordNarration("叙述")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.header + "stations | count\n# 叙述\n")
    }

    /// Replay leaves the torn record out, says so with the journal's line, and runs every complete command.
    @Test func replayDropsATornRecordAndSaysWhere() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write(Self.header + "stations | count\nfunds |\n  group 方向 |\n  agg 合计 = sum(金额)\nstations | wher", to: "torn.jx")
        let (code, output, errors) = try sandbox.replay("torn.jx", .run)
        #expect(code == 0)
        #expect(errors == "\(sandbox.folder)/torn.jx: line 7 onwards is an incomplete record, cut off while it was written; it is left out\n")
        #expect(output.contains("141"))
        #expect(output.contains("合计"))
        // In the shell too, as a warning above what the replay showed.
        let interpreter = try sandbox.interpreter()
        let outcome = interpreter.run("replay torn.jx")
        #expect(outcome.error == nil)
        #expect(outcome.value.flatMap(interpreter.render)?.hasPrefix("warning: torn.jx: line 7 onwards is an incomplete record") == true)
        // A script that is not a journal is read as it is: its unfinished last command is an error, as before.
        try sandbox.write("#! jixiao 0.1.0 script\nstations |\n", to: "script.jx")
        #expect(try sandbox.replay("script.jx", .run).code == 1)
    }

    /// A write that cannot go through (here /dev/full: every write fails with ENOSPC, and a device cannot be
    /// truncated) is a clear error, and the journal then refuses to write after the record it could not cut off.
    @Test func aFailedWriteThatCannotBeCutOffStopsTheJournal() throws {
        let journal = try Journal(path: "/dev/full")
        let first = #expect(throws: Diagnostic.self) { try journal.recordCommand("stations | count") }
        #expect(first?.message == "cannot write the journal: No space left on device")
        let second = #expect(throws: Diagnostic.self) { try journal.recordCommand("funds | count") }
        #expect(second?.code == .journalTorn)
    }
}
