import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoEvaluation
import JixiaoRender

/// `jixiao report TEMPLATE.md -o OUT.docx|OUT.html|OUT.md`: fills a report template from the datasets and
/// writes it whole, or, when a placeholder fails, writes nothing and gives the error at the template's line.
package struct ReportTool {
    package let interpreter: Interpreter

    package init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// The formats a report is written in, by the output's extension.
    package enum Format: String, Sendable {
        case docx
        case html
        case markdown = "md"

        init?(path: String) {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "docx": self = .docx
            case "html", "htm": self = .html
            case "md", "markdown": self = .markdown
            default: return nil
            }
        }
    }

    /// The report's bytes in the format `destination` names. What jixiao says in it (the footer, a Word note) is
    /// in the language of documents whatever `--lang` is (`DocumentLanguage`); an error is said by whoever shows it.
    package func render(templatePath: String, destination: String) throws -> Data {
        try Language.speaking(DocumentLanguage.language) { try filled(templatePath: templatePath, destination: destination) }
    }

    private func filled(templatePath: String, destination: String) throws -> Data {
        guard let format = Format(path: destination) else {
            throw Diagnostic(.input, .reportUnknownFormat, [destination], location: SourceLocation(file: destination))
        }
        let text = try ScriptReplay.read(templatePath)  // file-gate: trusted: the template named on the command line; its placeholders run readingDataFile
        let report = try ReportRenderer(interpreter: interpreter).fill(text, file: templatePath)
        switch format {
        case .docx: return try WordprocessingMLWriter.data(ReportWriter.document(report, output: destination))
        case .html: return Data(ReportWriter.html(report, output: destination).utf8)
        case .markdown: return Data(ReportWriter.markdown(report, output: destination).utf8)
        }
    }

    /// Fills the template and writes the report atomically; nothing is written when anything fails.
    package func write(templatePath: String, to destination: String) throws {
        let bytes = try render(templatePath: templatePath, destination: destination)
        try AtomicFile.write(bytes, to: destination)  // file-gate: trusted: the output named on the command line (jixiao report T -o FILE)
    }
}
