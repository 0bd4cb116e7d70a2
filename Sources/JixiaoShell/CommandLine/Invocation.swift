import JixiaoSession

/// What the command line asked for: the mode to run and the shared options it runs with.
struct Invocation: Equatable {
    enum Mode: Equatable {
        case shell
        case commands([String])
        case replay(String, ReplayTool.Mode)
        case notebook(String, output: String)
        case report(String, output: String)
        case lessonCheck(String)
        case reference
    }

    var mode: Mode
    /// The datasets folder as given, if any.
    var datasets: String?
    var loadDatasets: Bool
    /// Folders outside the working folder replayed scripts may read, as given.
    var allowRead: [String]
    /// Folders replayed scripts may write into, as given.
    var allowWrite: [String]
    /// Databases replayed scripts may read (a name or a postgres:// URL), as given.
    var allowDB: [String]
    /// `--safe`: the session and `-c` run under the script rules.
    var safe: Bool
    /// `--budget NAME=VALUE`, as given (checked already).
    var budgets: [String]

    init(_ mode: Mode, options: SharedOptions) {
        self.mode = mode
        datasets = options.datasets
        loadDatasets = !options.noDatasets
        allowRead = options.allowRead
        allowWrite = options.allowWrite
        allowDB = options.allowDb
        safe = options.safe
        budgets = options.budget
    }
}
