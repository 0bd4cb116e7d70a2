/// Text drawn in columns (charts, plain output) as HTML for a `<pre>`, so that it keeps its columns in a
/// browser whatever fonts it has.
///
/// A browser draws Latin letters in the monospace font and Chinese in whatever font has them, whose width is
/// rarely twice a Latin letter's: a chart's bars would start at different places on each line. So every
/// character that is not ASCII goes into a box exactly as wide as the columns `DisplayWidth` gives it — 2ch
/// for a Chinese character, 1ch for a box-drawing or block character — and the columns hold in any font.
package enum MonospaceHTML {
    /// The style rules the boxes need, for the page's `<style>`.
    package static let css = [
        ".mono-2, .mono-1 { display: inline-block; text-align: center; overflow: visible; vertical-align: top; }",  // not user-facing: markup
        ".mono-2 { width: 2ch; }",  // not user-facing: markup
        ".mono-1 { width: 1ch; }",  // not user-facing: markup
    ]

    /// A font stack for `<pre>`: monospace Latin first, then Chinese monospace faces, then any monospace.
    package static let fontFamily = "\"DejaVu Sans Mono\", \"Menlo\", \"Consolas\", \"Noto Sans Mono CJK SC\", \"Sarasa Mono SC\", \"WenQuanYi Zen Hei Mono\", monospace"  // not user-facing: markup

    /// The text escaped, each non-ASCII character in a box of its display width.
    package static func text(_ text: String) -> String {
        var result = ""  // not user-facing: markup
        for character in text {
            if character.isASCII {
                result += HTMLTableWriter.escaped(String(character), lineBreaks: false)
                continue
            }
            let width = DisplayWidth.of(character)
            let escaped = HTMLTableWriter.escaped(String(character), lineBreaks: false)
            switch width {
            case 2: result += "<span class=\"mono-2\">\(escaped)</span>"  // not user-facing: markup
            case 1: result += "<span class=\"mono-1\">\(escaped)</span>"  // not user-facing: markup
            default: result += escaped
            }
        }
        return result
    }
}
