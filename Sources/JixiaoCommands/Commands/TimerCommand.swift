import JixiaoCore
import JixiaoLanguage

/// Shows how long each command takes.
public struct TimerCommand: DeclaredCommand {
    public static let name = "timer"
    public static let summary = "Show (timer on) or hide (timer off) the time each command takes."
    public static let category = CommandCategory.session
    public static let position = StagePosition.source
    public static let effect = CommandEffect.display
    public static let examples = [
        CommandExample("timer on", "Print each command's time after its result.", result: "timer on"),
    ]

    public var on: Bool

    public static let signature = Signature([
        .part(Part("state", "on|off", .choice(["on", "off"], noun: "timer setting"), expected: "on or off", help: "Whether each command's time is shown."))
    ])

    public init(arguments: Arguments) throws {
        on = try arguments.required("state", arguments.choice).text == "on"
    }

    public var arguments: Arguments { Arguments(parts: ["state": .choice(Token(.identifier, on ? "on" : "off", 0..<0))]) }


    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        context.workspace.showTimer = on
        return .none(on ? "timer on" : "timer off")
    }
}
