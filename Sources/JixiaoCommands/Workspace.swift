import Foundation
import JixiaoCore
import JixiaoRender
import JixiaoDatabase

/// A dataset in the workspace: a table and where it came from.
package struct Dataset: Sendable {
    package enum Origin: Sendable, Equatable {
        /// Read from a file.
        case file(path: String)
        /// Read from the files a pattern matched, stacked in name order (`load 2022-*.csv as NAME`).
        case files([FilePart])
        /// Made by `let NAME = …` from a pipeline.
        case derived(pipeline: String)
        /// A cell's result (`_3`).
        case cell(Int)
        /// Read from a database: a table whose rows stay there until a pipeline needs them, or a query's rows.
        case database(DatabaseDataset)
    }

    /// One file of a stacked dataset: its path and the rows it gave.
    package struct FilePart: Sendable, Equatable {
        package var path: String
        package var rows: Int

        package init(path: String, rows: Int) {
            self.path = path
            self.rows = rows
        }
    }

    package var name: String
    package var table: Table
    package var origin: Origin

    package init(name: String, table: Table, origin: Origin) {
        self.name = name
        self.table = table
        self.origin = origin
    }
}

/// Everything a session holds: datasets by name, the results of numbered cells, and display settings.
///
/// Only commands change it, and only after they succeed: a failed command leaves it as it was.
package final class Workspace {
    package private(set) var datasets: [String: Dataset] = [:]
    /// Dataset names in the order they arrived.
    package private(set) var order: [String] = []
    /// Results of numbered cells, for `_3` and `out 3`, by their number in the session.
    package private(set) var cells: [Int: PipelineValue] = [:]
    /// The command each numbered cell ran, as typed, for `history`.
    package private(set) var cellCommands: [Int: String] = [:]
    /// The number the next cell takes. Every command that succeeds and is saved in a script (so not help,
    /// listings or navigation) is a cell, so a saved script's commands are cells 1, 2, 3 … as they were live.
    package private(set) var nextCell = 1
    /// What `_N` means for the commands running now: the session's cell N, a replayed script's own N-th cell,
    /// or a lesson's N-th step.
    package private(set) var cellScope = CellScope()
    /// Where relative paths are read from and written to.
    package var directory: String
    package var style = TableStyle()
    /// Whether each command's time is shown (`timer on`).
    package var showTimer = false
    /// Everything run in this session, in order, for `save`.
    package private(set) var log: [LogEntry] = []
    /// Who may write where: `.trusted` for the person at the prompt, `.restricted` while a script replays.
    package var writePolicy: WritePolicy = .trusted
    /// Folders the user allowed replayed scripts to write into (`--allow-write DIR`), as absolute paths.
    package var allowedWriteFolders: [String] = []
    /// Who may read what: `.trusted` for the person at the prompt, `.restricted` while a script replays.
    package var readPolicy: ReadPolicy = .trusted
    /// Folders outside the working folder that replayed scripts may read (`--allow-read DIR`, and the
    /// datasets folder), as absolute paths. Folders they may write into are readable too.
    package var allowedReadFolders: [String] = []
    /// Databases replayed scripts may read (`--allow-db NAME`: a database's name, or its postgres:// URL
    /// without a password). The person at the prompt reads any database their settings reach.
    package var allowedDatabases: [String] = []
    /// Whether database reads are restricted to `allowedDatabases` now (while a script replays).
    package private(set) var restrictsDatabases = false
    /// Counts every change of the datasets, so a command can tell whether it changed them.
    package private(set) var datasetsVersion = 0
    /// What undo and redo can step back and forth through (see `History`).
    package private(set) var history = History()
    /// How many commands run inside one another now (a replayed script's commands run inside `replay`).
    package private(set) var commandDepth = 0
    /// How many replays run inside one another (a script may replay another script).
    package private(set) var replayDepth = 0
    /// Deeper nesting is refused: a script that replays itself would otherwise recurse until the stack ends.
    package static let maxReplayDepth = 8
    /// Limits on the work a command may ask for (see `Budgets`); the process's budgets unless changed.
    package var budgets = Budgets.current
    /// Commands the outermost replay running now has run, its nested replays' included (`Budgets.commands`).
    package private(set) var replayedCommands = 0
    /// `--safe`: the person's own commands run under the script rules too (reads, writes, no `!`).
    package private(set) var safeMode = false

    package init(directory: String = FileManager.default.currentDirectoryPath) {
        self.directory = directory
    }

    /// An independent workspace holding the same datasets (tables are shared copy-on-write), with an empty log.
    package func copy() -> Workspace {
        let other = Workspace(directory: directory)
        other.writePolicy = writePolicy
        other.allowedWriteFolders = allowedWriteFolders
        other.readPolicy = readPolicy
        other.allowedReadFolders = allowedReadFolders
        other.budgets = budgets
        other.safeMode = safeMode
        other.allowedDatabases = allowedDatabases
        other.restrictsDatabases = restrictsDatabases
        for name in order {
            if let dataset = datasets[name] { other.store(dataset) }
        }
        other.style = style
        return other
    }

    package func dataset(named name: String) -> Dataset? {
        datasets[name]
    }

    package func store(_ dataset: Dataset) {
        if datasets[dataset.name] == nil { order.append(dataset.name) }
        datasets[dataset.name] = dataset
        datasetsVersion += 1
    }

    package func remove(_ name: String) {
        datasets[name] = nil
        order.removeAll { $0 == name }
        datasetsVersion += 1
    }

    /// Gives a dataset another name, in the same place of the order.
    package func rename(_ old: String, to new: String) {
        guard var dataset = datasets[old], datasets[new] == nil else { return }
        datasets[old] = nil
        dataset.name = new
        datasets[new] = dataset
        if let place = order.firstIndex(of: old) { order[place] = new }
        datasetsVersion += 1
    }

    package func appendLog(_ entry: LogEntry) {
        log.append(entry)
    }

    /// Puts an entry into the log at `index` (a command whose own replayed commands were logged while it ran
    /// comes before them).
    package func insertLog(_ entry: LogEntry, at index: Int) {
        log.insert(entry, at: min(index, log.count))
    }

    /// Keeps a result as the next numbered cell (with the command that made it); returns its number.
    @discardableResult
    package func recordCell(_ value: PipelineValue, command: String) -> Int {
        let number = nextCell
        cells[number] = value
        cellCommands[number] = command
        nextCell += 1
        return number
    }

    /// A cell's result by the number the running script (or lesson, or the session) knows it by, or an error
    /// that says which cells exist.
    package func cell(_ number: Int, source: String? = nil, range: Range<Int>? = nil) throws -> PipelineValue {
        if let absolute = cellScope.sessionNumber(number), let value = cells[absolute] { return value }
        let numbers = cellScope.visibleNumbers(cells.keys.sorted())
        let hint = numbers.isEmpty ? Message(.hintNoCellYet) : Message(.hintCells, Message.list(numbers.map { "_\($0)" }))
        throw Diagnostic(.bind, .nameUnknownCell, [String(number)], hint: hint, source: source, range: range)
    }

    /// Runs `body` as a script whose cells are numbered from 1: `_1` inside it is the first cell it makes,
    /// whatever the session held before. The numbering outside is restored afterwards.
    package func numberingCellsFromOne<T>(_ body: () throws -> T) rethrows -> T {
        try within(CellScope(base: nextCell - 1), body)
    }

    /// Runs `body` with `_N` meaning the session's cell `steps[N]`: a lesson's N-th cell, wherever the learner's
    /// session numbers it.
    package func numberingCells<T>(asLesson steps: [Int: Int], _ body: () throws -> T) rethrows -> T {
        try within(CellScope(lesson: steps), body)
    }

    private func within<T>(_ scope: CellScope, _ body: () throws -> T) rethrows -> T {
        let saved = cellScope
        cellScope = scope
        defer { cellScope = saved }
        return try body()
    }

    /// `_12` names cell 12: a name of `_` and digits only always means a cell, never a dataset.
    package static func cellNumber(named name: String) -> Int? {
        guard name.hasPrefix("_"), name.count > 1, name.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(name.dropFirst())
    }

    /// Runs `body` as a replayed script: reads and writes restricted (unless already stricter), one level of
    /// replay deeper; the policies before are restored afterwards, whether `body` succeeds, fails or throws.
    package func replaying<T>(_ body: () throws -> T) throws -> T {
        guard replayDepth < Self.maxReplayDepth else {
            // The session's own texts: `replay` refuses the same depth first, with the same words.
            throw Diagnostic(.security, .securityReplayDepth, [String(Self.maxReplayDepth)],
                             hint: Message(key: "session.hint_replays_itself", arguments: []))
        }
        let saved = (writePolicy, readPolicy, restrictsDatabases)
        if case .trusted = writePolicy { writePolicy = .restricted(allowed: allowedWriteFolders) }
        readPolicy = scriptReadPolicy
        if replayDepth == 0 { replayedCommands = 0 }
        restrictsDatabases = true
        replayDepth += 1
        defer {
            (writePolicy, readPolicy, restrictsDatabases) = saved
            replayDepth -= 1
        }
        return try body()
    }

    /// The read policy a script runs under: the current one when it is restricted already, else the working
    /// folder and the folders the user allowed.
    package var scriptReadPolicy: ReadPolicy {
        if case .trusted = readPolicy { return .restricted(allowed: allowedReadFolders + allowedWriteFolders) }
        return readPolicy
    }

    /// Runs `body` as a data file's pipelines (an indicators or claims dataset, a report template's
    /// placeholders): read as a script reads, and write nothing at all.
    package func readingDataFile<T>(_ body: () throws -> T) rethrows -> T {
        let saved = (writePolicy, readPolicy, restrictsDatabases)
        writePolicy = .denied
        readPolicy = scriptReadPolicy
        restrictsDatabases = true
        defer { (writePolicy, readPolicy, restrictsDatabases) = saved }
        return try body()
    }

    /// Counts one command of a replay against `Budgets.commands`; throws once the replay (with the replays inside
    /// it) has run as many as the budget allows.
    package func countReplayedCommand() throws {
        guard replayedCommands < budgets.commands else {
            throw Diagnostic(.security, .budgetReplayCommands, [String(budgets.commands)], hint: Message(.hintBudgetCommands))
        }
        replayedCommands += 1
    }

    /// Puts the person's own session under the script rules (`--safe`): reads and writes as a replayed script's,
    /// databases only those given with `--allow-db`, no shell commands. There is no way back inside the session.
    package func enterSafeMode() {
        safeMode = true
        restrictsDatabases = true
        writePolicy = .restricted(allowed: allowedWriteFolders)
        readPolicy = .restricted(allowed: allowedReadFolders + allowedWriteFolders)
    }

    /// The hint of a read or write refused at the person's own prompt because of `--safe`; nil inside a replay,
    /// whose own rules are the reason.
    var safeModeHint: Message? {
        safeMode && replayDepth == 0 ? Message(.hintSafeMode) : nil
    }

    /// A path as given, or resolved against the workspace directory.
    package func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return NSString(string: path).expandingTildeInPath }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }

    /// Loads every `.csv` file of a folder as a dataset named after the file, in name order.
    package func loadFolder(_ folder: String) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()  // file-gate: trusted: the datasets folder the person started jixiao with
        } catch {
            throw Diagnostic(.io, .fileDatasetsFolderUnreadable, [folder], location: SourceLocation(file: folder))
        }
        for file in names {
            let path = folder.hasSuffix("/") ? folder + file : folder + "/" + file
            let table = try CSVReader.read(path: path)  // file-gate: trusted: the datasets folder the person started jixiao with
            store(Dataset(name: String(file.dropLast(4)), table: table, origin: .file(path: path)))
        }
    }
}

