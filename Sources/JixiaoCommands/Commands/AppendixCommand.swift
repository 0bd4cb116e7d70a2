import Foundation
import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage
import JixiaoRender

/// Prints or exports the 项目支出绩效自评表.
package struct AppendixCommand: DeclaredCommand, RunsEvaluationPipelines {
    package static let name = "appendix"
    package static let chineseName: String? = "自评表"
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("appendix"),
        CommandExample("appendix --template hubei"), // not user-facing: a command line
        CommandExample("appendix --template hubei to 自评表.html"), // not user-facing: a command line; its result is a notice, in the catalog
        CommandExample("appendix to 自评表.xlsx"), // not user-facing: a command line
        CommandExample("appendix --template hubei to 自评表.docx"), // not user-facing: a command line
    ]

    /// The export formats, by file extension.
    package enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case csv
        case html
        case text = "txt"
        case xlsx
        case docx

        init?(path: String) {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            // A name needs something before its extension: `.html` alone is no file to hand in.
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
            switch name[name.index(after: dot)...].lowercased() {
            case "md", "markdown": self = .markdown
            case "csv": self = .csv
            case "html", "htm": self = .html
            case "txt": self = .text
            case "xlsx": self = .xlsx
            case "docx": self = .docx
            default: return nil
            }
        }
    }

    package var template: EvaluationTemplate?
    package var path: String?
    package var pathRange: Range<Int>?
    package var format: Format?

    package static let signature = Signature([
        .option(.template),
        .part(JixiaoCommands.Part("file", "FILE.xlsx|FILE.docx|FILE.html|FILE.md|FILE.csv|FILE.txt", .path, keyword: "to", optional: true)),
    ])

    package init(arguments: Arguments) throws {
        template = arguments.template
        if let (given, range) = arguments.path("file") {
            guard let format = Format(path: given) else {
                throw Diagnostic(.parse, .appendixUnknownFormat, [given], hint: Message(.hintAppendixFormats), range: range)
            }
            self.path = WritePolicy.placed(given)
            self.pathRange = range
            self.format = format
        }
    }

    package var arguments: Arguments {
        var arguments = Arguments()
        arguments.set(template: template)
        if let path { arguments.set("file", .path(path, range: pathRange ?? 0..<0)) }
        return arguments
    }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let inputs = EvaluationInputs(context: context)
        let chosen = template ?? .mof
        let sheet = try AppendixLayout.sheet(try inputs.evaluation(chosen), project: try inputs.project())
        guard let path, let format else {
            let form = SheetTextRenderer.render(sheet, ascii: context.workspace.style.ascii)
            return .form(FormOutput(sheets: [sheet], text: Self.noteWhenWider(form, than: context.workspace.style.width)))
        }
        let bytes: Data
        switch format {
        case .markdown: bytes = Data(SheetMarkdownRenderer.render(sheet).utf8)
        case .csv: bytes = Data(SheetCSVRenderer.render(sheet).utf8)
        case .html: bytes = Data(SheetHTMLRenderer.render(sheet).utf8)
        case .text: bytes = Data((SheetTextRenderer.render(sheet, ascii: context.workspace.style.ascii) + "\n").utf8)
        case .xlsx: bytes = try SheetXLSXRenderer.data(sheet)
        case .docx: bytes = try SheetDocxRenderer.data(sheet)
        }
        let resolved = try context.checkWrite(path, range: pathRange)
        try context.writing(at: pathRange) { try AtomicFile.write(bytes, to: resolved) }  // file-gate: checked: resolved came from checkWrite
        return .none(Message(.noticeWroteForm, path, AppendixLayout.title, chosen.id.rawValue, format.rawValue).text)
    }

    /// The form as drawn, whole (a form with cells left out would not be the form), and below it, when the
    /// window is narrower than the form and the terminal wraps its lines, how to see it whole.
    static func noteWhenWider(_ form: String, than window: Int?) -> String {
        let formWidth = form.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
        guard let window, formWidth > window else { return form }
        let note = OutputNotes.wrapped(OutputNotes.formWiderThanWindow(formWidth: formWidth, windowWidth: window), to: window)
        return ([form] + note).joined(separator: "\n")
    }
}

// MARK: - Binding

extension AppendixCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .nothing }
}
