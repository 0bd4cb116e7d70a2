import Foundation

/// A pull reader for the XML of a workbook's parts: start tags with their attributes, end tags, and text.
///
/// jixiao reads workbooks from anywhere, so it reads their XML itself rather than through Foundation's
/// XMLParser, which fuzzing showed can trap inside Foundation on a damaged part (a trap no caller can catch).
/// The scanner checks what a workbook part needs and refuses the rest with the line and column: tags must
/// nest and match, attributes must be quoted and unique, entities must be the five predefined ones or
/// character references, and a DOCTYPE (with its entity expansion) is refused outright. Nesting is bounded
/// (`maxDepth`), and the document is UTF-8, or UTF-16 with a byte-order mark.
struct XMLScanner {
    enum Event: Equatable {
        /// A start tag; a self-closing tag (`<a/>`) is followed by its `end`.
        case start(name: String, attributes: XMLAttributes)
        case end(name: String)
        /// Character data inside the root element, entities decoded and line ends normalised to LF.
        case text(String)
    }

    /// Deeper nesting than any workbook part has; it bounds the tree `XMLNode` builds.
    static let maxDepth = 1000

    private let bytes: [UInt8]
    /// Where the document starts: after a UTF-8 byte-order mark.
    private var origin = 0
    private var position = 0
    /// Where the qualified names of the open elements are in `bytes`.
    private var open: [Range<Int>] = []
    private var pendingEnd: String?
    private var sawRoot = false
    private let part: String
    private let file: String?

    init(_ data: Data, part: String, file: String?) throws {
        try self.init(Array(data), part: part, file: file)
    }

    /// Scans `bytes` in place (a part of hundreds of megabytes is not copied).
    init(_ bytes: [UInt8], part: String, file: String?) throws {
        self.part = part
        self.file = file
        switch TextDecoder.byteOrderMark(bytes) {
        case let mark? where mark != .utf8:
            // UTF-16, transcoded by the decoder CSV files use.
            self.bytes = try TextDecoder.utf8(bytes, declared: mark, file: file).bytes
        case let mark:
            self.bytes = bytes
            if mark == .utf8 { origin = 3 }
        }
        position = origin
    }

