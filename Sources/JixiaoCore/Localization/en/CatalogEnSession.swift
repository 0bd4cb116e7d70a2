// English texts of the session area (see Catalog.swift for the format; Chinese in zh/CatalogZhSession.swift).

extension Catalog {
    static let enSession: [String: String] = [:]
}
