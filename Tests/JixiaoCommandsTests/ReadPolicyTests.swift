import Foundation
import JixiaoCommands
import JixiaoCore
import Testing
import TestSupport

/// What a replayed script may read: the working folder, the datasets folder and `--allow-read` folders.
@Suite struct ReadPolicyTests {
    static let hint = "a replayed script reads only inside the working folder and the datasets folder; to allow another folder, replay with --allow-read DIR"

    /// A working folder holding a CSV, and a secret beside it.
    static func folder() throws -> PolicyFolder {
        let folder = try PolicyFolder()
        try "乡镇,金额\n保安镇,1.50\n".write(toFile: folder.work + "/本地.csv", atomically: true, encoding: .utf8)
        try "口令\nhunter2\n".write(toFile: folder.outside + "/secret.csv", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func theInteractiveUserReadsAnywhere() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        #expect(folder.workspace.readPolicy == .trusted)
        #expect(folder.interpreter.run("load ../outside/secret.csv as s").error == nil)
        #expect(folder.interpreter.run("load \(folder.outside)/secret.csv as t").error == nil)
    }

    @Test func aReplayedScriptReadsOnlyInsideTheWorkingFolder() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let workspace = folder.workspace
        workspace.readPolicy = .restricted(allowed: [])
        for allowed in ["本地.csv", "./本地.csv", "sessions/a.jx", "exports/x.csv", "no/such/file.csv"] {
            #expect(try workspace.checkRead(allowed) == folder.work + "/" + allowed)
        }
        let refusals: [(String, String)] = [
            ("../outside/secret.csv", "a replayed script may not read outside the working folder: ../outside/secret.csv"),
            ("exports/../../outside/secret.csv", "a replayed script may not read outside the working folder: exports/../../outside/secret.csv"),
            ("/etc/passwd", "a replayed script may not read an absolute path: /etc/passwd"),
            ("\(folder.work)/本地.csv", "a replayed script may not read an absolute path: \(folder.work)/本地.csv"),
            ("~/.ssh/id_rsa", "a replayed script may not read an absolute path: ~/.ssh/id_rsa"),
        ]
        for (path, message) in refusals {
            let error = #expect(throws: Diagnostic.self) { try workspace.checkRead(path) }
            #expect(error?.phase == .security, "\(path)")
            #expect(error?.message == message)
            #expect(error?.hint == Self.hint)
        }
    }

    @Test func aLinkThatLeadsOutsideIsOutside() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.work + "/外面", withDestinationPath: folder.outside)
        folder.workspace.readPolicy = .restricted(allowed: [])
        let error = #expect(throws: Diagnostic.self) { try folder.workspace.checkRead("外面/secret.csv") }
        #expect(error?.message == "a replayed script may not read 外面/secret.csv: it leads outside the working folder")
    }

    /// The exfiltration the policy exists for: read a file outside, export it where the script may write.
    @Test func aHostileLoadInAReplayedScriptIsRefusedLocatedAndReadsNothing() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let script = "# 看起来正常\nstations | count\nload ../outside/secret.csv as s\nexport s to exports/s.csv\n"
        #expect(folder.replay(script, as: "hostile.jx") == """
            hostile.jx:3:6: refused: a replayed script may not read outside the working folder: ../outside/secret.csv
              load ../outside/secret.csv as s
                   ^^^^^^^^^^^^^^^^^^^^^
              hint: \(Self.hint)
            """)
        #expect(folder.workspace.dataset(named: "s") == nil)
        #expect(folder.files() == ["outside/secret.csv", "work/本地.csv"])
        #expect(folder.replay("replay /tmp/other.jx\n", as: "nested.jx")?.hasPrefix("nested.jx:1:8: refused: a replayed script may not read an absolute path: /tmp/other.jx") == true)
        // Replay over, the person at the prompt is trusted again.
        #expect(folder.workspace.readPolicy == .trusted)
        // The same script may read its own folder.
        #expect(folder.replay("load 本地.csv as 本地\n本地 | count\n") == nil)
        #expect(folder.workspace.dataset(named: "本地")?.table.rowCount == 1)
    }

    @Test func allowedFoldersAreReadableByAnyPath() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        folder.workspace.allowedReadFolders = [folder.outside]
        #expect(folder.replay("load ../outside/secret.csv as s\nload \(folder.outside)/secret.csv as t\n") == nil)
        #expect(folder.workspace.dataset(named: "t")?.table.rowCount == 1)
        // A folder the script may write into, it may read too.
        let other = try Self.folder()
        defer { other.remove() }
        other.workspace.allowedWriteFolders = [other.outside]
        #expect(other.replay("load ../outside/secret.csv as s\n") == nil)
    }
}
