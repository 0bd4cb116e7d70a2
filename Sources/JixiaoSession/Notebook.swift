import Foundation
import JixiaoCore
import JixiaoEvaluation
import JixiaoRender

/// One cell of a notebook made from a script run.
package enum NotebookCell: Sendable {
    case narration(String)
    case command(String, NotebookOutput)
}

/// What a command showed.
package enum NotebookOutput: Sendable {
    case table(Table, showTotal: Bool)
    /// Forms (`appendix`, `evaluate`, `audit`): drawn as the same tables as `appendix to FILE` writes.
    case forms([Sheet])
    /// Text shown as it is: charts, help, messages.
    case text(String)
    case error(String)
    case nothing
}

/// Writes a notebook as Markdown, as one self-contained HTML page or as a Word document: narration as text,
/// commands as code cells, tables and forms as real tables, charts as monospace text. What it says itself (an
/// error's heading) is in the interface's language, which `NotebookTool` fixes for the whole notebook.
package enum NotebookWriter {
    // MARK: - Markdown

    package static func markdown(title: String, cells: [NotebookCell]) -> String {
        var parts = ["# " + MarkdownText.prose(title).replacingOccurrences(of: "\n", with: " ")]  // not user-facing: markup
        for cell in cells {
            switch cell {
            case .narration(let text):
                // The script's text, not markup: no raw HTML, no control characters, as in the HTML notebook.
                parts.append(MarkdownText.prose(text))
            case .command(let command, let output):
                parts.append(MarkdownText.codeBlock(command, info: "jixiao"))  // not user-facing: markup
                switch output {
                case .table(let table, let total): parts.append(MarkdownTableWriter.text(table, showTotal: total).trimmingCharacters(in: .newlines))
                case .forms(let sheets): parts += sheets.map { SheetMarkdownRenderer.render($0).trimmingCharacters(in: .newlines) }
                case .text(let text): parts.append(MarkdownText.codeBlock(text, info: "text"))  // not user-facing: markup
                case .error(let text):
                    // An indented code block inside the quote: shown as it is, never read as markup.
                    let quoted = TerminalText.sanitized(text, keepingLineBreaks: true).split(separator: "\n", omittingEmptySubsequences: false)
                        .map { ">     " + $0 }.joined(separator: "\n")
                    parts.append("> **\(Message(.notebookError).text)**\n>\n" + quoted)
                case .nothing: break
                }
            }
        }
        return parts.joined(separator: "\n\n") + "\n"  // not user-facing: markup
    }

    // MARK: - HTML

    /// The page's style: Chinese-safe fonts for text, `<pre>` in monospace with every wide character boxed
    /// to two columns (`MonospaceHTML`), and forms styled as `appendix to FILE.html` styles them.
    package static let css = [
        "body { font-family: \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.6; }",  // not user-facing: markup
        "pre { font-family: \(MonospaceHTML.fontFamily); font-size: 0.8em; white-space: pre; overflow-x: auto; line-height: 1.3; }",  // not user-facing: markup
        "pre.command { background: #f4f4f4; border-left: 3px solid #888; padding: 0.5em 0.8em; }",  // not user-facing: markup
        "pre.error { color: #a00; }",  // not user-facing: markup
        "table { border-collapse: collapse; margin: 0.5em 0 1.5em; }",  // not user-facing: markup
        "th, td { border: 1px solid #bbb; padding: 0.2em 0.6em; }",  // not user-facing: markup
        "th { background: #eee; }",  // not user-facing: markup
        ".num { text-align: right; font-variant-numeric: tabular-nums; }",  // not user-facing: markup
        "tr.total td { font-weight: bold; border-top: 2px solid #666; }",  // not user-facing: markup
    ] + SheetHTMLRenderer.css + MonospaceHTML.css + [
        "@media print { body { max-width: none; margin: 0; } pre.command { break-inside: avoid; } table { break-inside: auto; } tr { break-inside: avoid; } }",  // not user-facing: markup
    ]

    package static func html(title: String, cells: [NotebookCell]) -> String {
        var body: [String] = []
        for cell in cells {
            switch cell {
            case .narration(let text):
                body.append("<p class=\"narration\">\(escape(text))</p>")  // not user-facing: markup
            case .command(let command, let output):
                body.append("<pre class=\"command\"><code>\(MonospaceHTML.text(command))</code></pre>")  // not user-facing: markup
                switch output {
                case .table(let table, let total): body.append(HTMLTableWriter.element(table, showTotal: total))
                case .forms(let sheets): body += sheets.map(SheetHTMLRenderer.element)
                case .text(let text): body.append("<pre class=\"output\">\(MonospaceHTML.text(text))</pre>")  // not user-facing: markup
                case .error(let text): body.append("<pre class=\"error\">\(MonospaceHTML.text(text))</pre>")  // not user-facing: markup
                case .nothing: break
                }
            }
        }
        return page(title: title, body: body.joined(separator: "\n"))  // not user-facing: markup
    }

    /// A self-contained page with the notebook's style.
    package static func page(title: String, body: String) -> String {
        /* // not user-facing: markup */ """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(css.joined(separator: "\n"))
        </style>
        </head>
        <body>
        <h1>\(escape(title))</h1>
        \(body)
        </body>
        </html>

        """
    }

    static func escape(_ text: String) -> String { HTMLTableWriter.escaped(text, lineBreaks: false) }

    // MARK: - Word

    /// The notebook as a Word document: narration as paragraphs, commands and text output in columns (so charts
    /// keep their columns), tables and forms as Word tables; landscape when a form needs it.
    package static func document(title: String, cells: [NotebookCell]) -> WordDocument {
        let forms = cells.flatMap { cell -> [Sheet] in
            if case .command(_, .forms(let sheets)) = cell { return sheets }
            return []
        }
        var document = WordDocument(title: title, page: WordPage(landscape: forms.contains(where: SheetDocxRenderer.needsLandscape)))
        var blocks: [WordBlock] = [.paragraph(WordParagraph(.title, title))]
        for cell in cells {
            switch cell {
            case .narration(let text):
                blocks.append(.paragraph(WordParagraph(.body, text)))
            case .command(let command, let output):
                blocks.append(.paragraph(WordParagraph(.code, runs: [WordRun(command, bold: true)])))
                switch output {
                case .table(let table, let total): blocks.append(.table(DocxTableWriter.table(table, width: document.textWidth, showTotal: total)))
                case .forms(let sheets): for sheet in sheets { blocks += SheetDocxRenderer.blocks(sheet, width: document.textWidth) }
                case .text(let text): blocks.append(.paragraph(WordParagraph(.code, text)))
                case .error(let text): blocks.append(.paragraph(WordParagraph(.code, runs: [WordRun(text, italic: true)])))
                case .nothing: break
                }
            }
        }
        document.blocks = blocks
        return document
    }
}
