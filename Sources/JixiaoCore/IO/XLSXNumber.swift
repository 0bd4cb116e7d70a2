/// The exact decimal a spreadsheet number stands for, read from its text (never through Double).
///
/// An .xlsx cell holds a number as the text of a binary double: `1234.5`, `1.5E-3`, or float noise such as
/// `0.30000000000000004` when Excel computed it. The rule, documented in the README:
/// 1. the text is read exactly (sign, digits, point, exponent);
/// 2. it is rounded half up to 15 significant digits, the precision Excel itself shows and edits, which
///    removes the noise of binary doubles (`0.30000000000000004` → `0.3`, `1250000.0000000005` → `1250000`);
/// 3. it is rounded half up to at most 10 decimals;
/// 4. trailing zeros after the point are dropped; the reader then shows at least the decimals of the cell's
///    number format (`#,##0.00` → 2), so a column's scale is what the sheet shows.
///
/// A number the rule rounds to 0 although it is not 0 (3.14E-300), and one beyond the 64-bit exact range
/// (3.14E+300), are told apart (`reading`), so the reader can say where they are instead of passing them over.
package enum XLSXNumber {
    package static let significantDigits = 15
    package static let maxDecimals = 10

    /// What a number's text reads as.
    package enum Reading: Equatable {
        case exact(ExactDecimal)
        /// Not 0, but smaller than the decimals kept: the rule makes it 0.
        case roundedToZero
        /// Too large for 64-bit units: the number in scientific notation, rounded to 15 significant digits by the
        /// same rule (`3.1415926535897931E+300` → `3.14159265358979E+300`).
        case beyondRange(String)
        case notANumber
    }

    /// The exact value of a number's text, or nil when it is not a number or does not fit 64 bits.
    package static func exact(_ text: String) -> ExactDecimal? {
        switch reading(text) {
        case .exact(let number): return number
        case .roundedToZero: return .zero
        case .beyondRange, .notANumber: return nil
        }
    }

    /// A number's text read by the rule, telling a value rounded away or out of range from one that is not a number.
    package static func reading(_ text: String) -> Reading {
        let bytes = Array(text.utf8)
        var index = 0
        var negative = false
        if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var sawPoint = false
        var sawDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                sawDigit = true
                // Leading zeros carry no digit; after the point they still count as places.
                if !(digits.isEmpty && byte == 48) { digits.append(byte - 48) }
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return .notANumber }
        var exponent = 0
        if index < bytes.count && (bytes[index] == UInt8(ascii: "E") || bytes[index] == UInt8(ascii: "e")) {
            index += 1
            var exponentNegative = false
            if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var sawExponentDigit = false
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                exponent = min(exponent * 10 + Int(bytes[index] - 48), 10_000)
                sawExponentDigit = true
                index += 1
            }
            guard sawExponentDigit else { return .notANumber }
            if exponentNegative { exponent = -exponent }
        }
        guard index == bytes.count else { return .notANumber }
        // value = digits × 10^power
        var power = exponent - fractionDigits
        let isZero = digits.isEmpty
        if digits.count > significantDigits { round(&digits, &power, dropping: digits.count - significantDigits) }
        stripTrailingZeros(&digits, &power)
        if power < -maxDecimals { round(&digits, &power, dropping: -maxDecimals - power) }
        stripTrailingZeros(&digits, &power)
        guard !digits.isEmpty else { return isZero ? .exact(.zero) : .roundedToZero }
        var units: Int64 = 0
        for digit in digits {
            let (times, o1) = units.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int64(digit))
            if o1 || o2 { return .beyondRange(scientific(digits, power, negative: negative)) }
            units = sum
        }
        if power > 0 {
            guard power <= 18 else { return .beyondRange(scientific(digits, power, negative: negative)) }
            let (scaled, overflow) = units.multipliedReportingOverflow(by: ExactDecimal.pow10(power))
            if overflow { return .beyondRange(scientific(digits, power, negative: negative)) }
            units = scaled
            power = 0
        }
        return .exact(ExactDecimal(units: negative ? -units : units, scale: -power))
    }

    /// digits × 10^power as `d.dddE+N`, trailing zeros of the digits left out.
    private static func scientific(_ digits: [UInt8], _ power: Int, negative: Bool) -> String {
        var shown = digits
        while shown.count > 1, shown.last == 0 { shown.removeLast() }
        let exponent = power + digits.count - 1
        var text = negative ? "-" : ""
        text += String(shown[0])
        if shown.count > 1 { text += "." + shown.dropFirst().map(String.init).joined() }
        return text + (exponent < 0 ? "E-" : "E+") + String(abs(exponent))
    }

    /// Drops the last `count` digits, rounding half up, and raises the power to match.
    private static func round(_ digits: inout [UInt8], _ power: inout Int, dropping count: Int) {
        guard count > 0 else { return }
        power += count
        let keep = digits.count - count
        if keep < 0 { digits = []; return }
        let roundsUp = keep < digits.count && digits[keep] >= 5
        digits.removeLast(count)
        guard roundsUp else { return }
        var position = digits.count - 1
        while position >= 0 {
            if digits[position] < 9 { digits[position] += 1; return }
            digits[position] = 0
            position -= 1
        }
        digits.insert(1, at: 0)
    }

    private static func stripTrailingZeros(_ digits: inout [UInt8], _ power: inout Int) {
        while power < 0, let last = digits.last, last == 0 {
            digits.removeLast()
            power += 1
        }
        if digits.allSatisfy({ $0 == 0 }) { digits = []; power = 0 }
    }
}
