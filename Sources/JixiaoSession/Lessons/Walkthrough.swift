import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender

/// A script turned into a lesson: each step shows its narration, the learner types a command, and any
/// command whose result equals the script's is accepted, not only the literal text. Narration after the last
/// command closes the lesson.
///
/// Words the learner can type: `next` (or an empty line, or Tab) runs the script's own command; `skip` moves on
/// (still running, silently, a step that names a dataset or makes a cell, so later steps work); `back` shows
/// the previous step again; `quit` ends the lesson. `_N` in a step, or typed, is the lesson's N-th cell.
package struct Walkthrough {
    struct Step {
        var narration: [String]
        var command: ScriptCommand
    }

    /// A step's own result, kept when the step is first shown.
    struct Expected {
        var outcome: Outcome
        var expectation: StepExpectation
        /// The dataset the step left in the reference workspace, as it was then (a later step may replace it).
        var dataset: Table?
    }

    let steps: [Step]
    /// Narration after the last command, shown when the lesson is finished.
    let closing: [String]
    let file: String
    /// The learner's workspace, shared with the shell.
    let learner: Interpreter
    /// A private copy of the workspace where the script's own commands run, to know the expected results.
    let reference: Interpreter
    let reader: LineReader
    let color: Bool
    package var output: (String) -> Void = { StandardStreams.write($0) }
    package var errorOutput: (String) -> Void = { StandardStreams.writeError($0) }
    /// Called after each command runs in the learner's session (typed, `next` or a silent `skip`), before its
    /// output shows: the shell journals it there.
    package var didRun: () -> Void = {}

    package init(script: String, file: String, learner: Interpreter, reader: LineReader, color: Bool) {
        var steps: [Step] = []
        var narration: [String] = []
        for item in ScriptReader.items(ScriptReplay.completeRecords(script)) {
            switch item {
            case .narration(let text, _): narration.append(text)
            case .command(let command):
                steps.append(Step(narration: narration, command: command))
                narration = []
            }
        }
        self.steps = steps
        self.closing = narration
        self.file = file
        self.learner = learner
        self.reference = Interpreter(workspace: learner.workspace.copy())
        self.reader = reader
        self.color = color
    }

    /// Runs the lesson; returns 0 when it ends (finished or quit), 1 when the script itself fails.
    package func run() -> Int32 {
        output(WalkthroughText.introduction(file: file, steps: steps.count))
        var expected: [Int: Expected] = [:]
        // The lesson's cells (as the reference numbers them) by their numbers in the learner's session: `_2` in
        // a step, or typed by the learner, is the lesson's second cell, wherever the session numbered it.
        var lessonCells: [Int: Int] = [:]
        func inLesson(_ body: () -> Outcome) -> Outcome {
            learner.workspace.numberingCells(asLesson: lessonCells, body)
        }
        func complete(_ index: Int, with outcome: Outcome) {
            if let lessonCell = expected[index]?.outcome.cell, let sessionCell = outcome.cell { lessonCells[lessonCell] = sessionCell }
        }
        var index = 0
        while index < steps.count {
            let step = steps[index]
            if expected[index] == nil {
                // The script's own commands run as a replay does: writes restricted, no shell commands.
                let outcome = ScriptReplay.runCommand(step.command, file: file, with: reference)
                if let error = outcome.error {
                    errorOutput(DiagnosticRenderer.render(ScriptReplay.place(error, in: step.command, file: file), color: color) + "\n")
                    return 1
                }
                let expectation = StepExpectation(outcome.pipeline)
                let dataset = expectation.dataset.flatMap { reference.workspace.dataset(named: $0)?.table }
                expected[index] = Expected(outcome: outcome, expectation: expectation, dataset: dataset)
            }
            output("\n(\(index + 1)/\(steps.count))\n")
            for line in step.narration { output("  " + TerminalText.sanitized(line) + "\n") }
            var answered = false
            while !answered {
                reader.offer(step.command.text)
                let read = reader.readLine(prompt: WalkthroughText.prompt(step: index + 1, of: steps.count))
                reader.offer(nil)
                guard let typed = read else { return 0 }
                let word = typed.trimmingCharacters(in: .whitespaces)
                switch word {
                case "quit", "exit":
                    output(WalkthroughText.quit(done: index, of: steps.count))
                    return 0
                case "back":
                    index = max(0, index - 1)
                    answered = true
                    continue
                case "skip":
                    // A step that names a dataset or makes a cell is still run (silently), so later steps work.
                    if expected[index]?.outcome.cell != nil {
                        complete(index, with: inLesson { ScriptReplay.runCommand(step.command, file: file, with: learner) })
                        didRun()
                    }
                    output(WalkthroughText.skipped(example: TerminalText.sanitized(step.command.text, keepingLineBreaks: true)))
                    index += 1
                    answered = true
                    continue
                case "", "\t", "next":
                    output("» \(TerminalText.sanitized(step.command.text, keepingLineBreaks: true))\n")
                    let outcome = inLesson { ScriptReplay.runCommand(step.command, file: file, with: learner) }
                    didRun()
                    show(outcome)
                    complete(index, with: outcome)
                    index += 1
                    answered = true
                    continue
                default:
                    break
                }
                reader.addHistory(typed)
                let attempt = inLesson { learner.run(typed) }
                didRun()
                if let error = attempt.error {
                    errorOutput(DiagnosticRenderer.render(error, color: color) + "\n")
                    output(WalkthroughText.tryAgainAfterError)
                    continue
                }
                show(attempt)
                guard let want = expected[index] else { continue }
                if let difference = difference(want, attempt) {
                    output(WalkthroughText.rejected(difference))
                } else {
                    output(WalkthroughText.accepted)
                    complete(index, with: attempt)
                    index += 1
                    answered = true
                }
            }
        }
        if !closing.isEmpty { output("\n") }
        for line in closing { output("  " + TerminalText.sanitized(line) + "\n") }
        output(WalkthroughText.finished(steps: steps.count))
        return 0
    }

    private func show(_ outcome: Outcome) {
        if let error = outcome.error {
            errorOutput(DiagnosticRenderer.render(error, color: color) + "\n")
        } else if let value = outcome.value, let text = learner.render(value), !text.isEmpty {
            output(text + "\n")
        }
    }

    /// How the learner's result differs from the step's own, or nil when it is the same: the same values in
    /// the same shape (column names aside), in the same order only when the example sorts or takes the top N;
    /// for a step that leaves a dataset, the dataset the learner has under that name.
    func difference(_ expected: Expected, _ actual: Outcome) -> AnswerDifference? {
        let expectation = expected.expectation
        if let name = expectation.dataset, let want = expected.dataset {
            guard let got = learner.workspace.dataset(named: name)?.table else { return .missingDataset(name) }
            return AnswerComparison.difference(expected: want, actual: got, ordered: expectation.ordered)
        }
        if case .form? = expected.outcome.value, case .form? = actual.value, let a = expected.outcome.value?.shownText, let b = actual.value?.shownText {
            return AnswerComparison.difference(expectedText: a, actualText: b)
        }
        switch (expected.outcome.value, actual.value) {
        case (.text(let a)?, .text(let b)?):
            return AnswerComparison.difference(expectedText: a, actualText: b)
        case (.none(let a)?, .none(let b)?):
            return AnswerComparison.difference(expectedText: a ?? "", actualText: b ?? "")
        default:
            if let want = expected.outcome.value?.table, let got = actual.value?.table {
                return AnswerComparison.difference(expected: want, actual: got, ordered: expectation.ordered)
            }
            let kinds = (Self.kind(expected.outcome.value), Self.kind(actual.value))
            return kinds.0 == kinds.1 ? nil : .kind(expected: kinds.0, actual: kinds.1)
        }
    }

    static func kind(_ value: PipelineValue?) -> AnswerDifference.Kind {
        switch value {
        case .text?, .form?: return .text
        case .none?, nil: return .nothing
        case .table?, .presented?, .grouped?: return .table
        }
    }
}

