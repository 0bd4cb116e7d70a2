import JixiaoCore

/// One thing that happened in a session, in order: a command (with whether it succeeded) or narration.
package enum LogEntry: Sendable {
    case command(LoggedCommand)
    case narration(String)
}

/// A command as the session log keeps it.
package struct LoggedCommand: Sendable {
    /// As typed.
    package var text: String
    /// Canonical form as a saved script writes it, when it parsed: cells by their number in the session, files
    /// where a replayed script may write them (see `relocated`).
    package var canonical: String?
    /// Whether a saved script keeps it: it succeeded and produces or changes something. Exactly these
    /// commands are numbered cells.
    package var isSaved: Bool
    /// An `undo` or `redo` that succeeded: the journal keeps it as a command (replaying the journal undoes
    /// too); a saved script leaves it out with what it undid.
    package var isHistoryStep = false
    package var succeeded: Bool
    package var datasetReferences: [String]
    /// Files the command wrote where a saved script may not, and where the script writes them instead.
    package var relocated: [RelocatedWrite] = []
    /// The first line of the error, when it failed.
    package var error: String?
}

extension Outcome {
    /// The log entry for this outcome, its cell references as the session numbers them (`scope` is where it
    /// ran: typed, in a replayed script, in a lesson).
    package func logEntry(in scope: CellScope = CellScope()) -> LogEntry {
        let portable = pipeline.map { $0.renumberingCells { scope.sessionNumber($0) ?? $0 }.portable() }
        return .command(LoggedCommand(text: source, canonical: portable?.pipeline.canonical,
                                      isSaved: isCell, isHistoryStep: succeeded && (pipeline?.movesThroughHistory ?? false), succeeded: succeeded,
                                      datasetReferences: pipeline?.datasetReferences ?? [],
                                      relocated: portable?.relocated ?? [],
                                      error: error.map { $0.description.split(separator: "\n").first.map(String.init) ?? "" }))
    }

    /// Whether this command is a numbered cell (and a line of a saved script): it succeeded and does more than
    /// display.
    package var isCell: Bool { succeeded && !(pipeline?.isDisplayOnly ?? true) && !(pipeline?.movesThroughHistory ?? false) }
}
