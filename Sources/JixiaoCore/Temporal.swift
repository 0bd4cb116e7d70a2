/// Times of day, durations and timestamps, held as whole microseconds in 64-bit integers (never floating
/// point), as PostgreSQL and DuckDB hold them.
///
/// - A time of day is microseconds since midnight, 00:00:00 through 23:59:59.999999.
/// - A duration is a signed count of microseconds (`36:15:00`, hours beyond 24 as Excel's `[h]:mm:ss`).
/// - A timestamp is a date and a time of day with the zone offset kept as written (none, `Z`, `+08:00`):
///   see `Timestamp`.
package enum Clock {
    package static let microsPerSecond: Int64 = 1_000_000
    package static let microsPerMinute: Int64 = 60_000_000
    package static let microsPerHour: Int64 = 3_600_000_000
    package static let microsPerDay: Int64 = 86_400_000_000
    /// Decimals of a second kept: six (microseconds). A value written with more is not read as a time.
    package static let fractionDigits = 6

    // MARK: - Formatting

    /// `08:30:00`, `08:30:00.250`: a time of day (microseconds since midnight).
    package static func formatTime(_ micros: Int64) -> String {
        let seconds = micros / microsPerSecond
        return pad(seconds / 3600) + ":" + pad(seconds / 60 % 60) + ":" + pad(seconds % 60) + fraction(micros % microsPerSecond)
    }

    /// `36:15:00`, `-01:30:00`, `00:00:01.500`: a duration as hours (at least two digits), minutes and seconds.
    package static func formatDuration(_ micros: Int64) -> String {
        let magnitude = micros.magnitude
        let seconds = magnitude / UInt64(microsPerSecond)
        let text = pad(Int64(seconds / 3600)) + ":" + pad(Int64(seconds / 60 % 60)) + ":" + pad(Int64(seconds % 60))
            + fraction(Int64(magnitude % UInt64(microsPerSecond)))
        return micros < 0 ? "-" + text : text
    }

    /// ISO 8601 `PT36H15M0S`, `-PT0H0M1.5S`: how a spreadsheet's duration cell reaches the column decoder, so
    /// that a column of durations under a day is not taken for times of day.
    package static func formatISODuration(_ micros: Int64) -> String {
        let magnitude = micros.magnitude
        let seconds = magnitude / UInt64(microsPerSecond)
        var text = "PT\(seconds / 3600)H\(seconds / 60 % 60)M\(seconds % 60)"
        let rest = magnitude % UInt64(microsPerSecond)
        if rest != 0 {
            var digits = String(rest)
            digits = String(repeating: "0", count: fractionDigits - digits.count) + digits
            while digits.last == "0" { digits.removeLast() }
            text += "." + digits
        }
        return (micros < 0 ? "-" : "") + text + "S"
    }

    /// `.250` or `.250001`: milliseconds when they say it all, else microseconds; nothing for whole seconds.
    static func fraction(_ micros: Int64) -> String {
        guard micros != 0 else { return "" }
        if micros % 1000 == 0 { return "." + pad(micros / 1000, 3) }
        return "." + pad(micros, 6)
    }

    static func pad(_ n: Int64, _ width: Int = 2) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    // MARK: - Parsing

    /// `11:00`, `11:00:00`, `8:30:00.25`: a time of day (hours 0–23), or nil.
    package static func parseTime(_ bytes: ArraySlice<UInt8>) -> Int64? {
        var index = bytes.startIndex
        guard let micros = clock(bytes, &index, maxHourDigits: 2, maxHours: 23), index == bytes.endIndex else { return nil }
        return micros
    }

    /// A duration: `36:15:00`, `-1:30`, `0:00:01.5` (hours any number of digits, minutes and seconds 00–59),
    /// or ISO 8601 `PT36H15M`, `P1DT2H`, `-PT1.5S` (a day is 24 hours); nil for anything else.
    package static func parseDuration(_ bytes: ArraySlice<UInt8>) -> Int64? {
        var index = bytes.startIndex
        var negative = false
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < bytes.endIndex else { return nil }
        let micros: Int64
        if bytes[index] == UInt8(ascii: "P") {
            guard let iso = isoDuration(bytes, from: index + 1) else { return nil }
            micros = iso
        } else {
            guard let value = clock(bytes, &index, maxHourDigits: 9, maxHours: .max), index == bytes.endIndex else { return nil }
            micros = value
        }
        return negative ? -micros : micros
    }

    /// `H:MM`, `H:MM:SS` or `H:MM:SS.ffffff` from `index`, advancing it; nil when the text is not one.
    private static func clock(_ bytes: ArraySlice<UInt8>, _ index: inout Int, maxHourDigits: Int, maxHours: Int64) -> Int64? {
        guard let (hours, hourDigits) = digits(bytes, &index, max: maxHourDigits), hourDigits >= 1, hours <= maxHours else { return nil }
        guard colon(bytes, &index), let (minutes, minuteDigits) = digits(bytes, &index, max: 2), minuteDigits == 2, minutes < 60 else { return nil }
        var micros = hours * microsPerHour + minutes * microsPerMinute
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else { return micros }
        index += 1
        guard let (seconds, secondDigits) = digits(bytes, &index, max: 2), secondDigits == 2, seconds < 60 else { return nil }
        micros += seconds * microsPerSecond
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
            index += 1
            guard let part = fractionMicros(bytes, &index) else { return nil }
            micros += part
        }
        return micros
    }

    /// Digits after a decimal point, as microseconds (1–6 digits).
    private static func fractionMicros(_ bytes: ArraySlice<UInt8>, _ index: inout Int) -> Int64? {
        guard let (value, count) = digits(bytes, &index, max: fractionDigits), count >= 1 else { return nil }
        // A seventh digit is precision jixiao would have to drop: not a time.
        if index < bytes.endIndex, isDigit(bytes[index]) { return nil }
        var micros = value
        for _ in count..<fractionDigits { micros *= 10 }
        return micros
    }

    /// `[nD][T[nH][nM][n[.f]S]]` after the `P`.
    private static func isoDuration(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int64? {
        var index = start
        var total: Int64 = 0
        var inTime = false
        var components = 0
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "T") {
                guard !inTime else { return nil }
                inTime = true
                index += 1
                continue
            }
            guard let (value, count) = digits(bytes, &index, max: 12), count >= 1, index < bytes.endIndex else { return nil }
            var fraction: Int64 = 0
            if bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                guard let part = fractionMicros(bytes, &index), index < bytes.endIndex, bytes[index] == UInt8(ascii: "S"), inTime else { return nil }
                fraction = part
            }
            let unit: Int64
            switch bytes[index] {
            case UInt8(ascii: "D") where !inTime: unit = microsPerDay
            case UInt8(ascii: "H") where inTime: unit = microsPerHour
            case UInt8(ascii: "M") where inTime: unit = microsPerMinute
            case UInt8(ascii: "S") where inTime: unit = microsPerSecond
            default: return nil
            }
            index += 1
            let (product, overflow) = value.multipliedReportingOverflow(by: unit)
            guard !overflow else { return nil }
            let (sum, overflowed) = total.addingReportingOverflow(product + fraction)
            guard !overflowed else { return nil }
            total = sum
            components += 1
        }
        return components > 0 ? total : nil
    }

    /// Up to `max` ASCII digits from `index`: their value and how many there were; nil when more follow.
    private static func digits(_ bytes: ArraySlice<UInt8>, _ index: inout Int, max: Int) -> (Int64, Int)? {
        var value: Int64 = 0
        var count = 0
        while index < bytes.endIndex, isDigit(bytes[index]) {
            guard count < max else { return nil }
            value = value * 10 + Int64(bytes[index] - 48)
            count += 1
            index += 1
        }
        return (value, count)
    }

    private static func colon(_ bytes: ArraySlice<UInt8>, _ index: inout Int) -> Bool {
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else { return false }
        index += 1
        return true
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}

