// Chinese texts of the session area (see Catalog.swift for the format; English in en/CatalogEnSession.swift).

extension Catalog {
    static let zhSession: [String: String] = [:]
}
