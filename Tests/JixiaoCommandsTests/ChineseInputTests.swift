import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoRender
import Testing
import TestSupport

/// What an analyst types with a Chinese input method works, or is told how to fix, in both languages: a value
/// left without quotes, full-width comparison operators, a date written without quotes. Canonical text (what
/// journals and saved scripts hold) always writes the ASCII form.
@Suite struct ChineseInputTests {
    func rendered(_ line: String, _ language: Language) throws -> String {
        let error = try #require(try TestSupport.error(line))
        return DiagnosticRenderer.render(error, language: language)
    }

    // MARK: - A value without quotes

    @Test func aBareWordComparedWithATextColumnIsToldToTakeQuotes() throws {
        #expect(try rendered("stations | where 层级 == 村级 | count", .zh) == """
            名称错误：没有名为“村级”的列
              stations | where 层级 == 村级 | count
                                       ^^^^
              提示：文本要加引号：层级 == "村级"
            """)
        #expect(try rendered("stations | where 层级 == 村级 | count", .en) == """
            name error: no column named 村级
              stations | where 层级 == 村级 | count
                                       ^^^^
              hint: put the text in quotes: 层级 == "村级"
            """)
        // On either side, typed with full-width operators (the hint writes what to type, in ASCII).
        #expect(try TestSupport.error("stations | where 村级 ＝＝ 层级")?.hint == "put the text in quotes: \"村级\" == 层级")
        #expect(try TestSupport.error("stations | where not 层级 ！＝ 村级")?.hint == "put the text in quotes: 层级 != \"村级\"")
        // Every such word of a list, not the values already quoted.
        let list = try #require(try TestSupport.error("stations | where 层级 in [村级, \"镇级\", 市级]"))
        #expect(list.hintText?.text(in: .zh) == "文本要加引号：层级 in [\"村级\", \"镇级\", \"市级\"]")
        // contains, infix or called.
        #expect(try TestSupport.error("stations | where 站点名称 contains 保安")?.hintText?.text(in: .zh) == "文本要加引号：站点名称 contains \"保安\"")
        #expect(try TestSupport.error("stations | where startswith(站点名称, 保安)")?.hint == "put the text in quotes: startswith(站点名称, \"保安\")")
        // Quoted, it is what was meant.
        #expect(try TestSupport.compact("stations | where 层级 == \"村级\" | count") == TestSupport.compact("stations | where 层级 == “村级” | count"))
    }

    @Test func aMistypedColumnComparedWithTextKeepsItsSuggestion() throws {
        // The word compared with a literal is a column's name mistyped, not a value.
        #expect(try rendered("stations | where 乡镗 == \"保安镇\"", .zh) == """
            名称错误：没有名为“乡镗”的列
              stations | where 乡镗 == "保安镇"
                               ^^^^
              提示：是不是要找“乡镇”？
            """)
        // In backticks it is a name, whatever it is compared with; with a number, the quotes would not help.
        #expect(try TestSupport.error("stations | where 层级 == `村级`")?.hint == "did you mean 层级?")
        #expect(try TestSupport.error("funds | where 金额 > 一万")?.hint?.hasPrefix("columns: ") == true)
    }

    // MARK: - Full-width operators

    @Test(arguments: [("＝＝", "=="), ("！＝", "!="), ("＞＝", ">="), ("＜＝", "<="), ("＞", ">"), ("＜", "<"), ("＜＞", "!="), ("！=", "!=")])
    func fullWidthComparisonsAreTheirASCIIForms(_ fullWidth: String, _ ascii: String) throws {
        for spacing in [" ", ""] {
            let typed = "funds | where 金额\(spacing)\(fullWidth)\(spacing)2000000 | count"
            let canonical = "funds | where 金额 \(ascii) 2000000 | count"
            #expect(try Pipeline.parse(typed).canonical == canonical)
            #expect(try TestSupport.compact(typed) == TestSupport.compact(canonical))
        }
    }

    @Test func fullWidthParenthesesAndCommasGroupAndSeparate() throws {
        let typed = "funds | group 方向 | agg 万元 ＝ wan（sum（金额）），笔数 ＝ count（）"
        let canonical = "funds | group 方向 | agg 万元 = wan(sum(金额)), 笔数 = count()"
        #expect(try Pipeline.parse(typed).canonical == canonical)
        #expect(try TestSupport.compact(typed) == TestSupport.compact(canonical))
        #expect(try Pipeline.parse("stations | where 层级！＝“村级”").canonical == "stations | where 层级 != \"村级\"")
    }

    // MARK: - A date without quotes

    @Test(arguments: ["2022-06-01", "2022-6-1", "2022/06/01", "2022/6/1", "2022年6月1日"])
    func aDateWrittenWithoutQuotesIsADate(_ date: String) throws {
        let typed = "activities | where 日期 >= \(date) | count"
        #expect(try Pipeline.parse(typed).canonical == "activities | where 日期 >= date(\"2022-06-01\") | count")
        #expect(try TestSupport.compact(typed) == TestSupport.compact("activities | where 日期 >= \"2022-06-01\" | count"))
    }

    @Test func unquotedDatesWorkWhereverAValueGoes() throws {
        let between = "activities | where 日期 between 2022-06-01 and 2022-06-30 | count"
        #expect(try Pipeline.parse(between).canonical == "activities | where 日期 between date(\"2022-06-01\") and date(\"2022-06-30\") | count")
        #expect(try TestSupport.compact(between) == TestSupport.compact("activities | where 日期 between \"2022-06-01\" and \"2022-06-30\" | count"))
        #expect(try TestSupport.compact("activities | where 日期 ＜ 2022年7月1日 and 日期 ＞＝ 2022/6/1 | count")
            == TestSupport.compact("activities | where 日期 < \"2022-07-01\" and 日期 >= \"2022-06-01\" | count"))
    }

    @Test func arithmeticWithSpacesOrOtherShapesStaysArithmetic() throws {
        #expect(try Pipeline.parse("funds | select x = 2022 - 06 - 01").canonical == "funds | select x = 2022 - 6 - 1")
        #expect(try Pipeline.parse("funds | select x = 12-6-1, y = 2022-6-1.5, z = 20220-6-1").canonical
            == "funds | select x = 12 - 6 - 1, y = 2022 - 6 - 1.5, z = 20220 - 6 - 1")
        // A column named like a date is written in backticks, so that it reads back as the column.
        #expect(Expression.name("2022年6月1日") == "`2022年6月1日`")
        #expect(Expression.name("2022年预算") == "2022年预算")
    }

    @Test func anImpossibleDateIsTheDateError() throws {
        #expect(try rendered("activities | where 日期 >= 2022-13-01", .zh) == """
            名称错误：“2022-13-01”不是日期
              activities | where 日期 >= 2022-13-01
                                         ^^^^^^^^^^
              提示：日期请写成 "2022-06-08"
            """)
        #expect(try rendered("activities | where 日期 >= 2022-13-01", .en) == """
            name error: '2022-13-01' is not a date
              activities | where 日期 >= 2022-13-01
                                         ^^^^^^^^^^
              hint: write dates as "2022-06-08"
            """)
    }
}
