import Foundation

/// Reads JSON into a table: an array of objects, or JSON Lines (one object per line).
///
/// A small tokenizer of its own rather than JSONSerialization, so numbers keep their written digits:
/// `1234.50` stays the exact decimal 1234.50. Columns are the keys in order of first appearance; a key an
/// object lacks is null. A column of numbers is integer or decimal; of true/false, boolean; of strings,
/// a date when every string is one (2022-06-08, 2022/6/8, 2022年6月8日), a timestamp, time or duration
/// (`TemporalInference`), else text; nested arrays and
/// objects are kept as their JSON text. Mixed kinds make a text column.
package enum JSONReader {
    /// Reads a JSON file (array or JSON Lines) into a table.
    package static func load(path: String, types: [String: DataType] = [:], encoding: TextEncoding? = nil) throws -> ImportedTable {
        try load(bytes: try FileBytes.read(path), file: path, types: types, encoding: encoding)  // file-gate: primitive: called by TableLoader
    }

    /// Reads JSON bytes into a table; `file` names them in errors.
    package static func load(bytes input: [UInt8], file: String? = nil, types: [String: DataType] = [:], encoding: TextEncoding? = nil) throws -> ImportedTable {
        let decoded = try TextDecoder.utf8(input, declared: encoding, file: file)
        var parser = JSONParser(bytes: decoded.bytes, file: file)
        let (records, lines, form) = try parser.records()
        // Columns in order of first appearance.
        var names: [String] = []
        var position: [String: Int] = [:]
        for record in records {
            for (key, _) in record where position[key] == nil {
                position[key] = names.count
                names.append(key)
            }
        }
        for name in types.keys where position[name] == nil {
            throw Diagnostic(.bind, .loadTypesUnknownKey, [name], hint: Message(.hintKeys, Message.list(names, limit: .max)), location: SourceLocation(file: file))
        }
        var columns: [Column] = []
        var notes: [Message] = []
        for name in names {
            let values = records.map { record in record.last { $0.0 == name }?.1 ?? .null }
            if let type = types[name] {
                columns.append(try decodeAs(type, values: values, lines: lines, name: name, file: file))
            } else {
                columns.append(infer(values, name: name, notes: &notes))
            }
        }
        if let note = decoded.note { notes.append(note) }
        if form == .lines { notes.append(Message(.noteReadAsJSONLines)) }
        return ImportedTable(table: Table(names: names, columns: columns), notes: notes)
    }

    // MARK: - Columns

    static func infer(_ values: [JSONValue]) -> Column {
        var notes: [Message] = []
        return infer(values, name: "", notes: &notes)
    }

    /// The column of `values`; `notes` gets what the load message should say of how it was read.
    static func infer(_ values: [JSONValue], name: String, notes: inout [Message]) -> Column {
        let present = values.filter { !$0.isNull }
        if !present.isEmpty && present.allSatisfy({ if case .number = $0 { return true } else { return false } }) {
            let numbers = values.map { value -> ExactDecimal? in
                if case .number(let text) = value { return exactNumber(text) }
                return nil
            }
            if numbers.enumerated().allSatisfy({ $0.element != nil || values[$0.offset].isNull }),
               let storage = ColumnDecoder.storage(numbers) {
                return Column(storage)
            }
        }
        if !present.isEmpty && present.allSatisfy({ if case .boolean = $0 { return true } else { return false } }) {
            return Column(.boolean(values.map { if case .boolean(let b) = $0 { return b ? 1 : 0 } else { return NullMarker.boolean } }))
        }
        if !present.isEmpty && present.allSatisfy({ if case .string(let s) = $0 { return CivilDate.parse(Array(s.utf8)[...]) != nil } else { return false } }) {
            return Column(.date(values.map { if case .string(let s) = $0 { return CivilDate.parse(Array(s.utf8)[...]) ?? NullMarker.date } else { return NullMarker.date } }))
        }
        // Timestamps, times, durations and year-last dates (TemporalInference), as in CSV.
        if !present.isEmpty && present.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
            let cells = values.map { value -> ArraySlice<UInt8>? in
                if case .string(let s) = value, !s.isEmpty { return Array(s.utf8)[...] }
                return nil
            }
            if let (column, columnNotes) = TemporalInference.column(cells, header: name) {
                notes += columnNotes
                return column
            }
        }
        var builder = TextDictionaryBuilder()
        return Column(.text(values.map { $0.isNull ? NullMarker.text : builder.code(for: $0.text) }, builder.build()))
    }

    /// A JSON number's exact value with the decimals it was written with (`1234.50` keeps scale 2; `1.5e3` is
    /// 1500); nil when it needs more than 18 decimals or 64 bits.
    static func exactNumber(_ text: String) -> ExactDecimal? {
        let parts = text.split(whereSeparator: { $0 == "e" || $0 == "E" })
        guard let mantissaText = parts.first, parts.count <= 2, var value = DecimalParser.parse(Array(mantissaText.utf8)[...]) else { return nil }
        guard parts.count == 2 else { return value }
        guard let exponent = Int(parts[1].hasPrefix("+") ? parts[1].dropFirst() : parts[1]), abs(exponent) <= 36 else { return nil }
        if exponent < 0 {
            guard value.scale - exponent <= ExactDecimal.maxScale else { return nil }
            value.scale -= exponent
            return value
        }
        let lowered = min(exponent, value.scale)
        value.scale -= lowered
        let remaining = exponent - lowered
        guard remaining <= 18 else { return value.units == 0 ? ExactDecimal(units: 0, scale: 0) : nil }
        let (units, overflow) = value.units.multipliedReportingOverflow(by: ExactDecimal.pow10(remaining))
        return overflow ? nil : ExactDecimal(units: units, scale: value.scale)
    }

    /// A column as the type `types=` names, through the same decoder CSV uses.
    static func decodeAs(_ type: DataType, values: [JSONValue], lines: [Int], name: String, file: String?) throws -> Column {
        var bytes: [UInt8] = []
        var cells = CSVScanner.Cells()
        cells.columns = 1
        for (index, value) in values.enumerated() {
            cells.starts.append(UInt32(truncatingIfNeeded: bytes.count))
            if !value.isNull { bytes.append(contentsOf: value.text.utf8) }
            cells.ends.append(UInt32(truncatingIfNeeded: bytes.count))
            cells.lines.append(Int32(truncatingIfNeeded: lines[index]))
        }
        return try ColumnDecoder(bytes: bytes, cells: cells, file: file, header: name).decode(column: 0, as: type)
    }
}

