import JixiaoSession
import ArgumentParser
import JixiaoCore

extension JixiaoCommand {
    /// `jixiao [run] [FILE.jx]`: the default subcommand. Starts the shell, runs the root's `-c` commands, or runs a
    /// script and exits.
    struct Run: ModeCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "run", abstract: Message(.cliRunAbstract).text, discussion: Message(.cliRunDiscussion).text)
        }

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp(Message(.cliRunScript).text, valueName: "FILE.jx"),
                  completion: .file(extensions: ["jx"]))
        var script: String?

        func validate() throws {
            if script != nil { try refuseCommands() }
        }

        var mode: Invocation.Mode {
            if let script { return .replay(script, .run) }
            return root.command.isEmpty ? .shell : .commands(root.command)
        }
    }
}
