import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// A text encoding jixiao reads.
package enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case gb18030 = "GB18030"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case shiftJIS = "Shift-JIS"
    case big5 = "Big5"
    case latin1 = "Latin-1"
    case cp1252 = "CP1252"

    /// The encoding an `encoding=` option names: utf-8, gbk, gb2312, gb18030, utf-16, utf-16le, utf-16be.
    ///
    /// GBK and GB2312 are read as GB18030, which contains both. Plain `utf-16` means little-endian (what
    /// Windows writes) unless the file starts with a byte-order mark, which then decides.
    package static func named(_ name: String) -> TextEncoding? {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": return .utf8
        case "gbk", "gb2312", "gb18030", "cp936", "gb-18030": return .gb18030
        case "utf-16", "utf16", "utf-16le", "utf16le", "unicode": return .utf16LittleEndian
        case "utf-16be", "utf16be": return .utf16BigEndian
        case "shift-jis", "shiftjis", "sjis", "cp932", "windows-31j", "ms932": return .shiftJIS
        case "big5", "big-5", "cp950": return .big5
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1", "l1": return .latin1
        case "cp1252", "windows-1252", "win1252": return .cp1252
        default: return nil
        }
    }

    /// The names `encoding=` takes (others are accepted as aliases), for hints.
    package static let acceptedNameList = ["utf-8", "gbk", "gb18030", "utf-16", "utf-16le", "utf-16be", "shift_jis", "big5", "latin1", "cp1252"]
    package static let acceptedNames = acceptedNameList.joined(separator: ", ")
}

/// Bytes turned into UTF-8, and the encoding they were read as.
package struct DecodedText: Sendable {
    package var bytes: [UInt8]
    package var encoding: TextEncoding
    /// Whether a byte-order mark was found (and removed).
    package var hadByteOrderMark: Bool
    /// Set when GB18030 decoded the bytes but gave rare characters, and `encoding` read them more plausibly:
    /// the first characters GB18030 made of them, for the note.
    package var notChinese: String?
    /// How the encoding was chosen, for the load message: nil for plain UTF-8.
    package var note: Message? {
        if let notChinese {
            return Message(key: MessageID.noteReadAsNotChinese.rawValue,
                           arguments: [.verbatim(encoding.rawValue), .verbatim(notChinese)])
        }
        switch (encoding, hadByteOrderMark) {
        case (.utf8, false): return nil
        case (.utf8, true): return Message(.noteReadAsUTF8WithMark)
        default: return Message(.noteReadAs, encoding.rawValue)
        }
    }
}

