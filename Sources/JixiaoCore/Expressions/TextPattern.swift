/// The compiled regular expression of `matches(s, "pattern")`, with Swift's grapheme semantics: `.` is one
/// character as the eye sees it (保, é), never a byte or half of one.
package struct TextPattern {
    private let regex: Regex<AnyRegexOutput>

    /// Longer patterns are refused: a pattern comes from a command line or a script, never from data.
    package static let maxLength = 1_000

    package init(_ pattern: String) throws {
        guard pattern.count <= Self.maxLength else {
            throw Diagnostic(.bind, code: .typeFunctionArgument, "the pattern is longer than \(Self.maxLength) characters")
        }
        regex = try Regex(pattern)
    }

    /// Why a pattern does not compile, or nil when it does.
    package static func problem(_ pattern: String) -> String? {
        if pattern.count > maxLength { return "longer than \(maxLength) characters" }
        do {
            _ = try Regex(pattern)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    /// Whether the pattern matches somewhere in `text`.
    package func matches(_ text: String) -> Bool {
        text.contains(regex)
    }
}
