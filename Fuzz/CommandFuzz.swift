// libFuzzer target: the command language. One input is one command line (or a script, for the reader of
// scripts): Lexer → PipelineSyntax → Pipeline.parse → canonical text → binder and evaluator against the
// bundled datasets' schemas (one row each, so no pipeline can grow large).
//
// Properties: nothing traps; every error is a Diagnostic; a line that parses has canonical text that parses
// again to the same canonical text (saved scripts depend on it). Lines that touch files (load, save, replay,
// tutorial, sessions, and commands that write) are parsed but not run. Build and run with `make fuzz`.
import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoRender
import JixiaoSession

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}

/// The bundled datasets ($JIXIAO_DATASETS, else ./datasets), first row of each, in an empty working folder.
let baseWorkspace: Workspace = {
    let folder = NSTemporaryDirectory() + "jixiao-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let workspace = Workspace(directory: folder)
    let datasets = ProcessInfo.processInfo.environment["JIXIAO_DATASETS"] ?? FileManager.default.currentDirectoryPath + "/datasets"
    let bundled = Workspace(directory: folder)
    do {
        try bundled.loadFolder(datasets)
    } catch {
        FileHandle.standardError.write(Data("CommandFuzz: cannot load the datasets in \(datasets): \(error)\n".utf8))
        exit(2)
    }
    for name in bundled.order {
        guard let dataset = bundled.dataset(named: name) else { continue }
        workspace.store(Dataset(name: name, table: dataset.table.prefix(1).materialized(), origin: dataset.origin))
    }
    workspace.style.width = 100
    // Whatever slips through the skip list below may still not write outside the empty folder.
    workspace.writePolicy = .restricted(allowed: [])
    return workspace
}()

/// Commands that read or write files by name: parsed, never run.
let touchesFiles: Set<String> = ["load", "save", "replay", "tutorial", "sessions", "export", "appendix", "notebook", "review"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommand(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    // The shell only ever sees valid UTF-8: readLine repairs the rest, and so does this.
    let text = String(decoding: UnsafeBufferPointer(start: data, count: data == nil ? 0 : size), as: UTF8.self)
    _ = LineContinuation.needsMore(text)
    _ = ScriptReader.items(text)
    let pipeline: Pipeline
    do {
        pipeline = try Pipeline.parse(text)
    } catch let diagnostic as Diagnostic {
        if let range = diagnostic.range { require(range.lowerBound >= 0 && range.lowerBound <= text.utf8.count + 1, "range \(range)") }
        _ = DiagnosticRenderer.render(diagnostic)
        return 0
    } catch {
        require(false, "not a Diagnostic: \(error)")
        return 0
    }
    let canonical = pipeline.canonical
    do {
        let again = try Pipeline.parse(canonical)
        require(again.canonical == canonical, "canonical text changes when parsed again:\n  \(canonical.debugDescription)\n  \(again.canonical.debugDescription)")
    } catch {
        require(false, "canonical text does not parse: \(canonical.debugDescription)\n  from \(text.debugDescription)\n  \(error)")
    }
    if pipeline.stages.contains(where: { touchesFiles.contains(type(of: $0).name) }) { return 0 }
    if let letCommand = pipeline.stages.first as? LetCommand,
       letCommand.pipeline.stages.contains(where: { touchesFiles.contains(type(of: $0).name) }) { return 0 }
    let interpreter = Interpreter(workspace: baseWorkspace.copy())
    let outcome = interpreter.run(text)
    if let value = outcome.value { _ = interpreter.render(value) }
    if let error = outcome.error { _ = DiagnosticRenderer.render(error) }
    return 0
}
