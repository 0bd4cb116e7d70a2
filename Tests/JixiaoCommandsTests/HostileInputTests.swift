import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoRender
import JixiaoSession
import Testing
import TestSupport

/// A folder of hostile files and an interpreter rooted there (with the bundled datasets loaded).
struct HostileFolder {
    let folder: String
    let interpreter: Interpreter

    init() throws {
        folder = try TestSupport.temporaryFolder()
        let workspace = Workspace(directory: folder)
        try workspace.loadFolder(TestSupport.datasetsFolder)
        workspace.style.width = 80
        interpreter = Interpreter(workspace: workspace)
    }

    func write(_ bytes: [UInt8], to name: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    func write(_ text: String, to name: String) throws {
        try write(Array(text.utf8), to: name)
    }

    /// The error a line gives, rendered as the shell shows it.
    func rendered(_ line: String) -> String? {
        interpreter.run(line).error.map { DiagnosticRenderer.render($0) }
    }

    /// The line's result as the shell draws it.
    func shown(_ line: String) throws -> String {
        let outcome = interpreter.run(line)
        if let error = outcome.error { throw error }
        return outcome.value.flatMap(interpreter.render) ?? ""
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// The hostile inputs of issue 9, through `load` and the interpreter as a user meets them.
@Suite struct HostileInputTests {
    @Test func hostileFilesGiveLocatedErrors() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        try hostile.write("乡镇,站点数\n保安镇,3\n殷祖镇\n", to: "ragged.csv")
        #expect(hostile.rendered("load ragged.csv") == """
            ragged.csv:3:1: invalid input: expected 2 fields, found 1
              hint: every row needs a value (or an empty field) for each column; strict=false reads such rows, padding or cutting them
            """)
        try hostile.write("名称,备注\n大冶,\"没有结束\n下一行,x\n", to: "quote.csv")
        #expect(hostile.rendered("load quote.csv") == """
            quote.csv:2:4: invalid input: unterminated quote: the field opened here never closes
              hint: close the quote or remove it
            """)
        try hostile.write(Array("a,b\n1,2\n3,".utf8) + [0] + Array("\n".utf8), to: "nul.csv")
        #expect(hostile.rendered("load nul.csv") == """
            nul.csv:3:3: invalid input: NUL byte in the file: it is binary or UTF-16, not UTF-8 text
              hint: save it again as "CSV UTF-8"
            """)
        // A UTF-8 header over GBK rows: it would decode as GB18030 with the header garbled, so it is an error.
        try hostile.write(Array("编号,乡镇\n1,".utf8) + [0xB1, 0xA3, 0xB0, 0xB2, 0xD5, 0xF2, 10], to: "mixed.csv")
        #expect(hostile.rendered("load mixed.csv")?.hasPrefix("mixed.csv:2:3: invalid input: line 2 is not UTF-8, but the lines before it are: the file mixes encodings") == true)
        // Not UTF-8 anywhere, but valid GB18030: read as such, and the load message says so.
        try hostile.write([0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xCF, 0xE7, 0xD5, 0xF2, 10] + Array("1,".utf8) + [0xB1, 0xA3, 0xB0, 0xB2, 0xD5, 0xF2, 10], to: "gbk.csv")
        #expect(hostile.interpreter.run("load gbk.csv").value.map(OutputRenderer.compact)?.contains("read as GB18030") == true)
        #expect(hostile.interpreter.workspace.dataset(named: "gbk")?.table.names == ["编号", "乡镇"])
        try hostile.write("", to: "empty.csv")
        #expect(hostile.rendered("load empty.csv") == "empty.csv:1: invalid input: the file is empty: no header line")
        #expect(hostile.rendered("load /dev/zero") == """
            file error: /dev/zero is a device or pipe, not a file
              load /dev/zero
                   ^^^^^^^^^
            """)
        // Nothing was loaded by any of the others.
        #expect(hostile.interpreter.workspace.order == ["activities", "budgets", "claims", "funds", "indicators", "project", "stations", "gbk"])
    }

    @Test func emptyTablesAndDuplicateHeadersHaveDefinedResults() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        try hostile.write("乡镇,金额\n", to: "header.csv")
        #expect(try hostile.shown("load header.csv as 空表") == "loaded 空表: 0 rows, 2 columns")
        #expect(try hostile.shown("空表 | count") == "┌───────┐\n│ count │\n├───────┤\n│     0 │\n└───────┘")
        #expect(try hostile.shown("空表") == "┌──────┬──────┐\n│ 乡镇 │ 金额 │\n├──────┼──────┤\n│ (no rows)   │\n└──────┴──────┘")
        try hostile.write("金额,金额,,金额\n1,2,3,4\n", to: "dup.csv")
        #expect(try TestSupport.compact("load dup.csv as d", "d", interpreter: hostile.interpreter) == "金额,金额_2,column3,金额_3\n1,2,3,4")
    }

    @Test func controlCharactersInCellsNeverReachTheTerminal() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        // An escape sequence that would clear the screen, a bell, and a right-to-left override.
        try hostile.write("名称\n\"a\u{1B}[2Jb\u{7}\u{202E}c\"\n", to: "esc.csv")
        _ = try hostile.shown("load esc.csv as e")
        let shown = try hostile.shown("e")
        #expect(shown == "┌───────────┐\n│ 名称      │\n├───────────┤\n│ a␛[2Jb␇�c │\n└───────────┘")
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func aOneMegabyteFieldAndTenThousandColumnsRender() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        try hostile.write("编号,说明\n1,\"" + String(repeating: "绩效", count: 175_000) + "\"\n", to: "big.csv")
        let big = try hostile.shown("load big.csv as big")
        #expect(big == "loaded big: 1 rows, 2 columns")
        let lines = try hostile.shown("big").split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) == 80 })
        #expect(lines[3].hasSuffix("绩效… │"))

        let header = (1...10_000).map { "第\($0)列" }.joined(separator: ",")
        try hostile.write(header + "\n" + (1...10_000).map(String.init).joined(separator: ",") + "\n", to: "wide.csv")
        #expect(try hostile.shown("load wide.csv as wide") == "loaded wide: 1 rows, 10000 columns")
        #expect(try TestSupport.compact("schema wide | count", interpreter: hostile.interpreter) == "10000")
        // Numbers are never cut: the frame holds the first and last columns that fit the 80 columns whole, and
        // the note below names the first 20 of the others and counts the rest.
        let wide = try hostile.shown("wide").split(separator: "\n").map(String.init)
        #expect(wide.prefix(5).allSatisfy { DisplayWidth.of($0) == DisplayWidth.of(wide[0]) && DisplayWidth.of($0) <= 80 })
        #expect(wide[1].hasPrefix("│ 第1列 │ 第2列 │ 第3列 │") && wide[1].contains(" │ … │ ") && wide[1].hasSuffix("│ 第10000列 │"))
        let note = wide.dropFirst(5).joined(separator: " ")
        #expect(wide.count > 5 && wide.dropFirst(5).allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(note.hasPrefix("(99") && note.contains("columns not shown: 第") && note.contains("more);"))
        // A name that is not there gets a hint that lists a few columns, not ten thousand.
        let error = try #require(hostile.interpreter.run("wide | select 不存在的列").error)
        #expect(error.hint == "columns: " + (1...20).map { "第\($0)列" }.joined(separator: ", ") + ", … (9980 more)")
    }

    @Test func numbersBeyond64BitsAreErrorsNotWrappedValues() throws {
        let interpreter = try TestSupport.interpreter()
        func error(_ expression: String) -> String? {
            interpreter.run("budgets | top 1 | select x = " + expression).error?.message
        }
        #expect(error("9223372036854775807 + 1") == "number too large: the result does not fit 18 digits")
        #expect(error("-9223372036854775807 - 1") == "number too large: the result does not fit 18 digits")
        #expect(error("abs(-9223372036854775807 - 1)") == "number too large: the result does not fit 18 digits")
        #expect(error("9223372036854775807 * 2") == "number too large: the result does not fit 18 digits")
        #expect(error("99999999999999999999") == "number too large for a whole number")
        #expect(error("-9223372036854775808") == "number too large for a whole number")
        #expect(try TestSupport.compact("budgets | top 1 | select x = abs(-9223372036854775807)", interpreter: interpreter) == "9223372036854775807")
        // -4611686018427387904 / 0.0000005 is exactly -9223372036854.775808 at scale 6: the null marker's units.
        #expect(error("-4611686018427387904 / 500000") == "number too large: the result does not fit 18 digits")
    }

    @Test func scale18ColumnsMultiplyAndTakeMediansWithoutCrashing() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        try hostile.write("x,y\n0.123456789012345678,0.100000000000000001\n0.000000000000000001,2\n", to: "d18.csv")
        #expect(try TestSupport.compact("load d18.csv as d", "d | select z = x * y", interpreter: hostile.interpreter)
                == "z\n0.012345678901\n0.000000000000")
        #expect(try TestSupport.compact("d | agg m = median(x)", interpreter: hostile.interpreter) == "0.061728394506172840")
    }

    @Test func divisionByZeroIsNull() throws {
        let interpreter = try TestSupport.interpreter()
        #expect(try TestSupport.compact("budgets | select a = 全年预算数 / 0, b = 7 % 0, c = pct(1, 0), d = 1 / (全年预算数 - 全年预算数)", interpreter: interpreter)
                == "a,b,c,d\n,,,\n,,,")
        #expect(try TestSupport.compact("funds | agg x = sum(金额) / 0", interpreter: interpreter) == "")
    }

    @Test func datesOutOfRangeAreErrors() throws {
        let interpreter = try TestSupport.interpreter()
        let error = interpreter.run("activities | select d = 日期 + 3000000").error
        #expect(error?.message == "date out of range: the result lies outside the years 1 to 9999")
        #expect(interpreter.run("activities | top 1 | select d = date(\"9999-12-31\") + 1").error?.message == error?.message)
        #expect(interpreter.run("activities | top 1 | select d = date(\"0001-01-01\") - 1").error?.message == error?.message)
        #expect(try TestSupport.compact("activities | top 1 | select d = date(\"9999-12-30\") + 1", interpreter: interpreter) == "9999-12-31")
        #expect(interpreter.run("activities | where 日期 > \"10000-01-01\"").error?.message == "'10000-01-01' is not a date")
    }

    /// An expression as deep as the parser accepts goes through binding, evaluation, aggregation and canonical
    /// text; one level more is a located syntax error.
    @Test func theDeepestExpressionRunsEverywhere() throws {
        let interpreter = try TestSupport.interpreter()
        let chain = [String](repeating: "1", count: Parser.maxHeight - 3).joined(separator: " + ")
        #expect(try TestSupport.compact("budgets | top 1 | select x = " + chain, interpreter: interpreter) == "\(Parser.maxHeight - 3)")
        #expect(try TestSupport.compact("budgets | agg x = sum(全年预算数) + " + chain, interpreter: interpreter) == "4329\(Parser.maxHeight - 3).00")
        // maxHeight − 1 comparisons (height 2 each) joined by maxHeight − 2 ands: height maxHeight.
        let condition = [String](repeating: "全年预算数 > 0", count: Parser.maxHeight - 1).joined(separator: " and ")
        #expect(try TestSupport.compact("budgets | where " + condition + " | count", interpreter: interpreter) == "2")
        let outcome = interpreter.run("budgets | where " + condition + " | count")
        let canonical = outcome.pipeline?.canonical ?? ""
        #expect((try? Pipeline.parse(canonical).canonical) == canonical)
        let nested = String(repeating: "abs(", count: 199) + "1" + String(repeating: ")", count: 199)
        #expect(try TestSupport.compact("budgets | top 1 | select x = " + nested, interpreter: interpreter) == "1")
        let tooDeep = interpreter.run("budgets | where " + condition + " and 全年预算数 > 0").error
        #expect(tooDeep?.phase == .parse)
        #expect(tooDeep?.message == "expression too deep (over \(Parser.maxHeight) levels of operators and calls)")
    }
}

/// Long and looping scripts finish, in time proportional to their length.
@Suite struct LongScriptTests {
    @Test func aHundredThousandLineScriptReplaysAndSaves() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        var lines: [String] = []
        for index in 0..<100_000 {
            lines.append(index % 5 == 0 ? "budgets | where 全年预算数 > \(index) | count" : "# 第\(index + 1)行")
        }
        let script = lines.joined(separator: "\n") + "\n"
        let items = ScriptReader.items(script)
        #expect(items.count == 100_000)
        var commands = 0
        let error = ScriptReplay(interpreter: hostile.interpreter).run(script, file: "long.jx") { item, outcome in
            if case .command = item, outcome?.error == nil { commands += 1 }
        }
        #expect(error == nil)
        #expect(commands == 20_000)
        // The session log of all of it saves in one linear pass.
        #expect(try hostile.shown("save 长脚本") == "saved 20000 commands to sessions/长脚本.jx")
        let saved = try String(contentsOfFile: hostile.folder + "/sessions/长脚本.jx", encoding: .utf8)
        #expect(ScriptReader.commands(saved).count == 20_000)
    }

    @Test func aQuoteLeftOpenForAHundredThousandLinesIsOneCommand() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        let script = "budgets | count\nstations | where 乡镇 == \"保安镇\n" + String(repeating: "x\n", count: 100_000)
        let commands = ScriptReader.commands(script)
        #expect(commands.map(\.line) == [1, 2])
        // The opening line (37 bytes), then a line break and "x" a hundred thousand times, and the empty last line.
        #expect(commands.last?.text.utf8.count == 37 + 2 * 100_000 + 1)
        let error = try #require(ScriptReplay(interpreter: hostile.interpreter).run(script, file: "open.jx"))
        #expect(error.location.file == "open.jx")
        #expect(error.location.line == 2)
        #expect(error.message == "unterminated string")
    }

    @Test func aLongContinuedPipelineRuns() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        let script = "stations |\n" + String(repeating: "  where 月均服务人次 >= 0 |\n", count: 10_000) + "  count\n"
        var result = ""
        let error = ScriptReplay(interpreter: hostile.interpreter).run(script, file: "pipe.jx") { _, outcome in
            result = outcome?.value.map(OutputRenderer.compact) ?? ""
        }
        #expect(error == nil)
        #expect(result == "141")
    }

    @Test func aScriptThatReplaysItselfStops() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        try hostile.write("# 自己调用自己\nbudgets | count\nreplay loop.jx\n", to: "loop.jx")
        let error = try #require(hostile.interpreter.run("replay loop.jx").error)
        #expect(DiagnosticRenderer.render(error) == """
            loop.jx:3:8: refused: scripts replay one another more than 8 deep
              replay loop.jx
                     ^^^^^^^
              hint: does a script replay itself?
            """)
        #expect(hostile.interpreter.workspace.writePolicy == .trusted)
        #expect(hostile.interpreter.workspace.replayDepth == 0)
    }

    @Test func aHostileHeaderCannotHangTheFingerprintCheck() throws {
        let hostile = try HostileFolder()
        defer { hostile.remove() }
        let script = "#! dataset zero rows=1 sha256=00 file=/dev/zero\nbudgets | count\n"
        let mismatches = ScriptReplay(interpreter: hostile.interpreter).fingerprintMismatches(script)
        #expect(mismatches == ["dataset zero: /dev/zero is missing or not a regular file (the script was saved with sha256 00…)"])
        // A malformed recorded output is read as well as it can be.
        #expect(ExpectedOutput.parse("=== x: y\n=== line : z\nout\n=== line 99999999999999999999: w\n").blocks.map(\.line) == [0, 0])
    }
}

/// Line continuation read one line at a time agrees with reading the whole text, and comments end lines.
@Suite struct HostileLineContinuationTests {
    @Test func continuationIsDecidedLineByLine() throws {
        let cases: [(String, Bool)] = [
            ("stations |", true), ("stations | count", false), ("where 乡镇 in [\"保安镇\",", true),
            ("where 乡镇 == \"保安", true), ("where 乡镇 == “保安", true), ("where 乡镇 == “保安”", false),
            ("stations | # 注释 |", true), ("stations # 注释 |", false), ("select `a b", true),
            ("where 名称 == \"a\\\"", true), ("stations |\n  count", false), ("(\n)\n|", true),
        ]
        for (text, expected) in cases {
            #expect(LineContinuation.needsMore(text) == expected, "\(text)")
        }
        // A comment after | leaves the command open, and the next line continues it.
        let commands = ScriptReader.commands("stations | # 所有站点\n  where 层级 == \"村级\" |  # 村级\n  count\nbudgets | count\n")
        #expect(commands.map(\.line) == [1, 4])
        let interpreter = try TestSupport.interpreter()
        #expect(try TestSupport.compact(commands[0].text, interpreter: interpreter) == "123")
    }
}
