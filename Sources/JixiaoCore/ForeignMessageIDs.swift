// The identifiers of the texts about files from other producers (issue 22): what the CSV sniffer found, what
// lenient reading repaired, encodings that are not Chinese. Texts in CatalogEnForeign.swift and CatalogZhForeign.swift.

extension MessageID {
    /// read as {1}: as GB18030 it gives rare characters ({2}…); encoding=gb18030 reads it as Chinese
    package static let noteReadAsNotChinese = MessageID("note.read_as_not_chinese")
    /// columns separated by {1} (detected; delimiter= sets it)
    package static let noteDelimiterDetected = MessageID("note.csv.delimiter_detected")
    /// quotes inside quoted fields are escaped with a backslash (detected)
    package static let noteBackslashEscape = MessageID("note.csv.backslash_escape")
    /// no header line: the first line is data; columns named column1 … column{1} (detected; header=N names the header's line)
    package static let noteNoHeaderDetected = MessageID("note.csv.no_header_detected")
    /// no header line: columns named column1 … column{1}
    package static let noteNoHeader = MessageID("note.csv.no_header")
    /// strict=false: {1} short rows padded with empty cells (lines {2})
    package static let notePaddedRows = MessageID("note.csv.padded_rows")
    /// strict=false: {1} long rows cut to {2} columns, dropping their extra cells (lines {3})
    package static let noteCutRows = MessageID("note.csv.cut_rows")
    /// strict=false: quotes inside fields read as text on {1} lines ({2})
    package static let noteStrayQuotes = MessageID("note.csv.stray_quotes")
    /// a comma
    package static let delimiterComma = MessageID("csv.delimiter.comma")
    /// a semicolon
    package static let delimiterSemicolon = MessageID("csv.delimiter.semicolon")
    /// tabs
    package static let delimiterTab = MessageID("csv.delimiter.tab")
    /// a vertical bar |
    package static let delimiterPipe = MessageID("csv.delimiter.pipe")
    /// {1}; strict=false reads such rows, padding or cutting them
    package static let hintStrictFalse = MessageID("hint.csv.strict_false")
}
