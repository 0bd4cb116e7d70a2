import Foundation
import JixiaoCore
import JixiaoLanguage
import JixiaoRender

/// What running one command line gave.
package struct Outcome: Sendable {
    /// The command line as typed.
    package var source: String
    /// The parsed line, when it parsed.
    package var pipeline: Pipeline?
    package var value: PipelineValue?
    package var error: Diagnostic?
    /// Wall-clock time the command took, in seconds.
    package var elapsed: Double = 0
    /// The cell it became, by its number in the session; nil for help, listings, navigation and failed
    /// commands.
    package var cell: Int?

    package var succeeded: Bool { error == nil }

    package init(source: String, pipeline: Pipeline? = nil, value: PipelineValue? = nil, error: Diagnostic? = nil) {
        self.source = source
        self.pipeline = pipeline
        self.value = value
        self.error = error
    }
}

/// Runs command lines against a workspace: parse, run, and nothing else. Typing, `-c`, scripts and replay
/// all come through here, so they behave alike.
package final class Interpreter {
    package let workspace: Workspace
    package let registry: CommandRegistry
    /// Asked between stages and inside long loops; set by the shell's Ctrl-C handler.
    package var isCancelled: @Sendable () -> Bool = { false }
    /// Told before each stage of a line runs (its place in the line); for tests that count what ran.
    package var onStage: (@Sendable (Int) -> Void)?

    package init(workspace: Workspace, registry: CommandRegistry) {
        self.workspace = workspace
        self.registry = registry
    }

    /// Runs one line. Errors are returned in the outcome, never thrown. A line that succeeds and does more than
    /// display becomes the next numbered cell.
    package func run(_ line: String) -> Outcome {
        run(line, parsed: parse(line))
    }

    /// Parses a line with this interpreter's commands, for a caller that looks at it before running it.
    package func parse(_ line: String) -> Result<Pipeline, Diagnostic> {
        do {
            return .success(try Pipeline.parse(line, registry: registry))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(Diagnostic(.internal, .internalUnexpectedError, [String(describing: error)], source: line))
        }
    }

    /// Runs a line parsed already (by `parse`), as `run(_:)` does.
    package func run(_ line: String, parsed: Result<Pipeline, Diagnostic>) -> Outcome {
        var outcome = Outcome(source: line)
        let logIndex = workspace.log.count
        let started = workspace.commandWillRun(logIndex: logIndex)
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            if let bang = Self.shellEscapeRange(line) {
                // The interactive shell runs `!…` itself before it gets here (unless `--safe`); anything else (-c,
                // piped input, a learner in a walkthrough) is not a person at the prompt.
                throw Diagnostic(.security, workspace.safeMode ? .securitySafeShell : .securityShellNotInteractive, source: line, range: bang)
            }
            let pipeline = try parsed.get()
            outcome.pipeline = pipeline
            var context = RunContext(workspace: workspace, source: line, registry: registry, isCancelled: isCancelled)
            context.onStage = onStage
            outcome.value = try pipeline.run(in: context)
        } catch let diagnostic as Diagnostic {
            outcome.error = diagnostic
        } catch {
            outcome.error = Diagnostic(.internal, .internalUnexpectedError, [String(describing: error)], source: line)
        }
        outcome.elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        workspace.commandDidRun(started, command: line, isCell: outcome.isCell, movesThroughHistory: outcome.pipeline?.movesThroughHistory ?? false)
        if outcome.isCell, let value = outcome.value {
            outcome.cell = workspace.recordCell(value, command: line)
        }
        // Before whatever a replay it ran logged, so the log reads in the order things were asked for.
        workspace.insertLog(outcome.logEntry(in: workspace.cellScope), at: logIndex)
        return outcome
    }

    /// Where a shell escape (`!COMMAND`) lies in a line (its first line), or nil when the line is not one: the
    /// shell's own test (`LexicalVocabulary.shellEscapeRange`), so what the prompt runs is what everything else refuses.
    package static func shellEscapeRange(_ line: String) -> Range<Int>? {
        LexicalVocabulary.shellEscapeRange(line)
    }

    /// Records narration (a `# …` line) in the session log.
    package func narrate(_ text: String) {
        workspace.appendLog(.narration(text))
    }

    /// The text to print for an outcome's result (nil when there is nothing to show).
    package func render(_ value: PipelineValue) -> String? {
        OutputRenderer.render(value, style: workspace.style)
    }

    /// What the user sees after a command that succeeded: its result, and its time when `timer on`.
    package func display(_ outcome: Outcome) -> String? {
        var parts: [String] = []
        if let value = outcome.value, let text = render(value), !text.isEmpty { parts.append(text) }
        if workspace.showTimer { parts.append(Message(.noticeTime, String(format: "%.3f", outcome.elapsed * 1000)).text) }
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }
}
