/// The compiled regular expression of `matches(s, "pattern")`, with Swift's grapheme semantics: `.` is one
/// character as the eye sees it (保, é), never a byte or half of one.
package struct TextPattern {
    private let regex: Regex<AnyRegexOutput>

    /// Longer patterns are refused: a pattern comes from a command line or a script, never from data.
    package static let maxLength = 1_000

    /// The pattern compiled, or nil when it does not compile (`problem` says why).
    package init?(_ pattern: String) {
        guard pattern.count <= Self.maxLength, let regex = try? Regex(pattern) else { return nil }
        self.regex = regex
    }

    /// Why a pattern does not compile, or nil when it does.
    package static func problem(_ pattern: String) -> Message? {
        if pattern.count > maxLength { return Message(.functionPatternTooLong, String(maxLength)) }
        do {
            _ = try Regex(pattern)
            return nil
        } catch {
            // The compiler's own explanation, as Swift gives it.
            return Message(.functionPatternInvalid, "\"" + pattern + "\"", String(describing: error))
        }
    }

    /// Whether the pattern matches somewhere in `text`.
    package func matches(_ text: String) -> Bool {
        text.contains(regex)
    }
}
