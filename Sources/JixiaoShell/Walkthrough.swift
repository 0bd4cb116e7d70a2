import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender
import JixiaoSession

/// A script turned into a lesson: each step shows its narration, the learner types a command, and any
/// command whose result equals the script's is accepted, not only the literal text.
///
/// Words the learner can type: `next` (or an empty line, or Tab) runs the script's own command; `skip` moves on
/// (still applying a step that creates a dataset, so later steps work); `back` shows the previous step again;
/// `quit` ends the lesson.
public struct Walkthrough {
    struct Step {
        var narration: [String]
        var command: ScriptCommand
    }

    let steps: [Step]
    let file: String
    /// The learner's workspace, shared with the shell.
    let learner: Interpreter
    /// A private copy of the workspace where the script's own commands run, to know the expected results.
    let reference: Interpreter
    let reader: LineReader
    let color: Bool
    public var output: (String) -> Void = { Terminal.write($0) }
    public var errorOutput: (String) -> Void = { Terminal.writeError($0) }

    public init(script: String, file: String, learner: Interpreter, reader: LineReader, color: Bool) {
        var steps: [Step] = []
        var narration: [String] = []
        for item in ScriptReader.items(script) {
            switch item {
            case .narration(let text, _): narration.append(text)
            case .command(let command):
                steps.append(Step(narration: narration, command: command))
                narration = []
            }
        }
        self.steps = steps
        self.file = file
        self.learner = learner
        self.reference = Interpreter(workspace: learner.workspace.copy())
        self.reader = reader
        self.color = color
    }

    /// Runs the lesson; returns 0 when it ends (finished or quit), 1 when the script itself fails.
    public func run() -> Int32 {
        output("教程 \(file)：共 \(steps.count) 步。输入命令运行；回车或 Tab 使用示例命令（next），skip 跳过，back 返回，quit 退出。\n")
        var expected: [Int: Outcome] = [:]
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
                expected[index] = outcome
            }
            output("\n(\(index + 1)/\(steps.count))\n")
            for line in step.narration { output("  " + TerminalText.sanitized(line) + "\n") }
            var answered = false
            while !answered {
                reader.offer(step.command.text)
                let read = reader.readLine(prompt: "练习 [\(index + 1)/\(steps.count)]> ")
                reader.offer(nil)
                guard let typed = read else { return 0 }
                let word = typed.trimmingCharacters(in: .whitespaces)
                switch word {
                case "quit", "exit":
                    output("已退出教程，完成 \(index)/\(steps.count) 步。\n")
                    return 0
                case "back":
                    index = max(0, index - 1)
                    answered = true
                    continue
                case "skip":
                    if let command = try? Pipeline.parse(step.command.text), command.changesWorkspace {
                        _ = ScriptReplay.runCommand(step.command, file: file, with: learner)
                    }
                    output("已跳过。示例命令是：\(TerminalText.sanitized(step.command.text, keepingLineBreaks: true))\n")
                    index += 1
                    answered = true
                    continue
                case "", "\t", "next":
                    output("» \(TerminalText.sanitized(step.command.text, keepingLineBreaks: true))\n")
                    show(ScriptReplay.runCommand(step.command, file: file, with: learner))
                    index += 1
                    answered = true
                    continue
                default:
                    break
                }
                reader.addHistory(typed)
                let attempt = learner.run(typed)
                if let error = attempt.error {
                    errorOutput(DiagnosticRenderer.render(error, color: color) + "\n")
                    output("再试一次，或直接回车使用示例命令。\n")
                    continue
                }
                show(attempt)
                if let expectedOutcome = expected[index], sameResult(expectedOutcome, attempt) {
                    output("✓ 结果与示例一致。\n")
                    index += 1
                    answered = true
                } else {
                    output("✗ 结果与示例不同。再试一次，或回车查看示例命令。\n")
                }
            }
        }
        output("\n教程完成：\(steps.count)/\(steps.count) 步。\n")
        return 0
    }

    private func show(_ outcome: Outcome) {
        if let error = outcome.error {
            errorOutput(DiagnosticRenderer.render(error, color: color) + "\n")
        } else if let value = outcome.value, let text = learner.render(value), !text.isEmpty {
            output(text + "\n")
        }
    }

    /// Two results are the same when they hold the same values in the same shape (column names aside); for a
    /// step that names a dataset, the dataset it leaves must be the same.
    func sameResult(_ expected: Outcome, _ actual: Outcome) -> Bool {
        if let letCommand = expected.pipeline?.stages.first as? LetCommand {
            guard let want = reference.workspace.dataset(named: letCommand.datasetName)?.table,
                  let got = learner.workspace.dataset(named: letCommand.datasetName)?.table else { return false }
            return Self.sameValues(want, got)
        }
        switch (expected.value, actual.value) {
        case (.text(let a)?, .text(let b)?): return a == b
        case (.none(let a)?, .none(let b)?): return a == b
        default:
            guard let want = expected.value?.table, let got = actual.value?.table else { return false }
            return Self.sameValues(want, got)
        }
    }

    static func sameValues(_ a: Table, _ b: Table) -> Bool {
        guard a.rowCount == b.rowCount, a.names.count == b.names.count else { return false }
        return a.rows() == b.rows()
    }
}
