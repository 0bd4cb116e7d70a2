import Foundation
import JixiaoCore
import Testing

@Suite struct TextDecodingTests {
    /// 日期,金额 then a row, in GB18030 (the bytes Excel on Chinese Windows writes).
    let gbBytes: [UInt8] = [0xC8, 0xD5, 0xC6, 0xDA, 0x2C, 0xBD, 0xF0, 0xB6, 0xEE, 0x0A] + Array("2022/6/8,\"1,234.50\"\n".utf8)

    @Test func plainUTF8IsReturnedAsIs() throws {
        let bytes = Array("乡镇,金额\n保安镇,1\n".utf8)
        let decoded = try TextDecoder.utf8(bytes)
        #expect(decoded.bytes == bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.note == nil)
    }

    @Test func byteOrderMarksDecide() throws {
        let text = "乡镇,金额\n保安镇,1\n"
        let withMark = try TextDecoder.utf8([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(withMark.bytes == Array(text.utf8))
        #expect(withMark.note?.text(in: .en) == "read as UTF-8 (with a byte-order mark)")
        let little = try TextDecoder.utf8([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(String(decoding: little.bytes, as: UTF8.self) == text)
        #expect(little.encoding == .utf16LittleEndian)
        let big = try TextDecoder.utf8([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(String(decoding: big.bytes, as: UTF8.self) == text)
        #expect(big.note?.text(in: .en) == "read as UTF-16BE")
    }

    @Test func utf16WithoutAMarkIsRecognisedByItsNulBytes() throws {
        let text = "town,count\nA,1\n"
        let decoded = try TextDecoder.utf8(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == text)
    }

    @Test func gb18030IsDetectedWhenTheBytesAreNotUTF8() throws {
        let decoded = try TextDecoder.utf8(gbBytes)
        #expect(decoded.encoding == .gb18030)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "日期,金额\n2022/6/8,\"1,234.50\"\n")
        // Four-byte GB18030 sequences (beyond GBK) decode too: 0x95328236 is U+20000 𠀀.
        let rare = try TextDecoder.utf8([0xC8, 0xD5, 0x95, 0x32, 0x82, 0x36, 0x0A])
        #expect(String(decoding: rare.bytes, as: UTF8.self) == "日\u{20000}\n")
    }

    @Test func aDeclaredEncodingOverridesDetection() throws {
        // gbk and gb18030 name the same decoder.
        #expect(TextEncoding.named("GBK") == .gb18030)
        #expect(TextEncoding.named("utf-16") == .utf16LittleEndian)
        #expect(TextEncoding.named("latin1") == .latin1)
        #expect(TextEncoding.named("koi8-r") == nil)
        let decoded = try TextDecoder.utf8(gbBytes, declared: .gb18030)
        #expect(String(decoding: decoded.bytes.prefix(13), as: UTF8.self) == "日期,金额")
        // Declared UTF-8 on GB18030 bytes: an error naming the first bad line.
        let error = #expect(throws: Diagnostic.self) { try TextDecoder.utf8(gbBytes, declared: .utf8, file: "g.csv") }
        #expect(error?.message == "line 1 is not valid UTF-8: cannot decode the bytes C8 D5 C6 DA")
        #expect(error?.location.line == 1)
    }

    @Test func bytesNoCandidateDecodesGiveAnErrorNamingTheLine() throws {
        // Valid GB18030 on lines 1–2, then 0xFF, which neither UTF-8 nor GB18030 allows.
        let bytes = gbBytes + [0x41, 0x2C, 0xFF, 0xFE, 0x0A]
        let error = #expect(throws: Diagnostic.self) { try TextDecoder.utf8(bytes, file: "bad.csv") }
        #expect(error?.message == "line 3 is neither UTF-8 nor GB18030: cannot decode the bytes FF FE 0A")
        #expect(error?.location == SourceLocation(file: "bad.csv", line: 3, column: 3))
        #expect(error?.hint?.contains("the file reads as GB18030 up to this line") == true)
    }

    /// A GBK export pasted under a UTF-8 header decodes as GB18030 from end to end, with the UTF-8 lines garbled:
    /// an error instead, at the first line that is not UTF-8.
    @Test func aFileMixingUTF8AndGBKIsAnErrorNotGarbledText() throws {
        // 镇金 in UTF-8 happens to be valid GB18030 too (two characters of mojibake); 日 in GBK is not UTF-8.
        let bytes = Array("镇金,1\n".utf8) + [0xC8, 0xD5, 0x2C, 0x31, 0x0A]
        let error = #expect(throws: Diagnostic.self) { try TextDecoder.utf8(bytes, file: "mixed.csv") }
        #expect(error?.message == "line 2 is not UTF-8, but the lines before it are: the file mixes encodings (cannot decode the bytes C8 D5 2C 31)")
        #expect(error?.location == SourceLocation(file: "mixed.csv", line: 2, column: 1))
        // Told to, it reads all of it as GB18030, garbled as asked.
        let forced = try TextDecoder.utf8(bytes, declared: .gb18030)
        #expect(forced.encoding == .gb18030)
        #expect(String(decoding: forced.bytes, as: UTF8.self).hasSuffix(",1\n日,1\n"))
        // A GBK file whose first lines are ASCII is still GB18030, as is one whose first line fails at once.
        #expect(try TextDecoder.utf8(Array("id,amount\n".utf8) + gbBytes).encoding == .gb18030)
        #expect(try TextDecoder.utf8(gbBytes).encoding == .gb18030)
    }

    @Test func utf8ValidationRejectsOverlongSurrogateAndOutOfRangeForms() {
        #expect(UTF8Validation.firstInvalidOffset(Array("abcdefgh日期ijklmnop".utf8)) == nil)
        #expect(UTF8Validation.firstInvalidOffset(Array("abcdefghijk".utf8) + [0xC0, 0x80]) == 11)
        #expect(UTF8Validation.firstInvalidOffset([0x41, 0xED, 0xA0, 0x80]) == 1)
        #expect(UTF8Validation.firstInvalidOffset([0xF4, 0x90, 0x80, 0x80]) == 0)
        #expect(UTF8Validation.firstInvalidOffset([0xE6, 0x97]) == 0)
    }

    @Test func unpairedUTF16SurrogatesNameTheirLine() {
        let units: [UInt16] = Array("a\nb\n".utf16) + [0xD800, 0x0041]
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let error = #expect(throws: Diagnostic.self) { try TextDecoder.utf8(bytes) }
        #expect(error?.message == "line 3 is not valid UTF-16LE: an unpaired surrogate")
    }
}
