// Chinese texts of the core area (see Catalog.swift for the format; English in en/CatalogEnCore.swift).

extension Catalog {
    static let zhCore: [String: String] = [
        "internal.workbook_assembly": "无法生成该文件（{1}）",
    ]
}
