import JixiaoCore

/// One command of a script, with the line it starts on.
public struct ScriptCommand: Sendable, Equatable {
    public var text: String
    /// 1-based line where the command starts.
    public var line: Int
}

/// One item of a script: narration (`# …` lines) or a command.
public enum ScriptItem: Sendable, Equatable {
    case narration(String, line: Int)
    case command(ScriptCommand)
}

/// Reads `.jx` scripts: one command per line; a line ending in `|` (or inside an open quote or bracket)
/// continues on the next; `#` lines are narration; `#!` header lines are metadata.
public enum ScriptReader {
    public static func items(_ text: String) -> [ScriptItem] {
        var items: [ScriptItem] = []
        var pending: (text: String, line: Int)?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if var current = pending {
                current.text += "\n" + raw
                if LineContinuation.needsMore(current.text) { pending = current } else {
                    items.append(.command(ScriptCommand(text: current.text, line: current.line)))
                    pending = nil
                }
                continue
            }
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#!") { continue }
            if trimmed.hasPrefix("#") {
                let body = trimmed.dropFirst().drop(while: { $0 == " " })
                items.append(.narration(String(body), line: number))
                continue
            }
            if LineContinuation.needsMore(raw) { pending = (raw, number) } else {
                items.append(.command(ScriptCommand(text: raw, line: number)))
            }
        }
        if let current = pending { items.append(.command(ScriptCommand(text: current.text, line: current.line))) }
        return items
    }

    public static func commands(_ text: String) -> [ScriptCommand] {
        items(text).compactMap { if case .command(let c) = $0 { return c } else { return nil } }
    }
}

/// Whether a typed line is unfinished: it ends in `|`, or a quote, backtick or bracket is still open. The
/// full-width forms a Chinese input method types (`｜`, `（`, “…”, ‘…’) count as their ASCII ones.
public enum LineContinuation {
    public static func needsMore(_ text: String) -> Bool {
        var depth = 0
        var quote: Character?
        var escaped = false
        var lastSignificant: Character?
        for character in text {
            if let open = quote {
                if escaped { escaped = false; continue }
                if character == "\\" && open != "`" { escaped = true; continue }
                if character == open || (open == "“" && character == "”") || (open == "‘" && character == "’") { quote = nil }
                continue
            }
            switch character {
            case "#": return depth > 0 || endsInPipe(lastSignificant)
            case "\"", "'", "`", "“", "‘": quote = character
            case "(", "[", "（": depth += 1
            case ")", "]", "）": depth = max(0, depth - 1)
            default: break
            }
            if !character.isWhitespace { lastSignificant = character }
        }
        return quote != nil || depth > 0 || endsInPipe(lastSignificant)
    }

    private static func endsInPipe(_ character: Character?) -> Bool {
        character == "|" || character == "｜"
    }
}
