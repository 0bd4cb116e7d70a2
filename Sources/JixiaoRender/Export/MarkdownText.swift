/// Text from scripts and data made safe inside Markdown, as `TerminalText` makes it safe on a terminal and
/// `HTMLTableWriter.escaped` inside HTML: a Markdown file is read in editors and terminals (where an escape
/// sequence or a bidirectional override acts) and rendered to HTML (where raw `<script>` runs). So control
/// characters become visible symbols (ESC → ␛), bidirectional overrides (U+202A–202E, U+2066–2069) become �,
/// and `& < >` become entities, so that no raw HTML passes from narration, a cell or an untrusted script's text.
package enum MarkdownText {
    /// A paragraph of prose (narration): sanitized, line breaks kept, `& < >` as entities.
    package static func prose(_ text: String) -> String {
        entities(TerminalText.sanitized(text, keepingLineBreaks: true))
    }

    /// Text for a table cell: sanitized, `& < >` as entities, `|` and `\` escaped, line breaks as `<br>`.
    package static func cell(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        // Scalar by scalar, as `entities` does.
        for scalar in TerminalText.sanitized(text.replacingLineBreaks, keepingLineBreaks: true).unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "|": result += "\\|"
            case "\n": result += "<br>"
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A fenced code block holding `text` as it is (sanitized): the fence is longer than any run of backticks in
    /// the text, so nothing inside can close it early and be read as Markdown or HTML.
    package static func codeBlock(_ text: String, info: String) -> String {
        let body = TerminalText.sanitized(text.replacingLineBreaks, keepingLineBreaks: true)
        var longest = 0, run = 0
        for character in body {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + info + "\n" + body + "\n" + fence
    }

    /// Sanitized text, line breaks kept, with `& < >` as entities.
    package static func entities(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        // Scalar by scalar: `<` followed by a combining mark is one Character, and must be escaped all the same.
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension String {
    /// The text with each `\r\n` or lone `\r` as `\n`.
    fileprivate var replacingLineBreaks: String {
        guard contains(where: { $0 == "\r\n" || $0 == "\r" }) else { return self }
        var result = ""
        for character in self { if character == "\r\n" || character == "\r" { result.append("\n") } else { result.append(character) } }
        return result
    }
}
