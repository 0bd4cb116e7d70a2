import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender

/// `jixiao tutorial --check FILE`: a trainer's check that a lesson can be taught. Every step's command runs as
/// a replay runs it (writes restricted, no shell commands), and must give something a learner's answer can be
/// compared with: a table, text, or the dataset it leaves (`let`, `load … as NAME`). A step that fails stops
/// the check (the steps after it depend on it); a step with nothing to compare is reported and the check goes on.
package struct LessonCheck {
    /// What the check found: the number of steps, and each problem placed at FILE:LINE.
    package struct Report: Sendable {
        package var steps: Int
        package var problems: [Diagnostic]

        package var passed: Bool { problems.isEmpty }
    }

    package let interpreter: Interpreter
    package let color: Bool
    package var output: (String) -> Void = { StandardStreams.write($0) }
    package var errorOutput: (String) -> Void = { StandardStreams.writeError($0) }

    package init(interpreter: Interpreter, color: Bool) {
        self.interpreter = interpreter
        self.color = color
    }

    /// Checks the lesson at `path`, prints the problems or the number of steps; 0 when it passes, else 1.
    package func run(path: String) -> Int32 {
        let script: String
        do {
            script = try ScriptReplay.read(path)  // file-gate: trusted: the lesson named on the command line (jixiao check-lesson FILE)
        } catch let error as Diagnostic {
            errorOutput(DiagnosticRenderer.render(error.located(file: path, line: nil), color: color) + "\n")
            return 1
        } catch {
            errorOutput(DiagnosticRenderer.render(Diagnostic(.io, .lessonUnreadable, [String(describing: error)], location: SourceLocation(file: path)), color: color) + "\n")
            return 1
        }
        let report = check(script, file: path)
        for problem in report.problems { errorOutput(DiagnosticRenderer.render(problem, color: color) + "\n") }
        guard report.passed else {
            let count = report.problems.count
            let problems = Message(.lessonProblems, String(count), count: count), steps = Message(.lessonSteps, String(report.steps), count: report.steps)
            errorOutput(Message(key: MessageID.lessonCheckFailed.rawValue, arguments: [.verbatim(path), .message(problems), .message(steps)]).text + "\n")
            return 1
        }
        let steps = Message(.lessonSteps, String(report.steps), count: report.steps)
        output(Message(key: MessageID.lessonCheckPassed.rawValue, arguments: [.verbatim(path), .message(steps)]).text + "\n")
        return 0
    }

    /// Runs every step of `script` and collects the problems.
    package func check(_ script: String, file: String) -> Report {
        let commands = ScriptReader.commands(script)
        guard !commands.isEmpty else {
            return Report(steps: 0, problems: [Diagnostic(.input, .lessonNoSteps, hint: Message(.lessonHintStep), location: SourceLocation(file: file))])
        }
        var problems: [Diagnostic] = []
        for (index, command) in commands.enumerated() {
            let outcome = ScriptReplay.runCommand(command, file: file, with: interpreter)
            if let error = outcome.error {
                problems.append(ScriptReplay.place(error, in: command, file: file))
                break
            }
            if let reason = nothingToCompare(outcome) {
                let firstLine = command.text.prefix { $0 != "\n" }
                problems.append(Diagnostic(.input, code: .lessonStepWithoutResult,
                                           text: Message(key: DiagnosticCode.lessonStepWithoutResult.rawValue, arguments: [.verbatim(String(index + 1)), .message(reason)]),
                                           hint: Message(.lessonHintResult),
                                           source: command.text, range: 0..<firstLine.utf8.count,
                                           location: SourceLocation(file: file, line: command.line)))
            }
        }
        return Report(steps: commands.count, problems: problems)
    }

    /// Why a step's result cannot be compared with a learner's answer, or nil when it can.
    func nothingToCompare(_ outcome: Outcome) -> Message? {
        guard let pipeline = outcome.pipeline else { return Message(.lessonNoResult) }
        if pipeline.isDisplayOnly {
            return Message(.lessonOnlyDisplays)
        }
        if let name = StepExpectation(pipeline).dataset {
            return interpreter.workspace.dataset(named: name) == nil ? Message(.lessonLeavesNoDataset, name) : nil
        }
        switch Walkthrough.kind(outcome.value) {
        case .table, .text: return nil
        case .nothing: return Message(.lessonOnlyANote)
        }
    }
}
