import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoEvaluation
import JixiaoRender
import Testing
import TestSupport

/// `appendix to FILE.xlsx` and `FILE.docx`, read back by independent readers (openpyxl, python-docx) and, where
/// LibreOffice is installed, rendered to PDF: every merged range, value and number format of the on-screen form.
@Suite struct AppendixOfficeTests {
    static let templates = ["mof", "hubei"]

    /// Writes the form of a template to `exports/NAME` in a new folder; returns the folder and the form's sheet.
    func written(_ template: String, to name: String) throws -> (folder: String, path: String, sheet: Sheet) {
        let folder = try TestSupport.temporaryFolder()
        let workspace = Workspace(directory: folder)
        try workspace.loadFolder(TestSupport.datasetsFolder)
        let interpreter = Interpreter(workspace: workspace)
        let option = template == "mof" ? "" : " --template \(template)"
        guard case .form(let form)? = interpreter.run("appendix" + option).value, let sheet = form.sheets.first else {
            throw Diagnostic(.run, code: DiagnosticCode("test.no_form"), "appendix gave no form")
        }
        #expect(try TestSupport.compact("appendix\(option) to \(name)", interpreter: interpreter)
                == "wrote exports/\(name): 项目支出绩效自评表 (\(template), \(name.split(separator: ".").last ?? ""))")
        return (folder, folder + "/exports/" + name, sheet)
    }

    static func json(_ script: String, _ path: String) throws -> [String: Any] {
        let output = try Python.run([TestSupport.repositoryRoot + "/Tests/Fixtures/readers/" + script, path])
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    static func reference(row: Int, column: Int) -> String {
        CellReference.letters(column) + String(row + 1)
    }

    // MARK: - Excel

    @Test(.enabled(if: Python.hasOpenpyxl, "python3 with openpyxl is not installed; `make test` installs it"), arguments: templates)
    func theWorkbookHoldsTheFormsMergesValuesAndFormats(_ template: String) throws {
        let (folder, path, sheet) = try written(template, to: "自评表.xlsx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let book = try Self.json("xlsx_form.py", path)
        let cells = try #require(book["cells"] as? [String: [String: Any]])
        let last = CellReference.letters(sheet.columnCount - 1)
        let top = sheet.subtitle == nil ? 1 : 2

        // Merged ranges: the title (and subtitle) across the form, every merged cell of the screen, each note.
        var merges = ["A1:\(last)1"]
        if sheet.subtitle != nil { merges.append("A2:\(last)2") }
        for cell in sheet.cells where cell.rowSpan > 1 || cell.columnSpan > 1 {
            merges.append(Self.reference(row: top + cell.row, column: cell.column) + ":"
                          + Self.reference(row: top + cell.row + cell.rowSpan - 1, column: cell.column + cell.columnSpan - 1))
        }
        let notesStart = top + sheet.rowCount + 1
        for index in sheet.notes.indices { merges.append("A\(notesStart + index + 1):\(last)\(notesStart + index + 1)") }
        #expect((book["merges"] as? [String]) == merges.sorted())

        // Every cell: numbers as numbers with their format, text as text, headers bold and centred, all wrapped.
        for cell in sheet.cells {
            let reference = Self.reference(row: top + cell.row, column: cell.column)
            let read = try #require(cells[reference], "\(reference)")
            if let number = cell.number {
                #expect(read["kind"] as? String == "number", "\(reference) \(cell.text)")
                #expect((read["value"] as? String).flatMap { ExactDecimal(parsing: $0) } == number.value, "\(reference) \(cell.text)")
                #expect(read["format"] as? String == number.formatCode, "\(reference)")
            } else if !cell.text.isEmpty {
                #expect(read["value"] as? String == cell.text, "\(reference)")
                #expect(read["format"] as? String == "General", "\(reference)")
            }
            #expect(read["bold"] as? Bool == (cell.style == .header || cell.style == .label), "\(reference)")
            #expect(read["wrap"] as? Bool == true, "\(reference)")
            #expect(read["border"] as? String == "thin", "\(reference)")
            #expect(read["font"] as? String == "宋体", "\(reference)")
        }
        #expect(cells["A1"]?["value"] as? String == "项目支出绩效自评表")
        #expect(cells["A2"]?["value"] as? String == "（2022年度）")
        for (index, note) in sheet.notes.enumerated() { #expect(cells["A\(notesStart + index + 1)"]?["value"] as? String == note) }

        // The figures a reader checks first, as numbers.
        func number(_ reference: String) -> String? {
            guard let read = cells[reference], let value = read["value"] as? String, let format = read["format"] as? String else { return nil }
            return value + " " + format
        }
        if template == "mof" {
            #expect(number("C6") == "432.9 0.00")
            #expect(number("E6") == "422.21 0.00")
            #expect(number("G6") == "0.9753 0.00%")
            #expect(number("H6") == "9.75 0.00")
        } else {
            #expect(number("D8") == "432.9 0.00")
            #expect(number("F8") == "0.9753 0.00%")
            #expect(number("G8") == "19.51 0.00")
        }

        // Columns wide enough for their Chinese text; rows tall enough for their lines.
        let widths = try #require(book["widths"] as? [String: Double])
        for cell in sheet.cells where cell.columnSpan == 1 && cell.wrapWidth == nil {
            let widest = cell.text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
            #expect((widths[CellReference.letters(cell.column)] ?? 0) >= Double(widest), "\(cell.text)")
        }
        let heights = try #require(book["heights"] as? [String: Double])
        for cell in sheet.cells where cell.rowSpan == 1 {
            let lines = cell.text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect((heights[String(top + cell.row + 1)] ?? 0) >= Double(lines) * 14, "\(cell.text)")
        }

        // Print set-up: A4, fitted to one page wide, the title rows on every page.
        #expect(book["paperSize"] as? Int == 9)
        #expect(book["fitToPage"] as? Bool == true)
        #expect(book["fitToWidth"] as? Int == 1)
        #expect(book["fitToHeight"] as? Int == 0)
        #expect(book["printTitleRows"] as? String == "$1:$\(top)")
        #expect(book["orientation"] as? String == (SheetXLSXRenderer.form(sheet).landscape ? "landscape" : "portrait"))
        #expect(book["sheets"] as? [String] == ["项目支出绩效自评表"])
    }

    /// The Ministry's eight columns do not fit a portrait page at a readable size.
    @Test func theMinistryFormPrintsLandscape() throws {
        let (folder, _, sheet) = try written("mof", to: "表.xlsx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(SheetXLSXRenderer.form(sheet).landscape)
        #expect(SheetDocxRenderer.needsLandscape(sheet))
    }

    // MARK: - Word

    @Test(.enabled(if: Python.hasPythonDocx, "python3 with python-docx is not installed; `make test` installs it"), arguments: templates)
    func theDocumentHoldsTheFormAsAWordTableWithItsMerges(_ template: String) throws {
        let (folder, path, sheet) = try written(template, to: "自评表.docx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let document = try Self.json("docx_document.py", path)
        let tables = try #require(document["tables"] as? [[String: Any]])
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table["columns"] as? Int == sheet.columnCount)
        let grid = try #require(table["grid"] as? [[String]])
        let rows = try #require(table["rows"] as? [[String: Any]])
        #expect(grid.count == sheet.rowCount && rows.count == sheet.rowCount)

        // python-docx resolves gridSpan and vMerge to the cell that owns each position: the sheet's owner grid.
        let owners = sheet.ownerGrid()
        for row in 0..<sheet.rowCount {
            for column in 0..<sheet.columnCount {
                let owner = owners[row][column]
                #expect(grid[row][column] == (owner >= 0 ? sheet.cells[owner].text : ""), "row \(row) column \(column)")
            }
            // Each row lists its own cells: one per cell starting or continuing there, with its span and merge.
            let listed = try #require(rows[row]["cells"] as? [[String: Any]])
            var expected: [String] = []
            var column = 0
            while column < sheet.columnCount {
                let owner = owners[row][column]
                guard owner >= 0 else { expected.append("1 -"); column += 1; continue }
                let cell = sheet.cells[owner]
                let merge = cell.rowSpan == 1 ? "-" : cell.row == row ? "restart" : "continue"
                expected.append("\(cell.columnSpan) \(merge)")
                column = cell.column + cell.columnSpan
            }
            #expect(listed.map { "\($0["span"] as? Int ?? 0) \(($0["vMerge"] as? String).map { $0.isEmpty ? "-" : $0 } ?? "-")" } == expected, "row \(row)")
        }

        // The title above the table, the notes below it.
        let body = try #require(document["body"] as? [[String: Any]])
        let paragraphs = body.compactMap { $0["paragraph"] as? String }
        #expect(body.first?["paragraph"] as? String == "项目支出绩效自评表" && body.first?["style"] as? String == "Title")
        let tableIndex = try #require(body.firstIndex { $0["table"] != nil })
        let after = body[(tableIndex + 1)...].compactMap { $0["paragraph"] as? String }.filter { !$0.isEmpty }
        #expect(after == sheet.notes)
        #expect(paragraphs.contains("（2022年度）"))

        // Chinese fonts through w:eastAsia; A4 with margins; landscape for a wide form.
        let fonts = try #require(document["eastAsia"] as? [String: String])
        #expect(fonts["Title"] == "宋体" && fonts["Table Text"] == "宋体" && fonts["Note"] == "仿宋" && fonts["Body Text"] == "仿宋")
        let page = try #require(document["page"] as? [String: Any])
        let landscape = SheetDocxRenderer.needsLandscape(sheet)
        #expect(page["width"] as? Int == (landscape ? 16838 : 11906) && page["height"] as? Int == (landscape ? 11906 : 16838))
        #expect((page["orientation"] as? String)?.hasPrefix(landscape ? "LANDSCAPE" : "PORTRAIT") == true)
        #expect(page["left"] as? Int == 1247 && page["top"] as? Int == 1418)
        #expect(document["title"] as? String == "项目支出绩效自评表")
    }

    @Test(.enabled(if: Python.hasPythonDocx, "python3 with python-docx is not installed; `make test` installs it"))
    func anyTableExportsToWord() throws {
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try TestSupport.compact("funds | where 方向 == \"支出\" | group 用途 | agg 笔数 = count(), 万元 = wan(sum(金额)) | sort 万元 desc | export 用途.docx",
                                        interpreter: interpreter) == "exported 5 rows to exports/用途.docx")
        let document = try Self.json("docx_document.py", folder + "/exports/用途.docx")
        let table = try #require((document["tables"] as? [[String: Any]])?.first)
        #expect(table["grid"] as? [[String]] == [
            ["用途", "笔数", "万元"], ["三级物流配送体系", "3", "207.90"], ["公共服务体系", "3", "200.00"],
            ["咨询费", "1", "7.00"], ["商潮夜经济活动经费", "3", "5.00"], ["商品和服务支出", "8", "2.31"],
        ])
        let rows = try #require(table["rows"] as? [[String: Any]])
        #expect(rows.map { $0["header"] as? Bool } == [true, false, false, false, false, false])
        #expect((document["body"] as? [[String: Any]])?.first?["paragraph"] as? String == "用途")
        // A name that is not a format is refused before anything is written.
        #expect(try TestSupport.error("export funds to 表.doc", interpreter: interpreter)?.code == .exportUnknownFormat)
        #expect(try TestSupport.error("load exports/用途.docx", interpreter: interpreter)?.code == .loadWriteOnlyFormat)
    }

    // MARK: - LibreOffice

    /// LibreOffice renders both files as the form on A4: one page wide, landscape, the figures on the page.
    @Test(.enabled(if: ExternalTool.libreOffice != nil && ExternalTool.pdftotext != nil && ExternalTool.pdfinfo != nil,
                   "LibreOffice (soffice) and poppler-utils are not installed; `make render-deps` installs them"))
    func libreOfficeRendersBothFormatsAsTheForm() throws {
        let (folder, workbook, _) = try written("mof", to: "mof.xlsx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let interpreter = Interpreter(workspace: Workspace(directory: folder))
        try interpreter.workspace.loadFolder(TestSupport.datasetsFolder)
        _ = try TestSupport.compact("appendix --template hubei to hubei.docx", interpreter: interpreter)
        let pdfs = try ExternalTool.convertToPDF([workbook, folder + "/exports/hubei.docx"], in: folder)
        for pdf in pdfs {
            let info = try ExternalTool.run(try #require(ExternalTool.pdfinfo), [pdf])
            #expect(info.contains("Page size:       841.89 x 595.") && info.contains("(A4)"), "\(pdf): \(info)")
            let firstPage = try ExternalTool.run(try #require(ExternalTool.pdftotext), ["-f", "1", "-l", "1", "-layout", pdf, "-"])
            #expect(firstPage.contains("项目支出绩效自评表"), "\(pdf)")
            #expect(firstPage.contains("432.90") && firstPage.contains("422.21") && firstPage.contains("97.53%"), "\(pdf)")
        }
        // One page wide: the last column's header is on the first page with the first column's.
        let sheetPage = try ExternalTool.run(try #require(ExternalTool.pdftotext), ["-f", "1", "-l", "1", pdfs[0], "-"])
        #expect(sheetPage.contains("项目名称") && sheetPage.contains("偏差原因分析") && sheetPage.contains("9.75"))
        let whole = try ExternalTool.run(try #require(ExternalTool.pdftotext), [pdfs[1], "-"])
        #expect(whole.contains("19.51") && whole.contains("99.51") && whole.contains("注：执行率"))
    }
}
