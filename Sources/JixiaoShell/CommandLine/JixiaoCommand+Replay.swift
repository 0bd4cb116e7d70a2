import JixiaoSession
import ArgumentParser
import JixiaoCore

extension JixiaoCommand {
    /// `jixiao replay [--update | --check | --step] FILE.jx`: runs a script as typed, records or checks its outputs,
    /// or walks through it as a lesson.
    struct Replay: ModeCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "replay", abstract: Message(.cliReplayAbstract).text, discussion: Message(.cliReplayDiscussion).text)
        }

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        @Flag(help: ArgumentHelp(Message(.cliReplayUpdate).text))
        var update = false

        @Flag(help: ArgumentHelp(Message(.cliReplayCheck).text))
        var check = false

        @Flag(help: ArgumentHelp(Message(.cliReplayStep).text))
        var step = false

        @Argument(help: ArgumentHelp(Message(.cliReplayScript).text, valueName: "FILE.jx"),
                  completion: .file(extensions: ["jx"]))
        var script: String

        func validate() throws {
            try refuseCommands()
            let flags = [("--update", update), ("--check", check), ("--step", step)]
            let given = flags.filter(\.1).map(\.0)
            guard given.count <= 1 else {
                throw ValidationError(Message(key: MessageID.cliOneReplayMode.rawValue,
                                              arguments: [.message(Self.both(flags.map(\.0))), .message(Self.both(given))]).text)
            }
        }

        /// `a, b and c`: the names, the last two joined by the language's "and".
        static func both(_ names: [String]) -> Message {
            Message(key: MessageID.cliAnd.rawValue, arguments: [.list(Array(names.dropLast())), .verbatim(names.last ?? "")])
        }

        var mode: Invocation.Mode {
            .replay(script, update ? .update : check ? .check : step ? .step : .run)
        }
    }
}
