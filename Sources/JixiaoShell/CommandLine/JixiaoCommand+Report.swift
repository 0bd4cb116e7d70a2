import JixiaoSession
import ArgumentParser
import JixiaoCore

extension JixiaoCommand {
    /// `jixiao report TEMPLATE.md -o OUT.docx|OUT.html|OUT.md`: fills a report template from the datasets.
    struct Report: ModeCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "report", abstract: Message(.cliReportAbstract).text, discussion: Message(.cliReportDiscussion).text)
        }

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp(Message(.cliReportTemplate).text, valueName: "TEMPLATE.md"),
                  completion: .file(extensions: ["md"]))
        var template: String

        @Option(name: [.short, .long], help: ArgumentHelp(Message(.cliReportOutput).text, valueName: "OUT.docx|OUT.html|OUT.md"),
                completion: .file(extensions: ["docx", "html", "md"]))
        var output: String

        func validate() throws {
            try refuseCommands()
        }

        var mode: Invocation.Mode { .report(template, output: output) }
    }
}