// MARK: - Undo and redo

/// The datasets as they stood at one moment: tables are values, so keeping them costs nothing until they change.
package struct DatasetState: Sendable {
    var datasets: [String: Dataset]
    var order: [String]
}

/// One command that changed the datasets, as undo and redo move over it.
package struct HistoryStep: Sendable {
    /// The command as typed, for the messages.
    package var command: String
    /// The datasets before it ran.
    var before: DatasetState
    /// The datasets when it was undone (it and the queries after it), for redo.
    var after: DatasetState?
    /// Where its log entries start; everything from there to the undo is left out of a saved script.
    var logStart: Int
    /// The entries the undo marked, for redo to unmark.
    var undoneEntries: [Int] = []
    /// The cell number it took (or would have taken): the cells from there on are put aside by the undo.
    var firstCell: Int
    var keptCells: [Int: PipelineValue] = [:]
    var keptCellCommands: [Int: String] = [:]
    var nextCellAtUndo = 0
    /// The depth of commands it ran at (a replayed script undoes only its own steps).
    var depth: Int
}

/// The steps undo and redo move through. Undo goes back to the datasets before the last command that changed
/// them, and everything done since (the queries after it too) leaves the session: its log entries are left
/// out of a saved script and its cells are put aside, so the next command takes the undone command's number.
/// Redo brings it all back, as long as no command that computes or changes something ran in between (a new
/// command ends the redo chain, as typing does in an editor).
package struct History: Sendable {
    var undo: [HistoryStep] = []
    var redo: [HistoryStep] = []
    /// Log entries undone, which `save` leaves out.
    package private(set) var undoneEntries: Set<Int> = []

    /// The command the next undo would undo, at this depth.
    package func undoable(at depth: Int) -> String? {
        undo.last.flatMap { $0.depth == depth ? $0.command : nil }
    }

    /// The command the next redo would redo, at this depth.
    package func redoable(at depth: Int) -> String? {
        redo.last.flatMap { $0.depth == depth ? $0.command : nil }
    }

    mutating func mark(_ entries: [Int], undone: Bool) {
        if undone { undoneEntries.formUnion(entries) } else { undoneEntries.subtract(entries) }
    }
}

