import JixiaoCore

/// A report template: Markdown whose `{{ … }}` placeholders are pipelines, read into lines of text and
/// placeholders with their places in the template (line, and the byte offset of the pipeline in its line).
///
/// `{{ PIPELINE }}` places one value (a 1 × 1 table, written as prose writes numbers: 123.4, 18, 56.78%), or
/// a chart or other text, or a form (`{{ appendix }}`, `{{ evaluate }}`); `{{ table: PIPELINE }}` places a
/// table. A table, a chart, a form stands alone on its line.
package struct ReportTemplate: Sendable {
    package struct Placeholder: Sendable, Equatable {
        package enum Kind: Sendable, Equatable {
            /// A value, text or a form, whichever the pipeline gives.
            case value
            /// `table:` — the pipeline's table.
            case table
        }

        package var kind: Kind
        /// The pipeline, trimmed.
        package var pipeline: String
        /// 1-based line of the template.
        package var line: Int
        /// Byte range of the pipeline within its line, for carets.
        package var range: Range<Int>
        /// Byte range of the whole `{{ … }}` within its line.
        package var whole: Range<Int>
        /// Whether the placeholder is the only thing on its line (blocks must be).
        package var standsAlone: Bool
    }

    /// A line of the template: text and placeholders in order.
    package struct Line: Sendable {
        package enum Piece: Sendable {
            case text(String)
            case placeholder(Int)
        }

        package var number: Int
        package var text: String
        package var pieces: [Piece]
    }

    package var lines: [Line]
    package var placeholders: [Placeholder]

    /// Reads a template; an unterminated or empty placeholder is a syntax error at its line and column.
    package static func parse(_ text: String, file: String) throws -> ReportTemplate {
        var lines: [Line] = []
        var placeholders: [Placeholder] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineText = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let bytes = Array(lineText.utf8)
            var pieces: [Line.Piece] = []
            var position = 0
            var textStart = 0
            while position + 1 < bytes.count {
                guard bytes[position] == UInt8(ascii: "{"), bytes[position + 1] == UInt8(ascii: "{") else { position += 1; continue }
                guard let close = find(bytes, from: position + 2) else {
                    throw Diagnostic(.parse, .reportUnterminatedPlaceholder, hint: Message(.hintReportWholePlaceholder),
                                     source: lineText, range: position..<(position + 2), location: SourceLocation(file: file, line: index + 1))
                }
                if textStart < position { pieces.append(.text(String(decoding: bytes[textStart..<position], as: UTF8.self))) }
                var start = position + 2
                var end = close
                while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
                while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
                var kind = Placeholder.Kind.value
                let prefix = Array("table:".utf8)
                if end - start >= prefix.count, Array(bytes[start..<(start + prefix.count)]) == prefix {
                    kind = .table
                    start += prefix.count
                    while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
                }
                guard start < end else {
                    throw Diagnostic(.parse, .reportEmptyPlaceholder, hint: Message(.hintReportPlaceholderExample),
                                     source: lineText, range: position..<(close + 2), location: SourceLocation(file: file, line: index + 1))
                }
                let before = String(decoding: bytes[0..<position], as: UTF8.self)
                let after = String(decoding: bytes[(close + 2)...], as: UTF8.self)
                let alone = before.allSatisfy(\.isWhitespace) && after.allSatisfy(\.isWhitespace)
                placeholders.append(Placeholder(kind: kind, pipeline: String(decoding: bytes[start..<end], as: UTF8.self), line: index + 1,
                                                range: start..<end, whole: position..<(close + 2), standsAlone: alone))
                pieces.append(.placeholder(placeholders.count - 1))
                position = close + 2
                textStart = position
            }
            if textStart < bytes.count { pieces.append(.text(String(decoding: bytes[textStart...], as: UTF8.self))) }
            lines.append(Line(number: index + 1, text: lineText, pieces: pieces))
        }
        if lines.last?.text.isEmpty == true, lines.last?.pieces.isEmpty == true { lines.removeLast() }
        return ReportTemplate(lines: lines, placeholders: placeholders)
    }

    /// The offset of the `}}` closing a placeholder that starts before `from`, on the same line.
    static func find(_ bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "}"), bytes[index + 1] == UInt8(ascii: "}") { return index }
            index += 1
        }
        return nil
    }
}
