import Foundation
import JixiaoCore
import Testing

/// Text in pinyin order through the platform's collation, by sort keys; code point order on request.
@Suite struct TextCollationTests {
    func sorted(_ strings: [String], _ collation: TextCollation = .pinyin) -> [String] {
        let dictionary = TextDictionary(strings)
        let ranks = dictionary.ranks(collation)
        return (0..<dictionary.count).sorted { ranks[$0] < ranks[$1] }.map { dictionary[UInt32($0)] }
    }

    @Test func chineseInDictionaryOrderAfterDigitsAndLatin() {
        #expect(sorted(["东", "保", "刘", "大", "陈"]) == ["保", "陈", "大", "东", "刘"])
        #expect(sorted(["东", "保", "刘", "大", "陈"], .codepoint) == ["东", "保", "刘", "大", "陈"])
        #expect(sorted(["镇级", "Zeta", "abc", "12", "村级", "ABC", ""]) == ["", "12", "abc", "ABC", "Zeta", "村级", "镇级"])
    }

    @Test func ranksAreAPermutationEvenForStringsTheCollationFindsEqual() {
        // NFC and NFD forms of é are canonically equivalent: the same key, told apart by code point.
        let strings = ["e\u{301}", "\u{e9}", "e", "f"]
        let ranks = TextDictionary(strings).ranks(.pinyin)
        #expect(Set(ranks).count == strings.count)
        #expect(ranks.sorted() == [0, 1, 2, 3])
    }

    @Test func agreesWithFoundationsChineseComparisonOnManyStrings() {
        // More than the threshold at which keys are made on every core; Han only, where the zh tailoring and
        // the root order of scripts agree.
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("保陈大东还金灵刘罗茗汪殷祖镇乡街道村站点服务中心长行重乐")
        let strings = Array(Set((0..<30_000).map { _ in String((0..<Int.random(in: 1...5, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "保" }) }))
        let order = sorted(strings)
        #expect(order.count == strings.count)
        let locale = Locale(identifier: "zh")
        var disagreements = 0
        for (a, b) in zip(order, order.dropFirst()) where a.compare(b, options: [], range: nil, locale: locale) == .orderedDescending {
            disagreements += 1
        }
        #expect(disagreements == 0)
        #expect(TextCollation.usesSortKeys)
    }

    @Test func sortsRowsStablyWithNullsLast() {
        let dictionary = TextDictionary(["东", "保", "大"])
        let column = Column(.text([0, 1, NullMarker.text, 2, 1, 0], dictionary))
        let table = Table(names: ["x", "row"], columns: [column, Column(.integer([0, 1, 2, 3, 4, 5]))])
        let ascending = table.sorted(by: [SortKey(column: column, descending: false)])
        #expect(ascending.rows().map { $0[1] } == [1, 4, 3, 0, 5, 2].map { Value.integer($0) })
        let descending = table.sorted(by: [SortKey(column: column, descending: true)])
        #expect(descending.rows().map { $0[1] } == [0, 5, 3, 1, 4, 2].map { Value.integer($0) })
        let codepoint = table.sorted(by: [SortKey(column: column, descending: false, collation: .codepoint)])
        #expect(codepoint.rows().map { $0[1] } == [0, 5, 1, 4, 3, 2].map { Value.integer($0) })
    }

    /// The character shortcut gives exactly the order of whole sort keys: with few and with many distinct
    /// characters (one-byte and two-byte ranks), with strings that differ only in case, and with prefixes.
    @Test(arguments: [40, 2_000])
    func theCharacterShortcutOrdersAsWholeKeysDo(_ alphabetSize: Int) {
        var random = SystemRandomNumberGenerator()
        let han = (0..<alphabetSize).compactMap { Unicode.Scalar(0x4E00 + $0 * 7).map(Character.init) }
        // Every other character the shortcut takes: printable ASCII, CJK punctuation, full-width forms.
        let others = (Array(0x20...0x7E) + Array(0x3000...0x3029) + Array(0x3030...0x303F) + Array(0xFF01...0xFF5E)).compactMap { Unicode.Scalar($0).map(Character.init) }
        #expect(others.allSatisfy { $0.unicodeScalars.allSatisfy { CharacterWeights.allowed($0.value) } })
        // The combining tone marks weigh nothing at the primary level: never in the shortcut.
        #expect(!CharacterWeights.allowed(0x302A))
        // Nor the middle dot, which the contraction l· weighs with the letter before it ("l·休" sorted apart
        // from "l" then "·" when it was in).
        #expect(!CharacterWeights.allowed(0xB7))
        let latin = Array("abcABC019xyzXYZ") + others
        var strings = Set<String>()
        while strings.count < 8_000 {
            let length = Int.random(in: 0...6, using: &random)
            strings.insert(String((0..<length).map { _ in Bool.random(using: &random) ? han.randomElement(using: &random) ?? "保" : latin.randomElement(using: &random) ?? "a" }))
        }
        strings.formUnion(["abc", "ABC", "aBc", "Abc保", "abc保", "保", "保保", ""])
        let dictionary = TextDictionary(Array(strings))
        let shortcut = PinyinCollator.sortedIndices(bytes: dictionary.bytes, offsets: dictionary.offsets)
        let whole = PinyinCollator.sortedIndices(bytes: dictionary.bytes, offsets: dictionary.offsets, shortcut: false)
        #expect(shortcut == whole)
        // Case is a tertiary difference: abc before ABC, both before abd.
        let order = shortcut.map { dictionary[UInt32($0)] }
        if let lower = order.firstIndex(of: "abc"), let upper = order.firstIndex(of: "ABC") { #expect(lower < upper) }
    }

    @Test func textOutsideTheShortcutTakesWholeKeys() {
        // An emoji: whole keys. Symbols and punctuation sort before letters, as in the Unicode collation
        // (👍 first, 保·二 before 保安).
        #expect(sorted(["东（一）", "保·二", "保安", "大冶 市", "cafe", "👍"]) == ["👍", "cafe", "保·二", "保安", "大冶 市", "东（一）"])
    }
}
