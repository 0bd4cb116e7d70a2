// English texts of reliability (see Catalog.swift for the format; Chinese in zh/CatalogZhReliability.swift):
// journal records that cannot tear, and what replay says about a torn one.

extension Catalog {
    static let enReliability: [String: String] = [
        "journal.torn": "a write to the journal failed and its partial record cannot be cut off ({1}): nothing more is journaled",
        "reliability.torn_record_dropped": "{1}: line {2} onwards is an incomplete record, cut off while it was written; it is left out",
    ]
}
