import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoRender
import Testing
import TestSupport

/// Representative errors, hints and notices of the readers, expressions and command language, rendered whole in
/// Chinese (the default) and in English (the texts code and tests have always compared).
@Suite struct CoreLanguageMessagesTests {
    func rendered(_ line: String) throws -> (zh: String, en: String) {
        let error = try #require(try TestSupport.error(line))
        return (DiagnosticRenderer.render(error, language: .zh), DiagnosticRenderer.render(error, language: .en))
    }

    func rendered(_ error: Diagnostic) -> (zh: String, en: String) {
        (DiagnosticRenderer.render(error, language: .zh), DiagnosticRenderer.render(error, language: .en))
    }

    // MARK: - Readers

    @Test func aRaggedCSVRow() throws {
        let error = #expect(throws: Diagnostic.self) {
            try CSVReader.read(bytes: Array("乡镇,金额\n保安镇,1,2\n".utf8), file: "支出.csv")
        }
        let text = rendered(try #require(error))
        #expect(text.zh == "支出.csv:2:1: 输入无效：应有 2 个字段，实际有 3 个\n  提示：含有逗号的字段要加引号；strict=false 可读取这样的行，并将其补齐或截断")
        #expect(text.en == "支出.csv:2:1: invalid input: expected 2 fields, found 3\n  hint: a field holding a comma must be quoted; strict=false reads such rows, padding or cutting them")
    }

    @Test func anUnterminatedQuoteAndAFileInAnotherEncoding() throws {
        let quote = try #require(#expect(throws: Diagnostic.self) { try CSVReader.read(bytes: Array("a,b\n\"x,1\n".utf8), file: "t.csv") })
        #expect(rendered(quote).zh == "t.csv:2:1: 输入无效：引号没有闭合：从这里开始的字段一直没有结束\n  提示：请补上右引号，或删去这个引号")
        #expect(rendered(quote).en == "t.csv:2:1: invalid input: unterminated quote: the field opened here never closes\n  hint: close the quote or remove it")
        let bytes: [UInt8] = Array("a\n".utf8) + [0xC3, 0x28, 0x0A]
        let encoding = try #require(#expect(throws: Diagnostic.self) { try CSVReader.read(bytes: bytes, file: "t.csv", options: CSVOptions(encoding: .utf8)) })
        #expect(rendered(encoding).zh == "t.csv:2:1: 输入无效：第 2 行不是有效的 UTF-8：无法解码字节 C3 28 0A\n  提示：请用 encoding=… 指定文件的编码（utf-8, gbk, gb18030, utf-16, utf-16le, utf-16be, shift_jis, big5, latin1, cp1252）")
        #expect(rendered(encoding).en == "t.csv:2:1: invalid input: line 2 is not valid UTF-8: cannot decode the bytes C3 28 0A\n  hint: give the file's encoding with encoding=… (utf-8, gbk, gb18030, utf-16, utf-16le, utf-16be, shift_jis, big5, latin1, cp1252)")
    }

    @Test func theNotesOfALoad() throws {
        let imported = try CSVReader.load(bytes: Array("说明\n\n乡镇,金额\n保安镇,100\n,\n合计,100\n".utf8))
        #expect(imported.notes(in: .zh) == ["表头在第 3 行；已跳过其上方的：说明", "跳过了 1 个空行", "跳过了“合计”行（第 6 行）；加 --keep-totals 可保留"])
        #expect(imported.notes(in: .en) == ["header on line 3; skipped above it: 说明", "skipped 1 empty line", "skipped the 合计 row (line 6); --keep-totals keeps it"])
        let json = try JSONReader.load(bytes: Array("{\"a\": 1}\n{\"a\": 2}\n".utf8))
        #expect(json.notes(in: .zh) == ["按 JSON Lines（每行一个对象）读取"])
    }

