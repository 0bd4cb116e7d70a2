// The English catalog: every text of the interface in English, keyed as in `Catalog+zh.swift`.

extension Catalog {
    /// English, merged from the tables of each area.
    package static let en: [String: String] = merged(enTables)

    /// The tables of each area, in the order they merge.
    package static let enTables: [[String: String]] = [enInterface, enCore, enLanguage, enCommands, enHelp, enSession, enShell, enRender, enEvaluation, enAnalyst, enGate, enTemporal, enReliability, enForeign, enXLSXPackage, enDatabase]

    static let enInterface: [String: String] = [
        "phase.parse": "syntax error",
        "phase.bind": "name error",
        "phase.run": "error",
        "phase.io": "file error",
        "phase.input": "invalid input",
        "phase.security": "refused",
        "phase.interrupted": "interrupted",
        "phase.internal": "internal error",
        "diagnostic.hint": "hint",
        "diagnostic.line": "line {1}",
        "diagnostic.line_column": "line {1}:{2}",
        "run.interrupted": "stopped by Ctrl-C; nothing was changed",
        "hint.did_you_mean": "did you mean {1}?",
        "hint.columns": "columns: {1}",
        "hint.no_columns": "the table has no columns",
        "name.unknown_column": "no column named {1}",
        "list.cut": "{1}, … ({2} more)",
        "list.all": "{1}",
        "diagnostic.separator": ": ",
        "list.separator": ", ",
    ]
}