/// A JSON value; numbers keep their text.
package indirect enum JSONValue: Sendable, Equatable {
    case null
    case boolean(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.text == rhs.text && lhs.isNull == rhs.isNull
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as a cell's text: strings as they are, everything else as compact JSON.
    var text: String {
        switch self {
        case .string(let s): return s
        default: return json
        }
    }

    var json: String {
        switch self {
        case .null: return "null"
        case .boolean(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return JSONText.quoted(s)
        case .array(let items): return "[" + items.map(\.json).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { JSONText.quoted($0.0) + ":" + $0.1.json }.joined(separator: ",") + "}"
        }
    }
}

/// JSON string quoting (RFC 8259), shared with the JSON writer.
package enum JSONText {
    /// The text as a JSON string literal, with quotes.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += "\\u" + String(format: "%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// A recursive-descent JSON parser over UTF-8 bytes, with errors naming line and column.
struct JSONParser {
    enum Form { case array, lines }

    let bytes: [UInt8]
    let file: String?
    var index = 0
    var depth = 0
    static let maxDepth = 512

    init(bytes: [UInt8], file: String?) {
        self.bytes = bytes
        self.file = file
    }

    /// The objects of the file, the line each starts on, and the file's form.
    mutating func records() throws -> ([[(String, JSONValue)]], [Int], Form) {
        skipWhitespace()
        guard index < bytes.count else { throw failure(code: .jsonEmpty) }
        var records: [[(String, JSONValue)]] = []
        var lines: [Int] = []
        if bytes[index] == UInt8(ascii: "[") {
            index += 1
            skipWhitespace()
            if peek == UInt8(ascii: "]") {
                index += 1
            } else {
                while true {
                    skipWhitespace()
                    let line = currentLine
                    guard case .object(let members) = try value() else { throw failure(code: .jsonElementNotObject, at: lineStart(line)) }
                    records.append(members)
                    lines.append(line)
                    skipWhitespace()
                    if peek == UInt8(ascii: ",") { index += 1; continue }
                    if peek == UInt8(ascii: "]") { index += 1; break }
                    throw failure(code: .jsonTopArraySeparator)
                }
            }
            skipWhitespace()
            guard index == bytes.count else { throw failure(code: .jsonTextAfterArray) }
            return (records, lines, .array)
        }
        guard bytes[index] == UInt8(ascii: "{") else { throw failure(code: .jsonExpectedArrayOrObject) }
        while index < bytes.count {
            let line = currentLine
            guard peek == UInt8(ascii: "{"), case .object(let members) = try value() else {
                throw failure(code: .jsonLineNotObject)
            }
            records.append(members)
            lines.append(line)
            // The rest of the line must be blank.
            while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D) { index += 1 }
            if index < bytes.count && bytes[index] != 0x0A { throw failure(code: .jsonExpectedLineBreak) }
            skipWhitespace()
        }
        return (records, lines, .lines)
    }

    // MARK: - Values

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func value() throws -> JSONValue {
        skipWhitespace()
        guard let byte = peek else { throw failure(code: .jsonUnexpectedEnd) }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .boolean(true)
        case UInt8(ascii: "f"): try literal("false"); return .boolean(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw failure(code: .jsonUnexpectedCharacter)
        }
    }

    private mutating func nest() throws {
        depth += 1
        if depth > Self.maxDepth { throw failure(code: .jsonTooDeep, String(Self.maxDepth)) }
    }

    private mutating func object() throws -> JSONValue {
        try nest()
        defer { depth -= 1 }
        index += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw failure(code: .jsonExpectedKey) }
            let key = try string()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw failure(code: .jsonExpectedColon, key) }
            index += 1
            let member = try value()
            if let existing = members.firstIndex(where: { $0.0 == key }) { members[existing].1 = member } else { members.append((key, member)) }
            skipWhitespace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            if peek == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw failure(code: .jsonObjectSeparator)
        }
    }

    private mutating func array() throws -> JSONValue {
        try nest()
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            items.append(try value())
            skipWhitespace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            if peek == UInt8(ascii: "]") { index += 1; return .array(items) }
            throw failure(code: .jsonArraySeparator)
        }
    }

    private mutating func literal(_ word: String) throws {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw failure(code: .jsonUnexpectedWord)
        }
        index += expected.count
    }

    /// A number's text, checked against JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func number() throws -> String {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            return index - from
        }
        if peek == UInt8(ascii: "-") { index += 1 }
        if peek == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            throw failure(code: .jsonNumberDigits)
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure(code: .jsonFractionDigits) }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw failure(code: .jsonExponentDigits) }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws -> String {
        let open = index
        index += 1
        var result: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: result, as: UTF8.self)
            }
            if byte < 0x20 { throw failure(code: .jsonControlCharacter) }
            if byte != UInt8(ascii: "\\") {
                result.append(byte)
                index += 1
                continue
            }
            index += 1
            guard let escape = peek else { break }
            index += 1
            switch escape {
            case UInt8(ascii: "\""): result.append(0x22)
            case UInt8(ascii: "\\"): result.append(0x5C)
            case UInt8(ascii: "/"): result.append(0x2F)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                        throw failure(code: .jsonUnpairedSurrogate)
                    }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure(code: .jsonUnpairedSurrogate) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw failure(code: .jsonUnpairedSurrogate)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw failure(code: .jsonInvalidUnicodeEscape) }
                result.append(contentsOf: Array(String(Character(unicode)).utf8))
            default:
                throw failure(code: .jsonUnknownEscape, String(UnicodeScalar(escape)))
            }
        }
        throw failure(code: .jsonUnterminatedString, at: open)
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else {
            throw failure(code: .jsonUnicodeEscapeDigits)
        }
        index += 4
        return value
    }

    // MARK: - Errors

    private var currentLine: Int { TextDecoder.line(of: index, in: bytes) }

    private func lineStart(_ line: Int) -> Int {
        var seen = 1
        var offset = 0
        while offset < bytes.count && seen < line {
            if bytes[offset] == 10 { seen += 1 }
            offset += 1
        }
        return offset
    }

    private func failure(code: DiagnosticCode, _ arguments: String..., at offset: Int? = nil) -> Diagnostic {
        let place = min(offset ?? index, bytes.count)
        let line = TextDecoder.line(of: place, in: bytes)
        var start = place
        while start > 0 && bytes[start - 1] != 10 { start -= 1 }
        let column = String(decoding: bytes[start..<place], as: UTF8.self).count + 1
        return Diagnostic(.input, code, arguments, location: SourceLocation(file: file, line: line, column: column))
    }
}