    /// The next event, or nil at the end of a complete document.
    mutating func next() throws -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while position < bytes.count {
            guard bytes[position] == Self.lessThan else {
                let start = position
                let text = try characterData()
                if open.isEmpty {
                    guard text.allSatisfy(\.isWhitespace) else { throw error(Message(.detailXMLTextOutsideRoot), at: start) }
                    continue
                }
                return .text(text)
            }
            let next = position + 1 < bytes.count ? bytes[position + 1] : 0
            switch next {
            case UInt8(ascii: "?"):
                try skip(past: "?>", what: .detailXMLUnterminatedProcessingInstruction)
            case UInt8(ascii: "!"):
                if has("<!--") {
                    try skip(past: "-->", what: .detailXMLUnterminatedComment)
                } else if has("<![CDATA[") {
                    let start = position
                    guard !open.isEmpty else { throw error(Message(.detailXMLCDATAOutsideRoot), at: start) }
                    position += 9
                    guard let close = find("]]>") else { throw error(Message(.detailXMLUnterminatedCDATA), at: start) }
                    let text = try string(position..<close)
                    position = close + 3
                    return .text(text)
                } else if has("<!DOCTYPE") {
                    throw error(Message(.detailXMLDoctype), at: position)
                } else {
                    throw error(Message(.detailXMLExpectedCommentOrCDATA), at: position)
                }
            case UInt8(ascii: "/"):
                return try endTag()
            default:
                return try startTag()
            }
        }
        if let name = open.last { throw error(Message(.detailXMLEndsInsideElement, text(name)), at: bytes.count) }
        if !sawRoot { throw error(Message(.detailXMLNoRoot), at: bytes.count) }
        return nil
    }

    // MARK: Tags

    private mutating func startTag() throws -> Event {
        let tagStart = position
        position += 1
        if open.isEmpty && sawRoot { throw error(Message(.detailXMLSecondRoot), at: tagStart) }
        let nameRange = try self.name(what: .detailXMLExpectedElementName)
        let localRange = localPart(nameRange)
        let local = try string(localRange)
        if localRange != nameRange { _ = try string(nameRange) }
        let name = text(nameRange)
        var attributes = XMLAttributes()
        var selfClosing = false
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw error(Message(.detailXMLEndsInsideTag, name), at: position) }
            if bytes[position] == UInt8(ascii: ">") { position += 1; break }
            if bytes[position] == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw error(Message(.detailXMLExpectedSelfClose), at: position)
                }
                position += 2
                selfClosing = true
                break
            }
            guard hadSpace else { throw error(Message(.detailXMLExpectedSpaceInTag, name), at: position) }
            let attributeStart = position
            let attributeRange = try self.name(what: .detailXMLExpectedAttributeName)
            let attribute = try string(attributeRange)
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw error(Message(.detailXMLExpectedEquals, attribute), at: position)
            }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == Self.quote || bytes[position] == Self.apostrophe else {
                throw error(Message(.detailXMLExpectedQuotedValue, attribute), at: position)
            }
            let quote = bytes[position]
            position += 1
            let valueStart = position
            while position < bytes.count && bytes[position] != quote {
                if bytes[position] == Self.lessThan { throw error(Message(.detailXMLLessThanInValue, attribute), at: position) }
                position += 1
            }
            guard position < bytes.count else { throw error(Message(.detailXMLUnterminatedValue, attribute), at: valueStart) }
            let value = try decoded(valueStart..<position, inAttribute: true)
            position += 1
            guard attributes.value(qualified: attribute) == nil else {
                throw error(Message(.detailXMLAttributeTwice, attribute), at: attributeStart)
            }
            let attributeLocal = bytes[attributeRange].contains(UInt8(ascii: ":")) ? try string(localPart(attributeRange)) : attribute
            attributes.append(XMLAttributes.Entry(name: attribute, local: attributeLocal, value: value))
        }
        guard open.count < Self.maxDepth else {
            throw error(Message(.detailXMLTooDeep, String(Self.maxDepth)), at: tagStart)
        }
        sawRoot = true
        if selfClosing { pendingEnd = local } else { open.append(nameRange) }
        return .start(name: local, attributes: attributes)
    }

    private mutating func endTag() throws -> Event {
        let tagStart = position
        position += 2
        let nameRange = try self.name(what: .detailXMLExpectedEndElementName)
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw error(Message(.detailXMLExpectedEndTagClose, text(nameRange)), at: position)
        }
        position += 1
        guard let innermost = open.last else { throw error(Message(.detailXMLClosesNothing, text(nameRange)), at: tagStart) }
        guard bytes[nameRange].elementsEqual(bytes[innermost]) else {
            throw error(Message(.detailXMLClosesOther, text(nameRange), text(innermost)), at: tagStart)
        }
        open.removeLast()
        return .end(name: try string(localPart(nameRange)))
    }

    /// The part of a name after its prefix: `sheet` of `x:sheet`.
    private func localPart(_ range: Range<Int>) -> Range<Int> {
        guard let colon = bytes[range].lastIndex(of: UInt8(ascii: ":")) else { return range }
        return (colon + 1)..<range.upperBound
    }

    /// Where an element or attribute name is: it runs to a space, '/', '>', '=' or a quote.
    private mutating func name(what: MessageID) throws -> Range<Int> {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "="), Self.lessThan,
                 Self.quote, Self.apostrophe, UInt8(ascii: "&"):
                break
            default:
                position += 1
                continue
            }
            break
        }
        guard position > start else { throw error(Message(what), at: start) }
        switch bytes[start] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            throw error(Message(what), at: start)
        default:
            return start..<position
        }
    }

    // MARK: Text

    private mutating func characterData() throws -> String {
        let start = position
        while position < bytes.count && bytes[position] != Self.lessThan { position += 1 }
        return try decoded(start..<position, inAttribute: false)
    }

    /// Text with its entities and character references replaced; CR LF and CR become LF, and in an attribute
    /// value tabs and line ends become spaces, as XML specifies.
    private func decoded(_ range: Range<Int>, inAttribute: Bool) throws -> String {
        guard bytes[range].contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x0D || inAttribute && ($0 == 0x09 || $0 == 0x0A) }) else {
            return try string(range)
        }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"):
                guard let semicolon = bytes[index..<min(index + 12, range.upperBound)].firstIndex(of: UInt8(ascii: ";")) else {
                    throw error(Message(.detailXMLBareAmpersand), at: index)
                }
                let entity = bytes[(index + 1)..<semicolon]
                guard let scalar = Self.entity(entity) else {
                    throw error(Message(.detailXMLUnknownEntity, String(decoding: entity, as: UTF8.self)), at: index)
                }
                out.append(contentsOf: String(Character(scalar)).utf8)
                index = semicolon + 1
                continue
            case 0x0D:
                out.append(inAttribute ? 0x20 : 0x0A)
                if index + 1 < range.upperBound && bytes[index + 1] == 0x0A { index += 1 }
            case 0x09, 0x0A:
                out.append(inAttribute ? 0x20 : byte)
            default:
                out.append(byte)
            }
            index += 1
        }
        return try out.withUnsafeBufferPointer { try validated($0, at: range.lowerBound) }
    }

    /// The scalar of `lt`, `gt`, `amp`, `quot`, `apos`, `#NN` or `#xHH`; nil for anything else.
    static func entity(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case let reference where reference.hasPrefix("#x"):
            let digits = reference.dropFirst(2)
            guard digits.allSatisfy(\.isHexDigit), digits.allSatisfy(\.isASCII) else { return nil }
            return UInt32(digits, radix: 16).flatMap(allowedScalar)
        case let reference where reference.hasPrefix("#"):
            let digits = reference.dropFirst()
            guard digits.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return nil }
            return UInt32(digits, radix: 10).flatMap(allowedScalar)
        default: return nil
        }
    }

    /// A character XML 1.0 allows: not NUL, not a control character other than tab and line ends, not a
    /// surrogate.
    private static func allowedScalar(_ value: UInt32) -> Unicode.Scalar? {
        guard value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D else { return nil }
        return Unicode.Scalar(value)
    }

    /// The text of `bytes[range]`, validated.
    private func string(_ range: Range<Int>) throws -> String {
        try bytes.withUnsafeBufferPointer { try validated(UnsafeBufferPointer(rebasing: $0[range]), at: range.lowerBound) }
    }

    /// The text of a range for a message, without validation.
    private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Validated UTF-8; control characters other than tab and line ends are refused, as XML 1.0 does. The text
    /// is decoded and, unless it is ASCII, compared with its bytes: a repaired sequence differs.
    private func validated(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) throws -> String {
        var ascii = true
        for (index, byte) in raw.enumerated() {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                let code = String(byte, radix: 16, uppercase: true)
                throw error(Message(.detailXMLControlCharacter, code.count == 1 ? "0" + code : code), at: offset + index)
            }
            if byte >= 0x80 { ascii = false }
        }
        let text = String(decoding: raw, as: UTF8.self)
        guard ascii || text.utf8.elementsEqual(raw) else { throw error(Message(.detailXMLInvalidUTF8), at: offset) }
        return text
    }

    // MARK: Positions

    private func has(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
        }
    }

    private func find(_ literal: StaticString) -> Int? {
        let count = literal.utf8CodeUnitCount
        return literal.withUTF8Buffer { expected -> Int? in
            var index = position
            while index + count <= bytes.count {
                if bytes[index] == expected[0] && (1..<count).allSatisfy({ bytes[index + $0] == expected[$0] }) { return index }
                index += 1
            }
            return nil
        }
    }

    private mutating func skip(past terminator: StaticString, what: MessageID) throws {
        guard let end = find(terminator) else { throw error(Message(what), at: position) }
        position = end + terminator.utf8CodeUnitCount
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        return position > start
    }

    private func error(_ what: Message, at offset: Int) -> Diagnostic {
        var line = 1
        var column = 1
        for byte in bytes[origin..<max(origin, min(offset, bytes.count))] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Self.failure(what, part: part, file: file, line: line, column: column)
    }

    private static func failure(_ what: Message, part: String, file: String?, line: Int, column: Int) -> Diagnostic {
        Diagnostic(.input, .xmlMalformed, arguments: [.verbatim(part), .verbatim(String(line)), .verbatim(String(column)), .message(what)],
                   hint: Message(.hintWorkbookMayBeDamaged), location: SourceLocation(file: file))
    }

    private static let lessThan = UInt8(ascii: "<")
    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")
}

/// The attributes of a start tag, in document order.
struct XMLAttributes: Equatable {
    struct Entry: Equatable {
        /// The qualified name (`r:id`) and the local one (`id`).
        let name: String
        let local: String
        let value: String
    }

    private(set) var entries: [Entry] = []

    init(pairs: [(String, String)] = []) {
        entries = pairs.map { Entry(name: $0.0, local: XMLNames.local($0.0), value: $0.1) }
    }

    mutating func append(_ entry: Entry) { entries.append(entry) }

    /// By local name: `r:id` is found as `id` too (an exact match first).
    subscript(_ name: String) -> String? {
        value(qualified: name) ?? entries.first { $0.local == name }?.value
    }

    func value(qualified name: String) -> String? { entries.first { $0.name == name }?.value }
}
