import Foundation
import JixiaoCore
import JixiaoDatabase
import JixiaoLanguage

/// Reads a file into a named dataset.
package struct LoadCommand: DeclaredCommand {
    package static let name = "load"
    package static let chineseName: String? = "载入"
    package static let category = CommandCategory.data
    package static let position = StagePosition.source
    package static let effect = CommandEffect.changesWorkspace
    package static let examples = [
        CommandExample("load datasets/stations.csv as 站点"), // not user-facing: a command line
        CommandExample("load datasets/funds.csv as f types=\"金额:text\""), // not user-facing: a command line
        CommandExample("load datasets/excel/工作经费支出.csv as g"), // not user-facing: a command line
        CommandExample("load datasets/excel/工作经费.xlsx sheet=支出 as w"), // not user-facing: a command line
        CommandExample("load datasets/quarters/2022-*.csv as 季度"), // not user-facing: a command line
    ]

    /// The column a stack of files gains, naming each row's file (in English: file).
    package static let fileColumn = "文件"

    package var path: String
    package var pathRange: Range<Int>
    package var datasetName: String
    package var format: TableFileFormat
    package var loadOptions: LoadOptions
    /// `load pg:TABLE` or `load pg "SELECT …"`: what to read from a database instead of a file.
    package var database: DatabaseSource.Relation?
    /// The arguments as given (with the dataset's name filled in), for canonical text and for pointing at an
    /// option in an error.
    package private(set) var arguments: Arguments

    package static let signature = Signature([
        .part(Part("file", "PATH", .path)),
        .part(Part("query", "SQL", .path, optional: true)),
        .part(Part("name", "NAME", .name(.new), keyword: "as", optional: true)),
        .option(OptionSpec("connection", .raw(), placeholder: "URL")),
        .option(OptionSpec("encoding", .raw(suggestions: TextEncoding.acceptedNameList), placeholder: "NAME", helpArguments: [TextEncoding.acceptedNames])),
        .option(OptionSpec("header", .integer(nil))),
        .option(OptionSpec("delimiter", .raw(suggestions: ["comma", "semicolon", "tab", "pipe"]), placeholder: "CHAR")),
        .option(OptionSpec("strict", .choice(["true", "false"]))),
        .option(OptionSpec("sheet", .raw(), placeholder: "NAME")),
        .option(OptionSpec("types", .text, placeholder: "\"列:type,…\"")),
        .flag(FlagSpec("keep-totals")),
    ])

    package init(arguments: Arguments) throws {
        let (path, range) = try arguments.required("file", arguments.path)
        self.path = path
        self.pathRange = range
        if let relation = try Self.databaseRelation(path, range: range, arguments: arguments) {
            database = relation
            guard let name = arguments.name("name") else {
                throw Diagnostic(.parse, .loadNeedsName, range: range)
            }
            datasetName = name.text
            if Workspace.cellNumber(named: datasetName) != nil {
                throw Diagnostic(.parse, .loadCellName, [datasetName], range: name.range)
            }
            if let token = arguments.options["connection"] {
                // Read now, so that a URL with a password is refused before it reaches the journal.
                do { _ = try ConnectionSettings.parse(url: arguments.textOption("connection") ?? "") } catch var error as Diagnostic {
                    error.range = token.range
                    throw error
                }
            }
            for option in ["encoding", "header", "sheet", "types"] where arguments.options[option] != nil {
                throw Diagnostic(.parse, .databaseSourceSyntax, [option], hint: Message(.hintDatabaseSourceSyntax), range: arguments.optionRange(option))
            }
            self.arguments = arguments
            format = .csv
            loadOptions = LoadOptions()
            return
        }
        if let token = arguments.options["connection"] {
            throw Diagnostic(.parse, .databaseSourceSyntax, [path], hint: Message(.hintDatabaseSourceSyntax), range: token.range)
        }
        if case .path(let extra, let extraRange)? = arguments.parts["query"] {
            throw Diagnostic(.parse, .syntaxUnexpected, [extra], hint: Message(.hintDatabaseSourceSyntax), range: extraRange)
        }
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
            throw Diagnostic(.parse, .loadNeedsName, range: range)
        }
        if Workspace.cellNumber(named: datasetName) != nil {
            throw Diagnostic(.parse, .loadCellName, [datasetName], range: range)
        }
        var named = arguments
        named.set("name", .name(Token(.identifier, datasetName, 0..<0)))
        self.arguments = named

        if let known = TableFileFormat.of(path: path) {
            guard known.canLoad else {
                throw Diagnostic(.parse, .loadWriteOnlyFormat, [TableFileFormat.loadableExtensions, String(path.split(separator: ".").last ?? "")], range: range)
            }
            format = known
        } else if path.lowercased().hasSuffix(".xls") {
            throw Diagnostic(.parse, .loadOldXls, hint: Message(.hintLoadSaveAsXlsx), range: range)
        } else if (path.split(separator: "/").last ?? "").contains(".") {
            throw Diagnostic(.parse, .loadUnknownFileType, hint: Message(.hintLoadReads, TableFileFormat.loadableExtensions), range: range)
        } else {
            format = .csv
        }

        var loadOptions = LoadOptions()
        if let token = arguments.options["types"] {
            for part in (arguments.textOption("types") ?? "").split(separator: ",") {
                let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2, let type = DataType.named(pieces[1]) else {
                    throw Diagnostic(.parse, .loadTypesSyntax, range: token.range)
                }
                loadOptions.types[pieces[0]] = type
            }
        }
        if let token = arguments.options["encoding"] {
            guard format != .xlsx else { throw Diagnostic(.parse, .loadEncodingForXlsx, range: token.range) }
            let name = arguments.textOption("encoding") ?? ""
            guard let encoding = TextEncoding.named(name) else {
                throw Diagnostic(.parse, .loadUnknownEncoding, [name], hint: Message(.hintLoadEncodings, TextEncoding.acceptedNames), range: token.range)
            }
            loadOptions.encoding = encoding
        }
        if let token = arguments.options["header"] {
            guard format != .json else { throw Diagnostic(.parse, .loadHeaderForJson, range: token.range) }
            guard let line = arguments.integerOption("header"), line >= 0 else {
                throw Diagnostic(.parse, .loadHeaderLine, range: token.range)
            }
            loadOptions.headerLine = line
        }
        if let token = arguments.options["delimiter"] {
            guard format == .csv || format == .tsv else { throw Diagnostic(.parse, .loadCsvOptionOnly, ["delimiter"], range: token.range) }
            let name = arguments.textOption("delimiter") ?? ""
            guard let delimiter = CSVDialect.delimiter(named: name) else {
                throw Diagnostic(.parse, .loadUnknownDelimiter, [name], range: token.range)
            }
            loadOptions.delimiter = delimiter
        }
        if let token = arguments.options["strict"] {
            guard format == .csv || format == .tsv else { throw Diagnostic(.parse, .loadCsvOptionOnly, ["strict"], range: token.range) }
            loadOptions.strict = arguments.textOption("strict") != "false"
        }
        if let token = arguments.options["sheet"] {
            guard format == .xlsx else { throw Diagnostic(.parse, .loadSheetNotXlsx, range: token.range) }
            loadOptions.sheet = arguments.textOption("sheet")
        }
        if arguments.flags.contains("keep-totals") {
            guard format != .json else { throw Diagnostic(.parse, .loadKeepTotalsForJson, range: range) }
            loadOptions.keepTotals = true
        }
        self.loadOptions = loadOptions
    }

    /// `pg:TABLE` (a table or view) or `pg` followed by a query; nil for a file.
    private static func databaseRelation(_ path: String, range: Range<Int>, arguments: Arguments) throws -> DatabaseSource.Relation? {
        let query: (String, Range<Int>)?
        if case .path(let text, let queryRange)? = arguments.parts["query"] { query = (text, queryRange) } else { query = nil }
        if path == "pg" { // not user-facing: the database source's word
            guard let (text, queryRange) = query else {
                throw Diagnostic(.parse, .databaseSourceSyntax, [path], hint: Message(.hintDatabaseSourceSyntax), range: range)
            }
            let first = text.drop { $0.isWhitespace || $0 == "(" }.prefix { $0.isLetter }.lowercased()
            guard first == "select" || first == "with" else { // not user-facing: SQL keywords
                throw Diagnostic(.parse, .databaseNotSelect, hint: Message(.hintDatabaseSourceSyntax), range: queryRange)
            }
            return .query(text)
        }
        guard path.hasPrefix("pg:") else { return nil } // not user-facing: the database source's prefix
        let table = String(path.dropFirst(3))
        guard !table.isEmpty, query == nil else {
            throw Diagnostic(.parse, .databaseSourceSyntax, [path], hint: Message(.hintDatabaseSourceSyntax), range: query?.1 ?? range)
        }
        return .table(table)
    }

    /// The connection: `connection=URL`, else the PG* environment variables.
    private func connectionSettings() throws -> ConnectionSettings {
        guard let url = arguments.textOption("connection") else { return ConnectionSettings.fromEnvironment() }
        return try ConnectionSettings.parse(url: url)
    }

    /// Reads a table's columns (its rows stay in the database) or a query's rows.
    private func loadDatabase(_ relation: DatabaseSource.Relation, in context: RunContext) throws -> PipelineValue {
        let settings = try connectionSettings()
        let place = arguments.parts["query"].flatMap { if case .path(_, let r) = $0 { return r } else { return nil } } ?? pathRange
        do {
            try context.workspace.checkDatabase(settings)
            let opened = try DatabaseSource.open(relation, settings: settings, isCancelled: context.isCancelled)
            let notes = opened.notes.map { "  " + $0.text }
            switch relation {
            case .table(let name):
                let dataset = DatabaseDataset(source: opened.source, schema: opened.schema)
                context.workspace.store(Dataset(name: datasetName, table: opened.schema, origin: .database(dataset)))
                let message = Message(.noticeDatabaseTable, datasetName, settings.url, name, String(opened.schema.names.count), count: opened.schema.names.count).text
                return .none(([message] + notes).joined(separator: "\n"))
            case .query:
                let dataset = DatabaseDataset(source: opened.source, schema: opened.schema)
                let rows = try dataset.rows(isCancelled: context.isCancelled)
                context.workspace.store(Dataset(name: datasetName, table: rows, origin: .database(dataset)))
                let message = Message(.noticeDatabaseQuery, datasetName, settings.url, String(rows.rowCount), String(rows.names.count)).text
                return .none(([message] + notes).joined(separator: "\n"))
            }
        } catch let diagnostic as Diagnostic where diagnostic.source == nil && diagnostic.phase != .interrupted {
            throw diagnostic.placed(in: context.source, at: place)
        }
    }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        if let database { return try loadDatabase(database, in: context) }
        if FilePattern.isPattern(path) { return try loadStack(in: context) }
        // A replayed script reads only inside the working folder (and folders the user allowed).
        let resolved = try context.checkRead(path, range: pathRange)
        let imported = try read(path, resolved: resolved, format: format, in: context)
        let table = imported.table.materialized()
        context.workspace.store(Dataset(name: datasetName, table: table, origin: .file(path: resolved)))
        let message = Message(.noticeLoaded, datasetName, String(table.rowCount), String(table.names.count)).text
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
            return try TableLoader.load(path: resolved, format: format, options: cancellable)  // file-gate: checked: resolved came from checkRead
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
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []  // file-gate: checked: FilePattern.matches lists the folder load passed through checkRead; each match is checked again
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
