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

    public var prompt: String { "jixiao [\(cellNumber)]> " }
    public static let continuationPrompt = "   ...> "

    /// Runs until the input ends or `exit`; returns the process exit code.
    public func run() -> Int32 {
        while let line = readCommand() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed == "exit" || trimmed == "quit" { break }
            reader.addHistory(line)
            let ok = execute(line)
            if !ok {
                hadError = true
                // Piped input stops at the first error, like a script.
                if !interactive { return 1 }
            }
        }
        return hadError && !interactive ? 1 : 0
    }

    /// Reads one command, joining continuation lines.
    func readCommand() -> String? {
        guard var text = reader.readLine(prompt: interactive ? prompt : "") else { return nil }
        while LineContinuation.needsMore(text) {
            guard let more = reader.readLine(prompt: interactive ? Self.continuationPrompt : "") else { break }
            text += "\n" + more
        }
        return text
    }

    /// Runs one command and prints its result or error; returns whether it succeeded.
    @discardableResult
    public func execute(_ line: String) -> Bool {
        let outcome = interpreter.run(line)
        if let error = outcome.error {
            errorOutput(DiagnosticRenderer.render(error, color: color) + "\n")
            return false
        }
        if let value = outcome.value {
            interpreter.workspace.recordCell(cellNumber, value)
            if let text = interpreter.render(value), !text.isEmpty { output(text + "\n") }
        }
        cellNumber += 1
        return true
    }
}
