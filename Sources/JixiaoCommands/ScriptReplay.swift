import Foundation
import JixiaoCore
import JixiaoSession

/// Runs a script through the interpreter, the same path as typed commands, stopping at the first error.
/// `jixiao FILE.jx`, `jixiao replay`, `replay` in the shell, notebooks and walkthroughs all use it.
public struct ScriptReplay {
    public let interpreter: Interpreter

    public init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// Reads a script file as UTF-8 text.
    public static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.io, FileManager.default.fileExists(atPath: path) ? "cannot read \(path)" : "no such script: \(path)", location: SourceLocation(file: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(.io, "the script is not UTF-8 text", location: SourceLocation(file: path))
        }
        return text
    }

    /// Datasets whose file no longer matches the fingerprint the script was saved with, one message each.
    public func fingerprintMismatches(_ script: String) -> [String] {
        let header = ScriptHeader.parse(script)
        let workspace = interpreter.workspace
        var messages: [String] = []
        for expected in header.datasets {
            let path: String
            if let dataset = workspace.dataset(named: expected.name), case .file(let file) = dataset.origin {
                path = file
            } else {
                path = workspace.resolve(expected.file)
            }
            guard let actual = DatasetFingerprint.sha256(ofFile: path) else {
                messages.append("dataset \(expected.name): \(expected.file) is missing (the script was saved with sha256 \(expected.sha256.prefix(12))…)")
                continue
            }
            if actual != expected.sha256 {
                let rows = workspace.dataset(named: expected.name)?.table.rowCount
                let rowNote = rows.map { $0 == expected.rows ? "still \($0) rows" : "\(expected.rows) rows then, \($0) now" } ?? ""
                messages.append("dataset \(expected.name) changed since the script was saved: sha256 \(expected.sha256.prefix(12))… then, \(actual.prefix(12))… now (\(rowNote))")
            }
        }
        return messages
    }

    /// Runs every command of `script`; `onItem` sees each narration and each command's outcome as it comes.
    /// Returns the first error, placed at FILE:LINE (the column comes from its range).
    @discardableResult
    public func run(_ script: String, file: String, onItem: (ScriptItem, Outcome?) -> Void = { _, _ in }) -> Diagnostic? {
        for item in ScriptReader.items(script) {
            switch item {
            case .narration(let text, _):
                interpreter.narrate(text)
                onItem(item, nil)
            case .command(let command):
                let outcome = interpreter.run(command.text)
                onItem(item, outcome)
                if let error = outcome.error { return Self.place(error, in: command, file: file) }
            }
        }
        return nil
    }

    /// An error of a script's command, placed at the script's file and line (the line inside a multi-line
    /// command that holds the error).
    public static func place(_ error: Diagnostic, in command: ScriptCommand, file: String) -> Diagnostic {
        var located = error
        if error.source != nil || error.location.file == nil {
            let extraLines = error.range.map { range in command.text.utf8.prefix(range.lowerBound).filter { $0 == 10 }.count } ?? 0
            located.location.file = file
            located.location.line = command.line + extraLines
        }
        return located
    }

    /// Runs a script and collects each command's rendered output, for `--update` and `--check`.
    public func record(_ script: String, file: String) -> (ExpectedOutput, Diagnostic?) {
        var blocks: [ExpectedOutput.Block] = []
        let error = run(script, file: file) { item, outcome in
            guard case .command(let command) = item, let outcome, outcome.error == nil else { return }
            let text = outcome.value.flatMap(interpreter.render) ?? ""
            blocks.append(ExpectedOutput.Block(line: command.line, command: command.text, output: text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"))
        }
        return (ExpectedOutput(blocks: blocks), error)
    }
}
