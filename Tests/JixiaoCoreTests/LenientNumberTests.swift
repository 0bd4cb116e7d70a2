import JixiaoCore
import Testing

@Suite struct LenientNumberTests {
    func parse(_ text: String) -> LenientNumber? { LenientNumber.parse(Array(text.utf8)[...]) }
    func decimal(_ units: Int64, _ scale: Int) -> ExactDecimal { ExactDecimal(units: units, scale: scale) }

    @Test func spreadsheetFormsReadExactly() {
        #expect(parse("1,234.50") == LenientNumber(value: decimal(123450, 2), isPercent: false, unit: .none))
        #expect(parse(" 1,000,000 ") == LenientNumber(value: decimal(1_000_000, 0), isPercent: false, unit: .none))
        #expect(parse("１２３") == LenientNumber(value: decimal(123, 0), isPercent: false, unit: .none))
        #expect(parse("１，２３４．５０") == LenientNumber(value: decimal(123450, 2), isPercent: false, unit: .none))
        #expect(parse("¥1,234.50元") == LenientNumber(value: decimal(123450, 2), isPercent: false, unit: .yuan))
        #expect(parse("12.5 万元") == LenientNumber(value: decimal(125, 1), isPercent: false, unit: .wanYuan))
        #expect(parse("97.53%") == LenientNumber(value: decimal(9753, 2), isPercent: true, unit: .none))
        #expect(parse("－3.5％") == LenientNumber(value: decimal(-35, 1), isPercent: true, unit: .none))
        #expect(parse("\u{3000}-0.25") == LenientNumber(value: decimal(-25, 2), isPercent: false, unit: .none))
    }

    @Test func refusesWhatIsNotANumber() {
        for text in ["1,23", "12,3456", "1,234,5", "1.234,50", "007", "0012.5", "", "元", "%", "一百", "1.2.3", "2022/6/8", "1,234.5,6", ",123"] {
            #expect(parse(text) == nil, "\(text)")
        }
    }
}
