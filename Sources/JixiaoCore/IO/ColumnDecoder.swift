/// A decoded column and what its cells said about units.
package struct DecodedColumn: Sendable {
    package var column: Column
    /// The unit every number carried (`万元` cells are kept as written, in 万元), or `.none`.
    package var unit: LenientNumber.Unit
    /// The cells were numbers with different units (万元 beside 元 or bare numbers), so the column stayed text:
    /// converting them would mean multiplying by 10000 behind the user's back.
    package var mixedUnits: Bool
    /// What the load message should say of how the column was read (dates with the year last).
    package var notes: [Message] = []
}

/// Turns the cells of one column into typed storage, inferring the type unless one is given.
///
/// Inference tries, in order: integer (no leading zeros, so codes like `007` stay text), decimal (the
/// largest scale seen), date, times and timestamps (`TemporalInference`), boolean (`true`/`false`), then spreadsheet-style numbers (`LenientNumber`:
/// thousands separators, full-width digits, 元/万元, percentages), and falls back to text. Empty cells are
/// null. The plain forms come first so plain files never reach the lenient parse.
package struct ColumnDecoder {
    package let bytes: [UInt8]
    package let cells: CSVScanner.Cells
    package let file: String?
    package let header: String
    /// The bytes are known to be valid UTF-8 (the CSV reader validates the whole file first), so text cells are
    /// interned straight from the bytes.
    package let validatedUTF8: Bool

    package init(bytes: [UInt8], cells: CSVScanner.Cells, file: String?, header: String, validatedUTF8: Bool = false) {
        self.bytes = bytes
        self.cells = cells
        self.file = file
        self.header = header
        self.validatedUTF8 = validatedUTF8
    }

    /// Decodes column `column`, as `type` when given.
    package func decode(column: Int, as type: DataType? = nil) throws -> Column {
        try decodeDetailed(column: column, as: type).column
    }

    /// Decodes column `column`, as `type` when given, reporting the unit its numbers carried.
    package func decodeDetailed(column: Int, as type: DataType? = nil) throws -> DecodedColumn {
        if let type { return try decodeStrict(column: column, as: type) }
        if let column = integerColumn(column) { return DecodedColumn(column: column, unit: .none, mixedUnits: false) }
        if let column = decimalColumn(column) { return DecodedColumn(column: column, unit: .none, mixedUnits: false) }
        if let column = dateColumn(column) { return DecodedColumn(column: column, unit: .none, mixedUnits: false) }
        if let (column, notes) = TemporalInference.column(count: cells.records, cell: { cell($0, column) }, header: header) {
            return DecodedColumn(column: column, unit: .none, mixedUnits: false, notes: notes)
        }
        if let column = booleanColumn(column) { return DecodedColumn(column: column, unit: .none, mixedUnits: false) }
        switch lenientColumn(column) {
        case .column(let decoded): return decoded
        case .mixedUnits: return DecodedColumn(column: try textColumn(column), unit: .none, mixedUnits: true)
        case .notNumeric: return DecodedColumn(column: try textColumn(column), unit: .none, mixedUnits: false)
        }
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
            throw Diagnostic(.input, .columnInvalidUtf8, [header], hint: Message(.hintMaybeGB18030),
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
        return Diagnostic(.input, .columnInvalidValue, arguments: [.verbatim(header), .verbatim(text), .message(expected.name)],
                          hint: Message(.hintLoadAsText, header),
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

    private enum LenientOutcome {
        case column(DecodedColumn)
        case mixedUnits
        case notNumeric
    }

    /// Spreadsheet-style numbers: every cell must parse, all or none as percentages, and with one unit.
    private func lenientColumn(_ column: Int) -> LenientOutcome {
        var numbers = [LenientNumber?]()
        numbers.reserveCapacity(cells.records)
        for row in 0..<cells.records {
            let (start, end, _) = cellRange(row, column)
            if start == end { numbers.append(nil); continue }
            guard let number = LenientNumber.parse(bytes[start..<end]) else { return .notNumeric }
            numbers.append(number)
        }
        guard let first = numbers.lazy.compactMap({ $0 }).first else { return .notNumeric }
        guard numbers.allSatisfy({ $0 == nil || $0?.isPercent == first.isPercent }) else { return .notNumeric }
        guard let unit = Self.commonUnit(numbers) else { return .mixedUnits }
        guard let storage = Self.storage(numbers.map { $0?.value }, forceDecimal: first.isPercent) else { return .notNumeric }
        return .column(DecodedColumn(column: Column(storage, hint: first.isPercent ? .percent : .number), unit: unit, mixedUnits: false))
    }

    /// The unit of a column: 万元 only when every number says 万元; 元 may stand beside bare numbers; nil when
    /// 万元 is mixed with anything else.
    static func commonUnit(_ numbers: [LenientNumber?]) -> LenientNumber.Unit? {
        var sawWan = false
        var sawOther = false
        var sawYuan = false
        for number in numbers {
            guard let number else { continue }
            switch number.unit {
            case .wanYuan: sawWan = true
            case .yuan: sawYuan = true; sawOther = true
            case .none: sawOther = true
            }
        }
        if sawWan { return sawOther ? nil : .wanYuan }
        return sawYuan ? .yuan : LenientNumber.Unit.none
    }

    /// Integer storage when every value is whole (and no decimal is forced), else decimals at the largest
    /// scale; nil when rescaling overflows.
    static func storage(_ values: [ExactDecimal?], forceDecimal: Bool = false) -> ColumnStorage? {
        let scale = values.reduce(0) { max($0, $1?.scale ?? 0) }
        var units = [Int64]()
        units.reserveCapacity(values.count)
        for value in values {
            guard let value else { units.append(NullMarker.integer); continue }
            guard let rescaled = value.rescaled(upTo: scale), rescaled.units != NullMarker.integer else { return nil }
            units.append(rescaled.units)
        }
        return scale == 0 && !forceDecimal ? .integer(units) : .decimal(units, scale: scale)
    }

    private func textColumn(_ column: Int) throws -> Column {
        var builder = TextDictionaryBuilder()
        var codes = [UInt32]()
        codes.reserveCapacity(cells.records)
        try bytes.withUnsafeBufferPointer { buffer in
            for row in 0..<cells.records {
                let (start, end, escaped) = cellRange(row, column)
                if start == end { codes.append(NullMarker.text); continue }
                if validatedUTF8 && !escaped {
                    codes.append(builder.code(forUTF8: UnsafeBufferPointer(rebasing: buffer[start..<end])))
                } else {
                    codes.append(builder.code(for: try cellText(row, column)))
                }
            }
        }
        return Column(.text(codes, builder.build()))
    }

    // MARK: - Strict decoding, for a type the user named

    private func decodeStrict(column: Int, as type: DataType) throws -> DecodedColumn {
        func plain(_ column: Column) -> DecodedColumn { DecodedColumn(column: column, unit: .none, mixedUnits: false) }
        switch type {
        case .text, .null:
            return plain(try textColumn(column))
        case .integer, .decimal:
            // Plain numerals first; spreadsheet forms (1,234.50, 12万元, 12.50%) when those fail.
            var parsed = [LenientNumber?]()
            parsed.reserveCapacity(cells.records)
            for row in 0..<cells.records {
                let (start, end, _) = cellRange(row, column)
                if start == end { parsed.append(nil); continue }
                if let d = DecimalParser.parse(bytes[start..<end]) {
                    parsed.append(LenientNumber(value: d, isPercent: false, unit: .none))
                } else if let number = LenientNumber.parse(bytes[start..<end]) {
                    parsed.append(number)
                } else {
                    throw failure(row, column, expected: type)
                }
            }
            guard let unit = Self.commonUnit(parsed) else {
                let row = parsed.firstIndex { $0?.unit == .wanYuan } ?? 0
                throw Diagnostic(.input, .columnMixedUnits, [header], hint: Message(.hintMakeUnitsAgree),
                                 location: SourceLocation(file: file, line: Int(cells.lines[row]), column: nil))
            }
            let percent = parsed.contains { $0?.isPercent == true }
            let hint: DisplayHint = percent ? .percent : .number
            if case .integer = type {
                var values = [Int64]()
                values.reserveCapacity(parsed.count)
                for (row, number) in parsed.enumerated() {
                    guard let number else { values.append(NullMarker.integer); continue }
                    guard number.value.scale == 0 else { throw failure(row, column, expected: .integer) }
                    values.append(number.value.units)
                }
                return DecodedColumn(column: Column(.integer(values), hint: hint), unit: unit, mixedUnits: false)
            }
            guard case .decimal(let wantedScale) = type else { return plain(try textColumn(column)) }
            let scale = parsed.reduce(wantedScale) { max($0, $1?.value.scale ?? 0) }
            var values = [Int64]()
            values.reserveCapacity(parsed.count)
            for (row, number) in parsed.enumerated() {
                guard let number else { values.append(NullMarker.integer); continue }
                guard let r = number.value.rescaled(upTo: scale), r.units != NullMarker.integer else { throw failure(row, column, expected: type) }
                values.append(r.units)
            }
            return DecodedColumn(column: Column(.decimal(values, scale: scale), hint: hint), unit: unit, mixedUnits: false)
        case .date:
            var values = [Int32]()
            for row in 0..<cells.records {
                let (start, end, _) = cellRange(row, column)
                if start == end { values.append(NullMarker.date); continue }
                guard let d = CivilDate.parse(bytes[start..<end]) else {
                    // `1/1/19`: read by the year-last rule, with its note, or refused at the first bad cell.
                    if let (dates, notes) = YearLastDates.column(TemporalInference.Cells(count: cells.records, cell: { cell($0, column) }), header: header) {
                        return DecodedColumn(column: dates, unit: .none, mixedUnits: false, notes: notes)
                    }
                    throw failure(row, column, expected: .date)
                }
                values.append(d)
            }
            return plain(Column(.date(values)))
        case .timestamp, .time, .duration:
            return try decodeTemporal(column: column, as: type)
        case .boolean:
            var values = [UInt8]()
            for row in 0..<cells.records {
                let (start, end, _) = cellRange(row, column)
                if start == end { values.append(NullMarker.boolean); continue }
                guard let b = Self.parseBoolean(bytes[start..<end]) else { throw failure(row, column, expected: .boolean) }
                values.append(b ? 1 : 0)
            }
            return plain(Column(.boolean(values)))
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

// MARK: - Times, durations, timestamps (TemporalInference)

extension ColumnDecoder {
    /// The cell at `row`, `column` as UTF-8 bytes, nil when empty.
    func cell(_ row: Int, _ column: Int) -> ArraySlice<UInt8>? {
        let index = row * cells.columns + column
        let start = Int(cells.starts[index]), end = Int(cells.ends[index] & ~CSVScanner.escapedFlag)
        return start == end ? nil : bytes[start..<end]
    }

    /// A column the user named a timestamp, time or duration type: every cell must read as one.
    fileprivate func decodeTemporal(column: Int, as type: DataType) throws -> DecodedColumn {
        var values = [Int64]()
        var zones = [Int16]()
        for row in 0..<cells.records {
            guard let cell = cell(row, column) else { values.append(NullMarker.integer); zones.append(Timestamp.noZone); continue }
            switch type {
            case .timestamp:
                guard let t = Timestamp.parse(cell, allowingDate: true) else { throw failure(row, column, expected: type) }
                values.append(t.instant)
                zones.append(t.zone)
            case .time:
                guard let t = Clock.parseTime(cell) else { throw failure(row, column, expected: type) }
                values.append(t)
            default:
                guard let d = Clock.parseDuration(cell) else { throw failure(row, column, expected: type) }
                values.append(d)
            }
        }
        let storage: ColumnStorage
        switch type {
        case .timestamp: storage = .timestamp(values, zones: zones)
        case .time: storage = .time(values)
        default: storage = .duration(values)
        }
        return DecodedColumn(column: Column(storage), unit: .none, mixedUnits: false)
    }
}
