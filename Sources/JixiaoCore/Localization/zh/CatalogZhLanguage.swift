// Chinese texts of the language area (see Catalog.swift for the format; English in en/CatalogEnLanguage.swift).

extension Catalog {
    static let zhLanguage: [String: String] = [:]
}
