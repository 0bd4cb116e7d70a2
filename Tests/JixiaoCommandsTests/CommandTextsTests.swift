import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender
import Testing
import TestSupport

/// The commands' errors as the user reads them, whole, in both languages: the same error, placed at the same
/// words, said in Chinese (the default) and in English (as before the catalog).
@Suite struct CommandTextsTests {
    /// A line's error rendered in `language`, as the shell prints it.
    static func rendered(_ line: String, in language: Language) throws -> String {
        let error = try #require(try TestSupport.error(line))
        return DiagnosticRenderer.render(error, language: language)
    }

    static let cases: [(line: String, zh: String, en: String)] = [
        ("stations | wher 层级 == \"村级\"", """
            语法错误：没有“wher”这个命令
              stations | wher 层级 == "村级"
                         ^^^^
              提示：是不是要找“where”？
            """, """
            syntax error: unknown command wher
              stations | wher 层级 == "村级"
                         ^^^^
              hint: did you mean where?
            """),
        ("stations | 筛先 层级 == \"村级\"", """
            语法错误：没有“筛先”这个命令
              stations | 筛先 层级 == "村级"
                         ^^^^
              提示：是不是要找“筛选”？
            """, """
            syntax error: unknown command 筛先
              stations | 筛先 层级 == "村级"
                         ^^^^
              hint: did you mean 筛选?
            """),
        ("where 层级 == \"村级\"", """
            语法错误：where 要处理一张表：请在它前面写一个数据集
              where 层级 == "村级"
              ^^^^^
              提示：例如 stations | where …
            """, """
            syntax error: where works on a table: put a dataset before it
              where 层级 == "村级"
              ^^^^^
              hint: e.g. stations | where …
            """),
        ("stations | chart pie", """
            语法错误：没有“pie”这种图表类型
              stations | chart pie
                               ^^^
              提示：可选：bar、column、hist、line、spark、stacked
            """, """
            syntax error: unknown chart kind pie
              stations | chart pie
                               ^^^
              hint: one of: bar, column, hist, line, spark, stacked
            """),
        ("stations | group 层级 | agg n = count() | chart bar width=5", """
            语法错误：width= 应为 20 到 1000 列
              stations | group 层级 | agg n = count() | chart bar width=5
                                                                        ^
            """, """
            syntax error: width= takes 20 to 1000 columns
              stations | group 层级 | agg n = count() | chart bar width=5
                                                                        ^
            """),
        ("stations | sort 乡镇 --fast", """
            语法错误：没有 --fast 这个开关
              stations | sort 乡镇 --fast
                                   ^^^^^^
              提示：这个命令没有开关
            """, """
            syntax error: unknown flag --fast
              stations | sort 乡镇 --fast
                                   ^^^^^^
              hint: this command takes no flags
            """),
        ("appendix --template beijing", """
            语法错误：没有“beijing”这种模板
              appendix --template beijing
                                  ^^^^^^^
              提示：可选的模板：mof、hubei
            """, """
            syntax error: unknown template beijing
              appendix --template beijing
                                  ^^^^^^^
              hint: templates: mof, hubei
            """),
        ("load datasets/stations.csv encoding=koi8", """
            语法错误：无法识别的编码“koi8”
              load datasets/stations.csv encoding=koi8
                                                  ^^^^
              提示：可用的编码：utf-8, gbk, gb18030, utf-16, utf-16le, utf-16be, shift_jis, big5, latin1, cp1252
            """, """
            syntax error: unknown encoding koi8
              load datasets/stations.csv encoding=koi8
                                                  ^^^^
              hint: encodings: utf-8, gbk, gb18030, utf-16, utf-16le, utf-16be, shift_jis, big5, latin1, cp1252
            """),
        ("stations | export 站点.pdf", """
            语法错误：无法判断 站点.pdf 的格式
              stations | export 站点.pdf
                                ^^^^^^^^
              提示：export 可以写出 .csv, .tsv, .md, .html, .json, .xlsx, .docx
            """, """
            syntax error: cannot tell the format of 站点.pdf
              stations | export 站点.pdf
                                ^^^^^^^^
              hint: export writes .csv, .tsv, .md, .html, .json, .xlsx, .docx
            """),
        ("stations | join budget on 乡镇", """
            名称错误：没有名为“budget”的数据集
              stations | join budget on 乡镇
                              ^^^^^^
              提示：是不是要找“budgets”？
            """, """
            name error: no dataset named budget
              stations | join budget on 乡镇
                              ^^^^^^
              hint: did you mean budgets?
            """),
        ("_7 | count", """
            名称错误：第 7 个单元没有结果
              _7 | count
              ^^
              提示：还没有任何单元有结果
            """, """
            name error: cell 7 has no result
              _7 | count
              ^^
              hint: no cell has a result yet
            """),
        ("let 汇总 = stations | count", """
            名称错误：“汇总”是命令名
              let 汇总 = stations | count
                  ^^^^
              提示：请换一个名称
            """, """
            name error: 汇总 is a command name
              let 汇总 = stations | count
                  ^^^^
              hint: choose another name
            """),
        ("activities | chart stacked", """
            错误：chart stacked 最多区分 8 个系列，而这里有 160 个“名称”的不同值
              activities | chart stacked
                                 ^^^^^^^
              提示：请用 where 减少系列，或用 chart bar 只画一个系列
            """, """
            error: chart stacked tells at most 8 series apart, and there are 160 values of 名称
              activities | chart stacked
                                 ^^^^^^^
              hint: keep fewer with where, or draw one series with chart bar
            """),
        ("stations | where 乡镇", """
            名称错误：where 需要一个条件，这里却是文本值
              stations | where 乡镇
                               ^^^^
              提示：请写成比较，例如 人次 > 100
            """, """
            name error: where needs a condition, found a text value
              stations | where 乡镇
                               ^^^^
              hint: compare it, e.g. 人次 > 100
            """),
    ]

