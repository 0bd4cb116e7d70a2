import JixiaoCore
import JixiaoLanguage

/// Shows how long each command takes.
package struct TimerCommand: DeclaredCommand {
    package static let name = "timer"
    package static let chineseName: String? = "计时"
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("timer on"), // not user-facing: a command line; its result is a notice, in the catalog
    ]

    package var on: Bool

    package static let signature = Signature([
        .part(Part("state", "on|off", .choice(["on", "off"], noun: "timer_setting")))
    ])

    package init(arguments: Arguments) throws {
        on = try arguments.required("state", arguments.choice).text == "on"
    }

    package var arguments: Arguments { Arguments(parts: ["state": .choice(Token(.identifier, on ? "on" : "off", 0..<0))]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        context.workspace.showTimer = on
        return .none(Message(on ? .noticeTimerOn : .noticeTimerOff).text)
    }
}
