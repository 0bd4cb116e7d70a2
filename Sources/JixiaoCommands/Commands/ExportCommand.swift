import JixiaoCore
import JixiaoLanguage

/// Writes a dataset, or the table before it, to a file.
package struct ExportCommand: DeclaredCommand {
    package static let name = "export"
    package static let chineseName: String? = "导出"
    package static let category = CommandCategory.output
    package static let position = StagePosition.either
    package static let effect = CommandEffect.query
    package static let examples = [
        CommandExample("funds | group 用途 | agg 金额 = sum(金额) | export 用途.xlsx"),
        CommandExample("export budgets to budgets.md"), // not user-facing: a command line
        CommandExample("export budgets to budgets.docx"), // not user-facing: a command line
        CommandExample("stations | export 站点.csv --excel"),
    ]

    package var dataset: Token?
    package var path: String
    package var pathRange: Range<Int>
    package var format: TableFileFormat
    package var excel: Bool

    package static let signature = Signature([
        .part(Part("dataset", "NAME", .name(.dataset), suffix: "to", optional: true)),
        .part(Part("file", "FILE", .path)),
        .flag(FlagSpec("excel")),
    ])

    package init(arguments: Arguments) throws {
        dataset = arguments.name("dataset")
        let given = try arguments.required("file", arguments.path)
        (path, pathRange) = (WritePolicy.placed(given.text), given.range)
        guard let format = TableFileFormat.of(path: path) else {
            throw Diagnostic(.parse, .exportUnknownFormat, [given.text], hint: Message(.hintExportWrites, TableFileFormat.exportExtensions), range: pathRange)
        }
        self.format = format
        excel = arguments.flags.contains("excel")
        if excel && format != .csv && format != .tsv {
            throw Diagnostic(.parse, .exportExcelFlagFormat, hint: Message(.hintExportXlsxNoBOM), range: pathRange)
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
        return .none(Message(.noticeExported, String(table.rowCount), path, count: table.rowCount).text)
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
            throw Diagnostic(.parse, .exportDatasetAfterPipe, source: source, range: dataset.range)
        }
        if dataset == nil, !given {
            throw Diagnostic(.parse, .exportNeedsTable, source: source, range: pathRange)
        }
    }
}
