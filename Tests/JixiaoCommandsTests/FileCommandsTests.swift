import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import Testing
import TestSupport

/// load and export from the command line: the "done when", and the errors around them.
@Suite struct FileCommandsTests {
    /// Runs lines in a fresh sandbox folder holding copies of the fixtures; returns the last compact result.
    func run(_ lines: [String], in folder: String) throws -> String {
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        var last = ""
        for line in lines {
            let outcome = interpreter.run(line)
            if let error = outcome.error { throw error }
            last = outcome.value.map(OutputRenderer.compact) ?? ""
        }
        return last
    }

    func sandbox() throws -> String {
        let folder = try TestSupport.temporaryFolder()
        for name in ["乡镇支出-gb18030.csv", "乡镇支出.xlsx", "站点验收-合并标题.xlsx", "乡镇支出.json", "乡镇支出.jsonl", "站点.tsv", "站点-utf16.csv"] {
            try FileManager.default.copyItem(atPath: TestSupport.fixture(name), toPath: folder + "/" + name)
        }
        return folder
    }

    @Test func theGB18030FileAndTheWorkbookGiveTheSameExactSum() throws {
        let folder = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loaded = try run(["load 乡镇支出-gb18030.csv as g"], in: folder)
        #expect(loaded == """
            loaded g: 7 rows, 3 columns
              read as GB18030
              header on line 3; skipped above it: 大冶市2022年镇村电商服务站点建设支出明细表
              skipped the 合计 row (line 11); --keep-totals keeps it
            """)
        #expect(try run(["load 乡镇支出-gb18030.csv as g", "g | agg s = sum(金额)"], in: folder) == "50800.00")
        #expect(try run(["load 乡镇支出.xlsx sheet=支出 as x", "x | agg s = sum(金额)"], in: folder) == "50800.00")
        #expect(try run(["load 乡镇支出.json as j", "j | agg s = sum(金额)"], in: folder) == "50800.00")
        #expect(try run(["load 乡镇支出-gb18030.csv as g --keep-totals", "g | count"], in: folder) == "8")
        #expect(try run(["load 乡镇支出-gb18030.csv encoding=gbk as g", "g | count"], in: folder) == "7")
        #expect(try run(["load 站点.tsv as t", "t | agg n = sum(月均服务人次)"], in: folder) == "367")
        #expect(try run(["load 站点-utf16.csv as u", "u | agg n = sum(站点数)"], in: folder) == "80")
    }

    @Test func groupedResultExportsToAWorkbookAndReadsBack() throws {
        let folder = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let message = try run(["load 乡镇支出-gb18030.csv as g", "g | group 乡镇 | agg s = sum(金额) | export out.xlsx"], in: folder)
        #expect(message == "exported 6 rows to exports/out.xlsx")
        #expect(try run(["load exports/out.xlsx as back", "back | agg t = sum(s)"], in: folder) == "50800.00")
        #expect(try run(["load exports/out.xlsx as back", "back"], in: folder) == """
            乡镇,s
            保安镇,21734.75
            殷祖镇,12000.00
            金山店镇,3456.78
            茗山乡,980.00
            还地桥镇,7020.10
            陈贵镇,5608.37
            """)
    }

    @Test(.enabled(if: Python.hasOpenpyxl, "python3 with openpyxl is not installed; `make test` installs it"))
    func theExportedWorkbookHasTheSameTotalInOpenpyxl() throws {
        let folder = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try run(["load 乡镇支出-gb18030.csv as g", "g | group 乡镇 | agg s = sum(金额) | export out.xlsx"], in: folder)
        // Summed as decimals from the cells' values, independently of jixiao.
        let script = """
            import sys, decimal, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1]).active
            rows = list(sheet.iter_rows(values_only=True))
            total = sum(decimal.Decimal(str(r[1])) for r in rows[1:])
            print(rows[0][0], rows[1][0], type(rows[1][1]).__name__, total.quantize(decimal.Decimal("0.01")))
            """
        #expect(try Python.run(["-c", script, folder + "/exports/out.xlsx"]) == "乡镇 保安镇 float 50800.00\n")
    }

    @Test func exportWritesAMarkdownTable() throws {
        let folder = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try run(["load 乡镇支出-gb18030.csv as g", "g | export out.md"], in: folder) == "exported 7 rows to exports/out.md")
        #expect(try String(contentsOfFile: folder + "/exports/out.md", encoding: .utf8) == """
            | 日期       | 乡镇     |      金额 |
            | :--------- | :------- | --------: |
            | 2022-06-08 | 保安镇   |  1,234.50 |
            | 2022-06-09 | 殷祖镇   | 12,000.00 |
            | 2022-06-15 | 金山店镇 |  3,456.78 |
            | 2022-07-01 | 茗山乡   |    980.00 |
            | 2022-07-20 | 保安镇   | 20,500.25 |
            | 2022-08-03 | 还地桥镇 |  7,020.10 |
            | 2022-08-30 | 陈贵镇   |  5,608.37 |

            """)
    }

    @Test func everyFormatRoundTripsThroughItsOwnReader() throws {
        let folder = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try run(["load 站点验收-合并标题.xlsx as m", "m"], in: folder)
        for file in ["m.csv", "m.tsv", "m.json", "m.xlsx"] {
            #expect(try run(["load 站点验收-合并标题.xlsx as m", "export m to \(file)", "load exports/\(file) as back", "back"], in: folder) == original, "\(file)")
        }
        // The Excel form starts with a byte-order mark and reads back the same.
        _ = try run(["load 站点验收-合并标题.xlsx as m", "export m to excel.csv --excel"], in: folder)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/exports/excel.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try run(["load exports/excel.csv as back", "back"], in: folder) == original)
    }

    @Test func loadAndExportErrorsArePlacedAndChangeNothing() throws {
        let folder = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        func error(_ line: String) -> Diagnostic? { interpreter.run(line).error }
        let sheet = error("load 乡镇支出.xlsx sheet=明细 as x")
        #expect(sheet?.message == "the workbook has no sheet named 明细")
        #expect(sheet?.hint == "sheets: 说明, 支出")
        #expect(sheet?.range == 29..<35)
        #expect(error("load 乡镇支出-gb18030.csv sheet=a")?.message == "sheet= is for .xlsx workbooks")
        #expect(error("load 乡镇支出-gb18030.csv encoding=koi8-r")?.message == "unknown encoding koi8-r")
        #expect(error("load 乡镇支出-gb18030.csv encoding=utf-8")?.message == "line 1 is not valid UTF-8: cannot decode the bytes B4 F3 D2 B1")
        #expect(error("load 乡镇支出-gb18030.csv header=-1")?.message == "header= takes a whole number")
        #expect(error("load 旧表.xls")?.message == "old .xls workbooks cannot be read")
        #expect(error("load 报告.pdf")?.message == "unknown file type")
        #expect(error("load out.md")?.message == "load reads .csv, .txt, .tsv, .xlsx, .json, .jsonl; .md files are only written (by export)")
        #expect(interpreter.workspace.order.isEmpty)
        #expect(error("export nothing to out.csv")?.message == "no dataset or command named nothing")
        #expect(error("export out.csv")?.message == "export needs a table: export NAME to FILE, or … | export FILE")
        _ = interpreter.run("load 乡镇支出.json as j")
        #expect(error("j | export out.pdf")?.message == "cannot tell the format of out.pdf")
        #expect(error("j | export out.md --excel")?.message == "--excel applies to .csv and .tsv files")
        #expect(error("j | export j to out.csv")?.message == "after | export takes only a file: … | export FILE")
        #expect(error("j | export 无此目录/out.csv")?.message == "cannot write \(folder)/exports/无此目录/out.csv: the folder \(folder)/exports/无此目录 does not exist")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("out") || $0.hasPrefix(".") }.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/exports").isEmpty)
    }

    @Test func canonicalFormsParseBackAndExportIsSavedInScripts() throws {
        for line in ["load 乡镇支出.xlsx sheet=支出 as x", "load a.csv as g encoding=gbk header=3 --keep-totals",
                     "load \"我的 文件.xlsx\" sheet=\"2022 年\" as x", "funds | export 结果.xlsx", "export funds to 结果.csv --excel"] {
            let canonical = try Pipeline.parse(line).canonical
            #expect(try Pipeline.parse(canonical).canonical == canonical, "\(line)")
        }
        #expect(try Pipeline.parse("load a.csv header=3 as g encoding=gbk --keep-totals").canonical == "load a.csv as g encoding=gbk header=3 --keep-totals")
        #expect(try Pipeline.parse("load 乡镇支出.xlsx sheet=支出 as x").canonical == "load 乡镇支出.xlsx as x sheet=支出")
        #expect(try Pipeline.parse("funds | export 结果.xlsx").isDisplayOnly == false)
        #expect(ExportCommand.effect == .query)
    }
}

@Suite struct UnicodeTextTests {
    @Test func excelUnicodeTextIsTabSeparatedUTF16() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // What Excel's "Unicode text (*.txt)" writes: UTF-16LE with a mark, tabs, CRLF.
        let text = "乡镇\t金额\r\n保安镇\t\"1,234.50\"\r\n殷祖镇\t20\r\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/导出.txt"))
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        #expect(interpreter.run("load 导出.txt as t").value.map(OutputRenderer.compact) == "loaded t: 2 rows, 2 columns\n  read as UTF-16LE")
        #expect(interpreter.run("t | agg s = sum(金额)").value.map(OutputRenderer.compact) == "1254.50")
    }
}
