import Foundation
import JixiaoCore
import JixiaoCommands
import JixiaoRender
import JixiaoSession

/// The read–run–print loop, independent of where lines come from.
public final class Shell {
    public let interpreter: Interpreter
    public let reader: LineReader
    /// Prompts are shown only when a person is typing.
    public let interactive: Bool
    public let color: Bool
    /// Where every command is recorded before its output is shown (nil when journaling is off).
    public let journal: Journal?
    public var output: (String) -> Void = { Terminal.write($0) }
    public var errorOutput: (String) -> Void = { Terminal.writeError($0) }
    /// Where the output of `!COMMAND` goes: nil lets the command use the terminal itself (so `!less` works).
    public var shellOutput: ((String) -> Void)?
    /// The number of the next cell.
    public private(set) var cellNumber = 1
    /// Whether any command failed (for the exit code when input is piped).
    public private(set) var hadError = false

    public init(interpreter: Interpreter, reader: LineReader, interactive: Bool, color: Bool, journal: Journal? = nil) {
        self.interpreter = interpreter
        self.reader = reader
        self.interactive = interactive
        self.color = color
        self.journal = journal
    }

    public var prompt: String { "jixiao [\(cellNumber)]> " }
    public static let continuationPrompt = "   ...> "

    /// Runs until the input ends or `exit`; returns the process exit code: 1 when input was piped and any
    /// command failed.
    public func run() -> Int32 {
        while let line = readCommand() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed == "exit" || trimmed == "quit" { break }
            reader.addHistory(line)
            if trimmed.hasPrefix("#") {
                narrate(String(trimmed.dropFirst().drop { $0 == " " }))
                continue
            }
            if interactive, let command = ShellEscape.command(in: line) {
                escape(command)
                continue
            }
            if !execute(line) { hadError = true }
        }
        return hadError && !interactive ? 1 : 0
    }

    /// Reads one command, joining continuation lines.
    func readCommand() -> String? {
        guard var text = reader.readLine(prompt: interactive ? prompt : "") else { return nil }
        // Each line is scanned once, whatever the length of the command it continues.
        var continuation = LineContinuation()
        var line = text
        while continuation.feed(line) {
            guard let more = reader.readLine(prompt: interactive ? Self.continuationPrompt : "") else { break }
            text += "\n"
            text += more
            line = more
        }
        return text
    }

    /// Keeps a `# …` line as narration for saved scripts.
    public func narrate(_ text: String) {
        interpreter.narrate(text)
        record { try $0.recordNarration(text) }
    }

    /// Runs one command, journals it, then prints its result or error; returns whether it succeeded.
    @discardableResult
    public func execute(_ line: String) -> Bool {
        if let pipeline = try? Pipeline.parse(line), pipeline.stages.count == 1, let tutorial = pipeline.stages.first as? TutorialCommand,
           let path = tutorial.scriptPath(in: interpreter.workspace), let script = try? ScriptReplay.read(path) {
            var walkthrough = Walkthrough(script: script, file: path, learner: interpreter, reader: reader, color: color)
            walkthrough.output = output
            walkthrough.errorOutput = errorOutput
            return walkthrough.run() == 0
        }
        let outcome = interpreter.run(line)
        if let error = outcome.error {
            record { try $0.recordFailure(line, error: error.description) }
            errorOutput(DiagnosticRenderer.render(error, color: color) + "\n")
            return false
        }
        record { try $0.recordCommand(outcome.pipeline?.canonical ?? line) }
        if let value = outcome.value {
            interpreter.workspace.recordCell(cellNumber, value)
            if let text = interpreter.render(value), !text.isEmpty { output(text + "\n") }
        }
        cellNumber += 1
        return true
    }

    /// Runs `!COMMAND` for the person at the prompt. Like help, it only displays: it takes no cell number and is
    /// never saved; the journal notes it as a `#!` line, which replay skips.
    public func escape(_ command: String) {
        guard !command.isEmpty else {
            errorOutput("!COMMAND runs a shell command, e.g. !ls datasets\n")
            return
        }
        record { try $0.recordShellEscape(command) }
        switch ShellEscape.run(command, in: interpreter.workspace.directory, output: shellOutput) {
        case nil: errorOutput("cannot start /bin/sh\n")
        case 0?: break
        case let status?: errorOutput("(exit status \(status))\n")
        }
    }

    /// Journals, warning once (not failing) when the journal cannot be written.
    private func record(_ write: (Journal) throws -> Void) {
        guard let journal else { return }
        do {
            try write(journal)
        } catch {
            errorOutput("warning: \(error)\n")
        }
    }
}
