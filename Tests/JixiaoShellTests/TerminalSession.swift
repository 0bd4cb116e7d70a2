import Foundation
import Testing
import TestSupport

/// The real jixiao binary running in a pseudo-terminal: a tmux pane on a private tmux server, with its own
/// home folder so it never touches the real history. Tests type into it and read the screen back.
final class TerminalSession {
    let socket = "jixiao-test-" + UUID().uuidString
    /// The temporary folder that serves as HOME; removed by `close()`.
    let folder: String
    private var closed = false

    /// Starts `jixiao --datasets … arguments` in a `columns`×`rows` pane with exactly this environment (as
    /// `env -i` gives it: nothing inherited). `home` is a temporary folder the session removes when it closes.
    /// `program` runs instead of jixiao when given (a shell, to test job control).
    init(home: String, environment: [String: String], columns: Int = 120, rows: Int = 40, arguments: [String] = [],
         program: [String]? = nil) throws {
        folder = home
        let binary = try Self.binary()
        let configuration = folder + "/tmux.conf"
        // The pane stays after jixiao exits, so its last screen and exit status can be read.
        try "set -g remain-on-exit on\n".write(toFile: configuration, atomically: true, encoding: .utf8)
        // A sanitizer build's settings pass through (leak reports at exit would change the exit status).
        var environment = environment
        // English unless the test chooses (an empty JIXIAO_LANG leaves it to the locale), as in Subprocess.
        if environment["JIXIAO_LANG"] == nil { environment["JIXIAO_LANG"] = "en" }
        for key in ["ASAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[key], environment[key] == nil { environment[key] = value }
        }
        let command = ["env", "-i"] + environment.map { "\($0.key)=\($0.value)" }.sorted()
            + (program ?? [binary, "--datasets", TestSupport.datasetsFolder] + arguments)
        // The shell tmux runs the command with writes jixiao's exit status to a file: tmux itself may mark the
        // pane dead when the terminal closes, before it learns the status.
        let line = command.map(Self.shellQuoted).joined(separator: " ") + "; echo $? > " + Self.shellQuoted(statusFile)
        try tmux(["-f", configuration, "new-session", "-d", "-x", String(columns), "-y", String(rows), line], startsServer: true)
    }

    deinit {
        close()
    }

    /// Stops the tmux server and removes the session's folder.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"], startsServer: true)
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: - Typing

    /// Types text as it is, character by character (Chinese included).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", "--", text])
    }

    /// Presses keys by tmux's names: Enter, Tab, Up, C-c, C-d, C-r, BSpace …
    func press(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    // MARK: - Reading the screen

    /// The visible screen as text: wrapped lines joined, spaces at the ends of lines and blank lines at the
    /// bottom dropped.
    func screen(withColour: Bool = false) throws -> String {
        let text = try tmux(["capture-pane", "-p", "-J"] + (withColour ? ["-e"] : []))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line[..<(line.lastIndex(where: { $0 != " " }).map(line.index(after:)) ?? line.startIndex)])
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Polls the screen until `condition` holds, for at most 20 seconds (a bound against hanging, never a
    /// measure of speed). Returns the screen; records an issue showing it when the condition never held.
    @discardableResult
    func waitFor(_ what: String, withColour: Bool = false, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) throws -> String {
        var text = ""
        for _ in 0..<200 {
            text = try screen(withColour: withColour)
            if condition(text) { return text }
            usleep(100_000)
        }
        Issue.record("the screen never showed \(what):\n\(text)", sourceLocation: sourceLocation)
        return text
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("“\(text)”", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// The last non-empty line of the screen: where the prompt and the line being typed are.
    func lastLine() throws -> String {
        try screen().split(separator: "\n").last.map(String.init) ?? ""
    }

    private var statusFile: String { folder + "/exit-status" }

    /// Waits for jixiao to exit and returns its exit status (128 + the signal when a signal ended it; nil when
    /// it did not exit).
    func exitStatus(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32? {
        for _ in 0..<200 {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(100_000)
        }
        Issue.record("jixiao did not exit:\n\(try screen())", sourceLocation: sourceLocation)
        return nil
    }

    // MARK: - Running tmux

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a tmux command on this session's private server and returns what it printed. A command that may
    /// start (or stop) the server collects nothing: the server would inherit the pipes and keep them open.
    @discardableResult
    func tmux(_ arguments: [String], startsServer: Bool = false) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        // The pane's text is UTF-8 (-u), whatever the test's own locale.
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let result = try Subprocess.run(try Self.tmuxPath(), ["-u", "-L", socket] + arguments, environment: environment, collect: !startsServer)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) exited with \(result.status): \(result.errors)")
        }
        return result.output
    }

    static func tmuxPath() throws -> String {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: folder + "/tmux") {
            return folder + "/tmux"
        }
        throw Failure(description: "tmux is not installed; `make test` installs it (apt-get install tmux)")
    }

    /// The jixiao binary that `swift build` made beside this test bundle.
    static func binary() throws -> String {
        let candidates: [String?] = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jixiao").path,
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("jixiao").path,
            TestSupport.repositoryRoot + "/.build/debug/jixiao",
        ]
        let paths = candidates.compactMap { $0 }
        guard let found = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(description: "no jixiao binary at \(paths.joined(separator: ", ")); run `swift build` first")
        }
        return found
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