/// A date and a time of day, with the zone offset kept as it was written.
///
/// Timestamps compare, sort, group and count as distinct by the instant they name: `2024-03-01T08:30:00+08:00`
/// and `2024-03-01T00:30:00Z` are equal (the first written is the one shown for a group). A timestamp written
/// without a zone is taken at UTC for that comparison. `date`, `time`, `hour` … read the clock as written.
package struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// No zone was written.
    package static let noZone = Int16.min
    /// Written with `Z`.
    package static let zulu = Int16.max
    /// Offsets run from −18:00 to +18:00, as ISO 8601 and java.time allow.
    package static let maxOffsetMinutes = 18 * 60

    /// Microseconds since 1970-01-01 00:00:00 UTC (without a zone: the written time taken at UTC).
    package var instant: Int64
    /// Minutes east of UTC as written, or `noZone`, or `zulu`.
    package var zone: Int16

    package init(instant: Int64, zone: Int16) {
        self.instant = instant
        self.zone = zone
    }

    /// The timestamp of a date, a time of day (microseconds since midnight) and a zone as written; nil outside
    /// years 0001–9999 (in either the written or the UTC reading).
    package init?(day: Int32, time: Int64, zone: Int16 = Timestamp.noZone) {
        let offset = (zone == Self.noZone || zone == Self.zulu) ? 0 : Int64(zone)
        let instant = Int64(day) * Clock.microsPerDay + time - offset * Clock.microsPerMinute
        guard CivilDate.supportedDays.contains(Int64(day)),
              CivilDate.supportedDays.contains(instant >= 0 ? instant / Clock.microsPerDay : (instant + 1) / Clock.microsPerDay - 1) else { return nil }
        self.init(instant: instant, zone: zone)
    }

    /// Minutes east of UTC (0 without a zone or for `Z`).
    package var offsetMinutes: Int64 { (zone == Self.noZone || zone == Self.zulu) ? 0 : Int64(zone) }

    /// The written clock: microseconds since 1970-01-01 00:00 in the timestamp's own zone.
    package var local: Int64 { instant + offsetMinutes * Clock.microsPerMinute }

    /// The date as written (days since 1970-01-01).
    package var day: Int32 {
        let local = self.local
        return Int32(local >= 0 ? local / Clock.microsPerDay : (local + 1) / Clock.microsPerDay - 1)
    }

    /// The time of day as written (microseconds since midnight).
    package var timeOfDay: Int64 { local - Int64(day) * Clock.microsPerDay }

    package static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.instant == rhs.instant }

    package func hash(into hasher: inout Hasher) { hasher.combine(instant) }

    package static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.instant < rhs.instant }

    /// `2024-03-01 08:30:00`, `2024-03-01 08:30:00.250+08:00`, `2024-03-01 08:30:00Z`.
    package var description: String {
        CivilDate.format(day) + " " + Clock.formatTime(timeOfDay) + zoneText
    }

    /// `+08:00`, `-05:30`, `Z`, or nothing.
    package var zoneText: String {
        switch zone {
        case Self.noZone: return ""
        case Self.zulu: return "Z"
        default:
            let minutes = Int64(zone).magnitude
            return (zone < 0 ? "-" : "+") + Clock.pad(Int64(minutes / 60)) + ":" + Clock.pad(Int64(minutes % 60))
        }
    }

    /// `2024-03-01 08:30:00`, `2024-03-01T08:30:00+08:00`, `2024-03-01T08:30Z`, `2022/6/8 8:30`, with any date
    /// `CivilDate.parse` reads, a space or `T`, a time of day, then optionally a zone (`Z`, `+08:00`, `+0800`,
    /// `+08`, after a space or not). A bare date gives midnight only when `allowingDate`.
    package static func parse(_ bytes: ArraySlice<UInt8>, allowingDate: Bool = false) -> Timestamp? {
        guard let first = bytes.first, Clock.isDigit(first) else { return nil }
        guard let separator = bytes.firstIndex(where: { $0 == 0x20 || $0 == UInt8(ascii: "T") }) else {
            guard allowingDate, let day = CivilDate.parse(bytes) else { return nil }
            return Timestamp(day: day, time: 0)
        }
        guard let day = CivilDate.parse(bytes[bytes.startIndex..<separator]) else { return nil }
        var rest = bytes[(separator + 1)...]
        var zone = noZone
        // The zone: Z at the end, or a sign after the time's digits.
        if rest.last == UInt8(ascii: "Z") {
            zone = zulu
            rest = rest.dropLast()
        } else if let sign = rest.lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) {
            guard let minutes = offset(rest[(sign + 1)...]) else { return nil }
            zone = Int16(rest[sign] == UInt8(ascii: "-") ? -minutes : minutes)
            rest = rest[rest.startIndex..<sign]
        }
        if zone != noZone, rest.last == 0x20 { rest = rest.dropLast() }
        guard let time = Clock.parseTime(rest) else { return nil }
        return Timestamp(day: day, time: time, zone: zone)
    }

    /// `08:00`, `0800`, `08`: minutes of a zone offset, at most 18 hours.
    private static func offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        let digits = bytes.filter { $0 != UInt8(ascii: ":") }
        guard digits.allSatisfy(Clock.isDigit), digits.count == 2 || digits.count == 4,
              bytes.count == digits.count || (bytes.count == 5 && bytes[bytes.startIndex + 2] == UInt8(ascii: ":")) else { return nil }
        let hours = Int(digits[0] - 48) * 10 + Int(digits[1] - 48)
        let minutes = digits.count == 4 ? Int(digits[2] - 48) * 10 + Int(digits[3] - 48) : 0
        guard minutes < 60, hours * 60 + minutes <= maxOffsetMinutes else { return nil }
        return hours * 60 + minutes
    }
}
