import JixiaoCore

/// The notes printed under output that does not show everything, said in the interface's language (the
/// catalog's `render.*` texts).
package enum OutputNotes {
    /// Under a table drawn without some of its columns, in a window too narrow for them (past 20 names, the
    /// rest are counted).
    package static func columnsLeftOut(_ names: [String], in language: Language = .current) -> String {
        Message(key: MessageID.renderColumnsLeftOut.rawValue, arguments: [.verbatim(String(names.count)), .message(.list(names))],
                count: names.count).text(in: language)
    }

    /// Under a table that shows only its first rows.
    package static func rowsLeftOut(shown: Int, total: Int, in language: Language = .current) -> String {
        let more = total - shown
        return Message(.renderRowsLeftOut, String(more), String(total), count: more).text(in: language)
    }

    /// Under a form drawn whole in a window narrower than it (the terminal wraps its lines).
    package static func formWiderThanWindow(formWidth: Int, windowWidth: Int, in language: Language = .current) -> String {
        Message(.renderFormWiderThanWindow, String(formWidth), String(windowWidth)).text(in: language)
    }

    /// `text` broken into lines of at most `width` columns: at spaces, and in Chinese also between Chinese
    /// characters (never before a closing mark such as ，。）, nor after an opening one such as （“), as Chinese
    /// text breaks, having few spaces; a piece wider than a line is cut with `…`.
    package static func wrapped(_ text: String, to width: Int, in language: Language = .current) -> [String] {
        // No terminal is this narrow (the shell takes at least 11 columns); a note still reads word by word.
        let width = max(width, 10)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            for (index, piece) in (language == .zh ? pieces(of: String(word)) : [String(word)]).enumerated() {
                let piece = DisplayWidth.of(piece) > width ? DisplayWidth.truncate(piece, to: width) : piece
                // A word's first piece follows a space; its others join the piece before them.
                let joint = index == 0 && !line.isEmpty ? " " : ""
                if line.isEmpty || DisplayWidth.of(line) + DisplayWidth.of(joint) + DisplayWidth.of(piece) <= width {
                    line += joint + piece
                } else {
                    lines.append(line)
                    line = piece
                }
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A word cut where a line may break inside it: before and after each wide (Chinese) character, except
    /// before a closing mark or after an opening one.
    static func pieces(of word: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var previous: Character?
        for character in word {
            if let previous, !current.isEmpty, DisplayWidth.of(previous) == 2 || DisplayWidth.of(character) == 2,
               !closing.contains(character), !opening.contains(previous) {
                pieces.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Marks a Chinese line does not start with.
    static let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "”", "’", "》", "…", ")"]
    /// Marks a Chinese line does not end with.
    static let opening: Set<Character> = ["（", "“", "‘", "《", "("]
}
