import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender

/// `jixiao replay [--update | --check | --step] FILE` and `jixiao FILE.jx`.
package struct ReplayTool {
    package enum Mode: Sendable {
        case run, update, check, step
    }

    /// Recorded output does not depend on the terminal or locale: Unicode frames, tables whole (a record never
    /// leaves columns out), and charts this wide.
    package static let recordingChartWidth = 160

    /// Nor on the interface's language: what jixiao says in a recorded output (a notice, a note under a chart) is
    /// in English, whatever `--lang` is, so that a record made under one language is checked under the other. English,
    /// because its texts are kept as they are while translations improve: a record stays valid.
    package static let recordingLanguage = Language.en

    /// Sets the interpreter's style to the one recorded outputs are made with.
    func useRecordingStyle() {
        interpreter.workspace.style.width = nil
        interpreter.workspace.style.unlimitedChartWidth = Self.recordingChartWidth
        interpreter.workspace.style.ascii = false
    }

    package let interpreter: Interpreter
    package let color: Bool
    package var output: (String) -> Void = { StandardStreams.write($0) }
    package var errorOutput: (String) -> Void = { StandardStreams.writeError($0) }
    /// Where a walkthrough (`--step`) journals the learner's commands, as the shell journals typed ones.
    package var journal: Journal?

    package init(interpreter: Interpreter, color: Bool) {
        self.interpreter = interpreter
        self.color = color
    }

    package static func expectedPath(for script: String) -> String { script + ".expected" }

    package func run(path: String, mode: Mode, reader: LineReader? = nil) -> Int32 {
        let script: String
        do {
            script = try ScriptReplay.read(path)  // file-gate: trusted: the script named on the command line (jixiao replay FILE)
        } catch let error as Diagnostic {
            errorOutput(DiagnosticRenderer.render(error, color: color) + "\n")
            return 1
        } catch {
            return 1
        }
        let replay = ScriptReplay(interpreter: interpreter)
        if let warning = ScriptReplay.tornRecordWarning(script, file: path) { errorOutput(TerminalText.sanitized(warning) + "\n") }
        for mismatch in replay.fingerprintMismatches(script) {
            errorOutput(TerminalText.sanitized(Message(.sessionFileWarning, path, mismatch).text) + "\n")
        }
        switch mode {
        case .run:
            let error = replay.run(script, file: path) { _, outcome in
                if let outcome, outcome.error == nil, let text = interpreter.display(outcome) { output(text + "\n") }
            }
            return report(error)
        case .update:
            useRecordingStyle()
            let (recorded, error) = Language.speaking(Self.recordingLanguage) { replay.record(script, file: path) }
            if let error { return report(error) }
            do {
                try AtomicFile.write(recorded.text, to: Self.expectedPath(for: path))  // file-gate: trusted: FILE.expected beside the script named on the command line (--update)
            } catch let error as Diagnostic {
                return report(error)
            } catch {
                return 1
            }
            output(Message(.sessionRecorded, String(recorded.blocks.count), Self.expectedPath(for: path)).text + "\n")
            return 0
        case .check:
            useRecordingStyle()
            guard let expectedText = try? ScriptReplay.read(Self.expectedPath(for: path)) else {  // file-gate: trusted: FILE.expected beside the script named on the command line (--check)
                errorOutput(Message(.sessionNoRecordedOutput, path, Self.expectedPath(for: path)).text + "\n")
                return 1
            }
            let (actual, error) = Language.speaking(Self.recordingLanguage) { replay.record(script, file: path) }
            let expected = ExpectedOutput.parse(expectedText)
            if let difference = ExpectedOutput.firstDifference(expected: expected, actual: actual, file: path) {
                if let error { errorOutput(DiagnosticRenderer.render(error, color: color) + "\n") }
                errorOutput(TerminalText.sanitized(difference, keepingLineBreaks: true) + "\n")
                return 1
            }
            if let error { return report(error) }
            output(Message(.sessionAllMatch, path, String(actual.blocks.count)).text + "\n")
            return 0
        case .step:
            let walkthrough = Walkthrough(script: script, file: path, learner: interpreter, reader: reader ?? StreamLineReader(), color: color)
            var steps = walkthrough
            steps.output = output
            steps.errorOutput = errorOutput
            if let journal {
                let workspace = interpreter.workspace, errorOutput = errorOutput
                var journaled = workspace.log.count
                steps.didRun = {
                    let log = workspace.log
                    for entry in log[min(journaled, log.count)...] {
                        do {
                            try journal.record(entry)
                        } catch {
                            errorOutput(Message(.sessionWarning, (error as? Diagnostic).map { DiagnosticRenderer.render($0) } ?? String(describing: error)).text + "\n")
                        }
                    }
                    journaled = log.count
                }
            }
            return steps.run()
        }
    }

    private func report(_ error: Diagnostic?) -> Int32 {
        guard let error else { return 0 }
        errorOutput(DiagnosticRenderer.render(error, color: color) + "\n")
        return 1
    }
}
