import JixiaoSession
import ArgumentParser
import JixiaoCore

/// The options every mode takes (their help in the interface's language): where datasets load from, which folders a replayed script may use, `--safe` and the budgets. Declared
/// on the root command and reused by each subcommand, so they may come before or after the subcommand's name.
struct SharedOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Message(.cliOptionDatasets).text, valueName: "DIR"),
            completion: .directory)
    var datasets: String?

    @Option(help: ArgumentHelp(Message(.cliOptionLang).text, valueName: "zh|en"))
    var lang: String?

    @Flag(help: ArgumentHelp(Message(.cliOptionNoDatasets).text))
    var noDatasets = false

    @Option(help: ArgumentHelp(Message(.cliOptionAllowRead).text, valueName: "DIR"),
            completion: .directory)
    var allowRead: [String] = []

    @Option(help: ArgumentHelp(Message(.cliOptionAllowWrite).text, valueName: "DIR"),
            completion: .directory)
    var allowWrite: [String] = []

    @Option(help: ArgumentHelp(Message(.cliOptionAllowDB).text, valueName: "NAME"))
    var allowDb: [String] = []

    @Flag(help: ArgumentHelp(Message(.cliOptionSafe).text))
    var safe = false

    @Option(help: ArgumentHelp(Message(.cliOptionBudget).text, valueName: "NAME=VALUE"))
    var budget: [String] = []

    mutating func validate() throws {
        if let lang, Language(named: lang) == nil {
            throw ValidationError(Message(.cliUnknownLanguage, lang).text)
        }
        var budgets = Budgets.standard()
        for given in budget where !Self.apply(given, to: &budgets) {
            throw ValidationError(Message(.cliBudgetRejected, given, Budgets.names.joined(separator: ", ")).text)
        }
    }

    /// Sets one `NAME=VALUE` budget; false when it is not one.
    static func apply(_ given: String, to budgets: inout Budgets) -> Bool {
        let parts = given.split(separator: "=", maxSplits: 1).map(String.init)
        return parts.count == 2 && budgets.set(parts[0].trimmingCharacters(in: .whitespaces), to: parts[1])
    }
}
