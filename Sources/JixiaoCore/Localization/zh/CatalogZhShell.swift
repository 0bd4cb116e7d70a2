// Chinese texts of the shell area (see Catalog.swift for the format; English in en/CatalogEnShell.swift).

extension Catalog {
    static let zhShell: [String: String] = [:]
}
