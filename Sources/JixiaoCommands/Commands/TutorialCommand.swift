import Foundation
import JixiaoCore
import JixiaoLanguage

/// Starts a walkthrough for new staff.
public struct TutorialCommand: Command {
    public static let name = "tutorial"
    public static let summary = "Start a step-by-step walkthrough (sessions/NAME.jx or sessions/tutorial-NAME.jx) in the shell."
    public static let syntax = "tutorial NAME"
    public static let discussion = """
        Each step shows its narration; type a command, and any command whose result equals the script's is \
        accepted. An empty line or Tab (next) runs the script's own command; skip, back and quit do what they say. \
        From the command line: jixiao replay --step FILE.
        """
    public static let category = CommandCategory.session
    public static let position = StagePosition.source
    public static let effect = CommandEffect.display
    public static let examples = [
        CommandExample("tutorial basics", "The basics: load, where, group, sort."),
    ]

    public var lesson: Token

    public init(parsing parser: inout Parser) throws {
        lesson = try parser.name("the name of a walkthrough")
    }

    public var canonical: String { "tutorial \(Expression.name(lesson.text))" }

    /// The script file of a walkthrough, if there is one.
    public func scriptPath(in workspace: Workspace) -> String? {
        for candidate in ["sessions/\(lesson.text).jx", "sessions/tutorial-\(lesson.text).jx"] {
            let path = workspace.resolve(candidate)
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// The shell runs walkthroughs itself (they need its line reader); anywhere else this explains how.
    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        guard let path = scriptPath(in: context.workspace) else {
            throw Diagnostic(.io, "no walkthrough named \(lesson.text)", hint: "walkthroughs are sessions/tutorial-*.jx", source: context.source, range: lesson.range)
        }
        return .text("\(lesson.text) is a walkthrough for the interactive shell; from the command line: jixiao replay --step \(path)")
    }
}
