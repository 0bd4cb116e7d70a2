// English texts of the language area (see Catalog.swift for the format; Chinese in zh/CatalogZhLanguage.swift).

extension Catalog {
    static let enLanguage: [String: String] = [:]
}
