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
            var text = ""
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
            var text = ""
            for line in paragraph {
                if let last = text.last, let first = line.first, last.isASCII && first.isASCII { text += " " }
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
                if text.isEmpty || text == "---" { flush(); continue }
                let hashes = text.prefix { $0 == "#" }.count
                if hashes > 0 && hashes <= 6 && text.dropFirst(hashes).first == " " {
                    flush()
                    blocks.append(.heading(level: hashes, text: String(text.dropFirst(hashes + 1)).trimmingCharacters(in: .whitespaces)))
                } else if text.hasPrefix("- ") || text.hasPrefix("* ") {
                    flush()
                    blocks.append(.listItem("• " + text.dropFirst(2)))
                } else if let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy(\.isNumber), !text[..<dot].isEmpty, text[text.index(after: dot)...].first == " " {
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
        let parts = text.components(separatedBy: "**")
        guard parts.count >= 3 else { return [(text, false)] }
        return parts.enumerated().compactMap { index, part in
            // An odd number of markers leaves the last one as text.
            if index == parts.count - 1 && parts.count % 2 == 0 { return ("**" + part, false) }
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
            case .block(.forms(let sheets)): lines.append(sheets.map { SheetMarkdownRenderer.render($0).trimmingCharacters(in: .newlines) }.joined(separator: "\n\n"))
            case .block(.preformatted(let text)): lines.append("```text\n\(text)\n```")
            case .block(.inline(let text)): lines.append(text)
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        lines += ["", "---", ""] + footer(report, output: output).map { "<small>\(SheetMarkdownRenderer.escape($0))</small>  " }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - HTML

    package static func html(_ report: FilledReport, output: String) -> String {
        func inline(_ text: String) -> String {
            runs(text).map { $1 ? "<strong>\(HTMLTableWriter.escaped($0))</strong>" : HTMLTableWriter.escaped($0) }.joined()
        }
        var body: [String] = []
        for block in blocks(report) {
            switch block {
            case .heading(let level, let text): body.append("<h\(level)>\(inline(text))</h\(level)>")
            case .paragraph(let text): body.append("<p>\(inline(text))</p>")
            case .listItem(let text): body.append("<p class=\"item\">\(inline(text))</p>")
            case .piece(.table(let table, let total)): body.append(HTMLTableWriter.element(table, showTotal: total))
            case .piece(.forms(let sheets)): body += sheets.map(SheetHTMLRenderer.element)
            case .piece(.preformatted(let text)): body.append("<pre class=\"output\">\(MonospaceHTML.text(text))</pre>")
            case .piece(.inline(let text)): body.append("<p>\(inline(text))</p>")
            }
        }
        body.append("<footer class=\"fingerprints\">" + footer(report, output: output).map { "<p>\(HTMLTableWriter.escaped($0))</p>" }.joined() + "</footer>")
        let css = NotebookWriter.css + [
            "p { text-indent: 2em; margin: 0.4em 0; }",
            "p.item, p.form-note, footer p { text-indent: 0; }",
            "footer.fingerprints { border-top: 1px solid #999; margin-top: 2em; font-size: 12px; color: #555; }",
        ]
        return """
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
        [ReportText.generated(version: JixiaoVersion.current, template: report.templateName, output: output), ReportText.fingerprintsHeading]
            + report.fingerprints.map { ReportText.fingerprint(name: $0.name, rows: $0.rows, sha256: $0.sha256, file: $0.file) }
    }
}

/// Every text a report adds to its template, in Chinese and English, in one place for the message catalog.
package enum ReportText {
    package static func generated(version: String, template: String, output: String) -> String {
        "本报告由 jixiao \(version) 按模板 \(template) 从下列数据集计算生成，数字均非手填；重新生成：jixiao report \(template) -o \(output)"
            + "（Generated by jixiao \(version) from the template \(template) and the datasets below; to regenerate: jixiao report \(template) -o \(output)）"
    }

    package static let fingerprintsHeading = "数据集指纹（dataset fingerprints）："

    package static func fingerprint(name: String, rows: Int, sha256: String, file: String) -> String {
        "\(name)：\(rows) 行（rows），sha256 \(sha256)，\(file)"
    }
}
