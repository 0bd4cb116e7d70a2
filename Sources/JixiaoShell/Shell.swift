import Foundation
import JixiaoCore
import JixiaoCommands
import JixiaoLanguage
import JixiaoRender
import JixiaoSession

/// The read–run–print loop, independent of where lines come from.
package final class Shell {
    package let interpreter: Interpreter
    package let reader: LineReader
    /// Prompts are shown only when a person is typing.
    package let interactive: Bool
    package let color: Bool
    /// Where every command is recorded before its output is shown (nil when journaling is off).
    package let journal: Journal?
    package var output: (String) -> Void = { Terminal.write($0) }
    package var errorOutput: (String) -> Void = { Terminal.writeError($0) }
    /// Where the output of `!COMMAND` goes: nil lets the command use the terminal itself (so `!less` works).
    package var shellOutput: ((String) -> Void)?
    /// Measures the terminal's width before each command (nil keeps the workspace's width as it is).
    package var measureWidth: (() -> Int?)?
    /// The number of the next cell.
    package var cellNumber: Int { interpreter.workspace.nextCell }
    /// How much of the workspace's log the journal holds.
    private var journaled = 0
    /// Whether any command failed (for the exit code when input is piped).
    package private(set) var hadError = false

    package init(interpreter: Interpreter, reader: LineReader, interactive: Bool, color: Bool, journal: Journal? = nil) {
        self.interpreter = interpreter
        self.reader = reader
        self.interactive = interactive
        self.color = color
        self.journal = journal
    }

    /// `jixiao [3]> `: the number of the cell the next command becomes.
    package var prompt: String { "jixiao [\(cellNumber)]> " }
    /// The prompt of a command's further lines, as wide as the main prompt.
    package var continuationPrompt: String { String(repeating: " ", count: max(0, prompt.count - 5)) + "...> " }

    /// Runs until the input ends or `exit`; returns the process exit code. Piped input goes on after a failed
    /// command (so a later `save` still runs) and exits 1 when any command failed.
    package func run() -> Int32 {
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
                let trimmed = LexicalVocabulary.trimmingSpaces(line)
                if trimmed.isEmpty { continue }
                if trimmed == "exit" || trimmed == "quit" { break loop }
                reader.addHistory(trimmed)
                if trimmed.unicodeScalars.first == LexicalVocabulary.commentMark {
                    narrate(String(trimmed.dropFirst().drop { $0 == " " }))
                    continue
                }
                // With `--safe` the interpreter refuses it, as it refuses a script's.
                if interactive, !interpreter.workspace.safeMode, let command = ShellEscape.command(in: trimmed) {
                    escape(command)
                    continue
                }
                if !execute(trimmed) { hadError = true }
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
        // Each line is scanned once, however long the command it continues.
        var continuation = LineContinuation()
        var latest = text
        while continuation.feed(latest) {
            switch reader.readInput(prompt: interactive ? continuationPrompt : "", continuing: text) {
            case .line(let more):
                text += "\n" + more
                latest = more
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

    /// Keeps a `# …` line as narration for saved scripts.
    package func narrate(_ text: String) {
        interpreter.narrate(text)
        journalLog()
    }

    /// Runs one command, journals it, then prints its result or error; returns whether it succeeded. A command
    /// stopped by Ctrl-C fails with nothing changed, and the shell goes on.
    @discardableResult
    package func execute(_ line: String) -> Bool {
        if let measureWidth { interpreter.workspace.style.width = measureWidth() }
        // Parsed once: a line of one command may be one the shell handles itself (a lesson, or a save that would
        // replace a script), and the same parse runs.
        var parsed = interpreter.parse(line)
        let single = (try? parsed.get()).flatMap { $0.stages.count == 1 ? $0.stages.first : nil }
        if let tutorial = single as? TutorialCommand,
           let path = tutorial.scriptPath(in: interpreter.workspace), let script = try? ScriptReplay.read(path) {  // file-gate: checked: TutorialCommand.scriptPath goes through checkRead
            var walkthrough = Walkthrough(script: script, file: path, learner: interpreter, reader: reader, color: color)
            walkthrough.output = output
            walkthrough.errorOutput = errorOutput
            // A lesson's commands are the session's like any others: each is journaled before its output shows.
            walkthrough.didRun = { [weak self] in self?.journalLog() }
            record { try $0.recordDisplay(line) }
            defer { journalLog() }
            return walkthrough.run() == 0
        }
        if interactive, var save = single as? SaveCommand, let replacing = scriptToReplace(save), case .success(var pipeline) = parsed {
            let answer = reader.readLine(prompt: Message(.shellReplaceQuestion, replacing).text)?.trimmingCharacters(in: .whitespaces).lowercased()
            guard let answer, ["y", "yes", "是"].contains(answer) else {
                output(Message(.shellNotReplaced, replacing).text + "\n")
                return true
            }
            save.force = true
            pipeline.stages = [save]
            parsed = .success(pipeline)
        }
        InterruptFlag.clear()
        let outcome = interpreter.run(line, parsed: parsed)
        InterruptFlag.clear()
        journalLog()
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
        if let text = interpreter.display(outcome) { output(text + "\n") }
        return true
    }

    /// The script a `save NAME` without --force would replace, if one exists (the person at the prompt is asked;
    /// elsewhere, the command refuses).
    private func scriptToReplace(_ save: SaveCommand?) -> String? {
        guard let save, !save.force, FileManager.default.fileExists(atPath: interpreter.workspace.resolve(save.relativePath)) else { return nil }
        return save.relativePath
    }

    /// Runs `!COMMAND` for the person at the prompt. Like help, it only displays: it takes no cell number and is
    /// never saved; the journal notes it as a `#!` line, which replay skips.
    package func escape(_ command: String) {
        guard !command.isEmpty else {
            errorOutput(Message(.shellEscapeUsage).text + "\n")
            return
        }
        record { try $0.recordShellEscape(command) }
        switch ShellEscape.run(command, in: interpreter.workspace.directory, output: shellOutput) {
        case nil: errorOutput(Message(.shellEscapeCannotStart).text + "\n")
        case 0?: break
        case let status?: errorOutput(Message(.shellEscapeStatus, String(status)).text + "\n")
        }
    }

    /// Writes what the session log gained since the last call to the journal, which is then a script that
    /// replays to the same cells: saved commands as the saved script writes them, failed and display-only
    /// ones as `#!` comments (a replay skips them, as it takes no cell number for them).
    private func journalLog() {
        let log = interpreter.workspace.log
        defer { journaled = log.count }
        for entry in log[min(journaled, log.count)...] {
            record { try $0.record(entry) }
        }
    }

    /// Journals, warning once (not failing) when the journal cannot be written.
    private func record(_ write: (Journal) throws -> Void) {
        guard let journal else { return }
        do {
            try write(journal)
        } catch {
            errorOutput(Message(.shellWarning, (error as? Diagnostic).map { DiagnosticRenderer.render($0) } ?? String(describing: error)).text + "\n")
        }
    }
}