extension Workspace {
    var datasetState: DatasetState { DatasetState(datasets: datasets, order: order) }

    func restore(_ state: DatasetState) {
        datasets = state.datasets
        order = state.order
        datasetsVersion += 1
    }

    /// What a command needs to know before it runs to be undone later.
    struct CommandStart {
        var state: DatasetState
        var version: Int
        var logIndex: Int
        var nextCell: Int
        var depth: Int
    }

    /// Called by the interpreter before a command runs.
    func commandWillRun(logIndex: Int) -> CommandStart {
        defer { commandDepth += 1 }
        return CommandStart(state: datasetState, version: datasetsVersion, logIndex: logIndex, nextCell: nextCell, depth: commandDepth)
    }

    /// Called by the interpreter after a command ran (whether or not it succeeded). A command that changed the
    /// datasets becomes a step undo can take back; one that computes or changes something ends the redo chain.
    /// Steps of commands it ran inside itself (a replayed script's) are its own: only it is undone.
    func commandDidRun(_ start: CommandStart, command: String, isCell: Bool, movesThroughHistory: Bool) {
        commandDepth -= 1
        history.undo.removeAll { $0.depth > start.depth }
        history.redo.removeAll { $0.depth > start.depth }
        guard !movesThroughHistory else { return }
        if datasetsVersion != start.version {
            history.undo.append(HistoryStep(command: command, before: start.state, logStart: start.logIndex, firstCell: start.nextCell, depth: start.depth))
        }
        if isCell || datasetsVersion != start.version { history.redo.removeAll { $0.depth == start.depth } }
    }

