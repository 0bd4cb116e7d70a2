// Chinese texts of the commands area (see Catalog.swift for the format; English in en/CatalogEnCommands.swift):
// the diagnostics, hints and notices of Sources/JixiaoCommands. Their help is in CatalogZhHelp.swift.
// Terms follow docs/glossary.md.

extension Catalog {
    static let zhCommands: [String: String] = [
        // help
        "name.unknown_help_topic": "没有名为“{1}”的命令",
    ]
}
