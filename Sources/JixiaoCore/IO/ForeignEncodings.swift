import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// Encodings that are not Chinese: Shift-JIS, Big5, Latin-1 and CP1252, read through Foundation's converters
/// (swift-corelibs-foundation carries CoreFoundation's tables for all four on Linux), and a plausibility
/// test that tells their text from Chinese.
///
/// GB18030 assigns a character to almost every pair of high bytes, so Japanese, traditional Chinese or
/// accented Western text "decodes" as GB18030 without an error: Shift-JIS 名前,年齢 becomes 柤慜,擭楊. What gives it
/// away is that the characters are rare ones: Chinese text is nearly all in GB2312's area (bytes A1–F7 then
/// A1–FE), while those encodings put their common characters elsewhere. Each candidate is scored by the share
/// of its non-ASCII characters that fall where that language's common characters are.
package enum ForeignEncodings {
    /// How much of a file is scored.
    static let sampleBytes = 1 << 16
    /// The share of plausible characters a reading needs to be taken.
    static let plausible = 0.9
    /// How far another reading must score above GB18030's to replace it.
    static let margin = 0.2

    /// Another encoding that reads `bytes` clearly more plausibly than GB18030 does (nil to keep GB18030, or
    /// when no candidate is convincing). Only for bytes that are not valid UTF-8.
    package static func likelierThanGB18030(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = Array(bytes.prefix(sampleBytes))
        let gb = score(gb18030: sample)
        if let gb, gb >= plausible { return nil }
        let candidates: [(TextEncoding, Double?)] = [
            (.shiftJIS, score(shiftJIS: sample)),
            (.big5, score(big5: sample)),
            (western(sample), score(western: sample)),
        ]
        var best: (TextEncoding, Double)?
        for case let (encoding, value?) in candidates where value >= plausible && value > (gb ?? 0) + margin {
            if best == nil || value > (best?.1 ?? 0) { best = (encoding, value) }
        }
        return best?.0
    }

    /// CP1252 when the bytes use its 80–9F punctuation (€ „ “ ”), else Latin-1 (the two agree elsewhere).
    static func western(_ bytes: [UInt8]) -> TextEncoding {
        bytes.contains(where: { (0x80...0x9F).contains($0) }) ? .cp1252 : .latin1
    }

    /// The first few non-ASCII characters of a decoding, for a note showing what it made of the text.
    package static func sampleCharacters(_ utf8: [UInt8]) -> String {
        let text = String(decoding: utf8.prefix(4096), as: UTF8.self)
        var picked = ""
        var count = 0
        for character in text where !character.isASCII {
            picked.append(character)
            count += 1
            if count == 6 { break }
        }
        return picked
    }

    // MARK: - Decoding

    static func foundationEncoding(_ encoding: TextEncoding) -> String.Encoding? {
        switch encoding {
        case .shiftJIS: return .shiftJIS
        case .big5: return String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.big5.rawValue)))
        case .latin1: return .isoLatin1
        case .cp1252: return .windowsCP1252
        default: return nil
        }
    }

    /// The bytes as UTF-8, or nil when they are not valid in `encoding`.
    package static func decoded(_ bytes: [UInt8], as encoding: TextEncoding) -> [UInt8]? {
        if encoding == .latin1 {
            // Every byte is a character: U+0000–U+00FF.
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                if byte < 0x80 { output.append(byte) } else { output.append(0xC0 | (byte >> 6)); output.append(0x80 | (byte & 0x3F)) }
            }
            return output
        }
        guard let foundation = foundationEncoding(encoding), let text = String(data: Data(bytes), encoding: foundation) else { return nil }
        return Array(text.utf8)
    }

    /// The bytes decoded from a declared encoding; bytes that are not valid in it give an error at their line.
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding, file: String?) throws -> [UInt8] {
        if let text = decoded(bytes, as: encoding) { return text }
        var start = 0
        var line = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            if decoded(Array(bytes[start..<end]), as: encoding) == nil {
                let offset = (start..<end).first { !(bytes[$0] < 0x80) } ?? start
                throw Diagnostic(.input, .textInvalidInEncoding, [encoding.rawValue, String(line), TextDecoder.hex(bytes, at: offset)],
                                 hint: Message(.hintAnotherEncoding, TextEncoding.acceptedNames),
                                 location: SourceLocation(file: file, line: line, column: TextDecoder.column(of: offset, in: bytes)))
            }
            start = end + 1
            line += 1
        }
        throw Diagnostic(.input, .textInvalidInEncoding, [encoding.rawValue, String(line), ""], hint: Message(.hintAnotherEncoding, TextEncoding.acceptedNames),
                         location: SourceLocation(file: file, line: max(1, line - 1)))
    }

    // MARK: - Plausibility

    /// The share of GB18030's two-byte characters that lie in GB2312 (symbols and both levels of hanzi); nil
    /// when the bytes hold no non-ASCII character.
    static func score(gb18030 bytes: [UInt8]) -> Double? {
        var plausible = 0, total = 0, i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            total += 1
            guard i + 1 < bytes.count else { break }
            let second = bytes[i + 1]
            if (0x30...0x39).contains(second) { i += 4; continue }
            if (0xA1...0xF7).contains(lead) && (0xA1...0xFE).contains(second) { plausible += 1 }
            i += 2
        }
        return total == 0 ? nil : Double(plausible) / Double(total)
    }

    /// The share of Shift-JIS characters that are symbols, kana or level-1 kanji; nil when the bytes are not
    /// Shift-JIS or hold no non-ASCII character. Half-width katakana count as implausible (rare in files).
    static func score(shiftJIS bytes: [UInt8]) -> Double? {
        var plausible = 0, total = 0, i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            total += 1
            if (0xA1...0xDF).contains(lead) { i += 1; continue }
            guard (0x81...0x9F).contains(lead) || (0xE0...0xFC).contains(lead), i + 1 < bytes.count else { return nil }
            let second = bytes[i + 1]
            guard (0x40...0x7E).contains(second) || (0x80...0xFC).contains(second) else { return nil }
            if (0x81...0x84).contains(lead) || (0x88...0x98).contains(lead) { plausible += 1 }
            i += 2
        }
        return total == 0 ? nil : Double(plausible) / Double(total)
    }

    /// The share of Big5 characters that are symbols or frequently used characters (A140–C67E); nil when the
    /// bytes are not Big5 or hold no non-ASCII character.
    static func score(big5 bytes: [UInt8]) -> Double? {
        var plausible = 0, total = 0, i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            total += 1
            guard (0xA1...0xF9).contains(lead), i + 1 < bytes.count else { return nil }
            let second = bytes[i + 1]
            guard (0x40...0x7E).contains(second) || (0xA1...0xFE).contains(second) else { return nil }
            if lead <= 0xC5 || (lead == 0xC6 && second <= 0x7E) { plausible += 1 }
            i += 2
        }
        return total == 0 ? nil : Double(plausible) / Double(total)
    }

    /// The share of non-ASCII bytes that read as Western text: alone or in pairs between ASCII, letters
    /// (C0–FF) next to an ASCII letter, symbols and punctuation anywhere. Chinese, Japanese and Big5 text comes
    /// in runs of two bytes or more per character and seldom touches ASCII letters. Nil without such bytes.
    static func score(western bytes: [UInt8]) -> Double? {
        var plausible = 0, total = 0, i = 0
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        while i < bytes.count {
            guard bytes[i] >= 0x80 else { i += 1; continue }
            var end = i
            while end < bytes.count && bytes[end] >= 0x80 { end += 1 }
            let run = end - i
            total += run
            let before: UInt8 = i > 0 ? bytes[i - 1] : 0x20
            let after: UInt8 = end < bytes.count ? bytes[end] : 0x20
            if run <= 2 {
                for byte in bytes[i..<end] {
                    let undefined = [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte)
                    let letter = byte >= 0xC0 && byte != 0xD7 && byte != 0xF7
                    if !undefined && (!letter || isLetter(before) || isLetter(after)) { plausible += 1 }
                }
            }
            i = end
        }
        return total == 0 ? nil : Double(plausible) / Double(total)
    }
}

extension TextEncoding {
    /// How `encoding=` names this encoding in a hint.
    package var optionName: String {
        switch self {
        case .utf8: return "utf-8"
        case .gb18030: return "gb18030"
        case .utf16LittleEndian: return "utf-16le"
        case .utf16BigEndian: return "utf-16be"
        case .shiftJIS: return "shift_jis"
        case .big5: return "big5"
        case .latin1: return "latin1"
        case .cp1252: return "cp1252"
        }
    }
}
