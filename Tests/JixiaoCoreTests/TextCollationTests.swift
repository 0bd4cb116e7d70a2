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
}
