// Chinese texts of the help area (see Catalog.swift for the format; English in en/CatalogEnHelp.swift).

extension Catalog {
    static let zhHelp: [String: String] = [:]
}
