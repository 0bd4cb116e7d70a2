import Foundation
import JixiaoCore
import JixiaoEvaluation
import JixiaoRender

/// Writes a filled report as Markdown (the template with its placeholders replaced), as an HTML page or as a
/// Word document (the template's Markdown read as headings, paragraphs and list items; tables and forms as
/// real tables, charts as monospace text), each ending in a footer with the datasets' fingerprints.
package enum ReportWriter {
    /// A line of the report: text with its values in place, or a block placeholder's result.
    enum Resolved {
        case text(String)
        case block(ReportPiece)
    }

    /// The report's Markdown-level blocks, for HTML and Word.
    enum Block {
        case heading(level: Int, text: String)
        case paragraph(String)
        case listItem(String)
        case piece(ReportPiece)
    }

    static func resolved(_ report: FilledReport) -> [Resolved] {
        report.template.lines.map { line in
            if line.pieces.count == 1, case .placeholder(let index) = line.pieces[0], report.pieces[index].isBlock {
                return .block(report.pieces[index])
            }
            var text = ""  // not user-facing: markup
            for piece in line.pieces {
                switch piece {
                case .text(let part): text += part
                case .placeholder(let index):
                    if case .inline(let value) = report.pieces[index] { text += value }
                }
            }
            return .text(text)
        }
    }

    /// Headings (`#` to `####`), list items (`- `, `* `, `1. `), paragraphs of consecutive lines (joined
    /// without a space between Chinese text, as Chinese is written), and block placeholders.
    static func blocks(_ report: FilledReport) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            var text = ""  // not user-facing: markup
            for line in paragraph {
                if let last = text.last, let first = line.first, last.isASCII && first.isASCII { text += " " }  // not user-facing: markup
                text += line
            }
            blocks.append(.paragraph(text))
            paragraph = []
        }
        for line in resolved(report) {
            switch line {
            case .block(let piece):
                flush()
                blocks.append(.piece(piece))
            case .text(let raw):
                let text = raw.trimmingCharacters(in: .whitespaces)
                if text.isEmpty || text == "---" { flush(); continue }  // not user-facing: markup
                let hashes = text.prefix { $0 == "#" }.count  // not user-facing: markup
                if hashes > 0 && hashes <= 6 && text.dropFirst(hashes).first == " " {  // not user-facing: markup
                    flush()
                    blocks.append(.heading(level: hashes, text: String(text.dropFirst(hashes + 1)).trimmingCharacters(in: .whitespaces)))
                } else if text.hasPrefix("- ") || text.hasPrefix("* ") {  // not user-facing: markup
                    flush()
                    blocks.append(.listItem("• " + text.dropFirst(2)))  // not user-facing: markup
                } else if let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy(\.isNumber), !text[..<dot].isEmpty, text[text.index(after: dot)...].first == " " {  // not user-facing: markup
                    flush()
                    blocks.append(.listItem(text))
                } else {
                    paragraph.append(text)
                }
            }
        }
        flush()
        return blocks
    }

    /// Text split at `**…**` into plain and bold runs.
    static func runs(_ text: String) -> [(String, Bool)] {
        let parts = text.components(separatedBy: "**")  // not user-facing: markup
        guard parts.count >= 3 else { return [(text, false)] }
        return parts.enumerated().compactMap { index, part in
            // An odd number of markers leaves the last one as text.
            if index == parts.count - 1 && parts.count % 2 == 0 { return ("**" + part, false) }  // not user-facing: markup
            return part.isEmpty ? nil : (part, index % 2 == 1)
        }
    }

    // MARK: - Markdown

    package static func markdown(_ report: FilledReport, output: String) -> String {
        var lines: [String] = []
        for line in resolved(report) {
            switch line {
            case .text(let text): lines.append(text)
            case .block(.table(let table, let total)): lines.append(MarkdownTableWriter.text(table, showTotal: total).trimmingCharacters(in: .newlines))
            case .block(.forms(let sheets)): lines.append(sheets.map { SheetMarkdownRenderer.render($0).trimmingCharacters(in: .newlines) }.joined(separator: "\n\n"))  // not user-facing: markup
            case .block(.preformatted(let text)): lines.append("```text\n\(text)\n```")  // not user-facing: markup
            case .block(.inline(let text)): lines.append(text)
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        lines += ["", "---", ""] + footer(report, output: output).map { "<small>\(SheetMarkdownRenderer.escape($0))</small>  " }  // not user-facing: markup
        return lines.joined(separator: "\n") + "\n"  // not user-facing: markup
    }

    // MARK: - HTML

    package static func html(_ report: FilledReport, output: String) -> String {
        func inline(_ text: String) -> String {
            runs(text).map { $1 ? "<strong>\(HTMLTableWriter.escaped($0))</strong>" : HTMLTableWriter.escaped($0) }.joined()  // not user-facing: markup
        }
        var body: [String] = []
        for block in blocks(report) {
            switch block {
            case .heading(let level, let text): body.append("<h\(level)>\(inline(text))</h\(level)>")  // not user-facing: markup
            case .paragraph(let text): body.append("<p>\(inline(text))</p>")  // not user-facing: markup
            case .listItem(let text): body.append("<p class=\"item\">\(inline(text))</p>")  // not user-facing: markup
            case .piece(.table(let table, let total)): body.append(HTMLTableWriter.element(table, showTotal: total))
            case .piece(.forms(let sheets)): body += sheets.map(SheetHTMLRenderer.element)
            case .piece(.preformatted(let text)): body.append("<pre class=\"output\">\(MonospaceHTML.text(text))</pre>")  // not user-facing: markup
            case .piece(.inline(let text)): body.append("<p>\(inline(text))</p>")  // not user-facing: markup
            }
        }
        body.append("<footer class=\"fingerprints\">" + footer(report, output: output).map { "<p>\(HTMLTableWriter.escaped($0))</p>" }.joined() + "</footer>")  // not user-facing: markup
        let css = NotebookWriter.css + [
            "p { text-indent: 2em; margin: 0.4em 0; }",  // not user-facing: markup
            "p.item, p.form-note, footer p { text-indent: 0; }",  // not user-facing: markup
            "footer.fingerprints { border-top: 1px solid #999; margin-top: 2em; font-size: 12px; color: #555; }",  // not user-facing: markup
        ]
        return /* // not user-facing: markup */ """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLTableWriter.escaped(report.title))</title>
            <style>
            \(css.joined(separator: "\n"))
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    // MARK: - Word

    package static func document(_ report: FilledReport, output: String) -> WordDocument {
        var document = WordDocument(title: report.title)
        let width = document.textWidth
        func paragraph(_ style: WordStyle, _ text: String) -> WordBlock {
            .paragraph(WordParagraph(style, runs: runs(text).map { WordRun($0, bold: $1) }))
        }
        var blocks: [WordBlock] = []
        for block in Self.blocks(report) {
            switch block {
            case .heading(let level, let text):
                let styles: [WordStyle] = [.title, .heading1, .heading2, .heading3]
                blocks.append(paragraph(styles[min(level, styles.count) - 1], text))
            case .paragraph(let text): blocks.append(paragraph(.body, text))
            case .listItem(let text): blocks.append(paragraph(.listItem, text))
            case .piece(.table(let table, let total)): blocks.append(.table(DocxTableWriter.table(table, width: width, showTotal: total)))
            case .piece(.forms(let sheets)): for sheet in sheets { blocks += SheetDocxRenderer.blocks(sheet, width: width) }
            case .piece(.preformatted(let text)): blocks.append(.paragraph(WordParagraph(.code, text)))
            case .piece(.inline(let text)): blocks.append(paragraph(.body, text))
            }
        }
        blocks += footer(report, output: output).map { .paragraph(WordParagraph(.note, $0)) }
        document.blocks = blocks
        return document
    }

    // MARK: - Footer

    /// How the report was made and from which data, so that anyone can make it again and see whether the
    /// data changed: the template, the command, each dataset's rows and SHA-256.
    static func footer(_ report: FilledReport, output: String) -> [String] {
        [Message(.reportGenerated, JixiaoVersion.current, report.templateName, output).text, Message(.reportFingerprints).text]
            + report.fingerprints.map { Message(.reportFingerprint, $0.name, String($0.rows), $0.sha256, $0.file, count: $0.rows).text }
    }
}
