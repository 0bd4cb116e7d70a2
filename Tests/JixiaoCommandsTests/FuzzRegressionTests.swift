import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoRender
import Testing
import TestSupport

/// The properties the command fuzzer checks (Fuzz/CommandFuzz.swift), for one line: it parses or gives a
/// Diagnostic; its canonical text parses back to the same canonical text; it runs without trapping.
func checkCommandProperties(_ text: String, running interpreter: Interpreter? = nil) {
    guard let pipeline = try? Pipeline.parse(text) else { return }
    let canonical = pipeline.canonical
    do {
        #expect(try Pipeline.parse(canonical).canonical == canonical, "\(text.debugDescription)")
    } catch {
        Issue.record("canonical text \(canonical.debugDescription) of \(text.debugDescription) does not parse: \(error)")
    }
    let touchesFiles: Set<String> = ["load", "save", "replay", "tutorial", "sessions", "export", "appendix"]
    guard let interpreter, !pipeline.stages.contains(where: { touchesFiles.contains(type(of: $0).name) }) else { return }
    if let value = interpreter.run(text).value { _ = interpreter.render(value) }
}

/// Each finding of the command fuzzer, as the input it found and as the plain case behind it.
@Suite struct CommandFuzzRegressionTests {
    func decoded(_ base64: String) -> String {
        String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
    }

    /// A quote inside a path cut the path short (rawWord stopped at the space inside the string) and the rest
    /// of the line was dropped; the canonical text then held an unterminated string.
    @Test func aQuoteInsideAPathKeepsTheWholeWord() throws {
        checkCommandProperties(decoded("bG9hZCBkYXRhc3V0cyLph5Hp0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0G9hZP9wKmF0aC90b2wvaWZlLmUuY3N2IGOinTp0ZXh0Ig=="))
        let load = try #require(try Pipeline.parse("load a\"b c\".csv").stages.first as? LoadCommand)
        #expect(load.path == "a\"b c\".csv")
        #expect(load.canonical == "load \"a\\\"b c\\\".csv\" as `a\"b c\"`")
        #expect(try Pipeline.parse(load.canonical).canonical == load.canonical)
        // Paths that do not lex, or hold white space, are written as strings; plain ones stay bare.
        #expect(Expression.path("datasets/funds.csv") == "datasets/funds.csv")
        #expect(Expression.path("../数据/2022年.csv") == "../数据/2022年.csv")
        for path in ["a b.csv", "a|b", "a$b.csv", "C:\\data\\x.csv", "x#1.csv", "“x”.csv", "a\u{3000}b", ""] {
            #expect(Expression.path(path) == Expression.quote(path), "\(path)")
        }
    }

    /// A quote followed by a combining mark is one Character: escaping Character by Character missed it.
    @Test func quotesAndBackticksBeforeCombiningMarksAreEscaped() throws {
        checkCommandProperties(decoded("bG9hZD49YXRhJ3MgZGF0YSdBc6giEAAi2YthbmR3aC9yZQ=="))
        checkCommandProperties(decoded("YHNhYGBgYGBg3LlzYGBgYGBgYGBgYGBpc2FoZXIodw=="))
        // (Values are built outside #expect: its macro mishandles a quote or backtick right before an escape.)
        let quoted = Expression.quote("a\"\u{064B}b"), wantedQuote = "\"a\\\"\u{064B}b\""
        #expect(quoted == wantedQuote)
        let written = Expression.name("a`\u{0739}b"), wanted = "`a``\u{0739}b`"
        #expect(written == wanted)
        let names = try Lexer("`a``\u{0739}b` ```x`").tokens()
        let lexed = ["a`\u{0739}b", "`x"]
        #expect(names.map(\.text) == lexed)
        #expect(names.map(\.kind) == [.quotedIdentifier, .quotedIdentifier])
        // Line continuation reads scalars too: this quote is open.
        let openQuote = "where 名称 == \"\u{0301}abc"
        #expect(LineContinuation.needsMore(openQuote))
        // So does CSV: a doubled quote before a combining mark is one quote.
        let table = try CSVReader.read(bytes: Array("名称\n\"a\"\"\u{0301}b\"\n".utf8))
        let cell = "a\"\u{0301}b"
        #expect(table.value(row: 0, column: 0) == .text(cell))
    }

