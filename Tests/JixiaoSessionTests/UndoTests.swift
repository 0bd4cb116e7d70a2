import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoSession
import Testing
import TestSupport

/// undo and redo of the commands that change the datasets; save leaves what was undone out.
@Suite struct UndoRedoTests {
    @Test func undoTakesBackALetAndRedoBringsItBack() throws {
        let interpreter = try TestSupport.interpreter()
        #expect(interpreter.run("let 村级 = stations | where 层级 == \"村级\"").cell == 1)
        #expect(interpreter.run("村级 | count").cell == 2)
        let undo = interpreter.run("undo")
        #expect(undo.error == nil)
        #expect(undo.cell == nil)
        #expect(interpreter.workspace.dataset(named: "村级") == nil)
        // The query after it went with it: its cell is put aside, and the next command takes number 1.
        #expect(interpreter.run("_2").error?.code == .nameUnknownCell)
        let redo = interpreter.run("redo")
        #expect(redo.value.map(OutputRenderer.compact) == "redid: let 村级 = stations | where 层级 == \"村级\"")
        #expect(try TestSupport.compact("_2", interpreter: interpreter) == "123")
        #expect(interpreter.run("stations | count").cell == 4)
        #expect(interpreter.run("undo").error == nil)
        #expect(interpreter.run("stations | count").cell == 1)
        // A new command ended the redo chain.
        #expect(interpreter.run("redo").error?.code == .historyNothingToRedo)
        #expect(interpreter.run("undo").error?.code == .historyNothingToUndo)
    }

    @Test func undoRestoresAReplacedOrRenamedDataset() throws {
        let interpreter = try TestSupport.interpreter()
        _ = interpreter.run("load datasets/quarters/2022-Q1.csv as funds")
        #expect(try TestSupport.compact("funds | count", interpreter: interpreter) == "3")
        _ = interpreter.run("rename funds as 资金")
        _ = interpreter.run("undo")
        #expect(try TestSupport.compact("funds | count", interpreter: interpreter) == "3")
        _ = interpreter.run("undo")
        #expect(try TestSupport.compact("funds | count", interpreter: interpreter) == "23")
        #expect(interpreter.workspace.order == ["activities", "budgets", "claims", "funds", "indicators", "project", "stations"])
        // A query changes nothing, so there is nothing more to undo.
        #expect(interpreter.run("undo").error?.code == .historyNothingToUndo)
    }

    @Test func saveLeavesUndoneCommandsOutAndReplaysTheSame() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let interpreter = try sandbox.interpreter()
        for line in ["let busy = stations | where 月均服务人次 >= 150", "busy | count", "undo",
                     "let busy = stations | where 月均服务人次 >= 200", "busy | count", "_2"] {
            #expect(interpreter.run(line).error == nil, "\(line)")
        }
        #expect(interpreter.run("save 撤销").error == nil)
        let script = try sandbox.read("sessions/撤销.jx")
        let body = script.split(separator: "\n").filter { !$0.hasPrefix("#!") && !$0.isEmpty }.joined(separator: "\n")
        #expect(body == """
            let busy = stations | where 月均服务人次 >= 200
            busy | count
            _2
            """)
        let replayed = try sandbox.replay("sessions/撤销.jx", .run)
        #expect(replayed.code == 0)
        #expect(replayed.errors == "")
    }

    @Test func aReplayedScriptUndoesOnlyItsOwnSteps() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("let a = funds | top 1\nundo\nundo\n", to: "u.jx")
        let interpreter = try sandbox.interpreter()
        _ = interpreter.run("let mine = stations | top 2")
        let replay = interpreter.run("replay u.jx")
        // The script's second undo finds nothing of its own to undo; the session's let is untouched.
        #expect(replay.error?.code == .historyNothingToUndo)
        #expect(interpreter.workspace.dataset(named: "mine") != nil)
        #expect(interpreter.workspace.dataset(named: "a") == nil)
        // At the prompt, undo takes back the replay's changes as one step, then the let.
        #expect(try TestSupport.compact("undo", interpreter: interpreter) == "undid: replay u.jx")
        #expect(try TestSupport.compact("undo", interpreter: interpreter) == "undid: let mine = stations | top 2")
    }

    @Test func aJournalReplaysUndoToTheSameDatasets() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        // What the shell journals: saved commands and undo/redo as commands, the rest as #! lines.
        try sandbox.write("""
            #! jixiao 0.1.0 journal
            let a = stations | where 层级 == "村级"
            undo
            let b = funds | top 2
            """ + "\n", to: "j.jx")
        let interpreter = try sandbox.interpreter()
        let replay = ScriptReplay(interpreter: interpreter)
        #expect(replay.run(try sandbox.read("j.jx"), file: "j.jx") == nil)
        #expect(interpreter.workspace.dataset(named: "a") == nil)
        #expect(interpreter.workspace.dataset(named: "b")?.table.rowCount == 2)
    }
}

/// A stack of files records each file's fingerprint, and a replay checks each.
@Suite struct PatternFingerprintTests {
    @Test func eachFileOfAStackIsFingerprinted() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let interpreter = try sandbox.interpreter()
        #expect(interpreter.run("load datasets/quarters/2022-*.csv as 季度").error == nil)
        #expect(interpreter.run("季度 | group 文件 | agg n = count()").error == nil)
        #expect(interpreter.run("save 季度").error == nil)
        let header = ScriptHeader.parse(try sandbox.read("sessions/季度.jx"))
        #expect(header.datasets.map(\.file) == (1...4).map { "datasets/quarters/2022-Q\($0).csv" })
        #expect(header.datasets.map(\.rows) == [3, 6, 7, 7])
        #expect(Set(header.datasets.map(\.name)) == ["季度"])
        #expect(header.datasets[1].sha256 == DatasetFingerprint.sha256(ofFile: sandbox.folder + "/datasets/quarters/2022-Q2.csv"))
        #expect(try sandbox.replay("sessions/季度.jx", .run).errors == "")
        try "日期,资金名称,方向,对象,用途,金额\n".write(toFile: sandbox.folder + "/datasets/quarters/2022-Q2.csv", atomically: true, encoding: .utf8)
        let changed = try sandbox.replay("sessions/季度.jx", .run)
        #expect(changed.errors.contains("warning: dataset 季度: datasets/quarters/2022-Q2.csv changed since the script was saved"))
        #expect(!changed.errors.contains("2022-Q1.csv"))
    }
}
