import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender

/// `jixiao notebook FILE.jx -o OUT.md|OUT.html|OUT.docx`: replays a script and writes narration, commands and outputs.
///
/// A notebook is a document for the bureau's readers, kept and handed on like an export: what jixiao says in it
/// (notices, errors) is in one language whatever `--lang` is (`DocumentLanguage`).
package struct NotebookTool {
    /// The language of every notebook.
    package static let language = DocumentLanguage.language

    package let interpreter: Interpreter

    package init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// Builds the notebook's cells by replaying the script; stops after the first error, which becomes a cell.
    package func cells(script: String, file: String) -> ([NotebookCell], Diagnostic?) {
        Language.speaking(Self.language) { replayedCells(script: script, file: file) }
    }

    private func replayedCells(script: String, file: String) -> ([NotebookCell], Diagnostic?) {
        var cells: [NotebookCell] = []
        let error = ScriptReplay(interpreter: interpreter).run(script, file: file) { item, outcome in
            switch item {
            case .narration(let text, _): cells.append(.narration(text))
            case .command(let command):
                guard let outcome else { return }
                cells.append(.command(command.text, Self.output(outcome, interpreter: interpreter, command: command, file: file)))
            }
        }
        return (cells, error)
    }

    static func output(_ outcome: Outcome, interpreter: Interpreter, command: ScriptCommand, file: String) -> NotebookOutput {
        if let error = outcome.error { return .error(DiagnosticRenderer.render(ScriptReplay.place(error, in: command, file: file))) }
        switch outcome.value {
        case .table(let table)?: return .table(table, showTotal: false)
        case .presented(let table, let presentation)?: return .table(table, showTotal: presentation.showTotal)
        case .grouped(let grouped)?: return .table(grouped.counted(), showTotal: false)
        case .text(let text)?: return .text(text)
        case .form(let form)?: return .forms(form.sheets)
        case .none(let note)?: return note.map { .text($0) } ?? .nothing
        case nil: return .nothing
        }
    }

    /// Writes the notebook; the format follows the extension of `destination` (.md, .html or .docx).
    package func write(scriptPath: String, to destination: String) throws -> Diagnostic? {
        let format = URL(fileURLWithPath: destination).pathExtension.lowercased()
        guard ["md", "markdown", "html", "htm", "docx"].contains(format) else {
            throw Diagnostic(.input, .notebookUnknownFormat, [destination], location: SourceLocation(file: destination))
        }
        let script = try ScriptReplay.read(scriptPath)  // file-gate: trusted: the script named on the command line (jixiao notebook FILE)
        let (cells, error) = cells(script: script, file: scriptPath)
        let title = URL(fileURLWithPath: scriptPath).deletingPathExtension().lastPathComponent
        let bytes: Data
        switch format {
        case "md", "markdown": bytes = Data(Language.speaking(Self.language) { NotebookWriter.markdown(title: title, cells: cells) }.utf8)
        case "docx": bytes = try WordprocessingMLWriter.data(Language.speaking(Self.language) { NotebookWriter.document(title: title, cells: cells) })
        default: bytes = Data(Language.speaking(Self.language) { NotebookWriter.html(title: title, cells: cells) }.utf8)
        }
        try AtomicFile.write(bytes, to: destination)  // file-gate: trusted: the output named on the command line (-o FILE)
        return error
    }
}