    /// `save` typed in backticks is a dataset name, and anything after a dataset name was silently ignored.
    @Test func aDatasetNamedLikeACommandAndTrailingWords() throws {
        checkCommandProperties(decoded("YHNhdmVgkw=="))
        let error = try #require(try TestSupport.error("stations where 层级 == \"村级\""))
        #expect(DiagnosticRenderer.render(error) == """
            syntax error: unexpected 'where'
              stations where 层级 == "村级"
                       ^^^^^
              hint: nothing more was expected here
            """)
        #expect(try Pipeline.parse("`save` | count").canonical == "`save` | count")
        #expect(try Pipeline.parse("`ls`").canonical == "`ls`")
    }

    /// `- - x` was written `-(-x)`: a parenthesis per level doubled the nesting, and a line nested 150 deep came back
    /// more than 200 deep, refused.
    @Test func prefixOperatorsNestWithoutParentheses() throws {
        let minus = "funds | select 金额 / " + String(repeating: "- ", count: 149) + "-金额"
        let canonical = try Pipeline.parse(minus).canonical
        #expect(canonical == minus)
        #expect(try Pipeline.parse(canonical).canonical == canonical)
        #expect(try Pipeline.parse("stations | where not not 层级 == \"村级\"").canonical == "stations | where not not 层级 == \"村级\"")
        #expect(try Pipeline.parse("funds | select -(金额 * 2), - -金额, 1 - -金额").canonical == "funds | select -(金额 * 2), - -金额, 1 - -金额")
        #expect(try TestSupport.compact("funds | top 1 | select x = - - - 金额", interpreter: try TestSupport.interpreter()) == "-120000.00")
    }

    @Test func otherCanonicalForms() throws {
        for line in ["help `a b`", "stations | where (村 is null) == true", "stations | where 村 is null == true",
                     "stations | show rows=--all", "stations | select `a``b` = 1", "load \"a`b.csv\""] {
            checkCommandProperties(line)
        }
        #expect(try Pipeline.parse("stations | where (村 is null) == true").canonical == "stations | where (村 is null) == true")
        let error = try #require(try TestSupport.error("load \"\""))
        #expect(error.message == "give the dataset a name: load PATH as NAME")
    }
}

/// Every committed seed and crash input of the fuzzers keeps the fuzzers' properties in the ordinary test run.
@Suite struct FuzzCorpusTests {
    static func files(_ target: String) -> [String] {
        let folder = TestSupport.repositoryRoot + "/Fuzz/corpus/" + target
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }

    @Test func commandCorpus() throws {
        let files = Self.files("command")
        #expect(files.count >= 79)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bundled = try TestSupport.workspace()
        let base = Workspace(directory: folder)
        for name in bundled.order {
            if let dataset = bundled.dataset(named: name) { base.store(Dataset(name: name, table: dataset.table.prefix(1).materialized(), origin: dataset.origin)) }
        }
        base.writePolicy = .restricted(allowed: [])
        for file in files {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
            checkCommandProperties(text, running: Interpreter(workspace: base.copy()))
        }
    }

    /// The workbooks, including the one whose damaged part once trapped inside Foundation's XMLParser: each
    /// gives a table or a Diagnostic.
    @Test func xlsxCorpus() throws {
        let files = Self.files("xlsx")
        #expect(files.contains { $0.hasSuffix("/crash-65db1311c98f005f7bd93672292bd26b148c6ee9") })
        var tables = 0
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            for sheet in [nil, "Sheet1"] as [String?] {
                do {
                    let table = try XLSXReader.read(data: data, sheet: sheet)
                    #expect(table.columns.allSatisfy { $0.count == table.rowCount }, "\(file)")
                    #expect(Set(table.names).count == table.names.count, "\(file)")
                    tables += 1
                } catch is Diagnostic {
                }
            }
        }
        #expect(tables >= 2, "the good seed workbooks read as tables")
    }

    @Test func csvCorpus() throws {
        let files = Self.files("csv")
        #expect(files.count >= 30)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            guard let selector = bytes.first else { continue }
            let delimiter = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")][Int(selector & 3)]
            do {
                let table = try CSVReader.read(bytes: Array(bytes.dropFirst()), file: "fuzz.csv", options: CSVOptions(delimiter: delimiter))
                let rendered = TableRenderer.render(table, style: TableStyle(maxRows: 12, width: Int(selector >> 5) * 20))
                let lines = rendered.split(separator: "\n").filter { $0.hasPrefix("┌") || $0.hasPrefix("│") || $0.hasPrefix("├") || $0.hasPrefix("└") }
                #expect(Set(lines.map { DisplayWidth.of(String($0)) }).count <= 1, "\(file)")
            } catch let diagnostic as Diagnostic {
                #expect(diagnostic.location.line.map { $0 >= 1 } ?? true, "\(file)")
            }
        }
    }
}
