import JixiaoCore

/// Splits a command line into tokens. Comments (`# …`) run to the end of their line.
public struct Lexer {
    public let source: String
    private let bytes: [UInt8]

    public init(_ source: String) {
        self.source = source
        self.bytes = Array(source.utf8)
    }

    private static let twoCharacterSymbols: Set<String> = ["==", "!=", "<=", ">=", "<>"]
    private static let singleSymbols: Set<UInt8> = Set("|=<>+-*/%()[],!:.~".utf8)

    public func tokens() throws -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { i += 1; continue }
            // U+3000 ideographic space, typed by Chinese input methods.
            if byte == 0xE3 && i + 2 < count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 { i += 3; continue }
            // A comment runs to the end of its line (a command may continue on the next).
            if byte == UInt8(ascii: "#") {
                while i < count && bytes[i] != 0x0A { i += 1 }
                continue
            }
            let start = i
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let (text, end) = try quoted(from: i, closing: byte)
                tokens.append(Token(.string, text, start..<end))
                i = end
            } else if let closing = curlyQuoteClosing(at: i) {
                let (text, end) = try curlyQuoted(from: i, closing: closing)
                tokens.append(Token(.string, text, start..<end))
                i = end
            } else if byte == UInt8(ascii: "`") {
                // A backtick inside a quoted name is written twice.
                var name: [UInt8] = []
                var j = i + 1
                while j < count {
                    if bytes[j] == UInt8(ascii: "`") {
                        guard j + 1 < count, bytes[j + 1] == UInt8(ascii: "`") else { break }
                        name.append(bytes[j])
                        j += 2
                        continue
                    }
                    name.append(bytes[j])
                    j += 1
                }
                guard j < count else {
                    throw Diagnostic(.parse, "unterminated `name`", hint: "close it with a backtick", source: source, range: start..<count)
                }
                guard !name.isEmpty else {
                    throw Diagnostic(.parse, "empty `` name", source: source, range: start..<(j + 1))
                }
                tokens.append(Token(.quotedIdentifier, String(decoding: name, as: UTF8.self), start..<(j + 1)))
                i = j + 1
            } else if isDigit(byte) || (byte == UInt8(ascii: ".") && i + 1 < count && isDigit(bytes[i + 1])) {
                var j = i
                var sawPoint = false
                while j < count && (isDigit(bytes[j]) || (bytes[j] == UInt8(ascii: ".") && !sawPoint && j + 1 < count && isDigit(bytes[j + 1]))) {
                    if bytes[j] == UInt8(ascii: ".") { sawPoint = true }
                    j += 1
                }
                // Digits running into letters form one name (e.g. a file name); numbers stand alone.
                if j < count && isNameByte(bytes[j]) && !sawPoint {
                    while j < count && isNameByte(bytes[j]) { j += 1 }
                    tokens.append(Token(.identifier, String(decoding: bytes[i..<j], as: UTF8.self), start..<j))
                } else {
                    tokens.append(Token(sawPoint ? .decimal : .integer, String(decoding: bytes[i..<j], as: UTF8.self), start..<j))
                }
                i = j
            } else if byte == UInt8(ascii: "-") && i + 2 < count && bytes[i + 1] == UInt8(ascii: "-") && isNameByte(bytes[i + 2]) {
                var j = i + 2
                while j < count && (isNameByte(bytes[j]) || bytes[j] == UInt8(ascii: "-")) { j += 1 }
                tokens.append(Token(.flag, String(decoding: bytes[(i + 2)..<j], as: UTF8.self), start..<j))
                i = j
            } else if let (symbol, width) = fullWidthSymbol(at: i) {
                tokens.append(Token(.symbol, symbol, start..<(i + width)))
                i += width
            } else if isNameByte(byte) {
                var j = i
                while j < count && (isNameByte(bytes[j]) || isDigit(bytes[j])) && !startsSeparator(at: j) { j += 1 }
                tokens.append(Token(.identifier, String(decoding: bytes[i..<j], as: UTF8.self), start..<j))
                i = j
            } else if i + 1 < count, Self.twoCharacterSymbols.contains(String(decoding: bytes[i...(i + 1)], as: UTF8.self)) {
                let symbol = String(decoding: bytes[i...(i + 1)], as: UTF8.self)
                tokens.append(Token(.symbol, symbol == "<>" ? "!=" : symbol, start..<(i + 2)))
                i += 2
            } else if Self.singleSymbols.contains(byte) {
                tokens.append(Token(.symbol, String(UnicodeScalar(byte)), start..<(i + 1)))
                i += 1
            } else {
                let end = nextCharacterEnd(i)
                let character = String(decoding: bytes[i..<end], as: UTF8.self)
                throw Diagnostic(.parse, "unexpected character '\(character)'", source: source, range: start..<end)
            }
        }
        return tokens
    }

    // MARK: - Pieces

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// Letters, `_`, `.` inside names (file names), and every non-ASCII character that is not
    /// full-width punctuation used as an operator.
    private func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private func nextCharacterEnd(_ i: Int) -> Int {
        var j = i + 1
        while j < bytes.count && bytes[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }

    /// Full-width forms that input methods produce in place of ASCII operators: ，（）｜＝.
    private func fullWidthSymbol(at i: Int) -> (String, Int)? {
        guard i + 2 < bytes.count, bytes[i] == 0xEF else { return nil }
        switch (bytes[i + 1], bytes[i + 2]) {
        case (0xBC, 0x8C): return (",", 3)
        case (0xBC, 0x88): return ("(", 3)
        case (0xBC, 0x89): return (")", 3)
        case (0xBD, 0x9C): return ("|", 3)
        case (0xBC, 0x9D): return ("=", 3)
        default: return nil
        }
    }

    /// Whether a name must stop here: full-width operators, curly quotes and the ideographic space.
    private func startsSeparator(at j: Int) -> Bool {
        guard bytes[j] >= 0x80 else { return false }
        if fullWidthSymbol(at: j) != nil || curlyQuoteClosing(at: j) != nil { return true }
        return bytes[j] == 0xE3 && j + 2 < bytes.count && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x80
    }

    private func quoted(from start: Int, closing: UInt8) throws -> (String, Int) {
        var result: [UInt8] = []
        var j = start + 1
        while j < bytes.count {
            let byte = bytes[j]
            if byte == closing { return (String(decoding: result, as: UTF8.self), j + 1) }
            if byte == UInt8(ascii: "\\") && j + 1 < bytes.count {
                let next = bytes[j + 1]
                switch next {
                case UInt8(ascii: "n"): result.append(10)
                case UInt8(ascii: "t"): result.append(9)
                default: result.append(next)
                }
                j += 2
                continue
            }
            result.append(byte)
            j += 1
        }
        throw Diagnostic(.parse, "unterminated string", hint: "close it with \(String(UnicodeScalar(closing)))", source: source, range: start..<bytes.count)
    }

    /// “ (E2 80 9C) closes with ” (E2 80 9D); ‘ (E2 80 98) with ’ (E2 80 99).
    private func curlyQuoteClosing(at i: Int) -> UInt8? {
        guard i + 2 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80 else { return nil }
        switch bytes[i + 2] {
        case 0x9C: return 0x9D
        case 0x98: return 0x99
        default: return nil
        }
    }

    private func curlyQuoted(from start: Int, closing: UInt8) throws -> (String, Int) {
        var j = start + 3
        while j + 2 < bytes.count {
            if bytes[j] == 0xE2 && bytes[j + 1] == 0x80 && bytes[j + 2] == closing {
                return (String(decoding: bytes[(start + 3)..<j], as: UTF8.self), j + 3)
            }
            j += 1
        }
        throw Diagnostic(.parse, "unterminated string", hint: "close the quotation mark", source: source, range: start..<bytes.count)
    }
}
