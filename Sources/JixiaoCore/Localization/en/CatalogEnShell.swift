// English texts of the shell area (see Catalog.swift for the format; Chinese in zh/CatalogZhShell.swift).

extension Catalog {
    static let enShell: [String: String] = [:]
}
