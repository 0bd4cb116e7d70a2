import JixiaoSession
import ArgumentParser

extension JixiaoCommand {
    /// `jixiao [run] [FILE.jx]`: the default subcommand. Starts the shell, runs the root's `-c` commands, or runs a
    /// script and exits.
    struct Run: ModeCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Start the shell, or run a script and exit (the default: jixiao FILE.jx is jixiao run FILE.jx).",
            discussion: """
                Without a terminal, commands piped to standard input all run, and the exit code is non-zero when any \
                failed. A script stops at its first error, reported as FILE:LINE:COL.
                """)

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("A script to run, as replay would.", valueName: "FILE.jx"),
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
