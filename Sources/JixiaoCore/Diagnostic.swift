/// Where in the user's text a problem lies: a file and line when known, and a range of UTF-8 offsets into
/// the command line.
package struct SourceLocation: Sendable, Hashable {
    package var file: String?
    /// 1-based line in `file`, or in a multi-line input.
    package var line: Int?
    /// 1-based column (in characters) when the text is not at hand.
    package var column: Int?

    package init(file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// The phase an error comes from, as in DuckDB's typed errors. Its name for the user ("syntax error", "语法错误")
/// is in the catalogs under `messageID`.
package enum Phase: Sendable {
    case parse
    case bind
    case run
    case io
    case input
    case security
    case interrupted
    case `internal`

    /// The phase's name in the catalogs (`phase.parse`).
    package var messageID: MessageID { MessageID("phase.\(self)") }

    /// The phase's name in `language`.
    package func name(in language: Language) -> String {
        Message(messageID).text(in: language)
    }
}

/// An error as a value: a phase, a code, a message, an optional hint, and where it lies.
///
/// Rendered by `DiagnosticRenderer` alone, with the offending source line and a caret. The code is the error's
/// identity: what code decides by, and what the catalogs key the message on; `text` and `hintText` are said in
/// the interface's language when rendered, and `message` and `hint` are their English, which code and tests
/// compare.
package struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    package var phase: Phase
    /// What went wrong, as a stable key (`name.unknown_column`).
    package var code: DiagnosticCode
    /// What went wrong, for the user, in any language.
    package var text: Message
    /// What to do about it.
    package var hintText: Message?
    /// The command text the range refers to.
    package var source: String?
    /// UTF-8 offsets into `source`.
    package var range: Range<Int>?
    package var location: SourceLocation

    /// An error whose message is the catalog's text for `code`, filled with `arguments`.
    package init(_ phase: Phase, _ code: DiagnosticCode, _ arguments: [String] = [], hint: Message? = nil, source: String? = nil,
                 range: Range<Int>? = nil, location: SourceLocation = SourceLocation()) {
        self.init(phase, code: code, text: Message(key: code.rawValue, arguments: arguments.map(Message.Argument.verbatim)), hint: hint,
                  source: source, range: range, location: location)
    }

    /// An error with its message given whole.
    package init(_ phase: Phase, code: DiagnosticCode, text: Message, hint: Message? = nil, source: String? = nil,
                 range: Range<Int>? = nil, location: SourceLocation = SourceLocation()) {
        self.phase = phase
        self.code = code
        self.text = text
        self.hintText = hint
        self.source = source
        self.range = range
        self.location = location
    }

    /// An error whose message is the catalog's text for `code`, with arguments that may themselves be messages
    /// (said in the same language) or lists; `count` picks an English singular form.
    package init(_ phase: Phase, _ code: DiagnosticCode, arguments: [Message.Argument], count: Int? = nil, hint: Message? = nil,
                 source: String? = nil, range: Range<Int>? = nil, location: SourceLocation = SourceLocation()) {
        self.init(phase, code: code, text: Message(key: code.rawValue, arguments: arguments, count: count), hint: hint, source: source,
                  range: range, location: location)
    }

    /// The message in English.
    package var message: String { text.text(in: .en) }

    /// The hint in English.
    package var hint: String? { hintText?.text(in: .en) }

    package var description: String {
        var text = "\(phase.name(in: .en)): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }

    /// What a command stopped by Ctrl-C reports: it changed nothing.
    package static var interrupted: Diagnostic {
        Diagnostic(.interrupted, .runInterrupted)
    }

    /// The same error, pointing at `range` of the command text `source`.
    ///
    /// With `onlyIfUnplaced`, an error that already points into some text (the data file's, or a script's that
    /// this command replayed) keeps its place, and only one without text is placed.
    package func placed(in source: String, at range: Range<Int>?, onlyIfUnplaced: Bool = false) -> Diagnostic {
        if onlyIfUnplaced && self.source != nil { return self }
        var copy = self
        copy.source = source
        copy.range = range
        return copy
    }

    /// The same error, placed in a file at a line.
    package func located(file: String?, line: Int?) -> Diagnostic {
        var copy = self
        if copy.location.file == nil { copy.location.file = file }
        if copy.location.line == nil { copy.location.line = line }
        return copy
    }
}
