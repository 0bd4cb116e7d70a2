import JixiaoRender
import Testing

@Suite struct WidthTests {
    @Test func measuresDisplayColumns() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("乡镇") == 4)
        #expect(DisplayWidth.of("（海南）") == 8)          // full-width parentheses
        #expect(DisplayWidth.of("，。：") == 6)            // full-width punctuation
        #expect(DisplayWidth.of("e\u{301}") == 1)          // combining acute accent
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)                // ZWJ family
        #expect(DisplayWidth.of("🇨🇳") == 2)               // flag
        #expect(DisplayWidth.of("❤️") == 2)                // VS16
        #expect(DisplayWidth.of("ｊｉｘｉａｏ") == 12)      // full-width Latin
        #expect(DisplayWidth.of("ﾊﾝｶｸ") == 4)              // half-width katakana
        #expect(DisplayWidth.of("a\u{200B}b") == 2)        // zero-width space
    }

    @Test func padsAndTruncatesByWidth() {
        #expect(DisplayWidth.pad("乡镇", to: 6) == "乡镇  ")
        #expect(DisplayWidth.pad("12", to: 5, alignRight: true) == "   12")
        #expect(DisplayWidth.truncate("海优农品供应链", to: 7) == "海优农…")
        #expect(DisplayWidth.truncate("abc", to: 7) == "abc")
        #expect(DisplayWidth.column(ofUTF8Offset: 7, in: "乡镇 ab") == 5)
    }
}
