import JixiaoCommands
import JixiaoCore
import JixiaoLanguage

/// One command of a script, with the line it starts on.
package struct ScriptCommand: Sendable, Equatable {
    package var text: String
    /// 1-based line where the command starts.
    package var line: Int
}

/// One item of a script: narration (`# …` lines) or a command.
package enum ScriptItem: Sendable, Equatable {
    case narration(String, line: Int)
    case command(ScriptCommand)
}

/// Reads `.jx` scripts: one command per line; a line ending in `|` (or inside an open quote or bracket)
/// continues on the next; `#` lines are narration; `#!` header lines are metadata.
///
/// Linear in the script's length: a quote opened on line 1 and never closed makes one long command, read
/// once, not re-scanned for every line it swallows.
package enum ScriptReader {
    package static func items(_ text: String) -> [ScriptItem] {
        var items: [ScriptItem] = []
        // The command being continued: its text so far and the line it started on.
        var pendingText = ""
        var pendingLine: Int?
        var continuation = LineContinuation()
        for (index, raw) in LexicalVocabulary.lines(text).enumerated() {
            let number = index + 1
            if let line = pendingLine {
                pendingText += "\n"
                pendingText += raw
                if !continuation.feed(raw) {
                    items.append(.command(ScriptCommand(text: pendingText, line: line)))
                    pendingLine = nil
                }
                continue
            }
            // Spaces and the comment mark as the lexer reads them, scalar by scalar.
            let trimmed = LexicalVocabulary.trimmingSpaces(raw).unicodeScalars
            if trimmed.isEmpty { continue }
            if trimmed.first == LexicalVocabulary.commentMark {
                if trimmed.dropFirst().first == "!" { continue }
                let body = trimmed.dropFirst().drop(while: { $0 == " " })
                items.append(.narration(String(String.UnicodeScalarView(body)), line: number))
                continue
            }
            continuation = LineContinuation()
            if continuation.feed(raw) {
                pendingText = String(raw)
                pendingLine = number
            } else {
                items.append(.command(ScriptCommand(text: String(raw), line: number)))
            }
        }
        if let line = pendingLine { items.append(.command(ScriptCommand(text: pendingText, line: line))) }
        return items
    }

    package static func commands(_ text: String) -> [ScriptCommand] {
        items(text).compactMap { if case .command(let c) = $0 { return c } else { return nil } }
    }
}
