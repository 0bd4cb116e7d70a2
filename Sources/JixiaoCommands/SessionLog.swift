import JixiaoCore

/// One thing that happened in a session, in order: a command (with whether it succeeded) or narration.
public enum LogEntry: Sendable {
    case command(LoggedCommand)
    case narration(String)
}

/// A command as the session log keeps it.
public struct LoggedCommand: Sendable {
    /// As typed.
    public var text: String
    /// Canonical form, when it parsed.
    public var canonical: String?
    /// Whether a saved script keeps it: it succeeded and produces or changes something.
    public var isSaved: Bool
    public var succeeded: Bool
    public var datasetReferences: [String]
}

extension Outcome {
    /// The log entry for this outcome.
    public var logEntry: LogEntry {
        .command(LoggedCommand(text: source, canonical: pipeline?.canonical,
                               isSaved: succeeded && !(pipeline?.isDisplayOnly ?? true),
                               succeeded: succeeded, datasetReferences: pipeline?.datasetReferences ?? []))
    }
}
