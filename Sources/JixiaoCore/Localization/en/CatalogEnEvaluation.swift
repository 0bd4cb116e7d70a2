// English texts of the evaluation area (see Catalog.swift for the format; Chinese in zh/CatalogZhEvaluation.swift).

extension Catalog {
    static let enEvaluation: [String: String] = [:]
}
