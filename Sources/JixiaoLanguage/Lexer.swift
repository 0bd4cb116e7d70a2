import JixiaoCore

/// Splits a command line into tokens. Comments (`# …`) run to the end of their line.
package struct Lexer {
    package let source: String
    private let bytes: [UInt8]

    package init(_ source: String) {
        self.source = source
        self.bytes = Array(source.utf8)
    }

    package func tokens() throws -> [Token] {
        let scan = scan()
        if let problem = scan.problem { throw problem }
        return scan.tokens
    }

    /// Reads the whole text without stopping at a problem: the tokens, the quote still open at its end, whether
    /// it ends in a comment, and the first problem (which `tokens()` throws). `resuming` is the quote an earlier
    /// line left open (`LineContinuation` reads a command line by line, each line once); the text then starts
    /// inside it, just after that earlier line's break.
    package func scan(resuming: OpenQuote? = nil) -> LexicalScan {
        var scan = LexicalScan()
        var i = 0
        let count = bytes.count
        if let open = resuming {
            switch readQuoted(open.pair, from: 0, escapePending: open.escapePending) {
            case .closed(let text, let end):
                scan.tokens.append(Token(open.pair.isName ? .quotedIdentifier : .string, text, 0..<end))
                i = end
            case .open(let escapePending):
                scan.open = OpenQuote(pair: open.pair, start: nil, escapePending: escapePending)
                return scan
            }
        }
        func report(_ problem: Diagnostic) {
            if scan.problem == nil { scan.problem = problem }
        }
        while i < count {
            let byte = bytes[i]
            let (scalar, scalarWidth) = LexicalVocabulary.scalar(in: bytes, at: i)
            if LexicalVocabulary.isSpace(scalar) { i += scalarWidth; continue }
            // A comment runs to the end of its line (a command may continue on the next).
            if scalar == LexicalVocabulary.commentMark {
                while i < count && bytes[i] != 0x0A { i += 1 }
                if i == count { scan.endsInComment = true }
                continue
            }
            let start = i
            if let pair = LexicalVocabulary.quotePair(opening: scalar) {
                switch readQuoted(pair, from: i + scalarWidth, escapePending: false) {
                case .closed(let text, let end):
                    if pair.isName && text.isEmpty {
                        report(Diagnostic(.parse, .syntaxEmptyQuotedName, source: source, range: start..<end))
                    } else {
                        scan.tokens.append(Token(pair.isName ? .quotedIdentifier : .string, text, start..<end))
                    }
                    i = end
                case .open(let escapePending):
                    scan.open = OpenQuote(pair: pair, start: start, escapePending: escapePending)
                    report(unterminated(pair, from: start))
                    i = count
                }
            } else if isDigit(byte) || (byte == UInt8(ascii: ".") && i + 1 < count && isDigit(bytes[i + 1])) {
                var j = i
                var sawPoint = false
                while j < count && (isDigit(bytes[j]) || (bytes[j] == UInt8(ascii: ".") && !sawPoint && j + 1 < count && isDigit(bytes[j + 1]))) {
                    if bytes[j] == UInt8(ascii: ".") { sawPoint = true }
                    j += 1
                }
                // Digits running into letters form one name (e.g. a file name); numbers stand alone.
                if j < count && startsName(at: j) && !sawPoint {
                    j = nameEnd(from: j)
                    scan.tokens.append(Token(.identifier, String(decoding: bytes[i..<j], as: UTF8.self), start..<j))
                } else {
                    scan.tokens.append(Token(sawPoint ? .decimal : .integer, String(decoding: bytes[i..<j], as: UTF8.self), start..<j))
                }
                i = j
            } else if byte == UInt8(ascii: "-") && i + 2 < count && bytes[i + 1] == UInt8(ascii: "-") && startsName(at: i + 2) {
                var j = i + 2
                while j < count {
                    if bytes[j] == UInt8(ascii: "-") { j += 1; continue }
                    let (next, width) = LexicalVocabulary.scalar(in: bytes, at: j)
                    guard LexicalVocabulary.isNameScalar(next) else { break }
                    j += width
                }
                scan.tokens.append(Token(.flag, String(decoding: bytes[(i + 2)..<j], as: UTF8.self), start..<j))
                i = j
            } else if let (symbol, end) = LexicalVocabulary.operatorSymbol(in: bytes, at: i) {
                // ASCII or full-width as an input method types it (`＞＝`, `！＝`): the token says it in ASCII.
                scan.tokens.append(Token(.symbol, symbol, start..<end))
                i = end
            } else if startsName(at: i) {
                let j = nameEnd(from: i)
                scan.tokens.append(Token(.identifier, String(decoding: bytes[i..<j], as: UTF8.self), start..<j))
                i = j
            } else {
                let end = nextCharacterEnd(i)
                let character = String(decoding: bytes[i..<end], as: UTF8.self)
                report(Diagnostic(.parse, .syntaxUnexpectedCharacter, [character], source: source, range: start..<end))
                i = end
            }
        }
        return scan
    }

    // MARK: - Pieces

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// Whether a name starts here: a letter, `_`, or a non-ASCII scalar that `LexicalVocabulary` lets a name hold.
    private func startsName(at i: Int) -> Bool {
        let (scalar, _) = LexicalVocabulary.scalar(in: bytes, at: i)
        return !isDigit(bytes[i]) && LexicalVocabulary.isNameScalar(scalar)
    }

    /// Where the name running from `i` ends.
    private func nameEnd(from i: Int) -> Int {
        var j = i
        while j < bytes.count {
            let (scalar, width) = LexicalVocabulary.scalar(in: bytes, at: j)
            guard LexicalVocabulary.isNameScalar(scalar), !LexicalVocabulary.endsName(bytes, at: j) else { break }
            j += width
        }
        return j
    }

    private func nextCharacterEnd(_ i: Int) -> Int {
        var j = i + 1
        while j < bytes.count && bytes[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }

    private enum QuotedEnd {
        /// The text between the marks (escapes applied) and the offset just past the closing mark.
        case closed(String, Int)
        /// The text ends first; `escapePending`: a backslash was its last byte, so it escapes the line break
        /// that follows.
        case open(escapePending: Bool)
    }

    /// Reads a quoted text whose body starts at `from`, by `pair`'s escape rule.
    private func readQuoted(_ pair: LexicalVocabulary.QuotePair, from bodyStart: Int, escapePending: Bool) -> QuotedEnd {
        let closing = Array(String(pair.closing).utf8)
        var result: [UInt8] = []
        var j = bodyStart
        if escapePending { result.append(0x0A) }
        func closesAt(_ k: Int) -> Bool {
            k + closing.count <= bytes.count && bytes[k] == closing[0] && (closing.count == 1 || Array(bytes[k..<(k + closing.count)]) == closing)
        }
        while j < bytes.count {
            if closesAt(j) {
                // A backtick inside a quoted name is written twice.
                if pair.escape == .doubled && closesAt(j + closing.count) {
                    result += closing
                    j += 2 * closing.count
                    continue
                }
                return .closed(String(decoding: result, as: UTF8.self), j + closing.count)
            }
            if pair.escape == .backslash && bytes[j] == UInt8(ascii: "\\") {
                guard j + 1 < bytes.count else { return .open(escapePending: true) }
                switch bytes[j + 1] {
                case UInt8(ascii: "n"): result.append(10)
                case UInt8(ascii: "t"): result.append(9)
                default: result.append(bytes[j + 1])
                }
                j += 2
                continue
            }
            result.append(bytes[j])
            j += 1
        }
        return .open(escapePending: false)
    }

    private func unterminated(_ pair: LexicalVocabulary.QuotePair, from start: Int) -> Diagnostic {
        switch pair.escape {
        case .doubled:
            return Diagnostic(.parse, .syntaxUnterminatedName, hint: Message(.hintCloseWithBacktick), source: source, range: start..<bytes.count)
        case .backslash:
            return Diagnostic(.parse, .syntaxUnterminatedString, hint: Message(.hintCloseWith, String(pair.closing)), source: source, range: start..<bytes.count)
        case .none:
            return Diagnostic(.parse, .syntaxUnterminatedString, hint: Message(.hintCloseQuotationMark), source: source, range: start..<bytes.count)
        }
    }
}

/// A quote (or backtick) still open at the end of a text.
package struct OpenQuote: Sendable, Hashable {
    package var pair: LexicalVocabulary.QuotePair
    /// Where its opening mark stands (a UTF-8 offset); nil when it opened before this text.
    package var start: Int?
    /// A backslash ended the text inside straight quotes: it escapes the line break that comes next.
    package var escapePending: Bool
}

/// What `Lexer.scan` read.
package struct LexicalScan: Sendable {
    package var tokens: [Token] = []
    /// The quote or backtick still open at the end of the text.
    package var open: OpenQuote?
    /// Whether the text ends inside a `# …` comment.
    package var endsInComment = false
    /// The first thing the lexer could not read: an unexpected character, an empty `` ` ` `` name, an
    /// unterminated quote.
    package var problem: Diagnostic?
}
