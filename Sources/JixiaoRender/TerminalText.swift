/// Text from files and scripts made safe to print: control characters become visible symbols instead of
/// reaching the terminal, where an escape sequence in a hostile CSV cell could move the cursor, retitle the
/// window or recolour the rest of the session, and bidirectional overrides could reorder what is shown.
package enum TerminalText {
    /// `text` with C0 controls shown as their Control Pictures (NUL → ␀, ESC → ␛), DEL as ␡, C1 controls and
    /// bidirectional overrides as �. Line breaks and tabs become spaces, or stay when `keepingLineBreaks`.
    package static func sanitized(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsReplacing(scalar) else { result.append(scalar); continue }
            switch scalar.value {
            case 0x0A, 0x0D, 0x09:
                if keepingLineBreaks && scalar.value != 0x0D { result.append(scalar) } else if !keepingLineBreaks { result.append(" ") }
            case 0x00..<0x20:
                result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F:
                result.append("\u{2421}")
            default:
                result.append("\u{FFFD}")
            }
        }
        return String(result)
    }

    /// Text for a table cell: sanitized, and standing alone. A cell that starts with a combining mark would join
    /// the space before it into one character (and one ending in a prepended mark the space after it), so it
    /// would be measured one way alone and another in its row; a dotted circle (◌) gives the mark a base of its
    /// own, as fonts draw it.
    package static func cell(_ text: String) -> String {
        var text = sanitized(text)
        if let first = text.unicodeScalars.first, first.value >= 0x300 {
            let head = String(text.unicodeScalars.prefix(4))
            if (" " + head).count == head.count { text = "\u{25CC}" + text }
        }
        if let last = text.unicodeScalars.last, last.value >= 0x300 {
            let tail = String(text.unicodeScalars.suffix(4))
            if (tail + " ").count == tail.count { text += "\u{25CC}" }
        }
        return text
    }

    @inline(__always)
    static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        return (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
