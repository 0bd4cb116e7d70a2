import JixiaoCore
import JixiaoLanguage

/// Reads a file into a named dataset.
public struct LoadCommand: Command {
    public static let name = "load"
    public static let summary = "Read a CSV file into a dataset."
    public static let syntax = "load PATH [as NAME] [types=\"列:type,…\"]"
    public static let discussion = """
        The name defaults to the file's name without its extension. Column types are inferred (integer, decimal, \
        date, boolean, text); types= overrides them, e.g. types="站点编号:text,金额:decimal". Money is read as exact decimals.
        """
    public static let category = CommandCategory.data
    public static let position = StagePosition.source
    public static let effect = CommandEffect.changesWorkspace
    public static let examples = [
        CommandExample("load datasets/stations.csv as 站点", "Load a CSV file under a name of your choice.", result: "loaded 站点: 141 rows, 9 columns"),
        CommandExample("load datasets/funds.csv as f types=\"金额:text\"", "Keep a column as text instead of inferring its type.", result: "loaded f: 23 rows, 6 columns"),
    ]

    public var path: String
    public var pathRange: Range<Int>
    public var datasetName: String
    public var types: [String: DataType]
    var typesText: String?

    public init(parsing parser: inout Parser) throws {
        let (path, range) = try parser.rawWord("a file path")
        self.path = path
        self.pathRange = range
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
        let options = try parser.options(keys: ["types"])
        types = [:]
        if let token = options.values["types"] {
            typesText = token.text
            for part in token.text.split(separator: ",") {
                let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2, let type = DataType.named(pieces[1]) else {
                    throw parser.error("types= takes \"列:type,…\" with types integer, decimal, text, date or boolean", at: token.range)
                }
                types[pieces[0]] = type
            }
        }
    }

    public var canonical: String {
        var text = "load \(Expression.path(path)) as \(Expression.name(datasetName))"
        if let typesText { text += " types=\(Expression.quote(typesText))" }
        return text
    }

    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let resolved = context.workspace.resolve(path)
        var table: Table
        do {
            table = try CSVReader.read(path: resolved, options: CSVOptions(types: types))
        } catch var diagnostic as Diagnostic {
            if diagnostic.location.file == resolved { diagnostic.location.file = path }
            if diagnostic.source == nil && diagnostic.location.line == nil {
                // About the path as typed (missing, a folder, a device): point at it in the command, whose own
                // place (a script's line, or none at the prompt) is the place to report.
                diagnostic.source = context.source
                diagnostic.range = pathRange
                diagnostic.location.file = nil
            }
            throw diagnostic
        }
        table = table.materialized()
        context.workspace.store(Dataset(name: datasetName, table: table, origin: .file(path: resolved)))
        return .none("loaded \(datasetName): \(table.rowCount) rows, \(table.names.count) columns")
    }
}
