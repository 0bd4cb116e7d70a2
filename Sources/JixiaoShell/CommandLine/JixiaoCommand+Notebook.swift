import JixiaoSession
import ArgumentParser
import JixiaoCore

extension JixiaoCommand {
    /// `jixiao notebook FILE.jx -o OUT.md|OUT.html|OUT.docx`: replays a script into a notebook.
    struct Notebook: ModeCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "notebook", abstract: Message(.cliNotebookAbstract).text, discussion: Message(.cliNotebookDiscussion).text)
        }

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp(Message(.cliReplayScript).text, valueName: "FILE.jx"),
                  completion: .file(extensions: ["jx"]))
        var script: String

        @Option(name: [.short, .long], help: ArgumentHelp(Message(.cliNotebookOutput).text, valueName: "OUT.md|OUT.html|OUT.docx"),
                completion: .file(extensions: ["md", "html", "docx"]))
        var output: String

        func validate() throws {
            try refuseCommands()
        }

        var mode: Invocation.Mode { .notebook(script, output: output) }
    }
}
