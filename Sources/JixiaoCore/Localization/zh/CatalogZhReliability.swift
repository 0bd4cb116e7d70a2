// Chinese texts of reliability (see Catalog.swift for the format; English in en/CatalogEnReliability.swift):
// journal records that cannot tear, and what replay says about a torn one.

extension Catalog {
    static let zhReliability: [String: String] = [
        "journal.torn": "写入会话日志失败，且无法截去写了一半的记录（{1}）：此后不再记入日志",
        "reliability.torn_record_dropped": "{1}：第 {2} 行起是写入时中断的不完整记录，已略去",
    ]
}
