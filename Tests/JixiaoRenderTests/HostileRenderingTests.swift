import JixiaoCore
@testable import JixiaoRender
import Testing
import CoreTestSupport

/// Rendering what hostile files hold: control characters, megabyte cells, thousands of columns, no room.
@Suite struct HostileRenderingTests {
    @Test func controlCharactersBecomeVisibleSymbols() {
        #expect(TerminalText.sanitized("a\u{1B}[31mb\u{0}c\u{7F}d\u{85}e\u{202E}f\u{2066}g") == "a␛[31mb␀c␡d�e�f�g")
        #expect(TerminalText.sanitized("第一行\n第二行\r\t末") == "第一行 第二行  末")
        #expect(TerminalText.sanitized("第一行\n\t第二行\r", keepingLineBreaks: true) == "第一行\n\t第二行")
        let plain = "保安镇 (ZJ07) 💰 é"
        #expect(TerminalText.sanitized(plain) == plain)
        // Each symbol takes one column, so tables stay aligned.
        #expect(DisplayWidth.of(TerminalText.sanitized("\u{1B}\u{0}\u{7F}")) == 3)
    }

    @Test func errorMessagesAndCaretsAreSanitizedAndAligned() {
        let source = "where 名称 == \"\u{1B}[2J\" and x"
        let start = Array(source.utf8).count - 1
        let error = Diagnostic(.bind, code: .nameUnknownColumn, "no column named x\u{1B}]0;pwned\u{7}", hint: "columns: \u{1B}[1m名称", source: source, range: start..<(start + 1))
        // The caret sits under x: `where 名称 == "␛[2J" and ` is 25 columns once ESC shows as one symbol.
        #expect(DiagnosticRenderer.render(error) == [
            "name error: no column named x␛]0;pwned␇",
            "  where 名称 == \"␛[2J\" and x",
            "  " + String(repeating: " ", count: 25) + "^",
            "  hint: columns: ␛[1m名称",
        ].joined(separator: "\n"))
    }

    /// The closed form of `fitted` equals taking one column at a time from the widest text column (the first of
    /// equals), the rule it replaced, on every case of a sweep; other columns are never narrowed.
    @Test func fittingMatchesOneColumnAtATime() {
        func oneAtATime(_ widths: [Int], _ cuttable: [Bool], _ limit: Int) -> [Int] {
            var widths = widths
            func total() -> Int { widths.reduce(0, +) + 3 * widths.count + 1 }
            while total() > limit {
                let pool = widths.indices.filter { widths[$0] > 6 && cuttable[$0] }
                guard let widest = pool.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
            return widths
        }
        var generator = SplitMix64(seed: 2022)
        for _ in 0..<2000 {
            let count = Int(generator.next() % 7) + 1
            let widths = (0..<count).map { _ in Int(generator.next() % 40) + 1 }
            let cuttable = (0..<count).map { _ in generator.next() % 3 != 0 }
            let limit = Int(generator.next() % 160)
            #expect(TableRenderer.fitted(widths, cuttable: cuttable, to: limit) == oneAtATime(widths, cuttable, limit),
                    "\(widths) \(cuttable) \(limit)")
        }
        // A megabyte-wide column is cut in a few passes.
        #expect(TableRenderer.fitted([1_000_000, 4, 12], cuttable: [true, false, false], to: 60) == [34, 4, 12])
        #expect(TableRenderer.fitted([Int](repeating: 10, count: 10_000), cuttable: [Bool](repeating: true, count: 10_000), to: 120)
                == [Int](repeating: 6, count: 10_000))
    }

    @Test func noRoomAtAllStillDrawsAFrame() {
        let table = Table(names: ["乡镇", "金额"], columns: [Column.from([.text("还地桥镇")]), Column.from([.integer(1_500)])])
        for width in [0, -5, 1] {
            // The first column is drawn (text cut to 6 columns); the number is left out whole and named, in lines
            // as wide as the frame.
            #expect(TableRenderer.render(table, style: TableStyle(width: width)) == """
                ┌────────┬───┐
                │ 乡镇   │ … │
                ├────────┼───┤
                │ 还地…  │ … │
                └────────┴───┘
                (1 column not
                shown: 金额;
                widen the
                window, pick
                columns with
                select, or
                export to a
                file to see
                it)
                """, "width \(width)")
        }
        #expect(TableRenderer.render(table, style: TableStyle(maxRows: -1)).hasSuffix("… 1 more row (1 in all; show rows=N to see more)"))
    }

    /// Ten thousand columns in a narrow window: the frame holds the columns that fit, and the note names the rest.
    @Test func tenThousandColumnsInANarrowWindow() {
        let columns = (0..<10_000).map { Column.from([.integer(Int64($0))]) }
        let table = Table(names: (0..<10_000).map { "c\($0)" }, columns: columns)
        let lines = TableRenderer.render(table, style: TableStyle(width: 60)).split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(lines[1].hasPrefix("│ c0 │ c1 │") && lines[1].hasSuffix("│ c9999 │"))
        #expect(lines[5].hasPrefix("(99"))
        #expect(lines.joined(separator: " ").contains("more);"), "past 20 names the rest are counted")
    }

    /// Found by the CSV fuzzer: a file holding only the header `` ` `` gave a frame 5 wide with a note 12 wide.
    @Test func anEmptyTableOfNarrowColumnsKeepsItsFrame() {
        let table = Table(names: ["`"], columns: [Column.from([], type: .text)])
        #expect(TableRenderer.render(table) == """
            ┌──────────┐
            │ `        │
            ├──────────┤
            │ (no rows)│
            └──────────┘
            """)
    }

    /// Found by the CSV fuzzer: a cell starting with U+1A55 (a spacing mark) joined the padding before it into one
    /// character, so its row came out a column short. Marks that would join a neighbour get a dotted circle.
    @Test func cellsThatWouldJoinTheirPaddingStandAlone() {
        let marks = "\u{1A55}\u{19}", accent = "\u{0301}x", reph = "x\u{0D4E}", plain = "e\u{0301}"
        #expect(TerminalText.cell(marks) == "\u{25CC}\u{1A55}␙")
        #expect(TerminalText.cell(accent) == "\u{25CC}\u{0301}x")
        #expect(TerminalText.cell(reph) == "x\u{0D4E}\u{25CC}")
        #expect(TerminalText.cell(plain) == plain)
        let table = Table(names: ["名称"], columns: [Column.from([.text(marks), .text(accent), .text(reph), .text(plain)])])
        let widths = Set(TableRenderer.render(table).split(separator: "\n").map { DisplayWidth.of(String($0)) })
        #expect(widths.count == 1)
    }

    @Test func hugeStringsAreMeasuredAndCut() {
        let huge = String(repeating: "绩效a", count: 400_000)
        #expect(DisplayWidth.of(huge) == 2_000_000)
        #expect(DisplayWidth.truncate(huge, to: 7) == "绩效a…")
        #expect(DisplayWidth.truncate(huge, to: 0) == "")
        #expect(DisplayWidth.pad("", to: -3) == "")
    }
}
