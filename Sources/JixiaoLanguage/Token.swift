import JixiaoCore

/// One lexical token of a command line, with its place as UTF-8 offsets.
package struct Token: Sendable, Hashable, CustomStringConvertible {
    package enum Kind: Sendable, Hashable {
        /// A bare name: a command, dataset, column, function or keyword (`乡镇`, `where`, `_3`).
        case identifier
        /// A backtick-quoted name: always a column or dataset, never a keyword.
        case quotedIdentifier
        case integer
        case decimal
        case string
        /// Punctuation and operators: `|`, `==`, `(`, `,`, `--` …
        case symbol
        /// `--name`: a flag.
        case flag
    }

    package var kind: Kind
    /// The token's meaning: a name without backticks, a string without quotes, the digits of a number.
    package var text: String
    package var range: Range<Int>

    package init(_ kind: Kind, _ text: String, _ range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.range = range
    }

    package var description: String { text }

    /// Whether this is the bare word `word` (keywords are matched case-insensitively).
    package func isWord(_ word: String) -> Bool {
        kind == .identifier && text.lowercased() == word
    }

    package func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol && text == symbol
    }

    package var isName: Bool { kind == .identifier || kind == .quotedIdentifier }
}
