import Foundation
import Testing
import TestSupport

/// Shells typing at once share one history file and keep every one of each other's commands: each append
/// reads, merges and replaces the file under a lock.
@Suite struct ConcurrentHistoryTests {
    static let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"

    /// Two real shells in two pseudo-terminals, each typing 200 commands as fast as tmux sends them, in
    /// interleaved bursts. Before the lock, each lost some of the other's entries (a read of the file between the
    /// other's read and rename); now all 400 are there, each shell's in the order it typed them.
    @Test func twoShellsTypingAtOnceKeepAll400Entries() throws {
        let state = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let shells = try ["甲", "乙"].map { name in
            let home = try TestSupport.temporaryFolder()
            let environment = ["PATH": Self.path, "HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": state]
            return (name, try TerminalSession(home: home, environment: environment))
        }
        defer { for (_, session) in shells { session.close() } }
        for (_, session) in shells { try session.waitFor("jixiao [1]>") }
        // Narration lines: each is a command of its own in the history, and costs nothing to run.
        func entry(_ shell: String, _ index: Int) -> String { "# \(shell) \(index)" }
        for burst in stride(from: 0, to: 200, by: 25) {
            for (name, session) in shells {
                try session.type((burst..<burst + 25).map { entry(name, $0) + "\r" }.joined())
            }
        }
        let file = state + "/jixiao/history"
        var entries: [String] = []
        for _ in 0..<600 {
            entries = ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            if entries.count >= 400 { break }
            usleep(100_000)
        }
        for (_, session) in shells { try session.press("C-d") }
        for (_, session) in shells { #expect(try session.exitStatus() == 0) }
        entries = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(entries.count == 400)
        for (name, _) in shells {
            #expect(entries.filter { $0.hasPrefix("# \(name) ") } == (0..<200).map { entry(name, $0) })
        }
    }
}
