import JixiaoCore

/// A Word document as jixiao writes it: an A4 page, then paragraphs and tables in order.
///
/// The model holds only what reports, forms and notebooks need; `WordprocessingMLWriter` turns it into a .docx.
package struct WordDocument: Sendable {
    package var title: String
    package var page = WordPage()
    package var blocks: [WordBlock] = []

    package init(title: String, page: WordPage = WordPage(), blocks: [WordBlock] = []) {
        self.title = title
        self.page = page
        self.blocks = blocks
    }

    /// The width text may take between the margins, in twentieths of a point.
    package var textWidth: Int { page.width - page.marginLeft - page.marginRight }
}

/// A4 (210 × 297 mm) in twentieths of a point, with margins of about 2.2 cm at the sides and 2.5 cm above and below.
package struct WordPage: Sendable, Equatable {
    package var landscape = false
    package var marginTop = 1418
    package var marginBottom = 1418
    package var marginLeft = 1247
    package var marginRight = 1247

    package init(landscape: Bool = false) {
        self.landscape = landscape
    }

    package static let a4Short = 11906
    package static let a4Long = 16838

    package var width: Int { landscape ? Self.a4Long : Self.a4Short }
    package var height: Int { landscape ? Self.a4Short : Self.a4Long }
}

package enum WordBlock: Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
}

/// The paragraph styles of the document (styles.xml), each with its fonts: Chinese text in 宋体, 仿宋, 黑体 or
/// 楷体 through `w:eastAsia`, Latin text in Times New Roman, code in Courier New with its Chinese characters in
/// 宋体 spaced to exactly two columns, so text drawn in columns keeps its columns.
package enum WordStyle: String, Sendable, CaseIterable {
    case title = "Title"
    case subtitle = "Subtitle"
    case heading1 = "Heading1"
    case heading2 = "Heading2"
    case heading3 = "Heading3"
    case body = "BodyText"
    case listItem = "ListParagraph"
    case note = "Note"
    case tableText = "TableText"
    case code = "Code"
}

package enum WordAlignment: String, Sendable {
    case left
    case center
    case right
    case both
}

package struct WordRun: Sendable, Equatable {
    package var text: String
    package var bold: Bool
    package var italic: Bool

    package init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

package struct WordParagraph: Sendable {
    package var style: WordStyle
    package var runs: [WordRun]
    package var alignment: WordAlignment?

    package init(_ style: WordStyle, runs: [WordRun], alignment: WordAlignment? = nil) {
        self.style = style
        self.runs = runs
        self.alignment = alignment
    }

    package init(_ style: WordStyle, _ text: String, alignment: WordAlignment? = nil) {
        self.init(style, runs: [WordRun(text)], alignment: alignment)
    }
}

/// A table on a grid of columns; a cell may span columns (`gridSpan`) and rows (`vMerge`).
package struct WordTable: Sendable {
    /// Column widths in twentieths of a point.
    package var columnWidths: [Int]
    /// Rows of cells, left to right; a row's cells together span every grid column.
    package var rows: [[WordCell]]
    /// The first rows repeat at the top of every page the table runs onto.
    package var headerRows = 0

    package init(columnWidths: [Int], rows: [[WordCell]], headerRows: Int = 0) {
        self.columnWidths = columnWidths
        self.rows = rows
        self.headerRows = headerRows
    }
}

package struct WordCell: Sendable, Equatable {
    /// How a cell takes part in a merge down rows.
    package enum VerticalMerge: Sendable, Equatable {
        case none
        /// The first row of a merged cell, holding its text.
        case restart
        /// A row the cell above continues into.
        case `continue`
    }

    /// The text; `\n` is a line break.
    package var text: String
    package var bold: Bool
    package var alignment: WordAlignment
    package var gridSpan: Int
    package var verticalMerge: VerticalMerge
    package var shaded: Bool

    package init(_ text: String, bold: Bool = false, alignment: WordAlignment = .left, gridSpan: Int = 1, verticalMerge: VerticalMerge = .none, shaded: Bool = false) {
        self.text = text
        self.bold = bold
        self.alignment = alignment
        self.gridSpan = gridSpan
        self.verticalMerge = verticalMerge
        self.shaded = shaded
    }
}

extension WordTable {
    /// Column widths in proportion to display widths (Chinese counts two), scaled to fill `total`, each at
    /// least `minimum` (the widest column gives up what the minimums take).
    /// Twentieths of a point one display column of 五号 text takes, with a share of the cell's margins.
    package static let twipsPerColumn = 110

    /// Column widths for a table of display widths where the `unbreakable` columns (numbers) keep their
    /// whole width when the table must shrink to `total`, and the others share what is left.
    package static func widths(displayWidths: [Int], unbreakable: [Bool], total: Int) -> [Int] {
        let natural = displayWidths.map { ($0 + 2) * twipsPerColumn }
        guard natural.reduce(0, +) > total else { return widths(displayWidths: displayWidths, total: total) }
        let fixed = zip(natural, unbreakable).map { $1 ? $0 : 0 }.reduce(0, +)
        let flexible = zip(displayWidths, unbreakable).map { $1 ? 0 : max($0, 2) }
        let remaining = total - fixed
        guard remaining > 0, flexible.reduce(0, +) > 0 else { return widths(displayWidths: displayWidths, total: total) }
        return zip(natural, unbreakable).enumerated().map { index, pair in
            pair.1 ? pair.0 : max(4 * twipsPerColumn, flexible[index] * remaining / flexible.reduce(0, +))
        }
    }

    package static func widths(displayWidths: [Int], total: Int, minimum: Int = 600) -> [Int] {
        let wanted = displayWidths.map { max($0, 2) }
        let sum = max(wanted.reduce(0, +), 1)
        let scaled = wanted.map { max(minimum, $0 * total / sum) }
        let overflow = scaled.reduce(0, +) - total
        guard overflow > 0, let widest = scaled.indices.max(by: { scaled[$0] < scaled[$1] }) else { return scaled }
        var fitted = scaled
        fitted[widest] = max(minimum, fitted[widest] - overflow)
        return fitted
    }
}
