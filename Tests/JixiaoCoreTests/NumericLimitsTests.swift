import JixiaoCore
import Testing

/// The edges of exact arithmetic, dates and table sizes: an error or a defined value, never a trap.
@Suite struct NumericLimitsTests {
    let scale18 = ExactDecimal(units: 123_456_789_012_345_678, scale: 18)

    @Test func theNullMarkerIsNeverAResult() {
        // Int64.min is how columns hold null: arithmetic that lands on it reports overflow instead.
        #expect(ExactDecimal.fitting(Int128(Int64.min), scale: 0) == nil)
        #expect(ExactDecimal.subtracting(ExactDecimal(-Int64.max), ExactDecimal(1)) == nil)
        #expect(ExactDecimal.subtracting(ExactDecimal(0), ExactDecimal(units: .min, scale: 0)) == nil)
        #expect(ExactDecimal.adding(ExactDecimal(-Int64.max), ExactDecimal(-1)) == nil)
        #expect(ExactDecimal.subtracting(ExactDecimal(5), ExactDecimal(7)) == ExactDecimal(-2))
        // Negating or taking the magnitude of a corrupt value does not trap.
        #expect(ExactDecimal(units: .min, scale: 2).negated.units == .min)
        #expect(ExactDecimal(units: -5, scale: 2).magnitude == ExactDecimal(units: 5, scale: 2))
    }

    @Test func productsOfTheLargestScalesReduceExactly() {
        // Scale 18 × scale 18 leaves 24 decimals to drop: past an Int64 power of ten.
        #expect(ExactDecimal.pow10Wide(36) == Int128(ExactDecimal.pow10(18)) * Int128(ExactDecimal.pow10(18)))
        let product = ExactDecimal.multiplying(scale18, scale18)
        #expect(product == ExactDecimal(units: 15_241_578_753, scale: 12))
        #expect(scale18.rescaled(upTo: 12) == ExactDecimal(units: 123_456_789_012, scale: 12))
    }

    @Test func theMedianOfAScale18ColumnKeepsScale18() throws {
        let column = Column(.decimal([1, 2], scale: 18))
        let type = try AggregateFunction.median.resultType(column.type).get()
        #expect(type == .decimal(scale: 18))
        let median = try AggregateFunction.median.compute(column, groups: GroupIndex(keys: [], rowCount: 2), resultType: type)
        // (1 + 2) / 2 = 1.5 units, rounded half up at the last decimal.
        #expect(median.value(at: 0) == .decimal(ExactDecimal(units: 2, scale: 18)))
    }

    @Test func sumsThatLandOnTheNullMarkerAreOverflow() {
        let column = Column(.integer([-Int64.max, -1]))
        let error = #expect(throws: Diagnostic.self) {
            try AggregateFunction.sum.compute(column, groups: GroupIndex(keys: [], rowCount: 2), resultType: .integer)
        }
        #expect(error?.message == "sum too large: it does not fit 18 digits")
    }

    @Test func supportedDatesAreYears1Through9999() {
        #expect(CivilDate.supportedDays.lowerBound == Int64(CivilDate.days(year: 1, month: 1, day: 1) ?? 0))
        #expect(CivilDate.supportedDays.upperBound == Int64(CivilDate.days(year: 9999, month: 12, day: 31) ?? 0))
        #expect(CivilDate.days(year: 10_000, month: 1, day: 1) == nil)
        #expect(CivilDate.parse(Array("0001-01-01".utf8)[...]).map(CivilDate.format) == "0001-01-01")
    }

    @Test func aJoinThatWouldExceedTheRowLimitIsRefused() {
        // 50,000 × 50,000 rows sharing one key: 2.5 billion, more than the rows budget and more than 32-bit row
        // numbers reach. The rows are counted before anything is allocated for the result.
        let side = Table(names: ["k"], columns: [Column(.integer([Int64](repeating: 7, count: 50_000)))])
        let error = #expect(throws: Diagnostic.self) { try side.joined(with: side, leftKeys: [0], rightKeys: [0], kind: .inner) }
        #expect(error?.message == "the join would produce 2500000000 rows, more than the budget of 50000000")
        // A budget above what row numbers reach is held to them.
        var unbounded = Budgets.standard()
        unbounded.rows = Int.max
        let capped = #expect(throws: Diagnostic.self) { try side.joined(with: side, leftKeys: [0], rightKeys: [0], kind: .inner, budgets: unbounded) }
        #expect(capped?.message == "the join would produce 2500000000 rows, more than the budget of 2147483647")
    }
}
