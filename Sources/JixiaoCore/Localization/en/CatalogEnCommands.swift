// English texts of the commands area (see Catalog.swift for the format; Chinese in zh/CatalogZhCommands.swift):
// the diagnostics, hints and notices of Sources/JixiaoCommands. Their help is in CatalogEnHelp.swift.

extension Catalog {
    static let enCommands: [String: String] = [
        // help
        "name.unknown_help_topic": "no command named {1}",
    ]
}
