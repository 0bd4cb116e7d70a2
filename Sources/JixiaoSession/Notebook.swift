import Foundation
import JixiaoCore
import JixiaoRender

/// One cell of a notebook made from a script run.
package enum NotebookCell: Sendable {
    case narration(String)
    case command(String, NotebookOutput)
}

/// What a command showed.
package enum NotebookOutput: Sendable {
    case table(Table, showTotal: Bool)
    /// Text shown as it is: charts, help, messages.
    case text(String)
    case error(String)
    case nothing
}

/// Writes a notebook as Markdown or as one self-contained HTML page: narration as text, commands as code
/// cells, tables as real tables. What it says itself (an error's heading) is in the interface's language, which
/// `NotebookTool` fixes for the whole notebook.
package enum NotebookWriter {
    // MARK: - Markdown

    package static func markdown(title: String, cells: [NotebookCell]) -> String {
        var parts = ["# \(title)"]
        for cell in cells {
            switch cell {
            case .narration(let text):
                parts.append(text)
            case .command(let command, let output):
                parts.append("```jixiao\n\(command)\n```")
                switch output {
                case .table(let table, let total): parts.append(MarkdownTableWriter.text(table, showTotal: total).trimmingCharacters(in: .newlines))
                case .text(let text): parts.append("```text\n\(text)\n```")
                case .error(let text):
                    let quoted = text.split(separator: "\n", omittingEmptySubsequences: false).map { ">     " + $0 }.joined(separator: "\n")
                    parts.append("> **\(Message(.notebookError).text)**\n>\n" + quoted)
                case .nothing: break
                }
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    // MARK: - HTML

    package static func html(title: String, cells: [NotebookCell]) -> String {
        var body: [String] = []
        for cell in cells {
            switch cell {
            case .narration(let text):
                body.append("<p class=\"narration\">\(escape(text))</p>")
            case .command(let command, let output):
                body.append("<pre class=\"command\"><code>\(escape(command))</code></pre>") // not user-facing: markup
                switch output {
                case .table(let table, let total): body.append(HTMLTableWriter.element(table, showTotal: total))
                case .text(let text): body.append("<pre class=\"output\">\(escape(text))</pre>") // not user-facing: markup
                case .error(let text): body.append("<pre class=\"error\">\(escape(text))</pre>") // not user-facing: markup
                case .nothing: break
                }
            }
        }
        // not user-facing: the page's markup and style
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.6; }
            pre { font-family: "Sarasa Mono SC", "Noto Sans Mono CJK SC", "WenQuanYi Zen Hei Mono", "DejaVu Sans Mono", monospace; white-space: pre; overflow-x: auto; }
            pre.command { background: #f4f4f4; border-left: 3px solid #888; padding: 0.5em 0.8em; }
            pre.error { color: #a00; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
            th, td { border: 1px solid #bbb; padding: 0.2em 0.6em; }
            th { background: #eee; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.total td { font-weight: bold; border-top: 2px solid #666; }
            @media print { body { max-width: none; margin: 0; } pre.command { break-inside: avoid; } table { break-inside: auto; } tr { break-inside: avoid; } }
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static func escape(_ text: String) -> String { HTMLTableWriter.escaped(text, lineBreaks: false) }
}
