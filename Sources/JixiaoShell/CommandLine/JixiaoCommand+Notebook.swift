import JixiaoSession
import ArgumentParser

extension JixiaoCommand {
    /// `jixiao notebook FILE.jx -o OUT.md|OUT.html`: replays a script into a notebook.
    struct Notebook: ModeCommand {
        static let configuration = CommandConfiguration(
            commandName: "notebook",
            abstract: "Replay a script into a notebook: narration as text, commands as code cells, outputs below them.",
            discussion: "The output's extension chooses the format: .md for Markdown, .html for a web page.")

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("The script to replay.", valueName: "FILE.jx"),
                  completion: .file(extensions: ["jx"]))
        var script: String

        @Option(name: [.short, .long], help: ArgumentHelp("The notebook to write.", valueName: "OUT.md|OUT.html"),
                completion: .file(extensions: ["md", "html"]))
        var output: String

        func validate() throws {
            try refuseCommands()
        }

        var mode: Invocation.Mode { .notebook(script, output: output) }
    }
}
