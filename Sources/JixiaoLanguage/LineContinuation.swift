/// Whether a typed command is unfinished: its last token is `|` (or `｜`), a quote or backtick is still open, or a
/// bracket `(`, `（`, `[` is. Read by the lexer itself (`Lexer.scan`), so it can never disagree with what the lexer
/// later reads: a `|` inside a string or a comment continues nothing, `“a\”` is closed (curly quotes have no
/// escapes), and a quote followed by a combining mark still opens a string. A shell escape (`!COMMAND`) is one
/// line: its text belongs to /bin/sh.
///
/// Fed one line at a time, it keeps the lexer's state between lines, so a long continued command is scanned once.
package struct LineContinuation {
    private var open: OpenQuote?
    private var depth = 0
    private var endsInPipe = false
    private var linesRead = 0
    private var isShellEscape = false

    package init() {}

    /// Whether the text fed so far needs another line.
    package var needsMore: Bool { !isShellEscape && (open != nil || depth > 0 || endsInPipe) }

    /// Reads one more line (without its line break); returns whether the command needs another.
    @discardableResult
    package mutating func feed<Line: StringProtocol>(_ line: Line) -> Bool {
        let text = String(line)
        defer { linesRead += 1 }
        if linesRead == 0 && LexicalVocabulary.shellEscapeRange(text) != nil { isShellEscape = true }
        if isShellEscape { return false }
        let scan = Lexer(text).scan(resuming: open)
        open = scan.open
        for token in scan.tokens {
            if token.isSymbol("(") || token.isSymbol("[") { depth += 1 }
            if token.isSymbol(")") || token.isSymbol("]") { depth = max(0, depth - 1) }
        }
        if let last = scan.tokens.last { endsInPipe = last.isSymbol("|") }
        return needsMore
    }

    /// Whether `text` (one or more lines) is unfinished.
    package static func needsMore(_ text: String) -> Bool {
        var continuation = LineContinuation()
        for line in LexicalVocabulary.lines(text) { continuation.feed(line) }
        return continuation.needsMore
    }
}
