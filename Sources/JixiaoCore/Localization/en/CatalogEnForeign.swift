// English texts about files from other producers: sniffed CSV dialects, lenient reading, encodings that are not Chinese.

extension Catalog {
    static let enForeign: [String: String] = [
        "text.invalid_in_encoding": "line {2} is not valid {1} (bytes {3})",
        "load.unknown_delimiter": "delimiter= takes comma, semicolon, pipe or tab (or the character itself), found {1}",
        "load.csv_option_only": "{1}= is for CSV and text files",
        "note.read_as_not_chinese": "read as {1}: as GB18030 it gives rare characters ({2}…); encoding=gb18030 reads it as Chinese",
        "note.csv.delimiter_detected": "columns separated by {1} (detected; delimiter= sets it)",
        "note.csv.backslash_escape": "quotes inside quoted fields are escaped with a backslash (detected)",
        "note.csv.no_header_detected": "no header line: the first line is data; columns named column1 … column{1} (detected; header=N names the header's line)",
        "note.csv.no_header": "no header line: columns named column1 … column{1}",
        "note.csv.padded_rows": "strict=false: {1} short rows padded with empty cells (lines {2})",
        "note.csv.padded_rows.one": "strict=false: {1} short row padded with empty cells (line {2})",
        "note.csv.cut_rows": "strict=false: {1} long rows cut to {2} columns, dropping their extra cells (lines {3})",
        "note.csv.cut_rows.one": "strict=false: {1} long row cut to {2} columns, dropping its extra cells (line {3})",
        "note.csv.stray_quotes": "strict=false: quotes inside fields read as text on {1} lines ({2})",
        "note.csv.stray_quotes.one": "strict=false: quotes inside fields read as text on {1} line ({2})",
        "csv.delimiter.comma": "commas",
        "csv.delimiter.semicolon": "semicolons",
        "csv.delimiter.tab": "tabs",
        "csv.delimiter.pipe": "vertical bars |",
        "hint.csv.strict_false": "{1}; strict=false reads such rows, padding or cutting them",
        "help.load.option.delimiter": "The character between columns of a CSV or text file: comma, semicolon, pipe or tab (else detected).",
        "help.load.option.strict": "strict=false reads ragged rows (padded or cut) and stray quotes, and says which lines; strict=true (the default) refuses them.",
    ]
}
