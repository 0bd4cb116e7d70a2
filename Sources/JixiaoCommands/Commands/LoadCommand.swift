import Foundation
import JixiaoCore
import JixiaoLanguage

/// Reads a file into a named dataset.
package struct LoadCommand: DeclaredCommand {
    package static let name = "load"
    package static let summary = "Read a CSV, TSV, Excel (.xlsx) or JSON file into a dataset."
    package static let discussion = """
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
        A file name with * or ? (load datasets/quarters/2022-*.csv as f) reads every file it matches, in name \
        order, with the same options, and stacks them: their columns are matched by name (a column only some \
        files have is an error naming it and the files), and a 文件 column says which file each row came from. \
        A saved script records each file's fingerprint.
        """
    package static let category = CommandCategory.data
    package static let position = StagePosition.source
    package static let effect = CommandEffect.changesWorkspace
    package static let examples = [
        CommandExample("load datasets/stations.csv as 站点", "Load a CSV file under a name of your choice.", result: "loaded 站点: 141 rows, 9 columns"),
        CommandExample("load datasets/funds.csv as f types=\"金额:text\"", "Keep a column as text instead of inferring its type.", result: "loaded f: 23 rows, 6 columns"),
        CommandExample("load datasets/excel/工作经费支出.csv as g", "A GB18030 CSV saved by Excel, with a title line and a 合计 row.",
                       result: nil),
        CommandExample("load datasets/excel/工作经费.xlsx sheet=支出 as w", "One sheet of an Excel workbook.",
                       result: nil),
        // Its description is the catalog's help.load.example.5.
        CommandExample("load datasets/quarters/2022-*.csv as 季度", // not user-facing: a command line
                       result: "loaded 季度: 23 rows, 7 columns from 4 files: 2022-Q1.csv, 2022-Q2.csv, 2022-Q3.csv, 2022-Q4.csv"), // not user-facing: its output in the tests' language
    ]

    /// The column a stack of files gains, naming each row's file (in English: file).
    package static let fileColumn = "文件"

    package var path: String
    package var pathRange: Range<Int>
    package var datasetName: String
    package var format: TableFileFormat
    package var loadOptions: LoadOptions
    /// The arguments as given (with the dataset's name filled in), for canonical text and for pointing at an
    /// option in an error.
    package private(set) var arguments: Arguments

    package static let signature = Signature([
        .part(Part("file", "PATH", .path, expected: "a file path", help: "The file to read: .csv, .txt, .tsv, .xlsx, .json or .jsonl; * and ? in its name read every file they match.")),
        .part(Part("name", "NAME", .name(.new), keyword: "as", optional: true, expected: "a dataset name after as",
                   help: "The dataset's name (else the file's name without its extension).")),
        .option(OptionSpec("encoding", .raw(suggestions: TextEncoding.acceptedNameList), placeholder: "NAME", help: "The text encoding, when detection guesses wrong: \(TextEncoding.acceptedNames).")),
        .option(OptionSpec("header", .integer(nil), help: "The line that holds the column names, from 1.")),
        .option(OptionSpec("sheet", .raw(), placeholder: "NAME", help: "The sheet of a workbook to read (else the first with data).")),
        .option(OptionSpec("types", .text, placeholder: "\"列:type,…\"", help: "Column types to use instead of the detected ones.")),
        .flag(FlagSpec("keep-totals", help: "Keep a trailing 合计 row instead of dropping it.")),
    ])

    package init(arguments: Arguments) throws {
        let (path, range) = try arguments.required("file", arguments.path)
        self.path = path
        self.pathRange = range
        if FilePattern.isPattern(path) {
            guard !FilePattern.isPattern(FilePattern.split(path).folder) else {
                throw Diagnostic(.parse, .loadPatternInFolder, range: range)
            }
            guard arguments.name("name") != nil else {
                throw Diagnostic(.parse, .loadPatternNeedsName, hint: Message(.hintLoadPatternName, path), range: range)
            }
        }
        if let name = arguments.name("name") {
            datasetName = name.text
        } else {
            let file = path.split(separator: "/").last.map(String.init) ?? path
            let base = file.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
            datasetName = base.isEmpty ? file : base
        }
        guard !datasetName.isEmpty else {
            throw Diagnostic(.parse, code: .loadNeedsName, "give the dataset a name: load PATH as NAME", range: range)
        }
        if Workspace.cellNumber(named: datasetName) != nil {
            throw Diagnostic(.parse, code: .loadCellName, "\(datasetName) names a cell's result: give the dataset another name with as NAME", range: range)
        }
        var named = arguments
        named.set("name", .name(Token(.identifier, datasetName, 0..<0)))
        self.arguments = named

        if let known = TableFileFormat.of(path: path) {
            guard known.canLoad else {
                throw Diagnostic(.parse, code: .loadWriteOnlyFormat, "load reads \(TableFileFormat.loadableExtensions); .\(path.split(separator: ".").last ?? "") files are only written (by export)", range: range)
            }
            format = known
        } else if path.lowercased().hasSuffix(".xls") {
            throw Diagnostic(.parse, code: .loadOldXls, "old .xls workbooks cannot be read", hint: "save it as .xlsx (Excel: 另存为 → Excel 工作簿)", range: range)
        } else if (path.split(separator: "/").last ?? "").contains(".") {
            throw Diagnostic(.parse, code: .loadUnknownFileType, "unknown file type", hint: "load reads \(TableFileFormat.loadableExtensions)", range: range)
        } else {
            format = .csv
        }

        var loadOptions = LoadOptions()
        if let token = arguments.options["types"] {
            for part in (arguments.textOption("types") ?? "").split(separator: ",") {
                let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2, let type = DataType.named(pieces[1]) else {
                    throw Diagnostic(.parse, code: .loadTypesSyntax, "types= takes \"列:type,…\" with types integer, decimal, text, date or boolean", range: token.range)
                }
                loadOptions.types[pieces[0]] = type
            }
        }
        if let token = arguments.options["encoding"] {
            guard format != .xlsx else { throw Diagnostic(.parse, code: .loadEncodingForXlsx, "encoding= is for text files; an .xlsx workbook knows its encoding", range: token.range) }
            let name = arguments.textOption("encoding") ?? ""
            guard let encoding = TextEncoding.named(name) else {
                throw Diagnostic(.parse, code: .loadUnknownEncoding, "unknown encoding \(name)", hint: "encodings: \(TextEncoding.acceptedNames)", range: token.range)
            }
            loadOptions.encoding = encoding
        }
        if let token = arguments.options["header"] {
            guard format != .json else { throw Diagnostic(.parse, code: .loadHeaderForJson, "header= is for CSV, TSV and XLSX files", range: token.range) }
            guard let line = arguments.integerOption("header"), line >= 1 else {
                throw Diagnostic(.parse, code: .loadHeaderLine, "header= takes the header's line number, from 1", range: token.range)
            }
            loadOptions.headerLine = line
        }
        if let token = arguments.options["sheet"] {
            guard format == .xlsx else { throw Diagnostic(.parse, code: .loadSheetNotXlsx, "sheet= is for .xlsx workbooks", range: token.range) }
            loadOptions.sheet = arguments.textOption("sheet")
        }
        if arguments.flags.contains("keep-totals") {
            guard format != .json else { throw Diagnostic(.parse, code: .loadKeepTotalsForJson, "--keep-totals is for CSV, TSV and XLSX files", range: range) }
            loadOptions.keepTotals = true
        }
        self.loadOptions = loadOptions
    }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        if FilePattern.isPattern(path) { return try loadStack(in: context) }
        // A replayed script reads only inside the working folder (and folders the user allowed).
        let resolved = try context.checkRead(path, range: pathRange)
        let imported = try read(path, resolved: resolved, format: format, in: context)
        let table = imported.table.materialized()
        context.workspace.store(Dataset(name: datasetName, table: table, origin: .file(path: resolved)))
        let message = "loaded \(datasetName): \(table.rowCount) rows, \(table.names.count) columns"
        return .none(([message] + imported.notes.map { "  " + $0.text }).joined(separator: "\n"))
    }

    /// Every file the pattern matches, read in name order and stacked, with the 文件 column.
    private func loadStack(in context: RunContext) throws -> PipelineValue {
        let (folder, pattern) = FilePattern.split(path)
        let listed = try context.checkRead(folder.isEmpty ? "." : folder, range: pathRange)
        let names = FilePattern.matches(pattern, in: listed)
        guard !names.isEmpty else {
            throw Diagnostic(.io, .loadPatternNoMatch, [folder.isEmpty ? "." : folder, pattern], hint: Message(.hintPatternSyntax), source: context.source, range: pathRange)
        }
        var tables: [Table] = [], notes: [String] = [], parts: [Dataset.FilePart] = []
        for name in names {
            try context.checkCancelled()
            let typed = folder.isEmpty ? name : folder + "/" + name
            let resolved = try context.checkRead(typed, range: pathRange)
            let imported = try read(typed, resolved: resolved, format: TableFileFormat.of(path: name) ?? format, in: context)
            tables.append(imported.table.materialized())
            notes += imported.notes.map { name + ": " + $0.text }
            parts.append(Dataset.FilePart(path: resolved, rows: imported.table.rowCount))
        }
        var stacked: Table
        do {
            stacked = try UnionOperator.run(tables)
        } catch {
            throw Diagnostic(.input, .loadPatternColumns, [error.column, names[error.presentIn], names[error.missingFrom]], hint: Message(.hintSameColumns),
                             source: context.source, range: pathRange)
        }
        // Each row's file, by name: one dictionary entry per file.
        var codes: [UInt32] = []
        codes.reserveCapacity(stacked.rowCount)
        for (index, table) in tables.enumerated() { codes += [UInt32](repeating: UInt32(index), count: table.rowCount) }
        let fileColumn = CSVReader.uniqued(stacked.names + [Self.fileColumn]).last ?? Self.fileColumn
        stacked = stacked.adding(fileColumn, Column(.text(codes, TextDictionary(names))))
        context.workspace.store(Dataset(name: datasetName, table: stacked, origin: .files(parts)))
        let message = Message(.noticeLoadedFiles, datasetName, String(stacked.rowCount), String(stacked.names.count), String(names.count),
                              names.joined(separator: ", "), count: names.count).text
        return .none(([message] + notes.map { "  " + $0 }).joined(separator: "\n"))
    }

    /// One file read as the options say; an error about the file as typed points at the path in the command.
    private func read(_ path: String, resolved: String, format: TableFileFormat, in context: RunContext) throws -> ImportedTable {
        do {
            var cancellable = loadOptions
            cancellable.isCancelled = context.isCancelled
            return try TableLoader.load(path: resolved, format: format, options: cancellable)
        } catch var diagnostic as Diagnostic {
            if diagnostic.location.file == resolved { diagnostic.location.file = path }
            if loadOptions.sheet != nil, diagnostic.code == .xlsxNoSheet {
                diagnostic = diagnostic.placed(in: context.source, at: arguments.optionRange("sheet"))
            }
            if diagnostic.source == nil && diagnostic.location.line == nil {
                // About the path as typed (missing, a folder, a device): point at it in the command, whose own
                // place (a script's line, or none at the prompt) is the place to report.
                diagnostic = diagnostic.placed(in: context.source, at: pathRange)
                diagnostic.location.file = nil
            }
            throw diagnostic
        }
    }
}

// MARK: - Binding

extension LoadCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .nothing }
}

/// A file name with `*` (any characters) or `?` (one character): the files of its folder it matches.
package enum FilePattern {
    package static func isPattern(_ path: String) -> Bool {
        path.contains("*") || path.contains("?")
    }

    /// The folder (empty for the working folder) and the last part of a path.
    package static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// The names in `folder` that `pattern` matches, in name (code point) order; hidden files only when the
    /// pattern starts with a dot.
    package static func matches(_ pattern: String, in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let wanted = Array(pattern)
        return names.filter { !$0.hasPrefix(".") || pattern.hasPrefix(".") }
            .filter { matches(Array($0), wanted) }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// Glob matching by characters (so ? is one Chinese character), iterative with backtracking to the last *.
    package static func matches(_ name: [Character], _ pattern: [Character]) -> Bool {
        var n = 0, p = 0
        var star: Int?, resume = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] && pattern[p] != "*" {
                n += 1
                p += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = n
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                n = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
