import CEditLine
import Foundation

/// Reads lines with libedit: Emacs keys, history with Up/Down and Ctrl-R, and Chinese input (the C side sets
/// a UTF-8 locale first). All libedit calls go through the CEditLine wrappers.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer?

    public init(name: String, historySize: Int32 = 1000) {
        editor = jx_editor_open(name, historySize)
    }

    deinit {
        jx_editor_close(editor)
    }

    public func readLine(prompt: String) -> String? {
        guard let editor else { return Swift.readLine() }
        var count: Int32 = 0
        guard let line = jx_editor_gets(editor, prompt, &count), count > 0 else { return nil }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    public func addHistory(_ line: String) {
        guard let editor else { return }
        jx_history_add(editor, line)
    }
}
