// English texts of the core area (see Catalog.swift for the format; Chinese in zh/CatalogZhCore.swift).

extension Catalog {
    static let enCore: [String: String] = [
        "internal.workbook_assembly": "the file could not be assembled ({1})",
    ]
}
