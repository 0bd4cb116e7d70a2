import JixiaoCore
import JixiaoLanguage

/// Shows how long each command takes.
public struct TimerCommand: Command {
    public static let name = "timer"
    public static let summary = "Show (timer on) or hide (timer off) the time each command takes."
    public static let syntax = "timer on|off"
    public static let category = CommandCategory.session
    public static let position = StagePosition.source
    public static let effect = CommandEffect.display
    public static let examples = [
        CommandExample("timer on", "Print each command's time after its result.", result: "timer on"),
    ]

    public var on: Bool

    public init(parsing parser: inout Parser) throws {
        if parser.consumeWord("on") { on = true } else if parser.consumeWord("off") { on = false } else {
            throw parser.error("expected on or off")
        }
    }

    public var canonical: String { on ? "timer on" : "timer off" }

    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        context.workspace.showTimer = on
        return .none(on ? "timer on" : "timer off")
    }
}
