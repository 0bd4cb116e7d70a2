/// Calendar dates as days since 1970-01-01 (proleptic Gregorian), the storage of date columns.
package enum CivilDate {
    /// Day numbers of 0001-01-01 through 9999-12-31, the dates jixiao reads, computes and prints.
    package static let supportedDays: ClosedRange<Int64> = -719_162...2_932_896

    /// Days since the epoch for a year, month (1–12) and day (1–31), or nil for an impossible date or a year
    /// outside 1–9999.
    package static func days(year: Int, month: Int, day: Int) -> Int32? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month) else {
            return nil
        }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * m + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Int32(era * 146097 + dayOfEra - 719468)
    }

    /// The year, month and day of a day number.
    package static func components(_ days: Int32) -> (year: Int, month: Int, day: Int) {
        let z = Int(days) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    package static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO text `2022-06-08`.
    package static func format(_ days: Int32) -> String {
        let (y, m, d) = components(days)
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Parses `2022-06-08`, `2022/6/8`, `2022.6.8` and `2022年6月8日`; nil for anything else. The year is
    /// written with four digits: `19/1/1` or `1/1/19` is no year-19 date (see `YearLastDates`).
    package static func parse(_ bytes: ArraySlice<UInt8>) -> Int32? {
        var numbers: [Int] = []
        numbers.reserveCapacity(3)
        var current = -1
        var separators = 0
        var index = bytes.startIndex
        let end = bytes.endIndex
        var separatorKind: UInt8 = 0
        while index < end {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                current = (current < 0 ? 0 : current) * 10 + Int(byte - 48)
                if current > 99_999 { return nil }
                index += 1
                continue
            }
            guard current >= 0 else { return nil }
            numbers.append(current)
            current = -1
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") {
                if separatorKind == 0 { separatorKind = byte } else if separatorKind != byte { return nil }
                index += 1
            } else if let width = chineseDateMark(bytes, at: index, expected: numbers.count) {
                separatorKind = 1
                index += width
            } else {
                return nil
            }
            separators += 1
            if separators > 3 { return nil }
        }
        if current >= 0 { numbers.append(current) }
        guard let first = bytes.first, Self.yearDigits(bytes) == 4, first >= 48 && first <= 57 else { return nil }
        // `2022年6月8日` ends on 日; the others end on the day's digits.
        guard numbers.count == 3 else { return nil }
        if separatorKind == 1 && separators != 3 { return nil }
        if separatorKind > 1 && separators != 2 { return nil }
        return days(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    /// Digits at the start of `bytes`.
    private static func yearDigits(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.prefix { $0 >= 48 && $0 <= 57 }.count
    }

    /// 年 (E5 B9 B4), 月 (E6 9C 88), 日 (E6 97 A5) in the place they belong; returns the byte width.
    private static func chineseDateMark(_ bytes: ArraySlice<UInt8>, at index: Int, expected: Int) -> Int? {
        guard index + 2 < bytes.endIndex else { return nil }
        let mark = (bytes[index], bytes[index + 1], bytes[index + 2])
        switch expected {
        case 1: return mark == (0xE5, 0xB9, 0xB4) ? 3 : nil
        case 2: return mark == (0xE6, 0x9C, 0x88) ? 3 : nil
        case 3: return mark == (0xE6, 0x97, 0xA5) ? 3 : nil
        default: return nil
        }
    }
}
