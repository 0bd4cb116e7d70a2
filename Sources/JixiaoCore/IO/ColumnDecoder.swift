/// Turns the cells of one column into typed storage, inferring the type unless one is given.
///
/// Inference tries, in order: integer (no leading zeros, so codes like `007` stay text), decimal (the
/// largest scale seen), date, boolean (`true`/`false`), and falls back to text. Empty cells are null.
public struct ColumnDecoder {
    public let bytes: [UInt8]
    public let cells: CSVScanner.Cells
    public let file: String?
    public let header: String

    public init(bytes: [UInt8], cells: CSVScanner.Cells, file: String?, header: String) {
        self.bytes = bytes
        self.cells = cells
        self.file = file
        self.header = header
    }

    /// Decodes column `column`, as `type` when given.
    public func decode(column: Int, as type: DataType? = nil) throws -> Column {
        if let type { return try decodeStrict(column: column, as: type) }
        if let column = integerColumn(column) { return column }
        if let column = decimalColumn(column) { return column }
        if let column = dateColumn(column) { return column }
        if let column = booleanColumn(column) { return column }
        return try textColumn(column)
    }

    // MARK: - Cell access

    @inline(__always)
    private func cellRange(_ row: Int, _ column: Int) -> (Int, Int, Bool) {
        let index = row * cells.columns + column
        let end = cells.ends[index]
        return (Int(cells.starts[index]), Int(end & ~CSVScanner.escapedFlag), end & CSVScanner.escapedFlag != 0)
    }

    private func cellText(_ row: Int, _ column: Int) throws -> String {
        let (start, end, escaped) = cellRange(row, column)
        guard let text = String(validating: bytes[start..<end], as: UTF8.self) else {
            let bad = CSVScanner.firstInvalidUTF8(in: bytes, start..<end) ?? start
            throw Diagnostic(.input, "invalid UTF-8 in column \(header)", hint: "the file may be in another encoding, such as GB18030",
                             location: SourceLocation(file: file, line: Int(cells.lines[row]) + newlines(before: bad, inRow: row),
                                                      column: CSVScanner.column(of: bad, in: bytes)))
        }
        return escaped ? Self.collapsingDoubledQuotes(text) : text
    }

    /// Line breaks inside quoted cells between the start of record `row` and `offset`.
    private func newlines(before offset: Int, inRow row: Int) -> Int {
        let recordStart = Int(cells.starts[row * cells.columns])
        guard recordStart < offset else { return 0 }
        return bytes[recordStart..<offset].reduce(0) { $1 == 10 ? $0 + 1 : $0 }
    }

    private func failure(_ row: Int, _ column: Int, expected: DataType) -> Diagnostic {
        var text = (try? cellText(row, column)) ?? "?"
        // A megabyte-long cell is not repeated whole in a message.
        if text.count > 40 { text = text.prefix(40) + "…" }
        let start = cellRange(row, column).0
        return Diagnostic(.input, "column \(header): '\(text)' is not a valid \(expected)",
                          hint: "load with types=\"\(header):text\" to keep it as text",
                          location: SourceLocation(file: file, line: Int(cells.lines[row]) + newlines(before: start, inRow: row),
                                                   column: CSVScanner.column(of: start, in: bytes)))
    }

    // MARK: - Inference

    private func integerColumn(_ column: Int) -> Column? {
        var values = [Int64]()
        values.reserveCapacity(cells.records)
        var sawValue = false
        for row in 0..<cells.records {
            let (start, end, _) = cellRange(row, column)
            if start == end { values.append(NullMarker.integer); continue }
            guard let value = Self.parseInteger(bytes[start..<end]) else { return nil }
            values.append(value)
            sawValue = true
        }
        // A column with no values at all is text (all null), not integer.
        return sawValue ? Column(.integer(values)) : nil
    }

    /// A plain integer with no leading zeros (other than `0` itself).
    static func parseInteger(_ slice: ArraySlice<UInt8>) -> Int64? {
        var i = slice.startIndex
        if i < slice.endIndex && (slice[i] == UInt8(ascii: "-") || slice[i] == UInt8(ascii: "+")) { i += 1 }
        guard i < slice.endIndex else { return nil }
        if slice[i] == UInt8(ascii: "0") && i + 1 < slice.endIndex { return nil }
        guard let decimal = DecimalParser.parse(slice), decimal.scale == 0, decimal.units != NullMarker.integer else { return nil }
        // Reject "5." which DecimalParser reads as scale 0.
        if slice.last == UInt8(ascii: ".") { return nil }
        return decimal.units
    }

