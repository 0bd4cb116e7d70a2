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
///
/// Linear in the script's length: a quote opened on line 1 and never closed makes one long command, read
/// once, not re-scanned for every line it swallows.
public enum ScriptReader {
    public static func items(_ text: String) -> [ScriptItem] {
        var items: [ScriptItem] = []
        // The command being continued: its text so far and the line it started on.
        var pendingText = ""
        var pendingLine: Int?
        var continuation = LineContinuation()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let raw = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
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
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#!") { continue }
            if trimmed.hasPrefix("#") {
                let body = trimmed.dropFirst().drop(while: { $0 == " " })
                items.append(.narration(String(body), line: number))
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

    public static func commands(_ text: String) -> [ScriptCommand] {
        items(text).compactMap { if case .command(let c) = $0 { return c } else { return nil } }
    }
}

/// Whether a typed command is unfinished: it ends in `|`, or a quote, backtick or bracket is still open. Fed
/// one line at a time, it keeps its state between lines, so a long continued command is scanned once. It reads
/// Unicode scalars, as the lexer reads bytes: a quote followed by a combining mark still opens a string.
public struct LineContinuation {
    private var depth = 0
    private var quote: Unicode.Scalar?
    private var escaped = false
    private var lastSignificant: Unicode.Scalar?

    public init() {}

    /// Whether the text fed so far needs another line.
    public var needsMore: Bool { quote != nil || depth > 0 || lastSignificant == "|" || lastSignificant == "｜" }

    /// Reads one more line (without its line break); returns whether the command needs another.
    @discardableResult
    public mutating func feed<Line: StringProtocol>(_ line: Line) -> Bool {
        for character in line.unicodeScalars {
            if let open = quote {
                if escaped { escaped = false; continue }
                // As in the lexer: backslash escapes only inside straight quotes.
                if character == "\\" && (open == "\"" || open == "'") { escaped = true; continue }
                if character == open || (open == "“" && character == "”") || (open == "‘" && character == "’") { quote = nil }
                continue
            }
            switch character {
            // A comment runs to the end of its line.
            case "#": return needsMore
            case "\"", "'", "`": quote = character
            case "“", "‘": quote = character
            // Full-width forms a Chinese input method types count as their ASCII ones.
            case "(", "[", "（": depth += 1
            case ")", "]", "）": depth = max(0, depth - 1)
            default: break
            }
            if !character.properties.isWhitespace { lastSignificant = character }
        }
        // The line break itself: inside a quote it may be the escaped character.
        if quote != nil && escaped { escaped = false }
        return needsMore
    }

    /// Whether `text` (one or more lines) is unfinished.
    public static func needsMore(_ text: String) -> Bool {
        var continuation = LineContinuation()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { continuation.feed(line) }
        return continuation.needsMore
    }
}
