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
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "An interactive analysis shell for fiscal project performance self-evaluation (财政项目支出绩效自评).",
        discussion: """
            jixiao alone starts the shell; jixiao -c COMMAND [-c COMMAND …] runs commands and exits; jixiao FILE.jx \
            runs a script and exits.

            The bundled datasets load from --datasets DIR, else $JIXIAO_DATASETS, else datasets/ of the project: \
            the working folder, or for a script in a sessions/ folder the folder that holds it (where the script \
            then runs). Sessions are journaled in $XDG_STATE_HOME/jixiao/journals.

            A replayed script runs no shell command (!…), reads only inside the working folder and the datasets \
            folder, and writes only into sessions/ and exports/ of the working folder; --allow-read DIR and \
            --allow-write DIR (each repeatable) let it read, or read and write, in DIR as well.
            """,
        version: "jixiao \(JixiaoVersion.current)",
        subcommands: [Run.self, Replay.self, Notebook.self, Report.self, Tutorial.self],
        defaultSubcommand: Run.self)

    @OptionGroup var options: SharedOptions

    @Option(name: [.customShort("c"), .long],
            help: ArgumentHelp("Run COMMAND and exit; repeatable, run in order, stopping at the first error.",
                               valueName: "COMMAND"))
    var command: [String] = []

    @Flag(help: "Print the command reference (Markdown) and exit.")
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
        guard root.command.isEmpty else { throw ValidationError("-c runs commands; give no script with it") }
    }
}
