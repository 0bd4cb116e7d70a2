#if canImport(Glibc)
import Glibc
#endif
import CoreTestSupport
import Foundation
import JixiaoCommands
import JixiaoCore
@testable import JixiaoSession
import Testing
import TestSupport

/// Soak and fault tests on the real binary: killed with SIGKILL at random points while it writes, and run on a
/// full disk. Whatever happens, every file it writes holds its old content or its new content, whole; a
/// killed writer's temporary file is removed by the next write to that file; the journal holds only complete
/// records.
@Suite struct FaultTests {
    static let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    static let old = "旧的内容，完整的。\n"

    /// A project folder with a 100,000-row dataset (about 3 MB as CSV): long enough to load, hash, render and
    /// write that a random kill falls inside each step.
    static func project() throws -> String {
        let folder = try TestSupport.temporaryFolder()
        for sub in ["datasets", "sessions", "exports", "state"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        var csv = "编号,乡镇,金额\n"
        let towns = ["保安镇", "殷祖镇", "金山店镇", "茗山乡", "陈贵镇"]
        for row in 0..<100_000 { csv += "\(row),\(towns[row % towns.count]),\(row * 7 % 100_003).\(row % 100)\n" }
        try csv.write(toFile: folder + "/datasets/big.csv", atomically: true, encoding: .utf8)
        return folder
    }

    /// Starts jixiao in `folder`; kills it with SIGKILL after `delay` microseconds, or lets it finish when nil.
    /// Returns whether it finished by itself.
    @discardableResult
    static func jixiao(_ arguments: [String], in folder: String, killAfter delay: UInt32? = nil) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestSupport.productPath("jixiao"))
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["JIXIAO_LANG": "en", "HOME": folder, "XDG_STATE_HOME": folder + "/state", "PATH": path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let delay {
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return process.terminationReason == .exit
    }

    static func temporaries(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") && $0.contains(".tmp-") }
    }

    /// Kills `arguments` 20 times at random points (a fixed seed, so a failure can be replayed) while it writes
    /// `target`, whose content before each run is `old`: afterwards the target is `old` or what an undisturbed
    /// run writes, whole. The next write removes every temporary file the killed writers left.
    static func soak(_ arguments: [String], target: String, in folder: String, seed: UInt64,
                     normalised: (String) -> String = { $0 }, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = folder + "/" + target
        // What an undisturbed run writes, and how long it takes (to spread the kills over; never asserted).
        try old.write(toFile: file, atomically: false, encoding: .utf8)
        let start = DispatchTime.now().uptimeNanoseconds
        #expect(try jixiao(arguments, in: folder), "the undisturbed run fails", sourceLocation: sourceLocation)
        let duration = max(1_000, (DispatchTime.now().uptimeNanoseconds - start) / 1_000)
        let new = try String(contentsOfFile: file, encoding: .utf8)
        #expect(new != old && new.count > 100, sourceLocation: sourceLocation)
        var random = SplitMix64(seed: seed)
        var outcomes = (old: 0, new: 0)
        for run in 0..<20 {
            try old.write(toFile: file, atomically: false, encoding: .utf8)
            let delay = UInt32(random.next() % (duration * 6 / 5))
            try jixiao(arguments, in: folder, killAfter: delay)
            let after = try String(contentsOfFile: file, encoding: .utf8)
            if after == old {
                outcomes.old += 1
            } else {
                #expect(normalised(after) == normalised(new), "run \(run) (seed \(seed), killed after \(delay) µs): \(target) is torn", sourceLocation: sourceLocation)
                outcomes.new += 1
            }
        }
        #expect(outcomes.old + outcomes.new == 20, sourceLocation: sourceLocation)
        // The next write to the file removes the temporaries of the writers that died.
        #expect(try jixiao(arguments, in: folder), sourceLocation: sourceLocation)
        let folderOfTarget = (file as NSString).deletingLastPathComponent
        #expect(try temporaries(in: folderOfTarget) == [], sourceLocation: sourceLocation)
    }

    @Test func exportOfALargeTableKilledAtRandom() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.soak(["--datasets", folder + "/datasets", "-c", "export big to exports/big.csv"], target: "exports/big.csv", in: folder, seed: 20)
    }

    /// `save` hashes the 3 MB dataset for the script's header, then writes it.
    @Test func saveKilledAtRandom() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var commands: [String] = []
        for index in 0..<8 { commands += ["-c", "big | where 编号 >= \(index * 1_000) | group 乡镇 | agg 合计 = sum(金额)"] }
        try Self.soak(["--datasets", folder + "/datasets"] + commands + ["-c", "save soak --force"], target: "sessions/soak.jx", in: folder, seed: 6,
                      normalised: { $0.split(separator: "\n").filter { !$0.hasPrefix("#! saved ") }.joined(separator: "\n") })
    }

    /// `replay --update` renders 20,000 rows into the recorded output, then writes it.
    @Test func replayUpdateKilledAtRandom() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "#! jixiao 0.1.0 script\nbig | top 20000\nbig | group 乡镇 | agg 合计 = sum(金额)\n".write(toFile: folder + "/sessions/upd.jx", atomically: true, encoding: .utf8)
        try Self.soak(["replay", "--update", "sessions/upd.jx"], target: "sessions/upd.jx.expected", in: folder, seed: 2026)
    }
}

