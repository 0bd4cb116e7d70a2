import Foundation
import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage
import JixiaoRender

/// Prints or exports the 项目支出绩效自评表.
package struct AppendixCommand: DeclaredCommand, RunsEvaluationPipelines {
    package static let name = "appendix"
    package static let summary = "Print the full 项目支出绩效自评表 in a template's layout, or export it to Excel, Word, HTML, Markdown, CSV or text."
    package static let discussion = """
        The form as a bureau hands it in: the header block from the project dataset (项目名称, 主管部门, 实施单位, \
        年度总体目标), the funds block and the indicators scored as evaluate scores them, 总分 and grade, with merged \
        cells drawn in the text table. to FILE writes it instead, in the format its extension names: .xlsx (one \
        sheet laid out as the form: merged cells, thin borders, bold headers, wrapped text, 万元 and 得分 as numbers \
        formatted 0.00 and 执行率 as 0.00%, the notes below; printed on A4, landscape when the form is wide, one page \
        wide, the title on every page), .docx (a Word document: the title, the form as a Word table with merged \
        cells, 宋体 and 仿宋, the notes), .html (a page with colspan/rowspan), .md (one Markdown table per block), \
        .csv (UTF-8 with a byte-order mark, merged cells left empty after their first) or .txt. The file is written whole or not at all (a temporary file in \
        the same folder, then renamed). A file named without a folder goes into exports/ of the working folder, \
        created when missing, so a saved session writes it again.
        """
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("appendix", "The form in the Ministry of Finance layout."),
        CommandExample("appendix --template hubei", "The form in the Hubei layout (预算执行 20 分)."),
        CommandExample("appendix --template hubei to 自评表.html", "Export it as an HTML page with merged cells (exports/自评表.html).",
                       result: "wrote exports/自评表.html: 项目支出绩效自评表 (hubei, html)"),
        CommandExample("appendix to 自评表.xlsx", "The form as an Excel sheet, ready to print on A4 (exports/自评表.xlsx).",
                       result: "wrote exports/自评表.xlsx: 项目支出绩效自评表 (mof, xlsx)"),
        CommandExample("appendix --template hubei to 自评表.docx", "The form as a Word table, to paste into the report (exports/自评表.docx).",
                       result: "wrote exports/自评表.docx: 项目支出绩效自评表 (hubei, docx)"),
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
        .part(JixiaoCommands.Part("file", "FILE.xlsx|FILE.docx|FILE.html|FILE.md|FILE.csv|FILE.txt", .path, keyword: "to", optional: true, expected: "a file to write, e.g. 自评表.html",
                                  help: "Write the form to this file (its extension names the format) instead of showing it.")),
    ])

    package init(arguments: Arguments) throws {
        template = arguments.template
        if let (given, range) = arguments.path("file") {
            guard let format = Format(path: given) else {
                throw Diagnostic(.parse, code: .appendixUnknownFormat, "cannot tell the format of \(given)", hint: "end the name in .xlsx, .docx, .html, .md, .csv or .txt", range: range)
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
        try context.writing(at: pathRange) { try AtomicFile.write(bytes, to: resolved) }
        return .none("wrote \(path): \(AppendixLayout.title) (\(chosen.id.rawValue), \(format.rawValue))")
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
