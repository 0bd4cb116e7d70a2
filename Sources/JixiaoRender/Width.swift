/// Display width in terminal columns: the one function every aligned text in jixiao goes through
/// (tables, charts, exports, error carets, completion lists).
///
/// A grapheme cluster is measured as a whole: East Asian Wide and Fullwidth characters take 2 columns,
/// emoji presentation sequences 2, combining marks and other zero-width characters 0, controls 0.
package enum DisplayWidth {
    /// Columns taken by a whole string.
    package static func of(_ text: String) -> Int {
        var total = 0
        var asciiOnly = true
        for byte in text.utf8 where byte >= 0x80 || byte < 0x20 { asciiOnly = false; break }
        if asciiOnly { return text.utf8.count }
        for character in text { total += of(character) }
        return total
    }

    /// Columns taken by one grapheme cluster.
    package static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (first.value >= 0x7F && first.value < 0xA0) { return 0 }
        if scalars.count > 1 {
            // Emoji sequences (ZWJ, variation selector 16, keycaps, flags) show as one wide glyph.
            if scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D }) && scalars.contains(where: { $0.properties.isEmoji }) { return 2 }
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        }
        let width = of(first)
        if width == 0 {
            // A cluster that starts with a combining mark (no base) takes the widest of its parts.
            return scalars.dropFirst().map(of).max() ?? 0
        }
        return width
    }

    /// Columns taken by one scalar on its own.
    package static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B || (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(value) ? 2 : 1
    }

    /// East Asian Width W or F (Unicode 15 ranges, the ones that occur in practice).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B,
             0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F64F,
             0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    // MARK: - Fitting text into columns

    /// `text` padded with spaces to `width` columns, on the right (left-aligned) or the left.
    package static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let gap = width - of(text)
        guard gap > 0 else { return text }
        let spaces = String(repeating: " ", count: gap)
        return alignRight ? spaces + text : text + spaces
    }

    /// `text` centred in `width` columns.
    package static func center(_ text: String, in width: Int) -> String {
        let gap = width - of(text)
        guard gap > 0 else { return text }
        return String(repeating: " ", count: gap / 2) + text + String(repeating: " ", count: gap - gap / 2)
    }

    /// `text` cut to at most `width` columns, ending in `…` when cut. A wide character never straddles
    /// the limit.
    package static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard of(text) > width else { return text }
        let room = width - of(ellipsis)
        guard room > 0 else { return String(repeating: ".", count: max(0, width)) }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }

    /// The display column (0-based) at which UTF-8 offset `offset` of `text` starts.
    package static func column(ofUTF8Offset offset: Int, in text: String) -> Int {
        let bytes = Array(text.utf8)
        let prefix = String(decoding: bytes[0..<min(max(offset, 0), bytes.count)], as: UTF8.self)
        return of(prefix)
    }

    /// `items` laid out in lines of at most `width` columns, `separator` between neighbours on a line, a new
    /// line where the next item would not fit (an item wider than a line stands alone on its own).
    package static func fill(_ items: [String], separator: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items {
            if line.isEmpty {
                line = item
            } else if of(line) + of(separator) + of(item) <= width {
                line += separator + item
            } else {
                lines.append(line)
                line = item
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
