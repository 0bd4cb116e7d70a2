// Chinese texts of the evaluation area (see Catalog.swift for the format; English in en/CatalogEnEvaluation.swift).

extension Catalog {
    static let zhEvaluation: [String: String] = [:]
}
