import JixiaoCore

extension Diagnostic {
    /// An error with its text written in the test, said as written in every language: for tests that build a
    /// diagnostic to render or to throw, not for the product, whose texts are all in the catalogs.
    package init(_ phase: Phase, code: DiagnosticCode, _ message: String, hint: String? = nil, source: String? = nil,
                 range: Range<Int>? = nil, location: SourceLocation = SourceLocation()) {
        self.init(phase, code: code, text: .verbatim(message), hint: hint.map(Message.verbatim), source: source, range: range,
                  location: location)
    }
}
