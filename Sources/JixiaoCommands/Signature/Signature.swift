import JixiaoLanguage

/// What a command takes after its name, declared once: its parts in order, `key=value` (or `--key value`)
/// options and `--flags`, each with a line of help. Parsing, canonical text, the usage line of `help` and the
/// command reference, and Tab completion all come from this one declaration.
///
/// Elements are listed in the order canonical text writes them; options and flags may be typed anywhere
/// between parts.
package struct Signature: Sendable {
    package var elements: [Element]

    package init(_ elements: [Element]) {
        self.elements = elements
    }

    /// A command that takes nothing.
    package static let none = Signature([])

    package enum Element: Sendable {
        case part(Part)
        case option(OptionSpec)
        case flag(FlagSpec)
    }

    package var parts: [Part] {
        elements.compactMap { if case .part(let part) = $0 { return part }; return nil }
    }

    package var options: [OptionSpec] {
        elements.compactMap { if case .option(let option) = $0 { return option }; return nil }
    }

    package var flags: [FlagSpec] {
        elements.compactMap { if case .flag(let flag) = $0 { return flag }; return nil }
    }

    /// The option with this key, if the command takes it.
    package func option(_ key: String) -> OptionSpec? {
        options.first { $0.key == key }
    }
}

/// One part of a command's arguments: `CONDITION`, `to FILE`, `[as NAME]`.
package struct Part: Sendable {
    /// The key its value is kept under.
    package var id: String
    /// How usage writes it: `CONDITION`, `FILE`.
    package var placeholder: String
    package var kind: PartKind
    /// A word written before it (`to` FILE, `as` NAME, `on` KEY).
    package var keyword: String?
    /// A word written after it that tells it is there (`export NAME to FILE`: NAME only when `to` follows).
    package var suffix: String?
    package var isOptional: Bool
    /// Whether Tab offers aggregate functions in it (`agg`).
    package var takesAggregates: Bool
    /// Whether Tab offers window functions in it (`derive`).
    package var takesWindows: Bool
    /// A part whose texts are in the catalog under `help.COMMAND.part.ID` (its help) and
    /// `help.COMMAND.part.ID.expected` (what an error says was expected: `expected a file to write`).
    package init(_ id: String, _ placeholder: String, _ kind: PartKind, keyword: String? = nil, suffix: String? = nil,
                optional: Bool = false, aggregates: Bool = false, windows: Bool = false) {
        self.id = id
        self.placeholder = placeholder
        self.kind = kind
        self.keyword = keyword
        self.suffix = suffix
        self.isOptional = optional
        self.takesAggregates = aggregates
        self.takesWindows = windows
    }
}

/// What a part holds.
package enum PartKind: Sendable, Equatable {
    /// One expression (`where CONDITION`).
    case expression
    /// `NAME = EXPRESSION` or a bare expression, comma-separated; `requireNames` when every item needs its name.
    case namedExpressions(requireNames: Bool)
    /// Column names, comma-separated.
    case columns
    /// Sort keys, each an expression with `asc` or `desc`, comma-separated.
    case sortKeys
    /// `KEY [= OTHER_KEY]`, comma-separated (join).
    case keyPairs
    /// `OLD as NEW`, comma-separated (rename).
    case renames
    /// One name, of what `NameKind` says.
    case name(NameKind)
    /// A cell's number (`out 3`).
    case cell
    /// A file path as typed, up to white space, or a quoted string.
    case path
    /// A whole number.
    case integer
    /// One of a closed set of words (`chart bar`); `aliases` are other words for the same ones, `noun` what
    /// one of them is called (`unknown chart kind pie`).
    case choice([String], aliases: [String: String] = [:], noun: String)
}

/// What a name part names: where Tab finds candidates for it, and what it must be.
package enum NameKind: Sendable, Equatable {
    /// A dataset, or a cell's result written `_3`.
    case dataset
    /// A column of the input.
    case column
    /// A name given to something new (`as NAME`, `save NAME`): nothing to offer.
    case new
    /// A command's name, or `functions` (`help`).
    case command
    /// A lesson in sessions/ (`tutorial`).
    case lesson
}

/// A `key=value` option (or, `dashed`, `--key value`).
package struct OptionSpec: Sendable {
    package var key: String
    package var kind: OptionKind
    /// Written `--key value` (and read either way).
    package var isDashed: Bool
    /// How usage writes its value when the kind does not say (`NAME`, `"列:type,…"`).
    package var placeholder: String?
    /// What fills the `{1}`, `{2}` … of its help (values the code owns, such as the encodings `load` reads).
    package var helpArguments: [String]

    /// An option whose help is the catalog's `help.COMMAND.option.KEY`, filled with `helpArguments`.
    package init(_ key: String, _ kind: OptionKind, dashed: Bool = false, placeholder: String? = nil, helpArguments: [String] = []) {
        self.key = key
        self.kind = kind
        self.isDashed = dashed
        self.placeholder = placeholder
        self.helpArguments = helpArguments
    }
}

/// The values an option takes.
package enum OptionKind: Sendable, Equatable {
    /// A whole number, within `range` when given, counting `unit` (`width= takes 20 to 1000 columns`).
    case integer(ClosedRange<Int>?, unit: String = "")
    /// Text: a quoted string (or a bare word); written quoted.
    case text
    /// A word as typed up to white space (`encoding=utf-8`, `sheet=2022年`), or a quoted string; `suggestions`
    /// are the values Tab offers (an open set: others are read too).
    case raw(suggestions: [String] = [])
    /// A column name (backticks for names that need them).
    case column
    /// One of a closed set of words; with a `noun`, a wrong one is `unknown template beijing`, else
    /// `part= takes execution or indicators`.
    case choice([String], noun: String? = nil)
}

/// A `--flag`.
package struct FlagSpec: Sendable {
    package var name: String

    /// A flag whose help is the catalog's `help.COMMAND.flag.NAME`.
    package init(_ name: String) {
        self.name = name
    }
}
