import Foundation
import JixiaoCore
import Testing
import CoreTestSupport

/// Nothing lost: a target holds its complete old content or its complete new content, whatever happens.
@Suite struct AtomicFileTests {
    func temporaries(in folder: String, of name: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(AtomicFile.temporaryPrefix(of: name)) }
    }

    @Test func aFailureWhileProducingLeavesTheOldFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/自评表.csv"
        try AtomicFile.write("旧内容\n", to: target)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: target) { writer in
                try writer.write("新内容的前一半")
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "旧内容\n")
        #expect(try temporaries(in: folder, of: "自评表.csv").isEmpty)
        // A missing folder is an error naming it, not a crash.
        let error = #expect(throws: Diagnostic.self) { try AtomicFile.write("x", to: folder + "/没有/x.csv") }
        #expect(error?.message == "cannot write \(folder)/没有/x.csv: the folder \(folder)/没有 does not exist")
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/t.jx"
        try AtomicFile.write("a", to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        try AtomicFile.write("b", to: target)
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o600)
    }

    /// A child process writes 8 MiB through AtomicFile and is killed with SIGKILL halfway: the target keeps its
    /// old content, whole; the next write removes the dead writer's temporary file.
    @Test func aProcessKilledMidWriteLeavesTheOldFileWhole() throws {
        let probe = TestSupport.productPath("AtomicWriteProbe")
        try #require(FileManager.default.isExecutableFile(atPath: probe), "build the test helpers first (swift build)")
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/funds.csv"
        let old = "方向,金额\n到位,4149000.00\n"
        try old.write(toFile: target, atomically: false, encoding: .utf8)
        let size = 8 << 20

        let process = Process()
        process.executableURL = URL(fileURLWithPath: probe)
        process.arguments = [target, String(size)]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var seen = ""
        while !seen.contains("half-written") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        #expect(seen == "half-written\n")
        // Mid-write: the temporary file holds half the bytes, the target is untouched.
        let during = try temporaries(in: folder, of: "funds.csv")
        #expect(during.count == 1)
        let partial = try FileManager.default.attributesOfItem(atPath: folder + "/" + (during.first ?? ""))[.size] as? Int
        #expect(partial == size / 2)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") } == ["funds.csv"])

        // The next write replaces the target and removes the dead process's temporary file.
        try AtomicFile.write("方向,金额\n", to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "方向,金额\n")
        #expect(try temporaries(in: folder, of: "funds.csv").isEmpty)
    }

    @Test func aWriteAllowedToFinishIsComplete() throws {
        let probe = TestSupport.productPath("AtomicWriteProbe")
        try #require(FileManager.default.isExecutableFile(atPath: probe), "build the test helpers first (swift build)")
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/out.csv"
        let size = 1 << 20 + 7
        let process = Process()
        process.executableURL = URL(fileURLWithPath: probe)
        process.arguments = [target, String(size)]
        let output = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(printed == "half-written\ndone\n")
        #expect(process.terminationStatus == 0)
        let written = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(written.count == size)
        #expect(written.enumerated().allSatisfy { $1 == UInt8(ascii: "0") + UInt8($0 % 10) })
        #expect(try temporaries(in: folder, of: "out.csv").isEmpty)
    }
}
