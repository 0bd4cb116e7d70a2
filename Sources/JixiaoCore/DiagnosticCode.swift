/// The stable identity of a diagnostic: a dotted lowercase `area.what` (`name.unknown_column`, `xlsx.no_sheet`).
///
/// Code decides by it, never by a message's text, and a translated interface keys its message templates on it.
/// The constants live in `DiagnosticCodes.swift`, grouped by area; a raw value, once released, never changes.
package struct DiagnosticCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The dotted code, such as `csv.ragged_row`.
    package let rawValue: String

    /// A code from its dotted text.
    package init(rawValue: String) { self.rawValue = rawValue }

    /// A code from its dotted text, for the constants.
    package init(_ rawValue: String) { self.rawValue = rawValue }

    /// The part before the dot: what the code is about (`csv`, `syntax`, `security`).
    package var area: Substring { rawValue.prefix { $0 != "." } }

    package var description: String { rawValue }
}
