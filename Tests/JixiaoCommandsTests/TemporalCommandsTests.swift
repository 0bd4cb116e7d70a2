import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoRender
import Testing
import TestSupport

/// Issue 22, requirement 3 from the command line: functions, comparison, sorting, grouping, aggregates,
/// describe and schema, rendering and exports of timestamps, times and durations; and the load message of
/// two-digit years (requirement 5).
@Suite struct TemporalCommandsTests {
    static let shifts = """
        站点,到达,开始,历时
        保安镇,2024-03-01T08:30:00+08:00,08:30:00,36:15:00
        殷祖镇,2024-03-01T01:00:00Z,09:15,01:30:00
        金牛镇,2024-03-01 02:00:00,11:00:00,12:00:00
        保安镇,2024-03-02T09:00:00+08:00,08:00:00,00:45:00

        """

    /// Runs lines in a folder holding shifts.csv (and the file given); returns the last compact result.
    func run(_ lines: String..., file: (name: String, text: String)? = nil) throws -> String {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.shifts.write(toFile: folder + "/shifts.csv", atomically: true, encoding: .utf8)
        if let file { try file.text.write(toFile: folder + "/" + file.name, atomically: true, encoding: .utf8) }
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        var last = ""
        for line in ["load shifts.csv as s"] + lines {
            let outcome = interpreter.run(line)
            if let error = outcome.error { throw error }
            last = outcome.value.map(OutputRenderer.compact) ?? ""
        }
        return last
    }

