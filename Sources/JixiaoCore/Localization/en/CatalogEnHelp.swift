// English texts of the help area (see Catalog.swift for the format; Chinese in zh/CatalogZhHelp.swift).

extension Catalog {
    static let enHelp: [String: String] = [:]
}
