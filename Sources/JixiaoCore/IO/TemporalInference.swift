/// Column inference for times, durations, timestamps and dates written day or month first with the year last
/// (`1/1/19`, `31.12.2019`), shared by the CSV and JSON readers. Called only for columns that are not plain
/// numbers or ISO dates, and it gives up at the first cell that is none of these, so text columns pay for
/// one cell's look.
package enum TemporalInference {
    /// The column these cells make, and what the load message should say of it; nil when they are not all of
    /// one of the kinds below. Cell `i` of `count` is `cell(i)`: UTF-8 bytes, nil for an empty cell (an accessor,
    /// so that a text column costs no array of its cells).
    ///
    /// - timestamps (`2024-03-01 08:30:00`, `2024-03-01T08:30:00+08:00`); bare dates among them stand at midnight;
    /// - times of day (`11:00`, `11:00:00`);
    /// - durations (`36:15:00`: clocks of which one at least passes 23 hours or has a sign, or ISO `PT36H15M`);
    /// - dates with the year last (`YearLastDates`).
    package static func column(_ cells: [ArraySlice<UInt8>?], header: String) -> (Column, [Message])? {
        column(count: cells.count, cell: { cells[$0] }, header: header)
    }

    /// The same, for `count` cells read through `cell`.
    package static func column(count: Int, cell: @escaping (Int) -> ArraySlice<UInt8>?, header: String) -> (Column, [Message])? {
        let cells = Cells(count: count, cell: cell)
        guard let first = (0..<count).lazy.compactMap(cell).first, let lead = first.first,
              Clock.isDigit(lead) || lead == UInt8(ascii: "-") || lead == UInt8(ascii: "+") || lead == UInt8(ascii: "P") else { return nil }
        if let column = timestamps(cells) { return (column, []) }
        if let column = clocks(cells, Clock.parseTime) { return (Column(.time(column)), []) }
        if let column = clocks(cells, Clock.parseDuration) { return (Column(.duration(column)), []) }
        return YearLastDates.column(cells, header: header)
    }

    /// Cells by position, without an array of them.
    struct Cells: Sequence {
        let count: Int
        let cell: (Int) -> ArraySlice<UInt8>?

        func makeIterator() -> AnyIterator<ArraySlice<UInt8>?> {
            var index = 0
            return AnyIterator {
                guard index < count else { return nil }
                defer { index += 1 }
                return .some(cell(index))
            }
        }
    }

    /// Every cell a timestamp or a bare date, and one at least a timestamp.
    static func timestamps(_ cells: Cells) -> Column? {
        var instants = [Int64]()
        var zones = [Int16]()
        instants.reserveCapacity(cells.count)
        zones.reserveCapacity(cells.count)
        var sawTime = false
        for cell in cells {
            guard let cell else { instants.append(NullMarker.integer); zones.append(Timestamp.noZone); continue }
            guard let value = Timestamp.parse(cell, allowingDate: true) else { return nil }
            if !sawTime, cell.contains(where: { $0 == UInt8(ascii: ":") }) { sawTime = true }
            instants.append(value.instant)
            zones.append(value.zone)
        }
        return sawTime ? Column(.timestamp(instants, zones: zones)) : nil
    }

    private static func clocks(_ cells: Cells, _ parse: (ArraySlice<UInt8>) -> Int64?) -> [Int64]? {
        var values = [Int64]()
        values.reserveCapacity(cells.count)
        var sawValue = false
        for cell in cells {
            guard let cell else { values.append(NullMarker.integer); continue }
            guard let value = parse(cell) else { return nil }
            values.append(value)
            sawValue = true
        }
        return sawValue ? values : nil
    }
}