    @Test func schemaNamesTheTypes() throws {
        #expect(try run("schema s | select 列, 类型") == "列,类型\n站点,text\n到达,timestamp\n开始,time\n历时,duration")
        #expect(DataType.timestamp.name.text(in: .zh) == "时间戳" && DataType.time.name.text(in: .zh) == "时刻"
            && DataType.duration.name.text(in: .zh) == "时长")
        #expect(DataType.duration.name.text(in: .en) == "duration")
    }

    @Test func hourMinuteSecondDateAndTime() throws {
        #expect(try run("s | derive h = hour(到达), m = minute(开始), d = date(到达), t = time(到达), 总时 = hour(历时) | select h, m, d, t, 总时") == """
            h,m,d,t,总时
            8,30,2024-03-01,08:30:00,36
            1,15,2024-03-01,01:00:00,1
            2,0,2024-03-01,02:00:00,12
            9,0,2024-03-02,09:00:00,0
            """)
        #expect(try run("s | top 1 | derive y = year(到达), mo = month(到达), dd = day(到达) | select y, mo, dd") == "y,mo,dd\n2024,3,1")
    }

    @Test func sortingAndComparingAreByInstant() throws {
        // 08:30+08:00 is 00:30 UTC: before 01:00Z and 02:00 (no zone: taken at UTC).
        #expect(try run("s | sort 到达 | select 站点") == "站点\n保安镇\n殷祖镇\n金牛镇\n保安镇")
        #expect(try run("s | sort 到达 desc | select 到达 | top 1") == "2024-03-02 09:00:00+08:00")
        #expect(try run("s | where 到达 < \"2024-03-01 01:00:00Z\" | count") == "1")
        #expect(try run("s | where 到达 >= \"2024-03-01\" and 到达 < \"2024-03-02\" | count") == "3")
        #expect(try run("s | where 开始 > \"09:00\" | select 站点") == "站点\n殷祖镇\n金牛镇")
        #expect(try run("s | where 历时 >= \"12:00:00\" | count") == "2")
        #expect(try run("s | sort 历时 | select 历时") == "历时\n00:45:00\n01:30:00\n12:00:00\n36:15:00")
    }

    @Test func aBadLiteralIsALocatedError() throws {
        let error = try #require(capture("s | where 开始 > \"九点\""))
        #expect(error.code == .typeNotATime)
        #expect(error.message == "'九点' is not a time of day")
        #expect(error.range != nil)
        #expect(capture("s | where 到达 > \"明天\"")?.code == .typeNotATimestamp)
        #expect(capture("s | where 历时 > \"很久\"")?.code == .typeNotADuration)
        #expect(capture("s | derive x = time(\"25:00\")")?.code == .typeNotATime)
        #expect(capture("s | derive x = hour(站点)")?.code == .typeFunctionArgument)
    }

    /// The error a line gives after loading shifts.csv (nil when it succeeds).
    func capture(_ line: String) -> Diagnostic? {
        do {
            _ = try run(line)
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    @Test func groupMinMaxAndDifferences() throws {
        #expect(try run("s | group 站点 | agg 首 = min(到达), 末 = max(到达), 长 = max(历时), 早 = min(开始) | sort 站点") == """
            站点,首,末,长,早
            保安镇,2024-03-01 08:30:00+08:00,2024-03-02 09:00:00+08:00,36:15:00,08:00:00
            金牛镇,2024-03-01 02:00:00,2024-03-01 02:00:00,12:00:00,11:00:00
            殷祖镇,2024-03-01 01:00:00Z,2024-03-01 01:00:00Z,01:30:00,09:15:00
            """)
        // Equal instants written in different zones are one group (the first written is shown).
        #expect(try run("s | derive k = if(站点 == \"金牛镇\", timestamp(\"2024-03-01T00:30:00Z\"), 到达) | distinct k | count") == "3")
        #expect(try run("s | derive 晚 = 开始 - time(\"08:00\") | select 晚") == "晚\n00:30:00\n01:15:00\n03:00:00\n00:00:00")
        #expect(try run("s | top 2 | derive 间隔 = 到达 - timestamp(\"2024-03-01 00:00:00Z\"), 合计 = 历时 + 历时 | select 间隔, 合计") == """
            间隔,合计
            00:30:00,72:30:00
            01:00:00,03:00:00
            """)
    }

    @Test func describeGivesTheRange() throws {
        #expect(try run("describe s | where 列 == \"历时\" | select 类型, 最小值, 最大值") == "类型,最小值,最大值\nduration,00:45:00,36:15:00")
    }

    @Test func rendersAndExportsKeepThem() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.shifts.write(toFile: folder + "/shifts.csv", atomically: true, encoding: .utf8)
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        for line in ["load shifts.csv as s", "export s to s.xlsx", "export s to s.json", "export s to s.csv"] {
            #expect(interpreter.run(line).error == nil, "\(line)")
        }
        let original = interpreter.run("s").value.map(OutputRenderer.compact) ?? ""
        #expect(original.contains("36:15:00"))
        for file in ["s.xlsx", "s.json", "s.csv"] {
            #expect(interpreter.run("load exports/\(file) as back").error == nil)
            #expect(interpreter.run("schema back | select 类型").value.map(OutputRenderer.compact) == "类型\ntext\ntimestamp\ntime\nduration", "\(file)")
            #expect(interpreter.run("back").value.map(OutputRenderer.compact) == original, "\(file)")
        }
        // Notebook-style exports (Markdown, HTML) show them as the table does.
        for file in ["s.md", "s.html"] {
            #expect(interpreter.run("export s to \(file)").error == nil)
            let text = (try? String(contentsOfFile: folder + "/exports/" + file, encoding: .utf8)) ?? ""
            #expect(text.contains("2024-03-01 08:30:00+08:00") && text.contains("36:15:00") && text.contains("09:15:00"), "\(file)")
        }
        let shown = interpreter.run("s | top 1").value.map { OutputRenderer.render($0, style: TableStyle()) ?? "" } ?? ""
        #expect(shown.contains("2024-03-01 08:30:00+08:00") && shown.contains("36:15:00"))
    }

    @Test func theLoadMessageSaysHowTwoDigitYearsWereRead() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "日期,金额\n1/1/19,10\n12/31/99,20\n".write(toFile: folder + "/us.csv", atomically: true, encoding: .utf8)
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        let outcome = interpreter.run("load us.csv as us")
        let message = outcome.value.map { OutputRenderer.render($0, style: TableStyle()) ?? "" } ?? ""
        #expect(message.contains("column 日期: dates read as month/day/year (1/1/19 is 2019-01-01)"))
        #expect(message.contains("two-digit years 00–29 read as 2000–2029"))
        #expect(interpreter.run("us | select 日期").value.map(OutputRenderer.compact) == "日期\n2019-01-01\n1999-12-31")
    }
}