/// Every text the walkthrough shows the learner, said in the interface's language (the catalog's
/// `walkthrough.*` texts).
enum WalkthroughText {
    static func introduction(file: String, steps: Int) -> String {
        Message(.walkthroughIntroduction, file, String(steps), count: steps).text + "\n"
    }

    static func prompt(step: Int, of steps: Int) -> String { Message(.walkthroughPrompt, String(step), String(steps)).text }

    static func quit(done: Int, of steps: Int) -> String { Message(.walkthroughQuit, String(done), String(steps)).text + "\n" }

    static func skipped(example: String) -> String { Message(.walkthroughSkipped, example).text + "\n" }

    static var tryAgainAfterError: String { Message(.walkthroughTryAgain).text + "\n" }

    static var accepted: String { Message(.walkthroughAccepted).text + "\n" }

    static func rejected(_ difference: AnswerDifference) -> String {
        Message(.walkthroughRejected, detail(difference)).text + "\n"
    }

    static func finished(steps: Int) -> String { "\n" + Message(.walkthroughFinished, String(steps)).text + "\n" }

    /// What differed, in a sentence (with the two rows or lines below it when they differ).
    static func detail(_ difference: AnswerDifference) -> String {
        switch difference {
        case .missingDataset(let name):
            return Message(.walkthroughMissingDataset, shown(name)).text
        case .kind(let expected, let actual):
            return Message(key: MessageID.walkthroughKind.rawValue, arguments: [.message(kindName(expected)), .message(kindName(actual))]).text
        case .textLine(let index, let expected, let actual):
            return Message(.walkthroughTextLine, String(index + 1)).text + "\n" + sides(shown(expected), shown(actual))
        case .columnCount(let expected, let actual):
            return Message(key: MessageID.walkthroughColumnCount.rawValue, arguments: [
                .message(Message(.walkthroughColumns, String(expected.count), count: expected.count)), .message(columnList(expected)),
                .message(Message(.walkthroughColumns, String(actual.count), count: actual.count)), .message(columnList(actual)),
            ]).text
        case .rowCount(let expected, let actual):
            return Message(key: MessageID.walkthroughRowCount.rawValue, arguments: [
                .message(Message(.walkthroughRows, String(expected), count: expected)), .message(Message(.walkthroughRows, String(actual), count: actual)),
            ]).text
        case .row(let index, let expected, let actual, let ordered):
            let which = Message(ordered ? .walkthroughOrderedRow : .walkthroughUnorderedRow, String(index + 1)).text
            return which + "\n" + sides(row(expected), row(actual))
        }
    }

    /// The example's line or row above the learner's.
    static func sides(_ expected: String, _ actual: String) -> String {
        Message(.walkthroughExampleLine, expected).text + "\n" + Message(.walkthroughYourLine, actual).text
    }

    static func kindName(_ kind: AnswerDifference.Kind) -> Message {
        switch kind {
        case .table: return Message(.walkthroughKindTable)
        case .text: return Message(.walkthroughKindText)
        case .nothing: return Message(.walkthroughKindNothing)
        }
    }

    static func columnList(_ names: [String]) -> Message {
        names.isEmpty ? Message(.walkthroughNoColumns) : Message(key: MessageID.listAll.rawValue, arguments: [.list(names.map(shown))])
    }

    static func row(_ values: [Value]) -> String {
        values.map { $0.isNull ? Message(.walkthroughNull).text : shown($0.description) }.joined(separator: " | ")
    }

    private static func shown(_ text: String) -> String { TerminalText.sanitized(text) }
}
