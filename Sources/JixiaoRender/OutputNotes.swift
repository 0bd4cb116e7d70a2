import JixiaoCore

/// The notes printed under output that does not show everything, in one place so that a translation catalog
/// can take them over.
package enum OutputNotes {
    /// Under a table drawn without some of its columns, in a window too narrow for them (past 20 names, the
    /// rest are counted).
    package static func columnsLeftOut(_ names: [String]) -> String {
        let count = names.count
        return "(\(count) column\(count == 1 ? "" : "s") not shown: \(Diagnostic.listing(names)); "
            + "widen the window, pick columns with select, or export to a file to see \(count == 1 ? "it" : "them"))"
    }

    /// Under a table that shows only its first rows.
    package static func rowsLeftOut(shown: Int, total: Int) -> String {
        let more = total - shown
        return "… \(more) more row\(more == 1 ? "" : "s") (\(total) in all; show rows=N to see more)"
    }

    /// Under a form drawn whole in a window narrower than it (the terminal wraps its lines).
    package static func formWiderThanWindow(formWidth: Int, windowWidth: Int) -> String {
        "(the form is \(formWidth) columns wide and this window \(windowWidth): widen the window, "
            + "or see it whole with appendix to FILE.xlsx, .docx, .html, .md, .csv or .txt)"
    }

    /// `text` broken at spaces into lines of at most `width` columns; a word wider than a line is cut with `…`.
    package static func wrapped(_ text: String, to width: Int) -> [String] {
        // No terminal is this narrow (the shell takes at least 11 columns); a note still reads word by word.
        let width = max(width, 10)
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init).map { word in
            DisplayWidth.of(word) > width ? DisplayWidth.truncate(word, to: width) : word
        }
        return DisplayWidth.fill(words, separator: " ", width: width)
    }
}