/// jixiao on a full disk: a small tmpfs mounted in a private mount namespace (`unshare -rm`), filled, then
/// journal, save and export written to it. Each failure is a clear error; nothing is torn; the old files stay
/// whole; once space is freed the journal goes on with whole records, never glued onto a torn one.
@Suite struct FullDiskTests {
    static let unshare = ExternalTool.find("unshare")

    /// Whether a tmpfs can be mounted here (a user namespace, or root, is needed).
    static let available: Bool = {
        guard let unshare, let folder = try? TestSupport.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try? Subprocess.run(unshare, ["-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$1\"", "sh", folder], environment: ["PATH": FaultTests.path])
        return result?.status == 0
    }()

    static let script = """
        set -u
        mnt="$1"; out="$2"; bin="$3"; data="$4"
        mount -t tmpfs -o size=1m tmpfs "$mnt" || exit 97
        w="$mnt/w"; mkdir -p "$w/sessions" "$w/exports" "$mnt/state" "$out/result"
        printf '%s' "$OLD" > "$w/sessions/s.jx"; printf '%s' "$OLD" > "$w/exports/big.csv"
        mkfifo "$out/in"
        cd "$w"
        env -i PATH="$PATH" HOME="$mnt" XDG_STATE_HOME="$mnt/state" JIXIAO_LANG=en "$bin" --datasets "$data" < "$out/in" > "$out/stdout" 2> "$out/stderr" &
        pid=$!
        exec 3> "$out/in"
        echo 'big | count as 行数' >&3
        until grep -qs '行数' "$out/stdout"; do sleep 0.05; done
        dd if=/dev/zero of="$mnt/fill" bs=4096 2>/dev/null
        for i in 1 2 3 4 5 6 7 8; do printf '# %01000d\\n' $i >&3; done
        echo 'save s --force' >&3
        echo 'export big to exports/big.csv' >&3
        echo 'big | count as 标记一' >&3
        until grep -qs '标记一' "$out/stdout"; do sleep 0.05; done
        ls -A "$w/sessions" "$w/exports" > "$out/listing"
        rm "$mnt/fill"
        echo 'big | count as 标记二' >&3
        echo 'save s --force' >&3
        exec 3>&-
        wait $pid
        echo $? > "$out/status"
        cp -a "$mnt/." "$out/result/"
        """

