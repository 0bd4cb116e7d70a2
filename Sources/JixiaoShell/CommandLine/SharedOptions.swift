import JixiaoSession
import ArgumentParser
import JixiaoCore

/// The options every mode takes: where datasets load from and which folders a replayed script may use. Declared
/// on the root command and reused by each subcommand, so they may come before or after the subcommand's name.
struct SharedOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Load the datasets in DIR (default: $JIXIAO_DATASETS, else datasets/ of the project).",
                               valueName: "DIR"),
            completion: .directory)
    var datasets: String?

    @Option(help: ArgumentHelp("The interface's language: zh (Chinese, the default) or en (default: $JIXIAO_LANG, else the locale's).",
                               valueName: "zh|en"))
    var lang: String?

    @Flag(help: "Load no datasets.")
    var noDatasets = false

    @Option(help: ArgumentHelp("A replayed script may also read in DIR (repeatable).", valueName: "DIR"),
            completion: .directory)
    var allowRead: [String] = []

    @Option(help: ArgumentHelp("A replayed script may also read and write in DIR (repeatable).", valueName: "DIR"),
            completion: .directory)
    var allowWrite: [String] = []

    mutating func validate() throws {
        if let lang, Language(named: lang) == nil {
            throw ValidationError("unknown language \(lang): zh or en")
        }
    }
}
