/// A text for the user, kept as its catalog key and arguments until it is said in a language.
///
/// The key is a diagnostic's code (`name.unknown_column`) or a message identifier (`notice.loaded`); the
/// catalog of each language holds its template, with `{1}`, `{2}` … where the arguments go. An argument is
/// either the user's own text (a name, a path: never translated) or another message.
package struct Message: Sendable, Hashable, CustomStringConvertible {
    package enum Argument: Sendable, Hashable {
        /// Text said as it is: a column's name, a path, a number.
        case verbatim(String)
        /// Another message, said in the same language.
        case message(Message)
        /// Names as a list, joined as the language joins them (、 in Chinese, a comma in English).
        case list([String])
    }

    package enum Content: Sendable, Hashable {
        case catalog(key: String, arguments: [Argument], count: Int?)
        /// Text that is the same in every language: the user's data, or an operating system's error text.
        case verbatim(String)
    }

    package var content: Content

    /// The message under `key`, with its arguments as text. `count`, when given, picks the template under
    /// `key.one` for a count of one where the language has one (English plurals).
    package init(_ key: MessageID, _ arguments: String..., count: Int? = nil) {
        content = .catalog(key: key.rawValue, arguments: arguments.map(Argument.verbatim), count: count)
    }

    /// The message of a diagnostic's code, with its arguments as text.
    package init(_ code: DiagnosticCode, _ arguments: String..., count: Int? = nil) {
        content = .catalog(key: code.rawValue, arguments: arguments.map(Argument.verbatim), count: count)
    }

    /// A message whose arguments may themselves be messages.
    package init(key: String, arguments: [Argument], count: Int? = nil) {
        content = .catalog(key: key, arguments: arguments, count: count)
    }

    /// Text said the same in every language (the user's data, an operating system's error).
    package static func verbatim(_ text: String) -> Message {
        Message(content: .verbatim(text))
    }

    private init(content: Content) {
        self.content = content
    }

    /// The catalog key, or nil for verbatim text.
    package var key: String? {
        if case .catalog(let key, _, _) = content { return key }
        return nil
    }

    /// The message said in `language`.
    package func text(in language: Language) -> String {
        switch content {
        case .verbatim(let text):
            return text
        case .catalog(let key, let arguments, let count):
            let template = Catalog.template(for: key, count: count, in: language)
            return Catalog.fill(template, with: arguments.map { argument in
                switch argument {
                case .verbatim(let text): return text
                case .message(let message): return message.text(in: language)
                case .list(let names): return names.joined(separator: Catalog.template(for: "list.separator", in: language))
                }
            })
        }
    }

    /// The message in the interface's language.
    package var text: String { text(in: .current) }

    package var description: String { text }
}

/// The identity of a text that is not a diagnostic: a notice, a hint, a help text (`notice.loaded`,
/// `hint.did_you_mean`, `help.where.summary`). Like a diagnostic's code, it keys the catalogs.
package struct MessageID: RawRepresentable, Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package init(_ rawValue: String) { self.rawValue = rawValue }
    package init(stringLiteral value: String) { self.rawValue = value }
    package var description: String { rawValue }
}
