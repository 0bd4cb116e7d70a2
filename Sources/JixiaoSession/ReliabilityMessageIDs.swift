import JixiaoCore

// The identifiers of reliability texts (zh/CatalogZhReliability.swift, en/CatalogEnReliability.swift); the
// summary of each constant quotes its English template.

extension MessageID {
    /// {1}: line {2} onwards is an incomplete record, cut off while it was written; it is left out
    package static let reliabilityTornRecordDropped = MessageID("reliability.torn_record_dropped")
}
