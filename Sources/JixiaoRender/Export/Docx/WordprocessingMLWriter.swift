import Foundation
import JixiaoCore

/// Writes a `WordDocument` as a .docx: WordprocessingML parts zipped by the same writer as the workbooks.
///
/// Parts: `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml`, `word/document.xml`, `word/styles.xml`,
/// `word/fontTable.xml`, `word/settings.xml`, `word/_rels/document.xml.rels`. Tables have fixed column widths,
/// single borders, merged cells as `gridSpan` and `vMerge`, and header rows that repeat on every page.
package enum WordprocessingMLWriter {
    package static func data(_ document: WordDocument) throws -> Data {
        try ZIPPackage.data(parts: [
            ("[Content_Types].xml", contentTypes),  // not user-facing: markup
            ("_rels/.rels", packageRelationships),  // not user-facing: markup
            ("docProps/core.xml", core(title: document.title)),  // not user-facing: markup
            ("word/document.xml", body(document)),  // not user-facing: markup
            ("word/styles.xml", styles),  // not user-facing: markup
            ("word/fontTable.xml", fontTable),  // not user-facing: markup
            ("word/settings.xml", settings),  // not user-facing: markup
            ("word/_rels/document.xml.rels", documentRelationships),  // not user-facing: markup
        ], what: "document")  // not user-facing: markup
    }

    // MARK: - Body

    static let namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""  // not user-facing: markup

    static func body(_ document: WordDocument) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(namespaces)><w:body>\n"  // not user-facing: markup
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): xml += self.paragraph(paragraph) + "\n"  // not user-facing: markup
            case .table(let table):
                xml += self.table(table) + "\n"  // not user-facing: markup
                // Word needs a paragraph between two tables, or it joins them.
                xml += "<w:p><w:pPr><w:pStyle w:val=\"\(WordStyle.note.rawValue)\"/></w:pPr></w:p>\n"  // not user-facing: markup
            }
        }
        let page = document.page
        xml += "<w:sectPr><w:pgSz w:w=\"\(page.width)\" w:h=\"\(page.height)\"\(page.landscape ? " w:orient=\"landscape\"" : "")/>"  // not user-facing: markup
        xml += "<w:pgMar w:top=\"\(page.marginTop)\" w:right=\"\(page.marginRight)\" w:bottom=\"\(page.marginBottom)\" w:left=\"\(page.marginLeft)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"  // not user-facing: markup
        xml += "<w:cols w:space=\"425\"/></w:sectPr>\n</w:body></w:document>\n"  // not user-facing: markup
        return xml
    }

    static func paragraph(_ paragraph: WordParagraph) -> String {
        var xml = "<w:p><w:pPr><w:pStyle w:val=\"\(paragraph.style.rawValue)\"/>"  // not user-facing: markup
        if let alignment = paragraph.alignment { xml += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }  // not user-facing: markup
        xml += "</w:pPr>"  // not user-facing: markup
        for run in paragraph.runs {
            xml += paragraph.style == .code ? columnRuns(run.text, bold: run.bold, italic: run.italic) : self.run(run.text, bold: run.bold, italic: run.italic)
        }
        return xml + "</w:p>"  // not user-facing: markup
    }

    /// Half-points of code text, the advance of one column of its Latin font (Courier New and its metric twins
    /// draw every letter 0.6 em wide), and the spacing that widens a Chinese character (1 em) to two columns.
    static let codeHalfPoints = 18
    static let codeColumnTwips = codeHalfPoints * 10 * 6 / 10
    static let wideCharacterSpacing = 2 * codeColumnTwips - codeHalfPoints * 10

    /// Text drawn in columns (a chart, a command) as runs that keep its columns in Word: Latin letters,
    /// box-drawing and block characters in the monospace Latin font, Chinese characters in 宋体 spaced out to
    /// exactly two columns, as `DisplayWidth` counts them.
    static func columnRuns(_ text: String, bold: Bool, italic: Bool) -> String {
        var xml = ""  // not user-facing: markup
        var segment = ""  // not user-facing: markup
        var segmentIsWide = false
        func flush() {
            guard !segment.isEmpty else { return }
            // Spaces and box-drawing characters after a Chinese one count as Chinese text to LibreOffice, which then
            // draws them in its Chinese fallback (half-width 0.5 em, not 0.6): the other runs name a monospace
            // face it has (DejaVu Sans Mono, 0.6 em like Courier New) for that script too.
            var properties = segmentIsWide ? "<w:rFonts w:eastAsia=\"宋体\" w:hint=\"eastAsia\"/>" : "<w:rFonts w:eastAsia=\"DejaVu Sans Mono\"/>"  // not user-facing: markup
            if bold { properties += "<w:b/><w:bCs/>" }  // not user-facing: markup
            if italic { properties += "<w:i/><w:iCs/>" }  // not user-facing: markup
            if segmentIsWide { properties += "<w:spacing w:val=\"\(wideCharacterSpacing)\"/>" }  // not user-facing: markup
            xml += "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")  // not user-facing: markup
            let lines = segment.split(separator: "\n", omittingEmptySubsequences: false)  // not user-facing: markup
            for (index, line) in lines.enumerated() {
                if index > 0 { xml += "<w:br/>" }  // not user-facing: markup
                if !line.isEmpty { xml += "<w:t xml:space=\"preserve\">\(escaped(String(line)))</w:t>" }  // not user-facing: markup
            }
            xml += "</w:r>"  // not user-facing: markup
            segment = ""  // not user-facing: markup
        }
        for character in text {
            let wide = character != "\n" && DisplayWidth.of(character) == 2  // not user-facing: markup
            if wide != segmentIsWide && character != "\n" { flush(); segmentIsWide = wide }  // not user-facing: markup
            segment.append(character == "\t" ? " " : character)  // not user-facing: markup
        }
        flush()
        return xml
    }

    /// A run; line breaks become `<w:br/>` and tabs `<w:tab/>`, spaces are kept.
    static func run(_ text: String, bold: Bool, italic: Bool = false) -> String {
        var properties = ""  // not user-facing: markup
        if bold { properties += "<w:b/><w:bCs/>" }  // not user-facing: markup
        if italic { properties += "<w:i/><w:iCs/>" }  // not user-facing: markup
        var xml = "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")  // not user-facing: markup
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)  // not user-facing: markup
        for (index, line) in lines.enumerated() {
            if index > 0 { xml += "<w:br/>" }  // not user-facing: markup
            let pieces = line.split(separator: "\t", omittingEmptySubsequences: false)  // not user-facing: markup
            for (pieceIndex, piece) in pieces.enumerated() {
                if pieceIndex > 0 { xml += "<w:tab/>" }  // not user-facing: markup
                if !piece.isEmpty { xml += "<w:t xml:space=\"preserve\">\(escaped(String(piece)))</w:t>" }  // not user-facing: markup
            }
        }
        return xml + "</w:r>"  // not user-facing: markup
    }

    static func table(_ table: WordTable) -> String {
        let total = table.columnWidths.reduce(0, +)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"  // not user-facing: markup
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {  // not user-facing: markup
            xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"  // not user-facing: markup
        }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"72\" w:type=\"dxa\"/><w:right w:w=\"72\" w:type=\"dxa\"/></w:tblCellMar>"  // not user-facing: markup
        xml += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"  // not user-facing: markup
        xml += "<w:tblGrid>" + table.columnWidths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"  // not user-facing: markup
        for (index, row) in table.rows.enumerated() {
            xml += "<w:tr><w:trPr><w:cantSplit/>\(index < table.headerRows ? "<w:tblHeader/>" : "")</w:trPr>"  // not user-facing: markup
            var column = 0
            for cell in row {
                let span = max(1, min(cell.gridSpan, table.columnWidths.count - column))
                let width = table.columnWidths[min(column, table.columnWidths.count - 1)..<min(column + span, table.columnWidths.count)].reduce(0, +)
                column += span
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"  // not user-facing: markup
                if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }  // not user-facing: markup
                switch cell.verticalMerge {
                case .none: break
                case .restart: xml += "<w:vMerge w:val=\"restart\"/>"  // not user-facing: markup
                case .continue: xml += "<w:vMerge/>"  // not user-facing: markup
                }
                if cell.shaded { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>" }  // not user-facing: markup
                xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"  // not user-facing: markup
                xml += "<w:p><w:pPr><w:pStyle w:val=\"\(WordStyle.tableText.rawValue)\"/><w:jc w:val=\"\(cell.alignment.rawValue)\"/></w:pPr>"  // not user-facing: markup
                if cell.verticalMerge != .continue && !cell.text.isEmpty { xml += run(cell.text, bold: cell.bold) }
                xml += "</w:p></w:tc>"  // not user-facing: markup
            }
            xml += "</w:tr>"  // not user-facing: markup
        }
        return xml + "</w:tbl>"  // not user-facing: markup
    }

    /// Text safe in XML; control characters (which XML 1.0 cannot hold) are shown as their symbols (␛).
    static func escaped(_ text: String) -> String {
        var result = ""  // not user-facing: markup
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"  // not user-facing: markup
            case "<": result += "&lt;"  // not user-facing: markup
            case ">": result += "&gt;"  // not user-facing: markup
            case "\"": result += "&quot;"  // not user-facing: markup
            case _ where scalar.value < 0x20:
                result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")  // not user-facing: markup
            case _ where scalar.value == 0x7F: result += "\u{2421}"  // not user-facing: markup
            case _ where scalar.value == 0xFFFE || scalar.value == 0xFFFF: result += "\u{FFFD}"  // not user-facing: markup
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: - Fixed parts

    static let contentTypes = /* // not user-facing: markup */ """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>

        """

    static let packageRelationships = /* // not user-facing: markup */ """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>

        """

    static let documentRelationships = /* // not user-facing: markup */ """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>

        """

    static func core(title: String) -> String {
        /* // not user-facing: markup */ """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(escaped(title))</dc:title><dc:creator>jixiao</dc:creator></cp:coreProperties>

        """
    }

    static let settings = /* // not user-facing: markup */ """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>

        """

    /// The fonts named in the styles, with the names Latin systems know them by and their Chinese character set.
    static let fontTable: String = {
        let fonts: [(String, String, String)] = [
            ("宋体", "SimSun", "variable"), ("仿宋", "FangSong", "variable"), ("黑体", "SimHei", "variable"),  // not user-facing: markup
            ("楷体", "KaiTi", "variable"),  // not user-facing: markup
        ]
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"  // not user-facing: markup
        for (name, latin, pitch) in fonts {
            xml += "<w:font w:name=\"\(name)\"><w:altName w:val=\"\(latin)\"/><w:charset w:val=\"86\"/><w:family w:val=\"\(pitch == "fixed" ? "modern" : "auto")\"/><w:pitch w:val=\"\(pitch)\"/></w:font>"  // not user-facing: markup
        }
        xml += "<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"  // not user-facing: markup
        xml += "<w:font w:name=\"Courier New\"><w:charset w:val=\"00\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>"  // not user-facing: markup
        xml += "<w:font w:name=\"DejaVu Sans Mono\"><w:altName w:val=\"Courier New\"/><w:charset w:val=\"00\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>"  // not user-facing: markup
        return xml + "</w:fonts>\n"  // not user-facing: markup
    }()

    /// A style's fonts: Latin text in `latin`, Chinese in `eastAsia`.
    static func fonts(latin: String, eastAsia: String) -> String {
        "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(eastAsia)\" w:cs=\"\(latin)\"/>"  // not user-facing: markup
    }

    static let styles: String = {
        struct Definition {
            var style: WordStyle
            var name: String
            var eastAsia: String
            var latin = "Times New Roman"  // not user-facing: markup
            var halfPoints: Int
            var bold = false
            var paragraph = ""  // not user-facing: markup
        }
        // Sizes as Chinese documents name them: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt.
        let definitions = [
            Definition(style: .title, name: "Title", eastAsia: "宋体", halfPoints: 36, bold: true,  // not user-facing: markup
                       paragraph: "<w:jc w:val=\"center\"/><w:spacing w:before=\"120\" w:after=\"120\"/>"),  // not user-facing: markup
            Definition(style: .subtitle, name: "Subtitle", eastAsia: "楷体", halfPoints: 28, paragraph: "<w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/>"),  // not user-facing: markup
            Definition(style: .heading1, name: "heading 1", eastAsia: "黑体", halfPoints: 32,  // not user-facing: markup
                       paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>"),  // not user-facing: markup
            Definition(style: .heading2, name: "heading 2", eastAsia: "楷体", halfPoints: 30, bold: true,  // not user-facing: markup
                       paragraph: "<w:keepNext/><w:spacing w:before=\"180\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/>"),  // not user-facing: markup
            Definition(style: .heading3, name: "heading 3", eastAsia: "仿宋", halfPoints: 28, bold: true,  // not user-facing: markup
                       paragraph: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/><w:outlineLvl w:val=\"2\"/>"),  // not user-facing: markup
            Definition(style: .body, name: "Body Text", eastAsia: "仿宋", halfPoints: 28,  // not user-facing: markup
                       paragraph: "<w:spacing w:after=\"60\" w:line=\"360\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"560\"/><w:jc w:val=\"both\"/>"),  // not user-facing: markup
            Definition(style: .listItem, name: "List Paragraph", eastAsia: "仿宋", halfPoints: 28,  // not user-facing: markup
                       paragraph: "<w:spacing w:after=\"60\" w:line=\"360\" w:lineRule=\"auto\"/><w:ind w:left=\"420\" w:hanging=\"420\"/>"),  // not user-facing: markup
            Definition(style: .note, name: "Note", eastAsia: "仿宋", halfPoints: 21, paragraph: "<w:spacing w:before=\"60\" w:after=\"0\"/>"),  // not user-facing: markup
            Definition(style: .tableText, name: "Table Text", eastAsia: "宋体", halfPoints: 21, paragraph: "<w:spacing w:before=\"0\" w:after=\"0\"/>"),  // not user-facing: markup
            Definition(style: .code, name: "Code", eastAsia: "Courier New", latin: "Courier New", halfPoints: codeHalfPoints,  // not user-facing: markup
                       paragraph: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F4F4F4\"/><w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/><w:spacing w:before=\"60\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>"),  // not user-facing: markup
        ]
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"  // not user-facing: markup
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts(latin: "Times New Roman", eastAsia: "宋体"))<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"  // not user-facing: markup
        xml += "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:pPrDefault></w:docDefaults>"  // not user-facing: markup
        xml += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl w:val=\"0\"/></w:pPr></w:style>"  // not user-facing: markup
        for definition in definitions {
            xml += "<w:style w:type=\"paragraph\" w:styleId=\"\(definition.style.rawValue)\"><w:name w:val=\"\(definition.name)\"/><w:basedOn w:val=\"Normal\"/>"  // not user-facing: markup
            xml += "<w:qFormat/><w:pPr>\(definition.paragraph)</w:pPr><w:rPr>\(fonts(latin: definition.latin, eastAsia: definition.eastAsia))"  // not user-facing: markup
            xml += definition.bold ? "<w:b/><w:bCs/>" : ""  // not user-facing: markup
            xml += "<w:sz w:val=\"\(definition.halfPoints)\"/><w:szCs w:val=\"\(definition.halfPoints)\"/></w:rPr></w:style>"  // not user-facing: markup
        }
        xml += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"  // not user-facing: markup
        xml += "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"  // not user-facing: markup
        return xml + "</w:styles>\n"  // not user-facing: markup
    }()
}
