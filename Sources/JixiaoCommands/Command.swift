import JixiaoCore
import JixiaoLanguage

/// Where a command may stand in a pipeline.
package enum StagePosition: Sendable {
    /// Only first: it makes a table from nothing (`load`, `datasets`).
    case source
    /// Only after `|`: it transforms its input (`where`, `sort`).
    case stage
    /// Either (`show NAME`, or `… | show rows=5`).
    case either
}

/// What running a command means for a saved script.
package enum CommandEffect: Sendable {
    /// Computes and shows a result; saved.
    case query
    /// Changes the workspace (loads or names a dataset); saved.
    case changesWorkspace
    /// Only shows help, lists or navigation; never saved in a script.
    case display
    /// Undoes or redoes an earlier change of the datasets (`undo`, `redo`): written to the journal, so that a
    /// journal replays to the same state, but neither a numbered cell nor a line of a saved script, which
    /// holds only what was not undone.
    case history
}

/// Groups in `help`; each is named by the catalog's `category.ID` (`category.filters`: 筛选与整理, Filters).
package enum CommandCategory: String, Sendable, CaseIterable {
    case data
    case filters
    case aggregation
    case output
    case session
    case evaluation
    case help

    /// The key of its name in the catalog.
    package var key: String { "category." + rawValue }

    /// Its name, as `help` and the reference head its commands.
    package func title(in language: Language = .current) -> String {
        Catalog.template(for: key, in: language)
    }
}

/// An example in a command's help. Every example is run by the tests; when `result` is given, the result
/// must match it (a single value as its text, a table as lines of comma-separated cells, header first).
/// What it shows is the catalog's `help.COMMAND.example.N`, N counting the command's examples from 1; a result
/// that is a notice (`loaded 站点: 141 rows, 9 columns`) is not declared here but is the catalog's
/// `help.COMMAND.example.N.result`, in each language.
package struct CommandExample: Sendable {
    package var line: String
    package var result: String?
    /// Lines typed first, as the shell runs them: those that compute or change something are cells 1, 2, …
    /// (for commands that read earlier cells, such as `out` and `history`); `undo` takes no number.
    package var setup: [String]

    /// An example described by the catalog's `help.COMMAND.example.N`.
    package init(_ line: String, result: String? = nil, setup: [String] = []) {
        self.line = line
        self.result = result
        self.setup = setup
    }
}

/// One command: its self-description (name, syntax, examples), how it reads its arguments, and what it
/// does. Help, completion and the command reference are generated from these declarations.
///
/// ## Its texts are in the catalog
///
/// A command declares no prose: everything its help says, in every language, is in the catalog's Help
/// tables (`Sources/JixiaoCore/Localization/zh/CatalogZhHelp.swift` and `en/CatalogEnHelp.swift`), under
/// keys derived from its name (`CommandHelp` derives them; `help where` and `docs/commands.md` read them):
///
/// | key | what | e.g. (`where`) |
/// | --- | --- | --- |
/// | `help.NAME.summary` | one sentence, ending with 。 / . | 保留满足条件的行。 |
/// | `help.NAME.discussion` | optional: the paragraph below the arguments | |
/// | `help.NAME.part.ID` | each part's help, one sentence | `help.where.part.condition` |
/// | `help.NAME.part.ID.expected` | what an error says was expected (“expected a condition”) | 条件 / a condition |
/// | `help.NAME.option.KEY` | each `key=` or `--key` option's help | `help.chart.option.width` |
/// | `help.NAME.flag.FLAG` | each `--flag`'s help | `help.export.flag.excel` |
/// | `help.NAME.example.N` | the description of the N-th example, from 1 | `help.where.example.1` |
/// | `help.NAME.example.N.result` | optional: its result when that is a notice, not data | `help.load.example.1.result` |
/// | `category.ID` | the name of a `CommandCategory` | `category.filters` |
/// | `choice_noun.NOUN` | what a choice's values are called (`.choice(…, noun: "chart_kind")`) | 图表类型 / chart kind |
/// | `option_unit.UNIT` | the unit of a whole-number option (`.integer(20...1000, unit: "columns")`) | 列 / columns |
///
/// So a new command writes `Part("condition", "CONDITION", .expression)`, `OptionSpec("width", .integer(…))`,
/// `FlagSpec("excel")` and `CommandExample("stations | where …", result: "139")` with no text, and adds its
/// keys to both tables; `CommandHelpTests` fails when a registered command lacks one in either language, or
/// when a table holds a help key no command uses. (A `static let summary` declared on a command is not read.)
/// Its errors, hints and notices are catalog messages too (`Diagnostic(.parse, .loadNeedsName, …)`,
/// `Message(.noticeLoaded, …)`), in `zh/CatalogZhCommands.swift` and `en/CatalogEnCommands.swift`, their
/// identifiers in `CommandsMessageIDs.swift`. Each command has a `chineseName` from docs/glossary.md (筛选 for
/// `where`; add its row there first), and may have other `aliases`; canonical text, saved scripts and journals
/// always write `name`.
package protocol Command: Sendable {
    static var name: String { get }
    /// The usage line, e.g. `where CONDITION`.
    static var syntax: String { get }
    static var category: CommandCategory { get }
    static var position: StagePosition { get }
    static var effect: CommandEffect { get }
    static var examples: [CommandExample] { get }
    /// The command's name in Chinese, from docs/glossary.md (筛选 for `where`): typed like the name, completed by
    /// Tab, listed in help; canonical text always writes `name`.
    static var chineseName: String? { get }
    /// Other names that run the same command.
    static var aliases: [String] { get }

    /// Reads the arguments after the command's name.
    init(parsing parser: inout Parser) throws

    /// The command as it is written in a saved script.
    var canonical: String { get }

    /// Datasets this command reads by name (for the fingerprints of a saved script).
    var datasetReferences: [String] { get }

    /// Checks the command against the schema of its input (nil when it stands first) without running
    /// anything, and says what it gives the next stage.
    func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema

    /// Runs the command on its input (nil when it stands first).
    func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue
}

