// The identifiers of texts that are not a diagnostic's own message: hints, notices, labels and help, grouped
// by area. Like diagnostic codes, each keys one template in every language's catalog (Catalog+zh.swift,
// Catalog+en.swift); the summary of each constant quotes its English template.

extension MessageID {
    // MARK: - hints shared by many errors

    /// did you mean {1}?
    package static let hintDidYouMean = MessageID("hint.did_you_mean")
    /// columns: {1}
    package static let hintColumns = MessageID("hint.columns")
    /// the table has no columns
    package static let hintNoColumns = MessageID("hint.no_columns")

    // MARK: - lists

    /// {1}: a whole list (its names joined by `list.separator`)
    package static let listAll = MessageID("list.all")
    /// {1}, … ({2} more): a list cut after its first names
    package static let listCut = MessageID("list.cut")
}

extension Message {
    /// Names, comma-separated; past `limit` the rest are counted, so that a file of ten thousand columns does
    /// not turn one hint into a page.
    package static func list(_ names: [String], limit: Int = 20) -> Message {
        guard names.count > limit else { return Message(key: MessageID.listAll.rawValue, arguments: [.list(names)]) }
        return Message(key: MessageID.listCut.rawValue, arguments: [.list(Array(names.prefix(limit))), .verbatim(String(names.count - limit))])
    }

    /// A message with another message as its one argument (a hint naming a list).
    package init(_ key: MessageID, _ argument: Message) {
        self.init(key: key.rawValue, arguments: [.message(argument)])
    }
}
