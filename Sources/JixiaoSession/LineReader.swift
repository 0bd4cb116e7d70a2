import Foundation

/// What one read gave: a line, a line the user abandoned with Ctrl-C, or the end of input.
package enum LineInput: Sendable, Equatable {
    case line(String)
    /// Ctrl-C while typing: the line is dropped and the prompt starts again.
    case interrupted
    case end
}

/// Where the shell's lines come from: the line editor, a pipe, or a test's script.
package protocol LineReader: AnyObject {
    /// The next line without its newline, or nil at the end of input.
    func readLine(prompt: String) -> String?
    /// The next line, or why there is none; readers that can be interrupted say so here. `pending` holds the
    /// earlier lines of a command that goes on (for completion in its context); nil on a fresh prompt.
    func readInput(prompt: String, continuing pending: String?) -> LineInput
    /// Records a finished command in history (a no-op where there is none).
    func addHistory(_ line: String)
    /// Called once when the shell ends, to save what is pending.
    func close()
    /// A whole command that Tab fills in on the next read (a walkthrough's own command); nil for none.
    func offer(_ suggestion: String?)
}

extension LineReader {
    package func readInput(prompt: String, continuing pending: String?) -> LineInput {
        readLine(prompt: prompt).map(LineInput.line) ?? .end
    }

    package func addHistory(_ line: String) {}

    package func close() {}

    package func offer(_ suggestion: String?) {}
}

/// Reads lines from standard input with no prompt and no editing, as when input is piped.
package final class StreamLineReader: LineReader {
    package init() {}

    package func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }
}

/// Hands out fixed lines (or Ctrl-C presses); used by tests and walkthroughs.
package final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    package private(set) var prompts: [String] = []
    package private(set) var history: [String] = []
    package private(set) var closed = false

    package init(_ lines: [String]) {
        self.inputs = lines.map(LineInput.line)
    }

    package init(inputs: [LineInput]) {
        self.inputs = inputs
    }

    package func readLine(prompt: String) -> String? {
        if case .line(let text) = readInput(prompt: prompt, continuing: nil) { return text }
        return nil
    }

    package func readInput(prompt: String, continuing pending: String?) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .end : inputs.removeFirst()
    }

    package func addHistory(_ line: String) {
        history.append(line)
    }

    package func close() {
        closed = true
    }
}