    /// Before: the journal's record cut off by the full disk stayed, and the next command was glued onto it
    /// (replayed as part of a comment, or as a different command).
    @Test(.enabled(if: available, "needs a small tmpfs: unshare -rm (a user namespace) and mount are not permitted here"))
    func journalSaveAndExportOnAFullDisk() throws {
        let project = try FaultTests.project()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let mountPoint = project + "/mnt", out = project + "/out"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let result = try Subprocess.run(try #require(Self.unshare), ["-rm", "sh", "-c", Self.script, "sh", mountPoint, out, TestSupport.productPath("jixiao"), project + "/datasets"],
                                        environment: ["PATH": FaultTests.path, "OLD": FaultTests.old])
        #expect(result.status == 0, "\(result.errors)")
        func read(_ name: String) throws -> String { try String(contentsOfFile: out + "/" + name, encoding: .utf8) }
        // Piped input exits 1 when a command failed: save and export did.
        #expect(try read("status") == "1\n")
        let errors = try read("stderr")
        #expect(errors.contains("jixiao/journals/"), "\(errors)")
        #expect(errors.contains(".jx: file error: cannot write the journal: No space left on device\n"))
        #expect(errors.contains("/mnt/w/sessions/s.jx: No space left on device; the old file is unchanged\n  save s --force\n"))
        #expect(errors.contains("/mnt/w/exports/big.csv: No space left on device; the old file is unchanged\n  export big to exports/big.csv\n"))
        // While the disk was full, each folder held its old file and no temporary.
        #expect(try read("listing").contains("sessions:\ns.jx\n"))
        #expect(try read("listing").contains("exports:\nbig.csv\n"))
        #expect(try read("result/w/exports/big.csv") == FaultTests.old)
        // The second save, with space again, wrote the whole script.
        let saved = try read("result/w/sessions/s.jx")
        #expect(saved.hasPrefix("#! jixiao "))
        #expect(ScriptReader.commands(saved).map(\.text) == ["big | count as 行数", "big | count as 标记一", "big | count as 标记二"])

        let journals = try FileManager.default.contentsOfDirectory(atPath: out + "/result/state/jixiao/journals")
        #expect(journals.count == 1)
        let journal = try read("result/state/jixiao/journals/" + (journals.first ?? ""))
        #expect(journal.hasSuffix("\n"))
        #expect(JournalRecords.complete(journal).tornLine == nil)
        // Every record is whole: each narration line is its 1,000 digits, the commands are their own lines.
        let lines = journal.split(separator: "\n").map(String.init)
        for line in lines where line.hasPrefix("# ") { #expect(line.count == 1_002 && line.dropFirst(2).allSatisfy(\.isNumber), "torn: \(line.prefix(40))…") }
        #expect(lines.filter { $0.hasPrefix("# ") }.count < 8, "the disk was full for some narration")
        #expect(lines.filter { $0.contains("标记") } == ["big | count as 标记一", "big | count as 标记二"])
        // And it replays.
        let workspace = Workspace(directory: project)
        try workspace.loadFolder(project + "/datasets")
        #expect(ScriptReplay(interpreter: Interpreter(workspace: workspace)).run(journal, file: "journal.jx") == nil)
    }

    static let scriptTool = ExternalTool.find("script")

    /// The shell in a pseudo-terminal (util-linux `script`), so that it keeps a history file, on a disk that fills
    /// up and frees again.
    static let historyScript = """
        set -u
        mnt="$1"; out="$2"; bin="$3"; data="$4"
        mount -t tmpfs -o size=1m tmpfs "$mnt" || exit 97
        mkdir -p "$mnt/state" "$out/result"
        mkfifo "$out/in"
        cd "$mnt"
        script -qfec "env -i PATH=\"$PATH\" HOME=\"$mnt\" XDG_STATE_HOME=\"$mnt/state\" TERM=xterm-256color LANG=C.UTF-8 JIXIAO_LANG=en \"$bin\" --datasets \"$data\"" /dev/null < "$out/in" > "$out/stdout" 2>&1 &
        pid=$!
        exec 3> "$out/in"
        printf 'big | count as 行数\r' >&3
        until grep -qs '行数' "$mnt/state/jixiao/history"; do sleep 0.05; done
        cp "$mnt/state/jixiao/history" "$out/history-before"
        dd if=/dev/zero of="$mnt/fill" bs=4096 2>/dev/null
        printf 'big | count as 标记一\r' >&3
        until grep -qs '标记一' "$out/stdout"; do sleep 0.05; done
        cp "$mnt/state/jixiao/history" "$out/history-full"
        ls -A "$mnt/state/jixiao" > "$out/listing"
        rm "$mnt/fill"
        printf 'big | count as 标记二\r' >&3
        until grep -qs '标记二' "$mnt/state/jixiao/history"; do sleep 0.05; done
        printf 'exit\r' >&3
        wait $pid
        echo $? > "$out/status"
        exec 3>&-
        cp -a "$mnt/." "$out/result/"
        """

    /// A history write on a full disk fails with one warning and leaves the file whole, as it was; the entry is
    /// written once there is space again (at the latest when the shell exits).
    @Test(.enabled(if: available && scriptTool != nil, "needs a small tmpfs (unshare -rm and mount) and util-linux script for a pseudo-terminal"))
    func historyOnAFullDisk() throws {
        let project = try FaultTests.project()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let mountPoint = project + "/mnt", out = project + "/out"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let result = try Subprocess.run(try #require(Self.unshare), ["-rm", "sh", "-c", Self.historyScript, "sh", mountPoint, out, TestSupport.productPath("jixiao"), project + "/datasets"],
                                        environment: ["PATH": FaultTests.path])
        #expect(result.status == 0, "\(result.errors)")
        func read(_ name: String) throws -> String { try String(contentsOfFile: out + "/" + name, encoding: .utf8) }
        #expect(try read("status") == "0\n")
        #expect(try read("history-before") == "big | count as 行数\n")
        // On the full disk: the file as it was, whole, with no temporary beside it, and one warning on screen.
        #expect(try read("history-full") == "big | count as 行数\n")
        #expect(try read("listing").split(separator: "\n").filter { $0.contains(".tmp-") }.isEmpty)
        let screen = try read("stdout")
        #expect(screen.contains("jixiao: cannot save history to \(mountPoint)/state/jixiao/history: cannot write"), "\(screen)")
        #expect(screen.components(separatedBy: "cannot save history").count == 2)
        // With space again, every entry is there, the one typed on the full disk included.
        let history = try read("result/state/jixiao/history").split(separator: "\n").map(String.init)
        #expect(Set(history) == ["big | count as 行数", "big | count as 标记一", "big | count as 标记二"])
    }
}
