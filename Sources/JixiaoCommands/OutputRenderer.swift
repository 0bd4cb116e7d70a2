import JixiaoCore
import JixiaoRender

/// Turns a pipeline's result into what the user sees.
package enum OutputRenderer {
    package static func render(_ value: PipelineValue, style: TableStyle) -> String? {
        switch value {
        case .table(let table):
            return TableRenderer.render(table, style: style)
        case .presented(let table, let presentation):
            var style = style
            if let rows = presentation.maxRows { style.maxRows = rows }
            style.showTotal = presentation.showTotal
            return TableRenderer.render(table, style: style)
        case .grouped(let grouped):
            return TableRenderer.render(grouped.counted(), style: style)
        case .form(let form):
            return TerminalText.sanitized(form.text, keepingLineBreaks: true)
        case .text(let text):
            // Text can quote a script or a file (replay shows each command): no control character reaches the terminal.
            return TerminalText.sanitized(text, keepingLineBreaks: true)
        case .none(let note):
            return note.map { TerminalText.sanitized($0, keepingLineBreaks: true) }
        }
    }

    /// A compact, plain form for examples and tests: a single cell as its text, otherwise lines of
    /// comma-separated cells with the header first.
    package static func compact(_ value: PipelineValue) -> String {
        switch value {
        case .text(let text): return text
        case .form(let form): return form.text
        case .none(let note): return note ?? ""
        default:
            guard let table = value.table else { return "" }
            if table.names.count == 1 && table.rowCount == 1 { return table.value(row: 0, column: 0).description }
            let header = table.names.joined(separator: ",")
            let rows = table.rows().map { $0.map(\.description).joined(separator: ",") }
            return ([header] + rows).joined(separator: "\n")
        }
    }
}
