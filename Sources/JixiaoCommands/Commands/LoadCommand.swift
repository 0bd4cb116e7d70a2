import JixiaoCore
import JixiaoLanguage

/// Reads a file into a named dataset.
public struct LoadCommand: Command {
    public static let name = "load"
    public static let summary = "Read a CSV, TSV, Excel (.xlsx) or JSON file into a dataset."
    public static let syntax = "load PATH [as NAME] [sheet=NAME] [encoding=NAME] [header=N] [types=\"列:type,…\"] [--keep-totals]"
    public static let discussion = """
        The format comes from the extension: .csv (comma-separated), .txt (comma- or tab-separated, told from the file), .tsv, .xlsx, .json (an array of \
        objects, or JSON Lines; also .jsonl). The name defaults to the file's name without its extension.
        Files as Excel saves them on Chinese Windows open without options: the encoding is detected (UTF-8, \
        UTF-8 or UTF-16 with a byte-order mark, GB18030/GBK), or named with encoding=utf-8|gbk|gb18030|utf-16. \
        Title and blank lines above the header are skipped (header=N names the header's line, or row in a \
        sheet). Amounts like "1,234.50", full-width digits, ¥ signs and a trailing 元 are read as exact \
        decimals; "12.50%" as a percentage; 2022/6/8 and 2022年6月8日 as dates. A column whose numbers all end \
        in 万元 keeps them as written and is renamed 列（万元）: units are never converted silently. A trailing \
        合计/总计 row is skipped and reported; --keep-totals keeps it. sheet= picks a workbook's sheet (the \
        first by default). Column types are inferred (integer, decimal, date, boolean, text); types= overrides \
        them, e.g. types="站点编号:text,金额:decimal". What was detected or skipped is listed under the message.
        """
    public static let category = CommandCategory.data
    public static let position = StagePosition.source
    public static let effect = CommandEffect.changesWorkspace
    public static let examples = [
        CommandExample("load datasets/stations.csv as 站点", "Load a CSV file under a name of your choice.", result: "loaded 站点: 141 rows, 9 columns"),
        CommandExample("load datasets/funds.csv as f types=\"金额:text\"", "Keep a column as text instead of inferring its type.", result: "loaded f: 23 rows, 6 columns"),
        CommandExample("load datasets/excel/工作经费支出.csv as g", "A GB18030 CSV saved by Excel, with a title line and a 合计 row.",
                       result: nil),
        CommandExample("load datasets/excel/工作经费.xlsx sheet=支出 as w", "One sheet of an Excel workbook.",
                       result: nil),
    ]

    public var path: String
    public var pathRange: Range<Int>
    public var datasetName: String
    public var options: Options
    public var format: TableFileFormat
    public var loadOptions: LoadOptions

    static let keys = ["types", "encoding", "header", "sheet"]
    static let flags = ["keep-totals"]
    static let rawKeys: Set<String> = ["encoding", "sheet"]

    public init(parsing parser: inout Parser) throws {
        let (path, range) = try parser.rawWord("a file path")
        self.path = path
        self.pathRange = range
        // Options may come before or after `as NAME`.
        var options = try parser.options(keys: Self.keys, flags: Self.flags, rawKeys: Self.rawKeys)
        if parser.consumeWord("as") {
            datasetName = try parser.name("a dataset name after as").text
        } else {
            let file = path.split(separator: "/").last.map(String.init) ?? path
            let base = file.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
            datasetName = base.isEmpty ? file : base
        }
        guard !datasetName.isEmpty else {
            throw parser.error("give the dataset a name: load PATH as NAME", at: range)
        }
        if Workspace.cellNumber(named: datasetName) != nil {
            throw parser.error("\(datasetName) names a cell's result: give the dataset another name with as NAME", at: range)
        }
        options = try parser.options(into: options, keys: Self.keys, flags: Self.flags, rawKeys: Self.rawKeys)
        self.options = options

        if let known = TableFileFormat.of(path: path) {
            guard known.canLoad else {
                throw parser.error("load reads \(TableFileFormat.loadableExtensions); .\(path.split(separator: ".").last ?? "") files are only written (by export)", at: range)
            }
            format = known
        } else if path.lowercased().hasSuffix(".xls") {
            throw parser.error("old .xls workbooks cannot be read", hint: "save it as .xlsx (Excel: 另存为 → Excel 工作簿)", at: range)
        } else if (path.split(separator: "/").last ?? "").contains(".") {
            throw parser.error("unknown file type", hint: "load reads \(TableFileFormat.loadableExtensions)", at: range)
        } else {
            format = .csv
        }

        var loadOptions = LoadOptions()
        if let token = options.values["types"] {
            for part in token.text.split(separator: ",") {
                let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2, let type = DataType.named(pieces[1]) else {
                    throw parser.error("types= takes \"列:type,…\" with types integer, decimal, text, date or boolean", at: token.range)
                }
                loadOptions.types[pieces[0]] = type
            }
        }
        if let token = options.values["encoding"] {
            guard format != .xlsx else { throw parser.error("encoding= is for text files; an .xlsx workbook knows its encoding", at: token.range) }
            guard let encoding = TextEncoding.named(token.text) else {
                throw parser.error("unknown encoding \(token.text)", hint: "encodings: \(TextEncoding.acceptedNames)", at: token.range)
            }
            loadOptions.encoding = encoding
        }
        if let token = options.values["header"] {
            guard format != .json else { throw parser.error("header= is for CSV, TSV and XLSX files", at: token.range) }
            guard let line = try options.integer("header"), line >= 1 else {
                throw parser.error("header= takes the header's line number, from 1", at: token.range)
            }
            loadOptions.headerLine = line
        }
        if let token = options.values["sheet"] {
            guard format == .xlsx else { throw parser.error("sheet= is for .xlsx workbooks", at: token.range) }
            loadOptions.sheet = token.text
        }
        if options.flags.contains("keep-totals") {
            guard format != .json else { throw parser.error("--keep-totals is for CSV, TSV and XLSX files") }
            loadOptions.keepTotals = true
        }
        self.loadOptions = loadOptions
    }

    public var canonical: String {
        var text = "load \(Expression.path(path)) as \(Expression.name(datasetName))"
        if !options.canonical.isEmpty { text += " " + options.canonical }
        return text
    }

    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        // A replayed script reads only inside the working folder (and folders the user allowed).
        let resolved = try context.checkRead(path, range: pathRange)
        var imported: ImportedTable
        do {
            var cancellable = loadOptions
            cancellable.isCancelled = context.isCancelled
            imported = try TableLoader.load(path: resolved, format: format, options: cancellable)
        } catch var diagnostic as Diagnostic {
            if diagnostic.location.file == resolved { diagnostic.location.file = path }
            if let sheet = options.values["sheet"], diagnostic.message == XLSXReader.noSheetMessage(sheet.text) {
                diagnostic.source = context.source
                diagnostic.range = sheet.range
            }
            if diagnostic.source == nil && diagnostic.location.line == nil {
                // About the path as typed (missing, a folder, a device): point at it in the command, whose own
                // place (a script's line, or none at the prompt) is the place to report.
                diagnostic.source = context.source
                diagnostic.range = pathRange
                diagnostic.location.file = nil
            }
            throw diagnostic
        }
        let table = imported.table.materialized()
        context.workspace.store(Dataset(name: datasetName, table: table, origin: .file(path: resolved)))
        let message = "loaded \(datasetName): \(table.rowCount) rows, \(table.names.count) columns"
        return .none(([message] + imported.notes.map { "  " + $0 }).joined(separator: "\n"))
    }
}