    /// Undoes the last step of the commands running at the undo's depth; returns its command, or nil when there
    /// is nothing to undo here.
    package func undo() -> String? {
        let depth = commandDepth - 1
        guard history.undoable(at: depth) != nil, var step = history.undo.popLast() else { return nil }
        step.after = datasetState
        restore(step.before)
        step.undoneEntries = (step.logStart..<log.count).filter { !history.undoneEntries.contains($0) }
        history.mark(step.undoneEntries, undone: true)
        step.nextCellAtUndo = nextCell
        for number in cells.keys where number >= step.firstCell {
            step.keptCells[number] = cells[number]
            step.keptCellCommands[number] = cellCommands[number]
        }
        for number in step.keptCells.keys {
            cells[number] = nil
            cellCommands[number] = nil
        }
        nextCell = min(nextCell, step.firstCell)
        history.redo.append(step)
        return step.command
    }

    /// Redoes what the last undo at this depth undid; returns its command, or nil when there is nothing to redo.
    package func redo() -> String? {
        let depth = commandDepth - 1
        guard history.redoable(at: depth) != nil, var step = history.redo.popLast(), let after = step.after else { return nil }
        restore(after)
        history.mark(step.undoneEntries, undone: false)
        for (number, value) in step.keptCells { cells[number] = value }
        for (number, command) in step.keptCellCommands { cellCommands[number] = command }
        nextCell = max(nextCell, step.nextCellAtUndo)
        step.after = nil
        step.undoneEntries = []
        step.keptCells = [:]
        step.keptCellCommands = [:]
        history.undo.append(step)
        return step.command
    }
}

/// What `_N` and `out N` mean where commands run now.
package struct CellScope: Sendable, Equatable {
    /// The session's cells up to this one belong to whoever started the script now running: inside it, `_1`
    /// is cell `base + 1` of the session.
    package var base = 0
    /// In a lesson, its N-th cell as the session's number; nil elsewhere.
    package var lesson: [Int: Int]?

    package init(base: Int = 0, lesson: [Int: Int]? = nil) {
        self.base = base
        self.lesson = lesson
    }

    /// The session's number of the cell known here as `number`, if there can be one.
    package func sessionNumber(_ number: Int) -> Int? {
        if let lesson { return lesson[number] }
        return number >= 1 ? base + number : nil
    }

    /// The numbers by which the session's cells `session` (sorted) are known here.
    func visibleNumbers(_ session: [Int]) -> [Int] {
        if let lesson { return lesson.filter { session.contains($0.value) }.keys.sorted() }
        return session.filter { $0 > base }.map { $0 - base }
    }
}
