import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoRender
@testable import JixiaoSession
import Testing
import TestSupport

/// A Markdown notebook is as safe as the HTML one and the terminal: an untrusted script's ESC, bidirectional
/// overrides and `<script>` reach the file as visible symbols and entities, never as themselves.
@Suite struct MarkdownSafetyTests {
    static let hostile = "<script>alert(1)</script> \u{1B}]0;pwned\u{07}\u{1B}[31m红 \u{202E}txt.exe\u{2066}x\u{2069} & <b>"

    /// No escape character, no C0 control but line breaks, no bidirectional override, no raw tag.
    static func expectSafe(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let scalars = markdown.unicodeScalars
        #expect(!scalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control character", sourceLocation: sourceLocation)
        #expect(!scalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }, "a bidi override", sourceLocation: sourceLocation)
        #expect(!scalars.contains { (0x80...0x9F).contains($0.value) }, "a C1 control", sourceLocation: sourceLocation)
    }

    /// Before: narration went into the file verbatim, `<script>` and ESC included, and a command holding ```
    /// closed its code block, so what followed was read as Markdown and HTML.
    @Test func narrationCommandsTablesAndOutputsAreEscaped() {
        let table = Table(names: ["名称<i>", "x"], columns: [Column.from([.text(Self.hostile)], type: .text), Column.from([.integer(1)], type: .integer)])
        let markdown = NotebookWriter.markdown(title: "t<script>", cells: [
            .narration(Self.hostile),
            .command("stations | where 名称 == \"```\n<script>x</script>\u{1B}[2J\"", .table(table, showTotal: false)),
            .command("help", .text("```\n<script>y</script>\u{202E}")),
            .command("bad", .error("error: \u{1B}[31m<script>z</script>")),
        ])
        Self.expectSafe(markdown)
        // Outside code blocks no tag survives: narration, title and cells hold entities.
        #expect(markdown.hasPrefix("# t&lt;script&gt;\n\n&lt;script&gt;alert(1)&lt;/script&gt; ␛]0;pwned␇␛[31m红 �txt.exe�x� &amp; &lt;b&gt;\n\n"))
        #expect(markdown.contains("| 名称&lt;i&gt;"))
        #expect(markdown.contains("| &lt;script&gt;alert(1)&lt;/script&gt; ␛]0;pwned␇␛[31m红 �txt.exe�x� &amp; &lt;b&gt; |"))
        // A fence longer than any run of backticks inside: the command and the text stay inside their blocks.
        #expect(markdown.contains("````jixiao\nstations | where 名称 == \"```\n<script>x</script>␛[2J\"\n````"))
        #expect(markdown.contains("````text\n```\n<script>y</script>�\n````"))
        #expect(markdown.contains(">     error: ␛[31m<script>z</script>"))
        // Everything outside a code block holds no `<` but the writer's own `<br>`.
        for line in Self.outsideCode(markdown) {
            #expect(!line.replacingOccurrences(of: "<br>", with: "").contains("<"), "raw markup in \(line)")
        }
    }

    /// The lines of `markdown` outside fenced and indented code blocks: where a renderer reads markup.
    static func outsideCode(_ markdown: String) -> [String] {
        var lines: [String] = []
        var fence: String?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let open = fence {
                if line == open { fence = nil }
                continue
            }
            if line.hasPrefix("```") { fence = String(line.prefix { $0 == "`" }); continue }
            if line.hasPrefix(">     ") { continue }
            lines.append(line)
        }
        return lines
    }

    /// The whole path: a received script replayed into a Markdown notebook.
    @Test func anUntrustedScriptsNotebookIsSafe() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("# \(Self.hostile)\nstations | top 1 | derive 备注 = \"<img src=x onerror=alert(1)>\u{1B}[5m\u{202D}\" | select 备注\n", to: "received.jx")
        let tool = NotebookTool(interpreter: try sandbox.interpreter())
        #expect(try tool.write(scriptPath: sandbox.folder + "/received.jx", to: sandbox.folder + "/nb.md") == nil)
        let markdown = try sandbox.read("nb.md")
        Self.expectSafe(markdown)
        #expect(Self.outsideCode(markdown).allSatisfy { !$0.replacingOccurrences(of: "<br>", with: "").contains("<") })
        #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;␛[5m�"))
    }

    /// `export x.md` writes its cells the same way.
    @Test func aMarkdownExportEscapesItsCells() {
        let table = Table(names: ["a"], columns: [Column.from([.text("<script>\u{1B}[1m|\\\n\u{202E}")], type: .text)])
        let text = MarkdownTableWriter.text(table)
        Self.expectSafe(text)
        #expect(text.contains("| &lt;script&gt;␛[1m\\|\\\\<br>� |"))
    }
}
