// Chinese texts of the commands area (see Catalog.swift for the format; English in en/CatalogEnCommands.swift).

extension Catalog {
    static let zhCommands: [String: String] = [:]
}