/// Turns a text file's bytes into UTF-8, detecting the encoding unless one is given.
///
/// Detection, in order: a byte-order mark (UTF-8, UTF-16 LE or BE); valid UTF-8; NUL bytes near the start
/// (UTF-16 without a mark); GB18030 (which covers GBK and GB2312, what Excel on Chinese Windows saves). Bytes
/// that no candidate decodes give an error naming the line where the likeliest encoding fails. UTF-8 input is
/// validated in place and returned without copying, so the common case costs one fast pass.
package enum TextDecoder {
    /// The bytes as UTF-8: as they are when they already are, else decoded from the declared or detected encoding.
    package static func utf8(_ bytes: [UInt8], declared: TextEncoding? = nil, file: String? = nil) throws -> DecodedText {
        let mark = byteOrderMark(bytes)
        if let declared {
            switch declared {
            case .utf8:
                let body = mark == .utf8 ? Array(bytes.dropFirst(3)) : bytes
                try requireUTF8(body, file: file, lineOffset: 0)
                return DecodedText(bytes: body, encoding: .utf8, hadByteOrderMark: mark == .utf8)
            case .gb18030:
                return DecodedText(bytes: try gb18030(bytes, file: file), encoding: .gb18030, hadByteOrderMark: false)
            case .shiftJIS, .big5, .latin1, .cp1252:
                return DecodedText(bytes: try ForeignEncodings.decode(bytes, as: declared, file: file), encoding: declared, hadByteOrderMark: false)
            case .utf16LittleEndian, .utf16BigEndian:
                // A mark in the file wins over the declared byte order.
                if mark == .utf16LittleEndian || mark == .utf16BigEndian, let mark {
                    return DecodedText(bytes: try utf16(bytes[2...], bigEndian: mark == .utf16BigEndian, file: file), encoding: mark, hadByteOrderMark: true)
                }
                return DecodedText(bytes: try utf16(bytes[...], bigEndian: declared == .utf16BigEndian, file: file), encoding: declared, hadByteOrderMark: false)
            }
        }
        switch mark {
        case .utf8?:
            let body = Array(bytes.dropFirst(3))
            try requireUTF8(body, file: file, lineOffset: 0)
            return DecodedText(bytes: body, encoding: .utf8, hadByteOrderMark: true)
        case .utf16LittleEndian?, .utf16BigEndian?:
            let bigEndian = mark == .utf16BigEndian
            return DecodedText(bytes: try utf16(bytes[2...], bigEndian: bigEndian, file: file), encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian, hadByteOrderMark: true)
        default:
            break
        }
        guard let invalidUTF8 = UTF8Validation.firstInvalidOffset(bytes) else {
            if let order = utf16WithoutMark(bytes) {
                return DecodedText(bytes: try utf16(bytes[...], bigEndian: order == .utf16BigEndian, file: file), encoding: order, hadByteOrderMark: false)
            }
            return DecodedText(bytes: bytes, encoding: .utf8, hadByteOrderMark: false)
        }
        if let decoded = decodeGB18030(bytes) {
            // Whole lines of Chinese UTF-8 before the first bad byte: a file that mixes encodings (a GBK export
            // pasted under a UTF-8 header). It decodes as GB18030, but with every UTF-8 line garbled.
            let lineStart = (bytes[..<invalidUTF8].lastIndex(of: 0x0A) ?? -1) + 1
            if Self.multibyteCharacters(in: bytes[..<lineStart]) >= Self.mixedEvidence {
                let failLine = line(of: invalidUTF8, in: bytes)
                throw Diagnostic(.input, .textMixedEncodings, [String(failLine), hex(bytes, at: invalidUTF8)], hint: Message(.hintOneEncoding),
                                 location: SourceLocation(file: file, line: failLine, column: column(of: invalidUTF8, in: bytes)))
            }
            // GB18030 decodes most byte strings; text in another encoding comes out as rare characters.
            if let other = ForeignEncodings.likelierThanGB18030(bytes), let text = ForeignEncodings.decoded(bytes, as: other) {
                return DecodedText(bytes: text, encoding: other, hadByteOrderMark: false,
                                   notChinese: ForeignEncodings.sampleCharacters(decoded))
            }
            return DecodedText(bytes: decoded, encoding: .gb18030, hadByteOrderMark: false)
        }
        // Neither UTF-8 nor GB18030 (Latin-1 and CP1252 text often is neither): a single-byte Western encoding
        // when its letters sit between ASCII ones.
        if let other = ForeignEncodings.likelierThanGB18030(bytes), let text = ForeignEncodings.decoded(bytes, as: other) {
            return DecodedText(bytes: text, encoding: other, hadByteOrderMark: false)
        }
        // Neither: report the line where the encoding that read further fails.
        let utf8Line = line(of: invalidUTF8, in: bytes)
        let (gbLine, gbOffset) = firstUndecodableGB18030Line(bytes)
        let (failLine, offset, likely) = gbLine > utf8Line ? (gbLine, gbOffset, "GB18030") : (utf8Line, invalidUTF8, "UTF-8")
        throw Diagnostic(.input, .textNotUtf8OrGb18030, [String(failLine), hex(bytes, at: offset)],
                         hint: Message(.hintReadsAsUpToLine, likely, TextEncoding.acceptedNames),
                         location: SourceLocation(file: file, line: failLine, column: column(of: offset, in: bytes)))
    }

    /// How many UTF-8 characters of three or four bytes (Chinese, in practice) complete lines must hold before a
    /// later bad byte means mixed encodings. GBK text forms such sequences only by chance, and seldom twice.
    static let mixedEvidence = 2

    /// The characters of three or four bytes in valid UTF-8.
    static func multibyteCharacters(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 >= 0xE0 ? 1 : 0) }
    }

    // MARK: - Byte-order marks

    static func byteOrderMark(_ bytes: [UInt8]) -> TextEncoding? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        return nil
    }

    /// UTF-16 text without a mark still shows itself: ASCII characters come with a NUL byte beside them.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        // One NUL in ASCII text is binary data, not UTF-16: UTF-16 shows several.
        if oddZeros * 4 >= pairs && oddZeros >= 2 && evenZeros == 0 { return .utf16LittleEndian }
        if evenZeros * 4 >= pairs && evenZeros >= 2 && oddZeros == 0 { return .utf16BigEndian }
        return nil
    }

    // MARK: - UTF-8

    private static func requireUTF8(_ bytes: [UInt8], file: String?, lineOffset: Int) throws {
        guard let offset = UTF8Validation.firstInvalidOffset(bytes) else { return }
        let failLine = line(of: offset, in: bytes) + lineOffset
        throw Diagnostic(.input, .textInvalidUtf8, [String(failLine), hex(bytes, at: offset)], hint: Message(.hintGiveEncoding, TextEncoding.acceptedNames),
                         location: SourceLocation(file: file, line: failLine, column: column(of: offset, in: bytes)))
    }

    // MARK: - GB18030

    /// The platform's GB18030 converter (swift-corelibs-foundation carries CoreFoundation's tables).
    private static let gb18030Encoding = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    static func decodeGB18030(_ bytes: [UInt8]) -> [UInt8]? {
        guard let text = String(data: Data(bytes), encoding: gb18030Encoding) else { return nil }
        return Array(text.utf8)
    }

    private static func gb18030(_ bytes: [UInt8], file: String?) throws -> [UInt8] {
        if let decoded = decodeGB18030(bytes) { return decoded }
        let (failLine, offset) = firstUndecodableGB18030Line(bytes)
        throw Diagnostic(.input, .textInvalidGb18030, [String(failLine), hex(bytes, at: offset)], hint: Message(.hintAnotherEncoding, TextEncoding.acceptedNames),
                         location: SourceLocation(file: file, line: failLine, column: column(of: offset, in: bytes)))
    }

    /// The first line GB18030 cannot decode, and the offset of the first bad byte in it. A line feed is
    /// never part of a GB18030 multi-byte character, so lines can be tried one at a time.
    static func firstUndecodableGB18030Line(_ bytes: [UInt8]) -> (line: Int, offset: Int) {
        var start = 0
        var line = 1
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            let slice = Array(bytes[start..<end])
            if decodeGB18030(slice) == nil {
                return (line, start + (GB18030Structure.firstInvalidOffset(slice) ?? 0))
            }
            start = end + 1
            line += 1
        }
        return (line, max(0, bytes.count - 1))
    }

    // MARK: - UTF-16

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String?) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2)
        var index = bytes.startIndex
        var line = 1
        func unit(_ at: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) : UInt16(bytes[at + 1]) << 8 | UInt16(bytes[at])
        }
        func failure(_ what: MessageID) -> Diagnostic {
            Diagnostic(.input, .textInvalidUtf16, arguments: [.verbatim(String(line)), .verbatim(bigEndian ? "BE" : "LE"), .message(Message(what))],
                       hint: Message(.hintGiveEncoding, TextEncoding.acceptedNames), location: SourceLocation(file: file, line: line))
        }
        while index + 1 < bytes.endIndex {
            let first = unit(index)
            index += 2
            var scalarValue = UInt32(first)
            if (0xD800...0xDBFF).contains(first) {
                guard index + 1 < bytes.endIndex else { throw failure(.detailUTF16EndsInPair) }
                let second = unit(index)
                guard (0xDC00...0xDFFF).contains(second) else { throw failure(.detailUTF16UnpairedSurrogate) }
                index += 2
                scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(first) {
                throw failure(.detailUTF16UnpairedSurrogate)
            }
            if scalarValue == 10 { line += 1 }
            guard let scalar = Unicode.Scalar(scalarValue) else { throw failure(.detailUTF16InvalidCharacter) }
            output.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
        }
        if index < bytes.endIndex { throw failure(.detailUTF16OddBytes) }
        return output
    }

    // MARK: - Locating

    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<min(offset, bytes.count)] where byte == 10 { line += 1 }
        return line
    }

    /// 1-based byte column of an offset within its line.
    static func column(of offset: Int, in bytes: [UInt8]) -> Int {
        var start = min(offset, bytes.count)
        while start > 0 && bytes[start - 1] != 10 { start -= 1 }
        return offset - start + 1
    }

    static func hex(_ bytes: [UInt8], at offset: Int) -> String {
        bytes[offset..<min(bytes.count, offset + 4)].map { String(format: "%02X", $0) }.joined(separator: " ")
    }
}

