import JixiaoCommands
import Foundation
import JixiaoCore
import JixiaoDatabase

/// Runs a script through the interpreter, the same path as typed commands, stopping at the first error.
/// `jixiao FILE.jx`, `jixiao replay`, `replay` in the shell, notebooks and walkthroughs all use it.
package struct ScriptReplay {
    package let interpreter: Interpreter

    package init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// Reads a script file as UTF-8 text (a regular file: a device or pipe is refused, not read forever).
    package static func read(_ path: String) throws -> String {
        let data = try RegularFile.read(path, what: .script)  // file-gate: primitive: reads a script whose path each caller checked or was given by the person
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(.io, .scriptNotUtf8, location: SourceLocation(file: path))
        }
        return text
    }

    /// The script without a journal's torn last record (one a killed or disk-full writer cut off): replay leaves
    /// it out. Any other script is whole (saved atomically), and is read as it is.
    package static func completeRecords(_ script: String) -> String {
        Journal.isJournal(script) ? JournalRecords.complete(script).text : script
    }

    /// What replay says when it leaves out a journal's torn last record, in the interface's language.
    package static func tornRecordWarning(_ script: String, file: String) -> String? {
        guard Journal.isJournal(script), let line = JournalRecords.complete(script).tornLine else { return nil }
        return Message(.reliabilityTornRecordDropped, file, String(line)).text
    }

    /// Datasets whose file no longer matches the fingerprint the script was saved with, one message each, in
    /// the interface's language.
    ///
    /// A header is the script's own text, so each file it names goes through the read rule the script will run
    /// under before anything is hashed: a path outside them is reported as not checked, with no hash and
    /// without saying whether it exists. A file larger than `Budgets.hashBytes` is not read.
    package func fingerprintMismatches(_ script: String) -> [String] {
        let header = ScriptHeader.parse(script)
        let workspace = interpreter.workspace
        var messages: [String] = []
        // A stack of files (load PATTERN as NAME) has a line per file: each is checked where the script read it.
        let stacked = Set(Dictionary(grouping: header.datasets, by: \.name).filter { $0.value.count > 1 }.keys)
        for expected in header.datasets {
            let path: String
            if !stacked.contains(expected.name), let dataset = workspace.dataset(named: expected.name), case .file(let file) = dataset.origin {
                path = file
            } else {
                guard let allowed = try? workspace.checkRead(expected.file, policy: workspace.scriptReadPolicy) else {
                    messages.append(Message(.sessionDatasetNotReadable, expected.name, expected.file).text)
                    continue
                }
                path = allowed
            }
            let actual: String
            switch DatasetFingerprint.sha256(ofFile: path, limit: workspace.budgets.hashBytes) {  // file-gate: checked: a header's file passed checkRead under scriptReadPolicy, else a loaded dataset's own file
            case .digest(let digest): actual = digest
            case .tooLarge:
                messages.append(Message(.sessionDatasetTooLargeToHash, expected.name, expected.file, String(workspace.budgets.hashBytes)).text)
                continue
            case .unreadable:
                messages.append(Message(.sessionDatasetMissing, expected.name, expected.file, String(expected.sha256.prefix(12))).text)
                continue
            }
            if actual != expected.sha256, stacked.contains(expected.name) {
                messages.append(Message(.sessionStackedFileChanged, expected.name, expected.file, String(expected.sha256.prefix(12)), String(actual.prefix(12))).text)
            } else if actual != expected.sha256 {
                let rows = workspace.dataset(named: expected.name)?.table.rowCount
                let rowNote = rows.map { $0 == expected.rows ? Message(.sessionStillRows, String($0)).text : Message(.sessionRowsThenNow, String(expected.rows), String($0)).text } ?? ""
                messages.append(Message(.sessionDatasetChanged, expected.name, String(expected.sha256.prefix(12)), String(actual.prefix(12)), rowNote).text)
            }
        }
        for expected in header.databases {
            messages += databaseMismatch(expected).map { [$0] } ?? []
        }
        return messages
    }

    /// A database source whose rows changed since the script was saved (nil when they match). Only a database
    /// the person allowed (`--allow-db`) is asked: the script itself may read no other.
    private func databaseMismatch(_ expected: DatabaseFingerprint) -> String? {
        let workspace = interpreter.workspace
        guard let settings = try? ConnectionSettings.parse(url: expected.connection),
              workspace.allowedDatabases.contains(where: { $0 == settings.database || $0 == settings.url }) else { return nil }
        do {
            let opened = try DatabaseSource.open(expected.relation, settings: settings, isCancelled: interpreter.isCancelled)
            let actual = try DatabaseFingerprint.of(expected.name, DatabaseDataset(source: opened.source, schema: opened.schema), isCancelled: interpreter.isCancelled)
            guard actual.sha256 != expected.sha256 else { return nil }
            let rowNote = actual.rows == expected.rows ? Message(.sessionStillRows, String(actual.rows)).text : Message(.sessionRowsThenNow, String(expected.rows), String(actual.rows)).text
            return Message(.sessionDatabaseChanged, expected.name, expected.connection, String(expected.sha256.prefix(12)), String(actual.sha256.prefix(12)), rowNote).text
        } catch let diagnostic as Diagnostic {
            return Message(.sessionDatabaseUnchecked, expected.name, expected.connection, diagnostic.text.text).text
        } catch {
            return Message(.sessionDatabaseUnchecked, expected.name, expected.connection, String(describing: error)).text
        }
    }

    /// Runs every command of `script`; `onItem` sees each narration and each command's outcome as it comes.
    /// Returns the first error, placed at FILE:LINE (the column comes from its range).
    ///
    /// The script is not trusted: it runs under a restricted write policy (see `WritePolicy`), and a script
    /// holding a shell command (`!…`) is refused before any of its commands runs.
    @discardableResult
    package func run(_ script: String, file: String, onItem: (ScriptItem, Outcome?) -> Void = { _, _ in }) -> Diagnostic? {
        let items = ScriptReader.items(Self.completeRecords(script))
        for case .command(let command) in items {
            if let refusal = Self.shellRefusal(command, file: file, wholeScript: true) { return refusal }
        }
        do {
            // Cells count from 1 inside the script, whatever the session held before it.
            let workspace = interpreter.workspace
            return try workspace.replaying { workspace.numberingCellsFromOne { runItems(items, file: file, onItem: onItem) } }
        } catch let diagnostic as Diagnostic {
            return diagnostic.located(file: file, line: nil)
        } catch {
            return Diagnostic(.internal, code: .internalUnexpectedError, text: .verbatim(String(describing: error)), location: SourceLocation(file: file))
        }
    }

    /// The commands and narration of a script in order, up to the first error.
    private func runItems(_ items: [ScriptItem], file: String, onItem: (ScriptItem, Outcome?) -> Void) -> Diagnostic? {
        for item in items {
            switch item {
            case .narration(let text, _):
                interpreter.narrate(text)
                onItem(item, nil)
            case .command(let command):
                // Every command of this replay and of the replays inside it counts against one budget: scripts
                // that each replay the next ten times stop at the budget, not after 10^7 commands.
                do {
                    try interpreter.workspace.countReplayedCommand()
                } catch let diagnostic as Diagnostic {
                    var refused = diagnostic
                    refused.source = command.text
                    refused.range = 0..<max(1, command.text.utf8.prefix { $0 != 32 && $0 != 10 }.count)
                    return Self.place(refused, in: command, file: file)
                } catch {
                    return Diagnostic(.internal, code: .internalUnexpectedError, text: .verbatim(String(describing: error)), location: SourceLocation(file: file, line: command.line))
                }
                let outcome = interpreter.run(command.text)
                onItem(item, outcome)
                if let error = outcome.error { return Self.place(error, in: command, file: file) }
            }
        }
        return nil
    }

    /// Runs one command of a script as `run` does (restricted writes, no shell commands), for walkthroughs,
    /// which interleave the script's commands with the learner's own.
    package static func runCommand(_ command: ScriptCommand, file: String, with interpreter: Interpreter) -> Outcome {
        if let refusal = shellRefusal(command, file: file, wholeScript: false) {
            return Outcome(source: command.text, pipeline: nil, value: nil, error: refusal)
        }
        do {
            return try interpreter.workspace.replaying { interpreter.run(command.text) }
        } catch let diagnostic as Diagnostic {
            return Outcome(source: command.text, pipeline: nil, value: nil, error: diagnostic.located(file: file, line: command.line))
        } catch {
            return Outcome(source: command.text, pipeline: nil, value: nil, error: Diagnostic(.internal, code: .internalUnexpectedError, text: .verbatim(String(describing: error))))
        }
    }

    /// The refusal of a shell command (`!…`) in a script, placed at its line; nil for any other command.
    /// `wholeScript`: the script is refused before it starts, so the message can say nothing ran.
    package static func shellRefusal(_ command: ScriptCommand, file: String, wholeScript: Bool) -> Diagnostic? {
        guard let range = Interpreter.shellEscapeRange(command.text) else { return nil }
        return Diagnostic(.security, code: .securityShellInScript, text: wholeScript ? Message(.sessionShellInScriptNothingRan) : Message(.securityShellInScript),
                          hint: Message(.hintTypeItYourself),
                          source: command.text, range: range, location: SourceLocation(file: file, line: command.line))
    }

    /// An error of a script's command, placed at the script's file and line (the line inside a multi-line
    /// command that holds the error). An error already placed (by a script this one replayed, or in a data
    /// file) keeps its place.
    package static func place(_ error: Diagnostic, in command: ScriptCommand, file: String) -> Diagnostic {
        var located = error
        if (error.source != nil && error.location.line == nil) || error.location.file == nil {
            let extraLines = error.range.map { range in command.text.utf8.prefix(range.lowerBound).filter { $0 == 10 }.count } ?? 0
            located.location.file = file
            located.location.line = command.line + extraLines
        }
        return located
    }

    /// Runs a script and collects each command's rendered output, for `--update` and `--check`.
    package func record(_ script: String, file: String) -> (ExpectedOutput, Diagnostic?) {
        var blocks: [ExpectedOutput.Block] = []
        let error = run(script, file: file) { item, outcome in
            guard case .command(let command) = item, let outcome, outcome.error == nil else { return }
            let text = outcome.value.flatMap(interpreter.render) ?? ""
            blocks.append(ExpectedOutput.Block(line: command.line, command: command.text, output: text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"))
        }
        return (ExpectedOutput(blocks: blocks), error)
    }
}
