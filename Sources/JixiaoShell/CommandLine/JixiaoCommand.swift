import JixiaoSession
import ArgumentParser
import JixiaoCore

/// `jixiao`: the root command. Alone it starts the shell (its default subcommand, `run`, which also takes a
/// script: `jixiao FILE.jx`); `-c` runs commands; `replay`, `notebook` and `tutorial` work on a script, `report`
/// on a report template.
///
/// A script is the default subcommand's argument, not the root's: ArgumentParser fills a root's positional
/// argument before it looks for a subcommand, so `jixiao replay x.jx` would take `replay` for the script.
struct JixiaoCommand: ParsableCommand {
    /// Said in the interface's language, which `CommandLineTool.main` sets before parsing.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "jixiao",
            abstract: Message(.cliJixiaoAbstract).text,
            discussion: Message(.cliJixiaoDiscussion).text,
            version: "jixiao \(JixiaoVersion.current)",
            subcommands: [Run.self, Replay.self, Notebook.self, Report.self, Tutorial.self],
            defaultSubcommand: Run.self)
    }

    @OptionGroup var options: SharedOptions

    @Option(name: [.customShort("c"), .long],
            help: ArgumentHelp(Message(.cliJixiaoCommand).text, valueName: "COMMAND"))
    var command: [String] = []

    @Flag(help: ArgumentHelp(Message(.cliJixiaoReference).text))
    var reference = false
}

/// A subcommand, which names the mode to run. ArgumentParser hands back only the innermost command, so each
/// reads the root's own flags (`-c`, `--reference`) through `root`.
protocol ModeCommand: ParsableCommand {
    var root: JixiaoCommand { get }
    var options: SharedOptions { get }
    /// The mode this command asks for, the root's flags aside.
    var mode: Invocation.Mode { get }
}

extension ModeCommand {
    var invocation: Invocation {
        Invocation(root.reference ? .reference : mode, options: options)
    }

    /// `-c` belongs to the shell: a script and commands together are refused.
    func refuseCommands() throws {
        guard root.command.isEmpty else { throw ValidationError(Message(.cliCommandsWithScript).text) }
    }
}
