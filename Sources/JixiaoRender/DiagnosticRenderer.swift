import JixiaoCore

/// Renders every error the same way: place, phase and message, the source line with a caret under the
/// offending text (measured in display width), and the hint.
package enum DiagnosticRenderer {
    package static func render(_ diagnostic: Diagnostic, color: Bool = false, language: Language = .current) -> String {
        let red = color ? "\u{1B}[1;31m" : "", yellow = color ? "\u{1B}[33m" : "", cyan = color ? "\u{1B}[36m" : "", reset = color ? "\u{1B}[0m" : ""
        var place = ""
        var column = diagnostic.location.column
        var sourceLine: String?
        var caretStart = 0
        var caretWidth = 1
        if let source = diagnostic.source, let range = diagnostic.range {
            // Show only the line of a multi-line command that holds the error. A password typed into a URL is
            // never shown back (hidden byte for byte, so the caret still fits).
            let bytes = Array(SecretText.redacted(source).utf8)
            let start = min(range.lowerBound, bytes.count)
            var lineStart = start
            while lineStart > 0 && bytes[lineStart - 1] != 10 { lineStart -= 1 }
            var lineEnd = start
            while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
            // Measured after sanitizing, as shown: a control character in the line becomes a one-column symbol.
            sourceLine = TerminalText.sanitized(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
            caretStart = DisplayWidth.of(TerminalText.sanitized(String(decoding: bytes[lineStart..<start], as: UTF8.self)))
            let end = min(max(range.upperBound, start), lineEnd)
            let covered = TerminalText.sanitized(String(decoding: bytes[start..<end], as: UTF8.self))
            caretWidth = max(1, DisplayWidth.of(covered))
            if column == nil { column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1 }
        }
        if let file = diagnostic.location.file {
            place = file
            if let line = diagnostic.location.line { place += ":\(line)" }
            if let column { place += ":\(column)" }
            place += ": "
        } else if let line = diagnostic.location.line {
            let linePlace = column.map { Message("diagnostic.line_column", String(line), String($0)) } ?? Message("diagnostic.line", String(line))
            place = linePlace.text(in: language) + ": "
        }
        // Messages quote the user's text (a cell, a name, a path), which may hold control characters.
        let separator = Catalog.template(for: "diagnostic.separator", in: language)
        let phase = Message(diagnostic.phase.messageID).text(in: language)
        var lines = ["\(TerminalText.sanitized(place))\(red)\(phase)\(reset)\(separator)\(TerminalText.sanitized(diagnostic.text.text(in: language), keepingLineBreaks: true))"]
        if let sourceLine {
            lines.append("  " + sourceLine)
            lines.append("  " + String(repeating: " ", count: caretStart) + red + String(repeating: "^", count: caretWidth) + reset)
        }
        if let hint = diagnostic.hintText?.text(in: language) {
            let label = Message("diagnostic.hint").text(in: language)
            lines.append("  \(cyan)\(label)\(reset)\(separator)\(yellow)\(TerminalText.sanitized(hint, keepingLineBreaks: true))\(reset)")
        }
        return lines.joined(separator: "\n")
    }
}
