import Foundation
import JixiaoCommands
import JixiaoCore
@testable import JixiaoSession
@testable import JixiaoShell
import Testing
import TestSupport

/// The read–run–print loop over scripted input: cells, prompts, continuation lines, history entries, Ctrl-C
/// and the end of input. Serialized because Ctrl-C is one flag for the whole process.
@Suite(.serialized) struct ShellTests {
    /// A shell over the bundled datasets whose output and errors are collected.
    final class Run {
        let shell: Shell
        let reader: ScriptedLineReader
        var output = ""
        var errors = ""

        init(_ inputs: [LineInput], interactive: Bool = true) throws {
            reader = ScriptedLineReader(inputs: inputs)
            shell = Shell(interpreter: try TestSupport.interpreter(), reader: reader, interactive: interactive, color: false)
            shell.output = { [unowned self] in self.output += $0 }
            shell.errorOutput = { [unowned self] in self.errors += $0 }
        }

        var workspace: Workspace { shell.interpreter.workspace }
    }

    @Test func promptsNumberTheCellsAndContinuationLinesLineUp() throws {
        let run = try Run([.line("stations | count"), .line("stations |"), .line("  group 乡镇 |"), .line("  count"), .line("nosuch"), .line("funds | count")])
        #expect(run.shell.run() == 0)
        #expect(run.reader.prompts == ["jixiao [1]> ", "jixiao [2]> ", "       ...> ", "       ...> ", "jixiao [3]> ", "jixiao [3]> ", "jixiao [4]> "])
        // The multi-line command is one history entry; failed commands are kept too, to be fixed and rerun.
        #expect(run.reader.history == ["stations | count", "stations |\n  group 乡镇 |\n  count", "nosuch", "funds | count"])
        #expect(run.reader.closed)
        #expect(run.errors.hasPrefix("name error: no dataset or command named nosuch\n"))
        // Ctrl-D leaves the cursor after the prompt; the shell ends that line.
        #expect(run.output.hasSuffix("│    23 │\n└───────┘\n\n"))
    }

