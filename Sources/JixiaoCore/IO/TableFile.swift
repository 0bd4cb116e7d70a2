/// The file formats jixiao reads and writes, told by a file's extension.
package enum TableFileFormat: String, Sendable, CaseIterable {
    case csv
    case tsv
    case xlsx
    case json
    case markdown
    case html
    case docx

    /// The format of a path's extension, or nil for an unknown one.
    package static func of(path: String) -> TableFileFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "csv", "txt": return .csv
        case "tsv", "tab": return .tsv
        case "xlsx": return .xlsx
        case "json", "jsonl", "ndjson": return .json
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "docx": return .docx
        default: return nil
        }
    }

    /// Whether `load` reads this format (Markdown, HTML and Word are only written).
    package var canLoad: Bool { self != .markdown && self != .html && self != .docx }

    package static let loadableExtensions = ".csv, .txt, .tsv, .xlsx, .json, .jsonl"
    package static let exportExtensions = ".csv, .tsv, .md, .html, .json, .xlsx, .docx"

    /// The extension written for the format (`md` for Markdown).
    package var fileExtension: String {
        switch self {
        case .markdown: return "md"
        default: return rawValue
        }
    }
}

/// Options of `load`, for every format (each reader takes the ones that apply to it).
package struct LoadOptions: Sendable {
    package var types: [String: DataType] = [:]
    package var encoding: TextEncoding?
    package var headerLine: Int?
    package var keepTotals = false
    package var sheet: String?
    /// `delimiter=`: the character between fields of a CSV or text file (else sniffed).
    package var delimiter: UInt8?
    /// `strict=false` reads ragged rows and stray quotes of a CSV or text file.
    package var strict = true
    /// Asked while a large CSV is read (Ctrl-C in the shell).
    package var isCancelled: (@Sendable () -> Bool)?

    package init(types: [String: DataType] = [:], encoding: TextEncoding? = nil, headerLine: Int? = nil, keepTotals: Bool = false, sheet: String? = nil) {
        self.types = types
        self.encoding = encoding
        self.headerLine = headerLine
        self.keepTotals = keepTotals
        self.sheet = sheet
    }
}

/// Reads a table file of any supported format, chosen by its extension.
package enum TableLoader {
    /// Reads `path` as `format`, passing each reader the options that apply to it.
    package static func load(path: String, format: TableFileFormat, options: LoadOptions) throws -> ImportedTable {
        switch format {
        case .csv, .tsv:
            var csv = CSVOptions(delimiter: format == .tsv ? 0x09 : UInt8(ascii: ","), types: options.types, encoding: options.encoding,
                                 headerLine: options.headerLine, keepTotals: options.keepTotals)
            // A .txt file may be comma- or tab-separated ("Unicode text" from Excel is tab-separated UTF-16).
            csv.sniffsDelimiter = path.lowercased().hasSuffix(".txt")
            csv.isCancelled = options.isCancelled
            csv.givenDelimiter = options.delimiter
            csv.strict = options.strict
            return try CSVReader.load(path: path, options: csv)
        case .xlsx:
            let cleaning = CleaningOptions(types: options.types, headerLine: options.headerLine, keepTotals: options.keepTotals)
            return try XLSXReader.load(path: path, options: XLSXOptions(sheet: options.sheet, cleaning: cleaning))
        case .json:
            return try JSONReader.load(path: path, types: options.types, encoding: options.encoding)
        case .markdown, .html, .docx:
            throw Diagnostic(.io, .fileWriteOnlyFormat, [format.fileExtension],
                             hint: Message(.hintLoadReads, TableFileFormat.loadableExtensions), location: SourceLocation(file: path))
        }
    }
}