    @Test(arguments: cases.indices)
    func anErrorInBothLanguages(_ index: Int) throws {
        let (line, zh, en) = Self.cases[index]
        #expect(try Self.rendered(line, in: .zh) == zh, "\(line)")
        #expect(try Self.rendered(line, in: .en) == en, "\(line)")
    }
}

/// What display-only listings say in the interface's language: explain's schemas, history's sizes.
@Suite struct ListingTextsTests {
    @Test func explainSaysWhatEachStageGivesInBothLanguages() throws {
        let line = "explain stations | where 层级 == \"村级\" | group 乡镇 | count"
        #expect(try Language.speaking(.zh) { try TestSupport.compact(line) } == """
            步骤,命令,给出
            1,stations,表（站点编号 文本、站点名称 文本、层级 文本、乡镇 文本、村 文本、含快递物流 文本、站长已培训 文本、月均服务人次 整数、开业日期 日期）
            2,where 层级 == "村级",表（站点编号 文本、站点名称 文本、层级 文本、乡镇 文本、村 文本、含快递物流 文本、站长已培训 文本、月均服务人次 整数、开业日期 日期）
            3,group 乡镇,按 乡镇 文本 分组（站点编号 文本、站点名称 文本、层级 文本、乡镇 文本、村 文本、含快递物流 文本、站长已培训 文本、月均服务人次 整数、开业日期 日期）
            4,count,表（乡镇 文本、count 整数）
            """)
        #expect(try Language.speaking(.en) { try TestSupport.compact(line) } == """
            步骤,命令,给出
            1,stations,table(站点编号 text, 站点名称 text, 层级 text, 乡镇 text, 村 text, 含快递物流 text, 站长已培训 text, 月均服务人次 integer, 开业日期 date)
            2,where 层级 == "村级",table(站点编号 text, 站点名称 text, 层级 text, 乡镇 text, 村 text, 含快递物流 text, 站长已培训 text, 月均服务人次 integer, 开业日期 date)
            3,group 乡镇,grouped by 乡镇 text over (站点编号 text, 站点名称 text, 层级 text, 乡镇 text, 村 text, 含快递物流 text, 站长已培训 text, 月均服务人次 integer, 开业日期 date)
            4,count,table(乡镇 text, count integer)
            """)
    }

    @Test func historySaysEachCellsSizeInBothLanguages() throws {
        for (language, size, groups) in [(Language.zh, "141 行 × 9 列", "16 个组"), (.en, "141 rows × 9 columns", "16 groups")] {
            let interpreter = try TestSupport.interpreter()
            let listing = try Language.speaking(language) { try TestSupport.compact("stations", "stations | group 乡镇", "history", interpreter: interpreter) }
            #expect(listing == "单元,命令,结果\n1,stations,\(size)\n2,stations | group 乡镇,\(groups)", "\(language)")
        }
    }
}