/// A command whose arguments are declared by a `Signature`: its parsing, canonical text and usage line come
/// from that declaration. Each command maps the parsed arguments to its own value and back; nothing else
/// about its text is written by hand.
package protocol DeclaredCommand: Command {
    static var signature: Signature { get }

    /// The command made from arguments its signature read (or a property test generated).
    init(arguments: Arguments) throws

    /// The command's arguments, from which its canonical text is written.
    var arguments: Arguments { get }
}

extension DeclaredCommand {
    package static var syntax: String { signature.usage(name) }

    package init(parsing parser: inout Parser) throws {
        let arguments = try Self.signature.parse(&parser, usage: Self.syntax, command: Self.name)
        do {
            try self.init(arguments: arguments)
        } catch let diagnostic as Diagnostic {
            // What the command refuses in arguments that parsed (`--excel` on an .xlsx file) is shown in the line.
            throw diagnostic.placed(in: parser.source, at: diagnostic.range, onlyIfUnplaced: true)
        }
    }

    package var canonical: String { Self.signature.canonical(Self.name, arguments) }
}

extension Command {
    /// `help.NAME.summary` in the interface's language.
    package static var summary: String { help.summary() }
    /// The texts of its help, from the catalog.
    package static var help: CommandHelp { CommandHelp(self) }
    package static var chineseName: String? { nil }
    package static var aliases: [String] { [] }
    /// Every other name it answers to: its Chinese name, then its aliases.
    package static var otherNames: [String] { (chineseName.map { [$0] } ?? []) + aliases }
    package static var effect: CommandEffect { .query }
    package static var position: StagePosition { .stage }
    package var datasetReferences: [String] { [] }

    /// Help, listings and messages give text; a command that has not said more is known when it runs.
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        Self.effect == .display ? .nothing : .unknown
    }

    /// The name used in messages and canonical text.
    package var name: String { Self.name }
}

/// What a command can reach while it runs.
package struct RunContext {
    package let workspace: Workspace
    /// The command line, for pointing at its parts in errors.
    package let source: String
    /// Whether a caller (Ctrl-C) asked to stop.
    package let isCancelled: @Sendable () -> Bool
    /// The commands this line was parsed with (a script replayed from it is parsed with the same).
    package let registry: CommandRegistry
    /// Told before each stage runs (its place in the line), for tests that count what ran.
    package var onStage: (@Sendable (Int) -> Void)?

    package init(workspace: Workspace, source: String, registry: CommandRegistry,
                isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.workspace = workspace
        self.source = source
        self.registry = registry
        self.isCancelled = isCancelled
    }

    func stageWillRun(_ index: Int) {
        onStage?(index)
    }

    /// Throws when the user asked to stop.
    package func checkCancelled() throws {
        if isCancelled() { throw Diagnostic.interrupted }
    }

    /// The absolute path to write `path` to, or a `.security` error pointing at `range` in the command when
    /// the workspace's write policy refuses it. Every command that writes a file calls this first.
    /// The folder `exports/` or `sessions/` a file goes into is created when missing.
    package func checkWrite(_ path: String, range: Range<Int>?) throws -> String {
        try pointing(at: range) {
            let target = try workspace.checkWrite(path)
            try workspace.createScriptFolder(for: path)
            return target
        }
    }

    /// The absolute path to read `path` from, or a `.security` error pointing at `range` in the command when
    /// the workspace's read policy refuses it. Every command that reads a file by name calls this first.
    package func checkRead(_ path: String, range: Range<Int>?) throws -> String {
        try pointing(at: range) { try workspace.checkRead(path) }
    }

    /// Runs the write of the file typed at `range`; an error it throws points at the path in the command, whose
    /// own place (a script's line, or none at the prompt) is the place to report. The file is named in the
    /// message; it never becomes a `FILE:` prefix, which would read as if the output file were a script at fault.
    package func writing<T>(at range: Range<Int>?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var diagnostic as Diagnostic {
            if diagnostic.location.line == nil { diagnostic.location = SourceLocation() }
            throw diagnostic.placed(in: source, at: range, onlyIfUnplaced: true)
        }
    }

    /// Runs `body`; a Diagnostic it throws is placed at `range` of this command.
    private func pointing<T>(at range: Range<Int>?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let diagnostic as Diagnostic {
            throw diagnostic.placed(in: source, at: range)
        }
    }

    package func binder(for table: Table) -> Binder {
        Binder(fields: table.fields, source: source)
    }

    /// The input as a table, or an error naming the command that needed one.
    package func table(_ input: PipelineValue?, for command: String) throws -> Table {
        switch input {
        case .table(let table)?, .presented(let table, _)?: return table
        case .grouped(let grouped)?: return grouped.counted()
        default: throw Diagnostic.needsTable(before: command)
        }
    }
}

extension Diagnostic {
    /// A command that takes a table stands where none comes before it (found binding, or running).
    static func needsTable(before command: String) -> Diagnostic {
        Diagnostic(.run, .runNeedsTable, [command], hint: Message(.hintNeedsTableExample, command))
    }
}
