import JixiaoCore
import Testing

@Suite struct ExactDecimalTests {
    @Test func parsesAndFormats() throws {
        let value = try #require(ExactDecimal(parsing: "4222100.00"))
        #expect(value.units == 422_210_000)
        #expect(value.scale == 2)
        #expect(value.format(groupThousands: true) == "4,222,100.00")
        #expect(ExactDecimal(parsing: "-0.05")?.format(groupThousands: true) == "-0.05")
        #expect(ExactDecimal(parsing: "-1234567.5")?.format(groupThousands: true) == "-1,234,567.5")
        #expect(ExactDecimal(parsing: "12a") == nil)
        #expect(ExactDecimal(parsing: "99999999999999999999") == nil)
    }

    @Test func roundsHalfAwayFromZero() {
        #expect(ExactDecimal(units: 40_6111, scale: 4).rounded(toScale: 2) == ExactDecimal(units: 4061, scale: 2))
        #expect(ExactDecimal(units: 975_5, scale: 3).rounded(toScale: 2) == ExactDecimal(units: 976, scale: 2))
        #expect(ExactDecimal(units: -975_5, scale: 3).rounded(toScale: 2) == ExactDecimal(units: -976, scale: 2))
        #expect(ExactDecimal(units: 975_3, scale: 3).rounded(toScale: 2) == ExactDecimal(units: 975, scale: 2))
        #expect(ExactDecimal(units: 9_752_4, scale: 4).rounded(toScale: 2) == ExactDecimal(units: 975, scale: 2))
    }

    @Test func dividesExactlyThenRoundsOnce() {
        // 73,100 / 180,000 = 0.40611… → 40.61%.
        let rate = ExactDecimal.dividing(ExactDecimal(units: 7_310_000, scale: 2), ExactDecimal(units: 18_000_000, scale: 2), resultScale: 4)
        #expect(rate == ExactDecimal(units: 4061, scale: 4))
        #expect(ExactDecimal.dividing(ExactDecimal(1), ExactDecimal(0), resultScale: 2) == nil)
        // 4,222,100 / 4,329,000 = 0.975306… → 97.53%.
        #expect(ExactDecimal.dividing(ExactDecimal(4_222_100), ExactDecimal(4_329_000), resultScale: 4) == ExactDecimal(units: 9753, scale: 4))
    }

    @Test func comparesAcrossScales() {
        #expect(ExactDecimal(units: 100, scale: 2) == ExactDecimal(1))
        #expect(ExactDecimal(units: 100, scale: 2).hashValue == ExactDecimal(1).hashValue)
        #expect(ExactDecimal(units: 101, scale: 2) > ExactDecimal(1))
        #expect(ExactDecimal.adding(ExactDecimal(units: 10, scale: 1), ExactDecimal(units: 5, scale: 2)) == ExactDecimal(units: 105, scale: 2))
    }

    @Test func reportsOverflow() {
        #expect(ExactDecimal.adding(ExactDecimal(Int64.max), ExactDecimal(1)) == nil)
        #expect(ExactDecimal.multiplying(ExactDecimal(Int64.max), ExactDecimal(2)) == nil)
    }

    @Test func tenThousandSmallAmountsAddUpExactly() {
        // 0.10 added 10,000 times is exactly 1,000.00 — binary floating point gives 999.9999999999…
        var sum = ExactDecimal(units: 0, scale: 2)
        for _ in 0..<10_000 { sum = ExactDecimal.adding(sum, ExactDecimal(units: 10, scale: 2)) ?? sum }
        #expect(sum.description == "1000.00")
    }
}

@Suite struct CivilDateTests {
    @Test func roundTrips() {
        for text in ["1970-01-01", "2022-06-08", "2000-02-29", "1900-03-01", "9999-12-31"] {
            let days = CivilDate.parse(Array(text.utf8)[...])
            #expect(days.map(CivilDate.format) == text)
        }
    }

    @Test func readsChineseAndSlashedForms() {
        let expected = CivilDate.days(year: 2022, month: 6, day: 8)
        #expect(CivilDate.parse(Array("2022/6/8".utf8)[...]) == expected)
        #expect(CivilDate.parse(Array("2022年6月8日".utf8)[...]) == expected)
        #expect(CivilDate.parse(Array("2022-6-08".utf8)[...]) == expected)
    }

    @Test func rejectsImpossibleDates() {
        for text in ["2022-02-29", "2022-13-01", "2022-00-10", "2022/6-8", "20220608", "0000-01-01", "2022年6月8"] {
            #expect(CivilDate.parse(Array(text.utf8)[...]) == nil, "\(text)")
        }
    }
}
