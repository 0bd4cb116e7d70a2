// English texts of the commands area (see Catalog.swift for the format; Chinese in zh/CatalogZhCommands.swift).

extension Catalog {
    static let enCommands: [String: String] = [:]
}
