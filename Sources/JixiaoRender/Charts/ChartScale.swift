import JixiaoCore

/// Lengths on screen for exact values: the one place chart code turns values into floating point, and only
/// to measure bars and place points. Every number a chart prints is formatted from the exact value.
struct ChartScale: Sendable {
    /// The largest value above zero, if any.
    let largest: ExactDecimal?
    /// The most negative value, if any.
    let smallest: ExactDecimal?

    init(_ values: [ExactDecimal?]) {
        var largest: ExactDecimal?, smallest: ExactDecimal?
        for case let value? in values {
            if value.units > 0, largest.map({ value > $0 }) ?? true { largest = value }
            if value.units < 0, smallest.map({ value < $0 }) ?? true { smallest = value }
        }
        self.largest = largest
        self.smallest = smallest
    }

    var hasPositive: Bool { largest != nil }
    var hasNegative: Bool { smallest != nil }

    /// Screen cells per unit of value when `cells` must hold the longest bar on each side of the axis.
    ///
    /// When bars go both ways one cell is kept spare: each side rounds its length up to whole cells, and the
    /// two together then still fit.
    func cellsPerUnit(_ cells: Int) -> Double {
        let span = Self.magnitude(largest) + Self.magnitude(smallest)
        guard span > 0 else { return 0 }
        let usable = cells - (hasPositive && hasNegative ? 1 : 0)
        return Double(max(usable, 1)) / span
    }

    /// Steps (of `resolution` per cell) for a value's magnitude. A value that is not zero takes at least one
    /// step, so a small value never looks like a zero.
    static func steps(_ value: ExactDecimal, cellsPerUnit: Double, resolution: Int) -> Int {
        guard value.units != 0 else { return 0 }
        let length = magnitude(value) * cellsPerUnit * Double(resolution)
        guard length.isFinite else { return 1 }
        return max(1, Int(min(length, Double(Int32.max)).rounded()))
    }

    /// Whole cells that `steps` steps take.
    static func cells(_ steps: Int, resolution: Int) -> Int {
        (steps + resolution - 1) / resolution
    }

    static func magnitude(_ value: ExactDecimal?) -> Double {
        value.map { $0.magnitude.doubleApproximation } ?? 0
    }

    /// Where `value` lies between `low` (0) and `high` (1); the middle when they are equal.
    static func fraction(_ value: ExactDecimal, from low: ExactDecimal, to high: ExactDecimal) -> Double {
        let span = high.doubleApproximation - low.doubleApproximation
        guard span > 0, span.isFinite else { return 0.5 }
        return min(max((value.doubleApproximation - low.doubleApproximation) / span, 0), 1)
    }
}
