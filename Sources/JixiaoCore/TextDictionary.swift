/// The distinct strings of a dictionary-encoded text column. Codes index `strings`.
///
/// Immutable once built, so columns share it freely across copies, filters and threads.
public final class TextDictionary: Sendable {
    public let strings: [String]
    private let codes: [String: UInt32]
    /// Rank of each code in code-point order, for sorting by integer comparisons.
    public let ranks: [UInt32]

    public init(_ strings: [String]) {
        self.strings = strings
        var codes: [String: UInt32] = [:]
        codes.reserveCapacity(strings.count)
        for (index, string) in strings.enumerated() where codes[string] == nil {
            codes[string] = UInt32(index)
        }
        self.codes = codes
        let order = strings.indices.sorted { strings[$0] < strings[$1] }
        var ranks = [UInt32](repeating: 0, count: strings.count)
        for (rank, index) in order.enumerated() { ranks[index] = UInt32(rank) }
        self.ranks = ranks
    }

    public var count: Int { strings.count }

    /// The code of a string, or nil when the column never holds it.
    public func code(of string: String) -> UInt32? { codes[string] }

    public subscript(code: UInt32) -> String { strings[Int(code)] }
}

/// Builds a dictionary and codes, one string at a time.
public struct TextDictionaryBuilder {
    public private(set) var strings: [String] = []
    private var codes: [String: UInt32] = [:]

    public init() {}

    public mutating func code(for string: String) -> UInt32 {
        if let code = codes[string] { return code }
        let code = UInt32(strings.count)
        strings.append(string)
        codes[string] = code
        return code
    }

    public func build() -> TextDictionary { TextDictionary(strings) }
}