/// Validates UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), eight ASCII bytes at a time.
package enum UTF8Validation {
    /// The offset of the first byte that does not start a valid sequence, or nil when all of it is valid.
    package static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var i = 0
            while i < count {
                // Fast path: eight ASCII bytes at once.
                if i + 8 <= count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let lead = base[i]
                if lead < 0x80 { i += 1; continue }
                func continuation(_ k: Int) -> Bool { i + k < count && base[i + k] & 0xC0 == 0x80 }
                switch lead {
                case 0xC2...0xDF:
                    guard continuation(1) else { return i }
                    i += 2
                case 0xE0...0xEF:
                    guard continuation(1), continuation(2) else { return i }
                    let second = base[i + 1]
                    if lead == 0xE0 && second < 0xA0 { return i }
                    if lead == 0xED && second > 0x9F { return i }
                    i += 3
                case 0xF0...0xF4:
                    guard continuation(1), continuation(2), continuation(3) else { return i }
                    let second = base[i + 1]
                    if lead == 0xF0 && second < 0x90 { return i }
                    if lead == 0xF4 && second > 0x8F { return i }
                    i += 4
                default:
                    return i
                }
            }
            return nil
        }
    }
}

/// The byte structure of GB18030, used only to point at the first bad byte of a line that failed to decode.
enum GB18030Structure {
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(lead), i + 1 < bytes.count else { return i }
            let second = bytes[i + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) { i += 2; continue }
            guard (0x30...0x39).contains(second), i + 3 < bytes.count,
                  (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) else { return i }
            i += 4
        }
        return nil
    }
}
