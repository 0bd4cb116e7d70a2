import JixiaoSession
import ArgumentParser
import JixiaoCore

/// The options every mode takes (their help in the interface's language): where datasets load from and which folders a replayed script may use. Declared
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

    mutating func validate() throws {
        if let lang, Language(named: lang) == nil {
            throw ValidationError(Message(.cliUnknownLanguage, lang).text)
        }
    }
}
