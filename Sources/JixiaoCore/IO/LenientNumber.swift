/// Numbers as people type them in spreadsheets: `1,234.50`, `１２３`, `¥1,234.50元`, `12.5万元`, `12.50%`.
///
/// Used only for columns that are not plain numerals, so plain files never pay for it. The value is kept
/// exactly as written: a unit is recognised and reported, never applied (`12.5万元` reads as 12.5, in 万元).
package struct LenientNumber: Sendable, Equatable {
    /// The unit written after a number.
    package enum Unit: Sendable, Equatable {
        case none
        /// 元
        case yuan
        /// 万元 (ten thousand yuan)
        case wanYuan
    }

    package var value: ExactDecimal
    /// Written with `%` or `％`: the value is the percentage itself (12.50 for `12.50%`).
    package var isPercent: Bool
    package var unit: Unit

    package init(value: ExactDecimal, isPercent: Bool, unit: Unit) {
        self.value = value
        self.isPercent = isPercent
        self.unit = unit
    }

    // MARK: - Parsing

    /// Parses one cell's UTF-8 bytes; nil when it is not a number in any of the accepted forms.
    ///
    /// Accepted: surrounding spaces (ASCII, U+00A0, U+3000); a leading ¥ or ￥; a sign (+, -, －, −);
    /// ASCII or full-width digits; `.` or `．` as the decimal point; `,` or `，` between groups of exactly
    /// three digits; then one of `%`, `％`, `元`, `万元`. Leading zeros (`007`) mark codes and are refused.
    package static func parse(_ bytes: ArraySlice<UInt8>) -> LenientNumber? {
        var start = bytes.startIndex
        var end = bytes.endIndex
        trimSpaces(bytes, &start, &end)
        guard start < end else { return nil }
        var isPercent = false
        var unit = Unit.none
        // Suffixes.
        if bytes[end - 1] == UInt8(ascii: "%") {
            isPercent = true
            end -= 1
        } else if hasSuffix(bytes, start, end, [0xEF, 0xBC, 0x85]) { // ％
            isPercent = true
            end -= 3
        } else if hasSuffix(bytes, start, end, [0xE4, 0xB8, 0x87, 0xE5, 0x85, 0x83]) { // 万元
            unit = .wanYuan
            end -= 6
        } else if hasSuffix(bytes, start, end, [0xE5, 0x85, 0x83]) { // 元
            unit = .yuan
            end -= 3
        }
        trimSpaces(bytes, &start, &end)
        // Currency signs.
        if hasPrefix(bytes, start, end, [0xC2, 0xA5]) { start += 2 } else if hasPrefix(bytes, start, end, [0xEF, 0xBF, 0xA5]) { start += 3 }
        guard start < end else { return nil }
        var ascii: [UInt8] = []
        ascii.reserveCapacity(end - start)
        // Sign.
        if bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") {
            ascii.append(bytes[start])
            start += 1
        } else if hasPrefix(bytes, start, end, [0xEF, 0xBC, 0x8D]) || hasPrefix(bytes, start, end, [0xE2, 0x88, 0x92]) { // －, −
            ascii.append(UInt8(ascii: "-"))
            start += 3
        }
        var digitsBeforePoint = 0
        var groupDigits = 0
        var sawSeparator = false
        var sawPoint = false
        var i = start
        while i < end {
            var byte = bytes[i]
            var width = 1
            if byte == 0xEF && i + 2 < end && bytes[i + 1] == 0xBC {
                // Full-width forms: ０–９ (EF BC 90–99), ， (EF BC 8C), ． (EF BC 8E).
                let third = bytes[i + 2]
                switch third {
                case 0x90...0x99: byte = UInt8(ascii: "0") + (third - 0x90)
                case 0x8C: byte = UInt8(ascii: ",")
                case 0x8E: byte = UInt8(ascii: ".")
                default: return nil
                }
                width = 3
            }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if !sawPoint {
                    if digitsBeforePoint == 1 && ascii.last == UInt8(ascii: "0") && !sawSeparator { return nil }
                    digitsBeforePoint += 1
                    groupDigits += 1
                }
                ascii.append(byte)
            case UInt8(ascii: ","):
                // Thousands separators: a first group of 1–3 digits, then groups of exactly three.
                guard !sawPoint, digitsBeforePoint > 0, sawSeparator ? groupDigits == 3 : groupDigits <= 3 else { return nil }
                sawSeparator = true
                groupDigits = 0
            case UInt8(ascii: "."):
                guard !sawPoint, !sawSeparator || groupDigits == 3 else { return nil }
                sawPoint = true
                ascii.append(byte)
            default:
                return nil
            }
            i += width
        }
        if sawSeparator && !sawPoint && groupDigits != 3 { return nil }
        guard let value = DecimalParser.parse(ascii[...]), value.units != NullMarker.integer else { return nil }
        return LenientNumber(value: value, isPercent: isPercent, unit: unit)
    }

    private static func trimSpaces(_ bytes: ArraySlice<UInt8>, _ start: inout Int, _ end: inout Int) {
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 } else if hasPrefix(bytes, start, end, [0xC2, 0xA0]) { start += 2 } else if hasPrefix(bytes, start, end, [0xE3, 0x80, 0x80]) { start += 3 } else { break }
        }
        while start < end {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 } else if hasSuffix(bytes, start, end, [0xC2, 0xA0]) { end -= 2 } else if hasSuffix(bytes, start, end, [0xE3, 0x80, 0x80]) { end -= 3 } else { break }
        }
    }

    private static func hasPrefix(_ bytes: ArraySlice<UInt8>, _ start: Int, _ end: Int, _ prefix: [UInt8]) -> Bool {
        guard end - start >= prefix.count else { return false }
        for (k, byte) in prefix.enumerated() where bytes[start + k] != byte { return false }
        return true
    }

    private static func hasSuffix(_ bytes: ArraySlice<UInt8>, _ start: Int, _ end: Int, _ suffix: [UInt8]) -> Bool {
        guard end - start >= suffix.count else { return false }
        for (k, byte) in suffix.enumerated() where bytes[end - suffix.count + k] != byte { return false }
        return true
    }
}