    @Test func cellsKeepTheirResultsForUnderscoreNAndOut() throws {
        let run = try Run([.line("stations | where 层级 == \"村级\""), .line("_1 | count"), .line("out 1 | where 乡镇 == \"保安镇\" | count"), .line("out 9")])
        #expect(run.shell.run() == 0)
        #expect(run.workspace.cells[2].map(OutputRenderer.compact) == "123")
        #expect(run.workspace.cells[3].map(OutputRenderer.compact) == "12")
        #expect(run.workspace.cellCommands[3] == "out 1 | where 乡镇 == \"保安镇\" | count")
        #expect(run.errors == """
            name error: cell 9 has no result
              out 9
                  ^
              hint: cells: _1, _2, _3; history lists them

            """)
    }

    @Test func historyListsTheCellsWithTheirCommands() throws {
        let run = try Run([.line("stations | where 层级 == \"村级\""), .line("funds |"), .line("  count"), .line("history")])
        #expect(run.shell.run() == 0)
        #expect(run.output.hasSuffix("""
            ┌──────┬─────────────────────────────────┬──────────────────────┐
            │ 单元 │ 命令                            │ 结果                 │
            ├──────┼─────────────────────────────────┼──────────────────────┤
            │    1 │ stations | where 层级 == "村级" │ 123 rows × 9 columns │
            │    2 │ funds | count                   │ 23                   │
            └──────┴─────────────────────────────────┴──────────────────────┘


            """))
    }

    @Test func ctrlCWhileTypingDropsTheWholeCommand() throws {
        let run = try Run([.line("stations |"), .interrupted, .interrupted, .line("funds | count")])
        #expect(run.shell.run() == 0)
        #expect(run.reader.history == ["funds | count"])
        #expect(run.reader.prompts == ["jixiao [1]> ", "       ...> ", "jixiao [1]> ", "jixiao [1]> ", "jixiao [2]> "])
        #expect(run.workspace.cells[1].map(OutputRenderer.compact) == "23")
    }

    @Test func endOfInputInsideACommand() throws {
        // Typed: Ctrl-D abandons the unfinished command.
        let typed = try Run([.line("stations |")])
        #expect(typed.shell.run() == 0)
        #expect(typed.errors == "")
        // Piped: the unfinished command runs, and its error sets the exit code.
        let piped = try Run([.line("stations |")], interactive: false)
        #expect(piped.shell.run() == 1)
        #expect(piped.errors.hasPrefix("syntax error: expected a command after |"))
    }

    @Test func pipedInputHasNoPromptsAndGoesOnAfterAnError() throws {
        let run = try Run([.line("funds | count"), .line("stations | where 乡镗 == 1"), .line("stations | count")], interactive: false)
        #expect(run.shell.run() == 1)
        #expect(run.reader.prompts == ["", "", "", ""])
        #expect(run.output == "┌───────┐\n│ count │\n├───────┤\n│    23 │\n└───────┘\n┌───────┐\n│ count │\n├───────┤\n│   141 │\n└───────┘\n")
        #expect(run.errors.hasPrefix("name error: no column named 乡镗\n"))
    }

    // MARK: - Ctrl-C while a command runs

    @Test func sigintSetsTheFlagInsteadOfEndingTheProcess() {
        InterruptFlag.install()
        InterruptFlag.clear()
        #expect(!InterruptFlag.isSet)
        // Sent to the process, as the terminal does; any thread that does not block SIGINT takes it, so wait.
        kill(getpid(), SIGINT)
        var polls = 0
        while !InterruptFlag.isSet && polls < 500 {
            usleep(10_000)
            polls += 1
        }
        #expect(InterruptFlag.isSet)
        InterruptFlag.clear()
        #expect(!InterruptFlag.isSet)
    }

    @Test func aStoppedCommandChangesNothing() throws {
        let interpreter = try TestSupport.interpreter()
        let before = interpreter.workspace.order
        interpreter.isCancelled = { true }
        for line in ["load datasets/stations.csv as 站点", "let busy = stations | where 月均服务人次 >= 150"] {
            let outcome = interpreter.run(line)
            #expect(outcome.error?.phase == .interrupted, "\(line)")
            #expect(outcome.error?.message == "stopped by Ctrl-C; nothing was changed")
        }
        #expect(interpreter.workspace.order == before)
        #expect(interpreter.workspace.dataset(named: "busy") == nil && interpreter.workspace.dataset(named: "站点") == nil)
    }

    @Test func readingALargeFileStopsPartWay() throws {
        let rows = (0..<40_000).map { "\($0),保安镇\n" }.joined()
        let bytes = Array(("编号,乡镇\n" + rows).utf8)
        let calls = Counter()
        let options = CSVOptions(isCancelled: { calls.increment() >= 1 })
        #expect(throws: Diagnostic.interrupted) { try CSVReader.read(bytes: bytes, options: options) }
        // It stopped at the second check, while scanning, long before the end.
        #expect(calls.value == 2)
        #expect(try CSVReader.read(bytes: bytes).rowCount == 40_000)
    }

    // MARK: - Colour

    @Test func colourOnlyOnATerminalWithoutNO_COLOR() {
        #expect(Terminal.colorEnabled(environment: ["TERM": "xterm-256color"], outputIsTerminal: true))
        #expect(!Terminal.colorEnabled(environment: ["TERM": "xterm-256color"], outputIsTerminal: false))
        #expect(!Terminal.colorEnabled(environment: ["NO_COLOR": "1"], outputIsTerminal: true))
        #expect(Terminal.colorEnabled(environment: ["NO_COLOR": ""], outputIsTerminal: true))
        #expect(!Terminal.colorEnabled(environment: ["TERM": "dumb"], outputIsTerminal: true))
    }

    // MARK: - Width

    /// A terminal has a width; a pipe or a file has none unless COLUMNS asks for one (a script's output is a
    /// record, never cut to a default width).
    @Test func outputHasNoWidthLimitUnlessItIsATerminalOrCOLUMNSSaysSo() {
        #expect(Terminal.outputWidth(environment: [:], outputIsTerminal: false) == nil)
        #expect(Terminal.outputWidth(environment: ["COLUMNS": "60"], outputIsTerminal: false) == 60)
        #expect(Terminal.outputWidth(environment: ["COLUMNS": "wide"], outputIsTerminal: false) == nil)
        #expect(Terminal.outputWidth(environment: ["COLUMNS": "0"], outputIsTerminal: false) == nil)
        #expect(Terminal.outputWidth(environment: ["COLUMNS": "90"], outputIsTerminal: true) == 90)
    }
}

/// Counts calls from a `@Sendable` closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Adds one; returns the count before.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count - 1
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
