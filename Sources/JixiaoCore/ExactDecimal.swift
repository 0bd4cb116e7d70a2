/// An exact decimal number: `units / 10^scale`, held in a 64-bit integer.
///
/// Money is never held in binary floating point: every yuan that is added up or compared goes through this
/// type or through a decimal column, whose values are scaled integers of the same kind.
package struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The largest scale supported; 10^18 is the largest power of ten that fits an Int64.
    package static let maxScale = 18

    package var units: Int64
    /// Decimals, 0 through `maxScale`: every operation keeps its result within that range.
    package var scale: Int

    package init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    package init(_ integer: Int64) {
        self.init(units: integer, scale: 0)
    }

    package static let zero = ExactDecimal(units: 0, scale: 0)

    // MARK: - Scaling

    /// 10^n for n in 0...18.
    package static func pow10(_ n: Int) -> Int64 {
        powersOfTen[n]
    }

    private static let powersOfTen: [Int64] = {
        var table: [Int64] = [1]
        for _ in 1...18 { table.append(table[table.count - 1] * 10) }
        return table
    }()

    /// 10^n for n in 0...38, in 128 bits: the reduction factor of a product of two scale-18 values needs 10^36.
    package static func pow10Wide(_ n: Int) -> Int128 {
        widePowersOfTen[n]
    }

    private static let widePowersOfTen: [Int128] = {
        var table: [Int128] = [1]
        for _ in 1...38 { table.append(table[table.count - 1] * 10) }
        return table
    }()

    /// This value at a larger or equal scale, or nil when it no longer fits 64 bits. Asked for a smaller scale,
    /// it rounds half up instead (no caller needs that, but no caller can crash on it either).
    package func rescaled(upTo newScale: Int) -> ExactDecimal? {
        guard newScale >= scale else { return rounded(toScale: newScale) }
        if newScale == scale { return self }
        let (product, overflow) = units.multipliedReportingOverflow(by: Self.pow10(newScale - scale))
        return overflow ? nil : ExactDecimal(units: product, scale: newScale)
    }

    /// This value rounded half away from zero ("四舍五入") to `newScale` decimals; at a larger scale it is
    /// exact, or nil when it overflows.
    package func rounded(toScale newScale: Int) -> ExactDecimal? {
        if newScale >= scale { return rescaled(upTo: newScale) }
        return ExactDecimal(units: Self.divideRoundingHalfUp(Int128(units), Int128(Self.pow10(scale - newScale))), scale: newScale)
    }

    /// `numerator / denominator` rounded half away from zero. The denominator must not be zero.
    package static func divideRoundingHalfUp(_ numerator: Int128, _ denominator: Int128) -> Int64 {
        let wide = divideRoundingHalfUpWide(numerator, denominator)
        return Int64(clamping: wide)
    }

    /// `numerator / denominator` rounded half away from zero, in 128 bits.
    package static func divideRoundingHalfUpWide(_ numerator: Int128, _ denominator: Int128) -> Int128 {
        var quotient = numerator / denominator
        let remainder = numerator % denominator
        let twice = remainder.magnitude * 2
        if twice >= denominator.magnitude {
            quotient += ((numerator < 0) != (denominator < 0)) ? -1 : 1
        }
        return quotient
    }

    /// Builds a decimal from a 128-bit scaled value, or nil when it does not fit 64 bits. `Int64.min` counts as
    /// not fitting: columns keep it as their null marker, so a result equal to it would silently become null.
    package static func fitting(_ wide: Int128, scale: Int) -> ExactDecimal? {
        guard let narrow = Int64(exactly: wide), narrow != NullMarker.integer else { return nil }
        return ExactDecimal(units: narrow, scale: scale)
    }

    // MARK: - Comparison

    package static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) == 0
    }

    package func hash(into hasher: inout Hasher) {
        var normal = self
        while normal.scale > 0 && normal.units % 10 == 0 {
            normal.units /= 10
            normal.scale -= 1
        }
        hasher.combine(normal.units)
        hasher.combine(normal.scale)
    }

    package static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// -1, 0 or 1, comparing exactly across scales.
    package static func compare(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
        let scale = max(lhs.scale, rhs.scale)
        let left = Int128(lhs.units) * Int128(pow10(scale - lhs.scale))
        let right = Int128(rhs.units) * Int128(pow10(scale - rhs.scale))
        return left < right ? -1 : (left > right ? 1 : 0)
    }

    // MARK: - Arithmetic (nil on overflow)

    package static func adding(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> ExactDecimal? {
        let scale = max(lhs.scale, rhs.scale)
        let wide = Int128(lhs.units) * Int128(pow10(scale - lhs.scale)) + Int128(rhs.units) * Int128(pow10(scale - rhs.scale))
        return fitting(wide, scale: scale)
    }

    package static func subtracting(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> ExactDecimal? {
        let scale = max(lhs.scale, rhs.scale)
        let wide = Int128(lhs.units) * Int128(pow10(scale - lhs.scale)) - Int128(rhs.units) * Int128(pow10(scale - rhs.scale))
        return fitting(wide, scale: scale)
    }

    /// The exact product, rounded half up to at most `maxResultScale` decimals.
    package static func multiplying(_ lhs: ExactDecimal, _ rhs: ExactDecimal, maxResultScale: Int = 12) -> ExactDecimal? {
        let wide = Int128(lhs.units) * Int128(rhs.units)
        let scale = lhs.scale + rhs.scale
        if scale <= maxResultScale { return fitting(wide, scale: scale) }
        let reduced = divideRoundingHalfUpWide(wide, pow10Wide(scale - maxResultScale))
        return fitting(reduced, scale: maxResultScale)
    }

    /// The quotient rounded half up to `resultScale` decimals; nil on overflow or division by zero.
    package static func dividing(_ lhs: ExactDecimal, _ rhs: ExactDecimal, resultScale: Int) -> ExactDecimal? {
        guard rhs.units != 0 else { return nil }
        // lhs.units/10^ls ÷ rhs.units/10^rs = (lhs.units × 10^(rs + k − ls)) / rhs.units at scale k.
        let shift = rhs.scale + resultScale - lhs.scale
        var numerator = Int128(lhs.units)
        var denominator = Int128(rhs.units)
        if shift >= 0 {
            var remaining = shift
            while remaining > 0 {
                let step = min(remaining, 18)
                let (product, overflow) = numerator.multipliedReportingOverflow(by: Int128(pow10(step)))
                if overflow { return nil }
                numerator = product
                remaining -= step
            }
        } else {
            denominator *= Int128(pow10(-shift))
        }
        return fitting(divideRoundingHalfUpWide(numerator, denominator), scale: resultScale)
    }

    // Wrapping negation: the one value it cannot negate, Int64.min, is the null marker and never a number
    // (`fitting` and `DecimalParser` refuse it), so wrapping only keeps a corrupt value from trapping.
    package var negated: ExactDecimal { ExactDecimal(units: 0 &- units, scale: scale) }
    package var magnitude: ExactDecimal { ExactDecimal(units: units < 0 ? 0 &- units : units, scale: scale) }

    // MARK: - Text

    /// Plain text with exactly `scale` decimals, no separators: `-1234.50`.
    package var description: String { format(groupThousands: false) }

    /// Text with exactly `scale` decimals, optionally with thousands separators: `1,234,567.89`.
    package func format(groupThousands: Bool) -> String {
        let negative = units < 0
        let magnitude = units.magnitude
        let divisor = UInt64(Self.pow10(scale))
        let whole = magnitude / divisor
        let fraction = magnitude % divisor
        var text = String(whole)
        if groupThousands && text.utf8.count > 3 {
            var grouped = ""
            for (offset, character) in text.enumerated() {
                if offset > 0 && (text.count - offset) % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            text = grouped
        }
        if scale > 0 {
            var digits = String(fraction)
            if digits.count < scale { digits = String(repeating: "0", count: scale - digits.count) + digits }
            text += "." + digits
        }
        return negative ? "-" + text : text
    }

    /// Parses `-12.345`, `+7`, `.5`; nil for anything else or for more than 18 decimals.
    package init?(parsing text: Substring) {
        guard let value = DecimalParser.parse(Array(text.utf8)[...]) else { return nil }
        self = value
    }

    package init?(parsing text: String) {
        self.init(parsing: text[...])
    }

    package var doubleApproximation: Double { Double(units) / Double(Self.pow10(scale)) }
}

/// Parses ASCII decimal numerals from bytes, without allocating.
package enum DecimalParser {
    /// Parses `[+-]digits[.digits]`; nil when not a plain decimal numeral or when it overflows.
    @inlinable
    package static func parse(_ bytes: ArraySlice<UInt8>) -> ExactDecimal? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        guard index < end else { return nil }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var units: Int64 = 0
        var digits = 0
        var scale = 0
        var seenPoint = false
        while index < end {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                let (times, o1) = units.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int64(byte - 48))
                if o1 || o2 { return nil }
                units = sum
                digits += 1
                if seenPoint { scale += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, scale <= ExactDecimal.maxScale else { return nil }
        return ExactDecimal(units: negative ? -units : units, scale: scale)
    }
}
