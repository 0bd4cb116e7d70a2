// English texts of the render area (see Catalog.swift for the format; Chinese in zh/CatalogZhRender.swift).

extension Catalog {
    static let enRender: [String: String] = [:]
}