/// Dates written with the year last, `1/1/19`, `12/31/2019`, `31.12.19`, read by a stated rule and always
/// with a note in the load message, so that `1/1/19` is never the year-1 date 0001-01-19 it used to be.
///
/// - Order: a first number above 12 somewhere in the column means day first; a second number above 12 means
///   month first; both at once leaves the column text. When nothing tells, `/` is month first (Excel's
///   `m/d/yy`), `.` and `-` day first (`31.12.2019`, `31-12-2019`).
/// - Two-digit years, as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. One- and three-digit
///   years leave the column text.
package enum YearLastDates {
    /// Two-digit years below this are in the 2000s.
    package static let pivot = 30

    /// The year of a two-digit year by the pivot rule.
    package static func fullYear(_ twoDigits: Int) -> Int {
        twoDigits < pivot ? 2000 + twoDigits : 1900 + twoDigits
    }

    struct Parts {
        var first: Int
        var second: Int
        var year: Int
        var yearDigits: Int
        var separator: UInt8
    }

    /// `a/b/y` with a and b of one or two digits and y of two or four; nil for anything else.
    static func parts(_ bytes: ArraySlice<UInt8>) -> Parts? {
        var numbers: [(Int, Int)] = []
        var separator: UInt8 = 0
        var value = 0
        var count = 0
        for byte in bytes {
            if Clock.isDigit(byte) {
                guard count < 4 else { return nil }
                value = value * 10 + Int(byte - 48)
                count += 1
            } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
                guard count > 0, numbers.count < 2, separator == 0 || separator == byte else { return nil }
                separator = byte
                numbers.append((value, count))
                value = 0
                count = 0
            } else {
                return nil
            }
        }
        guard numbers.count == 2, count == 2 || count == 4, numbers[0].1 <= 2, numbers[1].1 <= 2 else { return nil }
        return Parts(first: numbers[0].0, second: numbers[1].0, year: value, yearDigits: count, separator: separator)
    }

    static func column(_ cells: TemporalInference.Cells, header: String) -> (Column, [Message])? {
        var parsed: [Parts?] = []
        parsed.reserveCapacity(cells.count)
        var firstOver12 = false
        var secondOver12 = false
        var twoDigitYears = false
        var separator: UInt8 = 0
        var example: String?
        for cell in cells {
            guard let cell else { parsed.append(nil); continue }
            guard let parts = parts(cell), separator == 0 || separator == parts.separator else { return nil }
            separator = parts.separator
            if parts.first > 12 { firstOver12 = true }
            if parts.second > 12 { secondOver12 = true }
            if parts.yearDigits == 2 {
                if !twoDigitYears { example = String(decoding: cell, as: UTF8.self) }
                twoDigitYears = true
            }
            if example == nil { example = String(decoding: cell, as: UTF8.self) }
            parsed.append(parts)
        }
        guard !(firstOver12 && secondOver12), let example else { return nil }
        let monthFirst = secondOver12 || (!firstOver12 && separator == UInt8(ascii: "/"))
        var days = [Int32]()
        days.reserveCapacity(parsed.count)
        var exampleDay: Int32?
        for parts in parsed {
            guard let parts else { days.append(NullMarker.date); continue }
            let year = parts.yearDigits == 2 ? fullYear(parts.year) : parts.year
            guard let day = CivilDate.days(year: year, month: monthFirst ? parts.first : parts.second, day: monthFirst ? parts.second : parts.first) else { return nil }
            days.append(day)
        }
        if let parts = parts(Array(example.utf8)[...]) {
            let year = parts.yearDigits == 2 ? fullYear(parts.year) : parts.year
            exampleDay = CivilDate.days(year: year, month: monthFirst ? parts.first : parts.second, day: monthFirst ? parts.second : parts.first)
        }
        let order = Message(monthFirst ? .dateOrderMonthDayYear : .dateOrderDayMonthYear)
        let shown = exampleDay.map(CivilDate.format) ?? ""
        var notes = [Message(key: MessageID.noteYearLastDates.rawValue, arguments: [.verbatim(header), .message(order), .verbatim(example), .verbatim(shown)])]
        if twoDigitYears { notes.append(Message(.noteTwoDigitYears, header)) }
        return (Column(.date(days)), notes)
    }
}
