import JixiaoCore
import JixiaoLanguage

/// Writes a dataset, or the table before it, to a file.
package struct ExportCommand: DeclaredCommand {
    package static let name = "export"
    package static let summary = "Write a dataset or the table before it to a CSV, TSV, Markdown, HTML, JSON, Excel or Word file."
    package static let discussion = """
        The format comes from the extension: .csv, .tsv, .md, .html, .json, .xlsx, .docx. CSV, TSV, JSON and XLSX \
        hold plain exact values (1234.50, 2022-06-08) for other programs; .xlsx cells are real numbers and dates, \
        formatted with thousands separators. Markdown, HTML and Word hold the cells as the screen shows them, \
        aligned and escaped, for a report; a .docx is an A4 page with the table as a Word table under its name, \
        the header row repeated on every page. --excel starts a CSV with a UTF-8 byte-order mark so that Excel on \
        Chinese Windows reads its Chinese correctly. The file is written atomically: it is either complete or \
        left as it was. A file named without a folder (or in a folder other than exports/ and sessions/) is \
        written into exports/ of the working folder, created when missing, so a saved session writes it again.
        """
    package static let category = CommandCategory.output
    package static let position = StagePosition.either
    package static let effect = CommandEffect.query
    package static let examples = [
        CommandExample("funds | group 用途 | agg 金额 = sum(金额) | export 用途.xlsx", "An Excel workbook of a grouped result.",
                       result: "exported 6 rows to exports/用途.xlsx"),
        CommandExample("export budgets to budgets.md", "A dataset as a Markdown table for the report.", result: "exported 2 rows to exports/budgets.md"),
        CommandExample("export budgets to budgets.docx", "A dataset as a Word table, to paste into the report.", result: "exported 2 rows to exports/budgets.docx"),
        CommandExample("stations | export 站点.csv --excel", "CSV with a byte-order mark, for Excel users.", result: "exported 141 rows to exports/站点.csv"),
    ]

    package var dataset: Token?
    package var path: String
    package var pathRange: Range<Int>
    package var format: TableFileFormat
    package var excel: Bool

    package static let signature = Signature([
        .part(Part("dataset", "NAME", .name(.dataset), suffix: "to", optional: true, expected: "a dataset", help: "The dataset to write (else the table before it).")),
        .part(Part("file", "FILE", .path, expected: "a file to write, e.g. 结果.xlsx",
                   help: "The file; its extension names the format. Without a folder it goes into exports/.")),
        .flag(FlagSpec("excel", help: "Start a .csv or .tsv with a byte-order mark, for Excel on Chinese Windows.")),
    ])

    package init(arguments: Arguments) throws {
        dataset = arguments.name("dataset")
        let given = try arguments.required("file", arguments.path)
        (path, pathRange) = (WritePolicy.placed(given.text), given.range)
        guard let format = TableFileFormat.of(path: path) else {
            throw Diagnostic(.parse, code: .exportUnknownFormat, "cannot tell the format of \(given.text)", hint: "export writes \(TableFileFormat.exportExtensions)", range: pathRange)
        }
        self.format = format
        excel = arguments.flags.contains("excel")
        if excel && format != .csv && format != .tsv {
            throw Diagnostic(.parse, code: .exportExcelFlagFormat, "--excel applies to .csv and .tsv files", hint: "an .xlsx file needs no byte-order mark", range: pathRange)
        }
    }

    package var arguments: Arguments {
        var arguments = Arguments(parts: ["file": .path(path, range: pathRange)], flags: excel ? ["excel"] : [])
        arguments.set("dataset", dataset.map(ArgumentValue.name))
        return arguments
    }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        try checkInput(given: input != nil, source: context.source)
        let table = try context.table(try dataset.map { try DatasetSource(name: $0).run(nil, in: context) } ?? input, for: Self.name)
        // A dataset's sheet is named after it, a table's after the file.
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let title = dataset?.text ?? file.split(separator: ".").dropLast().joined(separator: ".")
        // A replayed script may write only inside sessions/ and exports/ (or --allow-write folders).
        let resolved = try context.checkWrite(path, range: pathRange)
        try context.writing(at: pathRange) {
            try TableExporter.write(table, to: resolved, format: format, title: title.isEmpty ? "Sheet1" : title, excel: excel)
        }
        return .none("exported \(table.rowCount) row\(table.rowCount == 1 ? "" : "s") to \(path)")
    }
}

// MARK: - Binding

extension ExportCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        try checkInput(given: input != nil, source: context.source)
        _ = try (dataset.map { try DatasetSource(name: $0).bind(nil, in: context) } ?? input ?? .nothing).fields(for: Self.name)
        return .nothing
    }

    /// A dataset name, or a table before `|`: one of them, not both.
    func checkInput(given: Bool, source: String) throws {
        if let dataset, given {
            throw Diagnostic(.parse, code: .exportDatasetAfterPipe, "after | export takes only a file: … | export FILE", source: source, range: dataset.range)
        }
        if dataset == nil, !given {
            throw Diagnostic(.parse, code: .exportNeedsTable, "export needs a table: export NAME to FILE, or … | export FILE", source: source, range: pathRange)
        }
    }
}
