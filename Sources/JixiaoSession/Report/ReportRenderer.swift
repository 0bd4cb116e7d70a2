import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoEvaluation
import JixiaoRender

/// What a placeholder gave, ready to place.
package enum ReportPiece: Sendable {
    /// Inline text (a value as prose writes it, or a line of text).
    case inline(String)
    case table(Table, showTotal: Bool)
    case forms([Sheet])
    /// Text drawn in columns: a chart, a listing.
    case preformatted(String)

    var isBlock: Bool {
        if case .inline = self { return false }
        return true
    }
}

/// A template with every placeholder run: its lines, and what each placeholder gave.
package struct FilledReport: Sendable {
    package var title: String
    package var template: ReportTemplate
    package var pieces: [ReportPiece]
    /// The datasets the report was computed from, for its footer.
    package var fingerprints: [DatasetFingerprint]
    /// The template as the footer names it (relative to the project when inside it).
    package var templateName: String
}

/// Fills a report template: each placeholder's pipeline runs through the interpreter as a replayed script's
/// command runs (under the script's read rule, writing nothing, cells numbered from 1, no shell commands), in the
/// template's order. The first that fails is an error at the template's line and column, and nothing is written.
package struct ReportRenderer {
    package let interpreter: Interpreter

    package init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    package func fill(_ text: String, file: String) throws -> FilledReport {
        let template = try ReportTemplate.parse(text, file: file)
        let workspace = interpreter.workspace
        // A template is data: its placeholders read as a script reads and write nothing.
        let pieces = try workspace.replaying { try workspace.readingDataFile {
            try workspace.numberingCellsFromOne {
                try template.placeholders.map { placeholder in
                    let lineText = template.lines[placeholder.line - 1].text
                    do {
                        return try piece(for: placeholder, file: file)
                    } catch let diagnostic as Diagnostic {
                        throw Self.place(diagnostic, placeholder: placeholder, lineText: lineText, file: file)
                    }
                }
            }
        } }
        let title = template.lines.lazy.compactMap { line -> String? in
            guard line.text.hasPrefix("# ") else { return nil }
            return String(line.text.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        }.first ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return FilledReport(title: title, template: template, pieces: pieces, fingerprints: fingerprints(), templateName: relative(file))
    }

    /// Runs one placeholder's pipeline and checks that what it gives fits where it stands.
    func piece(for placeholder: ReportTemplate.Placeholder, file: String) throws -> ReportPiece {
        if let bang = Interpreter.shellEscapeRange(placeholder.pipeline) {
            throw Diagnostic(.security, .reportShellInTemplate, hint: Message(.hintTypeItYourself), source: placeholder.pipeline, range: bang)
        }
        let outcome = interpreter.run(placeholder.pipeline)
        if let error = outcome.error { throw error }
        let piece: ReportPiece
        switch (placeholder.kind, outcome.value) {
        case (.table, .table(let table)?):
            piece = .table(table, showTotal: false)
        case (.table, .presented(let table, let presentation)?):
            piece = .table(table, showTotal: presentation.showTotal)
        case (.table, .grouped(let grouped)?):
            piece = .table(grouped.counted(), showTotal: false)
        case (.table, .form(let form)?):
            piece = .forms(form.sheets)
        case (.table, _):
            throw Diagnostic(.run, .reportNotATable, hint: Message(.hintReportLeaveOutTable))
        case (.value, .form(let form)?):
            piece = .forms(form.sheets)
        case (.value, .text(let text)?):
            piece = text.contains("\n") ? .preformatted(text) : .inline(text)
        case (.value, .none(_)?), (.value, nil):
            throw Diagnostic(.run, .reportNothingToPlace, hint: Message(.hintReportWhatToPlace))
        case (.value, let value?):
            guard let table = value.table, table.rowCount == 1, table.names.count == 1 else {
                let table = value.table
                throw Diagnostic(.run, .reportNotAValue, [String(table?.rowCount ?? 0), String(table?.names.count ?? 0)], hint: Message(.hintReportTableOrAgg))
            }
            piece = .inline(ReportValue.prose(table.value(row: 0, column: 0), hint: table.columns[0].hint))
        }
        if piece.isBlock && !placeholder.standsAlone {
            throw Diagnostic(.run, .reportBlockInline, hint: Message(.hintReportOwnLine))
        }
        return piece
    }

    /// An error of a placeholder, shown at the template's line with a caret: under the offending part of the
    /// pipeline when the error points into it, else under the whole placeholder. An error already placed in
    /// another file (a data file) keeps its place.
    static func place(_ error: Diagnostic, placeholder: ReportTemplate.Placeholder, lineText: String, file: String) -> Diagnostic {
        if error.location.file != nil && error.location.file != file { return error }
        var located = error
        let shift = placeholder.range.lowerBound
        if error.source == placeholder.pipeline, let range = error.range {
            located.range = (range.lowerBound + shift)..<(range.upperBound + shift)
        } else {
            located.range = placeholder.whole
        }
        located.source = lineText
        located.location = SourceLocation(file: file, line: placeholder.line)
        return located
    }

    /// Every dataset of the workspace read from a file, with its rows and SHA-256.
    func fingerprints() -> [DatasetFingerprint] {
        let workspace = interpreter.workspace
        return workspace.order.compactMap { name in
            guard let dataset = workspace.dataset(named: name), case .file(let path) = dataset.origin,
                  let sha = DatasetFingerprint.sha256(ofFile: path) else { return nil }  // file-gate: checked: a loaded dataset's own file, read through checkRead when it was loaded
            return DatasetFingerprint(name: name, rows: dataset.table.rowCount, sha256: sha, file: relative(path))
        }
    }

    func relative(_ path: String) -> String {
        let directory = interpreter.workspace.directory
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standardized = URL(fileURLWithPath: absolute).standardizedFileURL.path
        return standardized.hasPrefix(prefix) ? String(standardized.dropFirst(prefix.count)) : path
    }
}

/// One value as a report's prose writes it: numbers without trailing zeros after the point and without
/// thousands separators (123.40 → 123.4, 18.00 → 18), percentages with their sign (56.78%), text as it is.
package enum ReportValue {
    package static func prose(_ value: Value, hint: DisplayHint) -> String {
        switch value {
        case .integer(let i): return String(i) + (hint == .percent ? "%" : "")
        case .decimal(let d):
            var text = d.description
            if text.contains(".") {
                while text.last == "0" { text.removeLast() }
                if text.last == "." { text.removeLast() }
            }
            return text + (hint == .percent ? "%" : "")
        case .text(let s): return s
        case .null: return ""
        default: return CellFormatter.text(value, hint: hint)
        }
    }
}
