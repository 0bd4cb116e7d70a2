/// The characters the command language gives a meaning to, defined once: spaces, the full-width forms a Chinese
/// input method types for ASCII operators, quote pairs and their escape rules, comments and the shell-escape mark.
/// The lexer reads text with it; script continuation (`LineContinuation`), completion and shell-escape detection
/// ask it or the lexer, never a copy of their own.
///
/// Everything is decided by Unicode scalar, never by `Character`: a quote followed by a combining mark is one
/// grapheme cluster, yet it opens a string, as the lexer (which reads UTF-8) sees it.
package enum LexicalVocabulary {
    // MARK: - Spaces

    /// Whether `scalar` separates tokens: ASCII space, tab, line feed and carriage return, and every Unicode space
    /// separator (general category Zs: U+00A0 no-break space, U+2000–U+200A, U+202F, U+205F, U+3000 ideographic
    /// space …), which input methods type and pasted text carries.
    package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r": return true
        default: return scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// `text` without the spaces (as `isSpace` counts them) at either end.
    package static func trimmingSpaces<Text: StringProtocol>(_ text: Text) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// The lines of `text`, split at line feeds scalar by scalar (a `Character` holds "\r\n" as one, so
    /// splitting by Character would never split a CRLF text), each without a carriage return at its end.
    package static func lines(_ text: String) -> [Substring] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Substring(line.last == "\r" ? line.dropLast() : line)
        }
    }

    // MARK: - Full-width forms

    /// Full-width forms that input methods produce in place of ASCII operators, and the ASCII they stand for:
    /// `＝＝ ＞＝ ＜＝ ＞ ＜` compare as `== >= <= > <` do, a full-width comma and parentheses separate and group.
    /// `！` is deliberately absent: it is part of a name, and a line starting with it is no shell escape; only
    /// `！＝` (`fullWidthNot` before an equals sign) is `!=`.
    package static let fullWidthForms: [Unicode.Scalar: Unicode.Scalar] = [
        "，": ",", "（": "(", "）": ")", "｜": "|", "＝": "=", "＞": ">", "＜": "<",
    ]

    /// The full-width exclamation mark, which is `!` only in `！＝` (and `！=`).
    package static let fullWidthNot: Unicode.Scalar = "！"

    /// The ASCII operator a full-width form stands for, else `scalar` itself.
    package static func asciiForm(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        fullWidthForms[scalar] ?? scalar
    }

    /// Operators of two characters, as the lexer reads them once full-width forms are ASCII (`<>` is `!=`).
    package static let twoCharacterOperators: Set<String> = ["==", "!=", "<=", ">=", "<>"]

    /// The operator whose text starts at `bytes[i]`, in ASCII, and the offset just past it: `==`, `！＝` (`!=`),
    /// `＞＝` (`>=`), `（` (`(`) …; nil when no operator starts there (a name, a digit, a quote).
    package static func operatorSymbol(in bytes: [UInt8], at i: Int) -> (symbol: String, end: Int)? {
        let (first, firstWidth) = scalar(in: bytes, at: i)
        let next = i + firstWidth < bytes.count ? scalar(in: bytes, at: i + firstWidth) : nil
        let second = next.map { asciiForm($0.0) }
        if first == fullWidthNot {
            guard second == "=", let next else { return nil }
            return ("!=", i + firstWidth + next.1)
        }
        let ascii = asciiForm(first)
        guard ascii.isASCII, singleSymbols.contains(UInt8(ascii.value)) else { return nil }
        if let second, let next, twoCharacterOperators.contains(String(ascii) + String(second)) {
            let symbol = String(ascii) + String(second)
            return (symbol == "<>" ? "!=" : symbol, i + firstWidth + next.1)
        }
        return (String(ascii), i + firstWidth)
    }

    /// The ASCII characters that are operators or punctuation of their own (`?` stands in file patterns, `load
    /// 2022-Q?.csv`; no expression takes it).
    static let singleSymbols: Set<UInt8> = Set("|=<>+-*/%()[],!:.~?".utf8)

    /// Whether a name ends before `bytes[i]`: at `！＝` (and `！=`), which is `!=` even written against the name.
    static func endsName(_ bytes: [UInt8], at i: Int) -> Bool {
        let (first, width) = scalar(in: bytes, at: i)
        guard first == fullWidthNot, i + width < bytes.count else { return false }
        return asciiForm(scalar(in: bytes, at: i + width).0) == "="
    }

    // MARK: - Quotes

    /// How a quoted text writes its closing mark inside itself.
    package enum EscapeRule: Sendable, Hashable {
        /// A backslash takes the next character as it is (`\n` and `\t` are a line break and a tab), so `\"` is a
        /// quote inside the string. Straight quotes.
        case backslash
        /// None: the text ends at the first closing mark, and a backslash is an ordinary character. Curly quotes,
        /// whose text is typed by people, not programs: `“C:\数据\”` is the path `C:\数据\`.
        case none
        /// The closing mark written twice. Backtick names.
        case doubled
    }

    /// An opening mark, its closing mark, what it quotes and how it escapes.
    package struct QuotePair: Sendable, Hashable {
        package var opening: Unicode.Scalar
        package var closing: Unicode.Scalar
        /// A name (backticks: a column or dataset, never a keyword) rather than a string.
        package var isName: Bool
        package var escape: EscapeRule
    }

    /// Every pair the lexer reads: "straight" and 'single' strings, “curly” and ‘single curly’ strings, and
    /// `backtick` names.
    package static let quotePairs: [QuotePair] = [
        QuotePair(opening: "\"", closing: "\"", isName: false, escape: .backslash),
        QuotePair(opening: "'", closing: "'", isName: false, escape: .backslash),
        QuotePair(opening: "“", closing: "”", isName: false, escape: .none),
        QuotePair(opening: "‘", closing: "’", isName: false, escape: .none),
        QuotePair(opening: "`", closing: "`", isName: true, escape: .doubled),
    ]

    /// The pair `scalar` opens, if it opens one.
    package static func quotePair(opening scalar: Unicode.Scalar) -> QuotePair? {
        quotePairs.first { $0.opening == scalar }
    }

    /// Whether `scalar` opens or closes a quote.
    package static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        quotePairs.contains { $0.opening == scalar || $0.closing == scalar }
    }

    // MARK: - Comments, names, shell escapes

    /// A comment runs from this mark, outside quotes, to the end of its line.
    package static let commentMark: Unicode.Scalar = "#"

    /// Whether a name goes on through `scalar`: ASCII letters, digits and `_`, and every other non-ASCII scalar
    /// (Chinese, combining marks, closing curly quotes) except spaces, full-width operators and opening quotes.
    package static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57) || scalar == "_"
        }
        return !isSpace(scalar) && fullWidthForms[scalar] == nil && quotePair(opening: scalar) == nil
    }

    /// Where a shell escape (`!COMMAND`) lies in `text`, as UTF-8 offsets: from its `!` to the end of that line;
    /// nil when the first scalar after leading spaces (any `isSpace`, U+3000 too) is not `!`. Full-width `！` is
    /// not the mark. What follows the `!` belongs to /bin/sh, so no rule of the command language applies to it.
    package static func shellEscapeRange(_ text: String) -> Range<Int>? {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let (scalar, width) = Self.scalar(in: bytes, at: i)
            if isSpace(scalar) {
                i += width
                continue
            }
            guard scalar == "!" else { return nil }
            return i..<(bytes[i...].firstIndex(of: 0x0A) ?? bytes.count)
        }
        return nil
    }

    /// The command a shell escape runs: the text after its `!` on that line, without surrounding spaces; nil when
    /// `text` is no shell escape.
    package static func shellEscapeCommand(_ text: String) -> String? {
        guard let range = shellEscapeRange(text) else { return nil }
        let utf8 = Array(text.utf8)
        return trimmingSpaces(String(decoding: utf8[(range.lowerBound + 1)..<range.upperBound], as: UTF8.self))
    }

    // MARK: - Reading UTF-8

    /// The scalar whose UTF-8 encoding starts at `bytes[i]`, and its length in bytes. A byte that starts no scalar
    /// (a continuation byte) reads as U+FFFD of length 1, which is none of the characters above.
    static func scalar(in bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, i + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for k in 1..<length {
            let byte = bytes[i + k]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", 1) }
        return (scalar, length)
    }
}