    private func decimalColumn(_ column: Int) -> Column? {
        var units = [Int64]()
        var scales = [Int8]()
        units.reserveCapacity(cells.records)
        scales.reserveCapacity(cells.records)
        var maxScale = 0
        var sawValue = false
        for row in 0..<cells.records {
            let (start, end, _) = cellRange(row, column)
            if start == end { units.append(NullMarker.integer); scales.append(0); continue }
            let slice = bytes[start..<end]
            // Leading zeros before digits ("007.5") mark a code, not a number.
            var first = slice.startIndex
            if slice[first] == UInt8(ascii: "-") || slice[first] == UInt8(ascii: "+") { first += 1 }
            if first + 1 < slice.endIndex && slice[first] == UInt8(ascii: "0") && slice[first + 1] != UInt8(ascii: ".") { return nil }
            guard let value = DecimalParser.parse(slice), value.units != NullMarker.integer else { return nil }
            units.append(value.units)
            scales.append(Int8(value.scale))
            maxScale = max(maxScale, value.scale)
            sawValue = true
        }
        guard sawValue else { return nil }
        for i in units.indices where units[i] != NullMarker.integer && Int(scales[i]) < maxScale {
            let (scaled, overflow) = units[i].multipliedReportingOverflow(by: ExactDecimal.pow10(maxScale - Int(scales[i])))
            if overflow || scaled == NullMarker.integer { return nil }
            units[i] = scaled
        }
        return Column(.decimal(units, scale: maxScale))
    }

    private func dateColumn(_ column: Int) -> Column? {
        var values = [Int32]()
        values.reserveCapacity(cells.records)
        var sawValue = false
        for row in 0..<cells.records {
            let (start, end, _) = cellRange(row, column)
            if start == end { values.append(NullMarker.date); continue }
            guard let value = CivilDate.parse(bytes[start..<end]) else { return nil }
            values.append(value)
            sawValue = true
        }
        return sawValue ? Column(.date(values)) : nil
    }

    private func booleanColumn(_ column: Int) -> Column? {
        var values = [UInt8]()
        values.reserveCapacity(cells.records)
        var sawValue = false
        for row in 0..<cells.records {
            let (start, end, _) = cellRange(row, column)
            if start == end { values.append(NullMarker.boolean); continue }
            guard let value = Self.parseBoolean(bytes[start..<end]) else { return nil }
            values.append(value ? 1 : 0)
            sawValue = true
        }
        return sawValue ? Column(.boolean(values)) : nil
    }

    static func parseBoolean(_ slice: ArraySlice<UInt8>) -> Bool? {
        switch String(decoding: slice, as: UTF8.self).lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    private func textColumn(_ column: Int) throws -> Column {
        var builder = TextDictionaryBuilder()
        var codes = [UInt32]()
        codes.reserveCapacity(cells.records)
        for row in 0..<cells.records {
            let (start, end, _) = cellRange(row, column)
            if start == end { codes.append(NullMarker.text); continue }
            codes.append(builder.code(for: try cellText(row, column)))
        }
        return Column(.text(codes, builder.build()))
    }

    // MARK: - Strict decoding, for a type the user named

    private func decodeStrict(column: Int, as type: DataType) throws -> Column {
        switch type {
        case .text, .null:
            return try textColumn(column)
        case .integer:
            var values = [Int64]()
            for row in 0..<cells.records {
                let (start, end, _) = cellRange(row, column)
                if start == end { values.append(NullMarker.integer); continue }
                guard let d = DecimalParser.parse(bytes[start..<end]), d.scale == 0, d.units != NullMarker.integer else {
                    throw failure(row, column, expected: .integer)
                }
                values.append(d.units)
            }
            return Column(.integer(values))
        case .decimal(let wantedScale):
            var values = [Int64]()
            var parsed = [ExactDecimal?]()
            var scale = wantedScale
            for row in 0..<cells.records {
                let (start, end, _) = cellRange(row, column)
                if start == end { parsed.append(nil); continue }
                guard let d = DecimalParser.parse(bytes[start..<end]) else { throw failure(row, column, expected: type) }
                scale = max(scale, d.scale)
                parsed.append(d)
            }
            for (row, d) in parsed.enumerated() {
                guard let d else { values.append(NullMarker.integer); continue }
                guard let r = d.rescaled(upTo: scale), r.units != NullMarker.integer else { throw failure(row, column, expected: type) }
                values.append(r.units)
            }
            return Column(.decimal(values, scale: scale))
        case .date:
            var values = [Int32]()
            for row in 0..<cells.records {
                let (start, end, _) = cellRange(row, column)
                if start == end { values.append(NullMarker.date); continue }
                guard let d = CivilDate.parse(bytes[start..<end]) else { throw failure(row, column, expected: .date) }
                values.append(d)
            }
            return Column(.date(values))
        case .boolean:
            var values = [UInt8]()
            for row in 0..<cells.records {
                let (start, end, _) = cellRange(row, column)
                if start == end { values.append(NullMarker.boolean); continue }
                guard let b = Self.parseBoolean(bytes[start..<end]) else { throw failure(row, column, expected: .boolean) }
                values.append(b ? 1 : 0)
            }
            return Column(.boolean(values))
        }
    }
}

extension ColumnDecoder {
    /// `a""b` → `a"b`, inside a quoted field.
    static func collapsingDoubledQuotes(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasQuote = false
        // Scalar by scalar, as the scanner reads bytes: `""` followed by a combining mark is still two quotes.
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                if previousWasQuote { previousWasQuote = false; continue }
                previousWasQuote = true
            } else {
                previousWasQuote = false
            }
            result.append(scalar)
        }
        return String(result)
    }
}
