import CEditLine
import Foundation
import JixiaoCore
import JixiaoSession

/// Reads lines with libedit: Emacs keys, Up/Down and Ctrl-R through a history kept in a file, Tab completion
/// from a `Completer`, Ctrl-C abandoning the line, and Chinese input (the locale is made UTF-8 at start-up).
/// All libedit calls go through the CEditLine wrappers, here and nowhere else.
package final class EditLineReader: LineReader {
    private let editor: OpaquePointer?
    private let completer: Completer?
    private let historyFile: HistoryFile?
    private let errorOutput: (String) -> Void
    /// The earlier lines of the command being continued, for completion in its context.
    private var pending: String?
    /// Entries whose write to the history file failed; `close()` tries them again.
    private var unsaved: [String] = []
    private var warnedAboutHistory = false
    /// What Tab fills in when the line so far is its beginning (set by walkthroughs).
    private var suggestion: String?

    /// Opens the editor. When standard output is not a terminal, the prompt and the echo go to standard error so
    /// they stay out of redirected results.
    package init(name: String, completer: Completer?, history: HistoryFile?, outputIsTerminal: Bool = Terminal.stdoutIsTerminal,
                errorOutput: @escaping (String) -> Void = { Terminal.writeError($0) }) {
        editor = jx_editor_open(name, Int32(history?.limit ?? 1000), outputIsTerminal ? 0 : 1)
        self.completer = completer
        self.historyFile = history
        self.errorOutput = errorOutput
        guard let editor else { return }
        for entry in history?.load() ?? [] { jx_history_add(editor, entry) }
        // Tab always reaches `complete`: a walkthrough's suggestion works even without a completer.
        jx_editor_set_completer(editor, { context, line, cursor, result in
            guard let context, let line, let result else { return }
            let reader = Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue()
            reader.complete(line: String(cString: line), cursor: Int(cursor), into: result)
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        jx_editor_close(editor)
    }

    // MARK: - Reading

    package func readLine(prompt: String) -> String? {
        if case .line(let text) = readInput(prompt: prompt, continuing: nil) { return text }
        return nil
    }

    package func readInput(prompt: String, continuing pending: String?) -> LineInput {
        guard let editor else { return Swift.readLine().map(LineInput.line) ?? .end }
        self.pending = pending
        var count: Int32 = 0
        var cancelled: Int32 = 0
        let line = jx_editor_gets(editor, prompt, &count, &cancelled)
        if cancelled != 0 { return .interrupted }
        guard let line, count > 0 else {
            // A SIGINT sent from outside (kill -INT) interrupts the read itself.
            if InterruptFlag.isSet {
                InterruptFlag.clear()
                return .interrupted
            }
            return .end
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    // MARK: - Completion

    /// Answers libedit's Tab: the replacement for the word before the cursor, and the candidates to list when
    /// there are several.
    private func complete(line: String, cursor: Int, into result: UnsafeMutablePointer<jx_completion>) {
        let typed = String(decoding: Array(line.utf8.prefix(cursor)), as: UTF8.self)
        if let suggestion, suggestion.hasPrefix(typed), suggestion != typed {
            result.pointee.replace_characters = Int32(typed.unicodeScalars.count)
            result.pointee.insertion = strdup(suggestion)
            return
        }
        guard let completer, let completion = completer.complete(line: line, cursor: cursor, pending: pending) else { return }
        if let replacement = completion.replacement {
            result.pointee.replace_characters = Int32(completion.wordScalarCount)
            result.pointee.insertion = strdup(replacement)
        }
        if completion.candidates.count > 1 {
            let listing = CompletionListing.render(completion.candidates.map(\.label), width: Terminal.width())
            result.pointee.listing = strdup(listing)
        }
    }

    package func offer(_ suggestion: String?) {
        self.suggestion = suggestion
    }

    // MARK: - History

    /// Adds a command to the editor's history and to the history file at once, so a crash loses nothing.
    package func addHistory(_ line: String) {
        if let editor { jx_history_add(editor, line) }
        save([line])
    }

    /// Writes any entries an earlier write could not.
    package func close() {
        let pendingEntries = unsaved
        unsaved = []
        save(pendingEntries)
    }

    private func save(_ entries: [String]) {
        guard let historyFile else { return }
        for (index, entry) in entries.enumerated() {
            do {
                try historyFile.append(entry)
            } catch {
                unsaved += entries[index...]
                if !warnedAboutHistory {
                    warnedAboutHistory = true
                    errorOutput(Message(.shellHistoryNotSaved, historyFile.path, (error as? Diagnostic)?.text.text ?? error.localizedDescription).text + "\n")
                }
                return
            }
        }
    }
}
