// Chinese texts of the render area (see Catalog.swift for the format; English in en/CatalogEnRender.swift).

extension Catalog {
    static let zhRender: [String: String] = [:]
}
