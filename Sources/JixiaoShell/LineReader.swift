import Foundation

/// Where the shell's lines come from: the line editor, a pipe, or a test's script.
public protocol LineReader: AnyObject {
    /// The next line without its newline, or nil at the end of input.
    func readLine(prompt: String) -> String?
    /// Records a finished command in history (a no-op where there is none).
    func addHistory(_ line: String)
}

extension LineReader {
    public func addHistory(_ line: String) {}
}

/// Reads lines from standard input with no prompt and no editing, as when input is piped.
public final class StreamLineReader: LineReader {
    public init() {}

    public func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }
}

/// Hands out fixed lines; used by tests and walkthroughs.
public final class ScriptedLineReader: LineReader {
    private var lines: [String]
    public private(set) var prompts: [String] = []
    public private(set) var history: [String] = []

    public init(_ lines: [String]) {
        self.lines = lines
    }

    public func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    public func addHistory(_ line: String) {
        history.append(line)
    }
}
