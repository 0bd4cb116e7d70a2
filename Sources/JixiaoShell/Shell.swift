import Foundation
import JixiaoCore
import JixiaoCommands
import JixiaoRender

/// The read–run–print loop, independent of where lines come from.
public final class Shell {
    public let interpreter: Interpreter
    public let reader: LineReader
    /// Prompts are shown only when a person is typing.
    public let interactive: Bool
    public let color: Bool
    public var output: (String) -> Void = { Terminal.write($0) }
    public var errorOutput: (String) -> Void = { Terminal.writeError($0) }
    /// The number of the next cell.
    public private(set) var cellNumber = 1
    /// Whether any command failed (for the exit code when input is piped).
    public private(set) var hadError = false

    public init(interpreter: Interpreter, reader: LineReader, interactive: Bool, color: Bool) {
        self.interpreter = interpreter
        self.reader = reader
        self.interactive = interactive
        self.color = color
    }

    /// `jixiao [3]> `: the number of the cell the next command becomes.
    public var prompt: String { "jixiao [\(cellNumber)]> " }
    /// The prompt of a command's further lines, as wide as the main prompt.
    public var continuationPrompt: String { String(repeating: " ", count: max(0, prompt.count - 5)) + "...> " }

    /// Runs until the input ends or `exit`; returns the process exit code.
    public func run() -> Int32 {
        defer { reader.close() }
        loop: while true {
            switch readCommand() {
            case .end:
                // Ctrl-D leaves the cursor after the prompt; end the line before the terminal's own prompt.
                if interactive { output("\n") }
                break loop
            case .interrupted:
                continue
            case .line(let line):
                // Completion leaves a space after a name; history and cells keep the command without it.
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                if trimmed == "exit" || trimmed == "quit" { break loop }
                reader.addHistory(trimmed)
                if !execute(trimmed) {
                    hadError = true
                    // Piped input stops at the first error, like a script.
                    if !interactive { return 1 }
                }
            }
        }
        return hadError && !interactive ? 1 : 0
    }

    /// Reads one command, joining continuation lines (a line ending in `|`, or an open quote or bracket).
    /// Ctrl-C abandons the whole command; at the end of input, an unfinished command is run as it stands when
    /// piped (so its error is reported) and dropped when typed.
    func readCommand() -> LineInput {
        let first = reader.readInput(prompt: interactive ? prompt : "", continuing: nil)
        guard case .line(var text) = first else { return first }
        while LineContinuation.needsMore(text) {
            switch reader.readInput(prompt: interactive ? continuationPrompt : "", continuing: text) {
            case .line(let more): text += "\n" + more
            case .interrupted: return .interrupted
            case .end:
                if interactive {
                    output("\n")
                    return .interrupted
                }
                return .line(text)
            }
        }
        return .line(text)
    }

    /// Runs one command and prints its result or error; returns whether it succeeded. A command stopped by
    /// Ctrl-C fails with nothing changed, and the shell goes on.
    @discardableResult
    public func execute(_ line: String) -> Bool {
        InterruptFlag.clear()
        let outcome = interpreter.run(line)
        InterruptFlag.clear()
        if var error = outcome.error {
            if error.phase == .interrupted {
                // The terminal has echoed ^C where the cursor was; the command's text says nothing more here.
                error.source = nil
                error.range = nil
                if interactive { output("\n") }
            }
            errorOutput(DiagnosticRenderer.render(error, color: color) + "\n")
            return false
        }
        if let value = outcome.value {
            interpreter.workspace.recordCell(cellNumber, value, command: line)
            if let text = interpreter.render(value), !text.isEmpty { output(text + "\n") }
        }
        cellNumber += 1
        return true
    }
}