    @Test func anXLSXWorkbookWithoutTheSheet() throws {
        let line = "load \(TestSupport.fixture("乡镇支出.xlsx")) sheet=明细"
        let pad = String(repeating: " ", count: DisplayWidth.of(line) - DisplayWidth.of("明细"))
        let text = try rendered(line)
        #expect(text.zh.hasSuffix("""
            输入无效：工作簿中没有名为“明细”的工作表
              \(line)
              \(pad)^^^^
              提示：现有的工作表：说明、支出
            """))
        #expect(text.en.hasSuffix("""
            invalid input: the workbook has no sheet named 明细
              \(line)
              \(pad)^^^^
              hint: sheets: 说明, 支出
            """))
        let oldWorkbook = Diagnostic(.input, .xlsxLegacyXls, ["旧表.xlsx"], hint: Message(.hintSaveAsXLSX))
        #expect(rendered(oldWorkbook).zh == "输入无效：旧表.xlsx 是旧版 .xls 工作簿（Excel 97–2003 格式），不是 .xlsx 工作簿\n  提示：请用 Excel 或 WPS 另存为 .xlsx（另存为 → Excel 工作簿）")
    }

    @Test func aMissingFile() throws {
        let error = try #require(#expect(throws: Diagnostic.self) { try CSVReader.read(path: "/nonexistent/乡镇支出.csv") })
        #expect(rendered(error).zh == "/nonexistent/乡镇支出.csv: 文件错误：找不到文件：/nonexistent/乡镇支出.csv")
        #expect(rendered(error).en == "/nonexistent/乡镇支出.csv: file error: no such file: /nonexistent/乡镇支出.csv")
    }

    // MARK: - Expressions

    @Test func aTypeErrorInAnExpression() throws {
        let text = try rendered("funds | where 金额 > \"100\"")
        #expect(text.zh == """
            名称错误：无法比较小数（2 位）与文本
              funds | where 金额 > "100"
                                   ^^^^^
              提示：数字不加引号
            """)
        #expect(text.en == """
            name error: cannot compare decimal(2) with text
              funds | where 金额 > "100"
                                   ^^^^^
              hint: numbers are written without quotes
            """)
    }

    @Test func anUnknownFunctionWithItsHint() throws {
        let text = try rendered("funds | select wam(金额)")
        #expect(text.zh == """
            名称错误：没有名为“wam”的函数
              funds | select wam(金额)
                             ^^^^^^^^^
              提示：是不是要找“wan”？
            """)
        #expect(text.en == """
            name error: unknown function wam
              funds | select wam(金额)
                             ^^^^^^^^^
              hint: did you mean wan?
            """)
        #expect(try rendered("funds | select zzz(金额)").zh.hasSuffix("提示：输入 help functions 可列出所有函数"))
    }

    @Test func anAggregateOfText() throws {
        let text = try rendered("funds | agg s = sum(资金名称)")
        #expect(text.zh == """
            名称错误：sum 需要数字；这是文本
              funds | agg s = sum(资金名称)
                              ^^^^^^^^^^^^^
              提示：sum(x)：数字列的精确合计。
            """)
        #expect(text.en.hasPrefix("name error: sum needs numbers; this is text\n"))
    }

    @Test func aResultTooLarge() throws {
        let text = try rendered("funds | select x = 金额 * 100000000000000000")
        #expect(text.zh.hasPrefix("错误：数字过大：结果超过 18 位数字\n"))
        #expect(text.zh.hasSuffix("\n  提示：请先除以 10000，或用 wan() 换算为万元"))
        #expect(text.en.hasPrefix("error: number too large: the result does not fit 18 digits\n"))
    }

    // MARK: - Syntax

    @Test func aSyntaxError() throws {
        let equals = try rendered("funds | where 金额 = 1")
        #expect(equals.zh == "语法错误：这里的“=”不是比较\n  funds | where 金额 = 1\n                     ^\n  提示：比较请用 ==")
        #expect(equals.en == "syntax error: '=' compares nothing here\n  funds | where 金额 = 1\n                     ^\n  hint: use == to compare")
        let open = try rendered("stations | where (层级 == \"村级\"")
        #expect(open.zh == "语法错误：此处应为 )，以闭合 (\n  stations | where (层级 == \"村级\"\n                                  ^")
        #expect(open.en == "syntax error: expected ) to close (\n  stations | where (层级 == \"村级\"\n                                  ^")
        let string = try rendered("stations | where 层级 == “村级")
        #expect(string.zh == "语法错误：字符串没有闭合\n  stations | where 层级 == “村级\n                           ^^^^^\n  提示：请补上右引号")
    }

    // MARK: - help functions

    @Test func helpFunctionsInBothLanguages() {
        let zh = HelpCommand.functions(in: .zh).split(separator: "\n", omittingEmptySubsequences: false)
        // Each function's line, then its example and result.
        #expect(zh.prefix(4) == ["函数（可用于任何表达式）：", "  round(x, n)：把 x 四舍五入到 n 位小数（默认 0 位）。",
                                 "      budgets | agg x = round(2.345, 2), y = round(-2.5), z = round(1234.5)", "      → x,y,z / 2.35,-3,1235"])
        #expect(zh.contains("  abs(x)：绝对值。"))
        #expect(zh.contains("窗口函数（用在 derive 里；group 之后在每组内计算），按行的当前顺序："))
        #expect(zh.contains("汇总函数（用于 agg）："))
        #expect(zh.last == "文本写在 \"英文双引号\" 或 “中文引号” 中；含空格或标点的名称写在 `反引号` 中。")
        let en = HelpCommand.functions(in: .en).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(en.prefix(2) == ["Functions (in any expression):", "  round(x, n): x rounded half up to n decimals (default 0)."])
        // Every function and aggregate has its line in both languages.
        for key in ScalarFunction.allCases.map(\.summary) + AggregateFunction.allCases.map(\.summary) + WindowFunction.allCases.map(\.summary) {
            #expect(key.key.map { Catalog.zh[$0] != nil && Catalog.en[$0] != nil } == true, "\(String(describing: key.key))")
        }
    }
}
