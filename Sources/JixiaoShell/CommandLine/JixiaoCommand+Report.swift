import JixiaoSession
import ArgumentParser

extension JixiaoCommand {
    /// `jixiao report TEMPLATE.md -o OUT.docx|OUT.html|OUT.md`: fills a report template from the datasets.
    struct Report: ModeCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Fill a Markdown report template from the datasets: each {{ pipeline }} gives a value, a table, a chart or a form.",
            discussion: """
                {{ PIPELINE }} places one value (numbers as prose writes them: 123.4, 18, 56.78%), a chart or a form \
                ({{ appendix }}); {{ table: PIPELINE }} places a table; a table, chart or form stands alone on its line. \
                The placeholders run as a replayed script's commands run (the same read and write rules); the first \
                that fails is reported at the template's LINE:COL and nothing is written. The report ends with the \
                datasets' fingerprints. The output's extension chooses the format: .docx, .html or .md.
                """)

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("The report template (Markdown with {{ … }} placeholders).", valueName: "TEMPLATE.md"),
                  completion: .file(extensions: ["md"]))
        var template: String

        @Option(name: [.short, .long], help: ArgumentHelp("The report to write.", valueName: "OUT.docx|OUT.html|OUT.md"),
                completion: .file(extensions: ["docx", "html", "md"]))
        var output: String

        func validate() throws {
            try refuseCommands()
        }

        var mode: Invocation.Mode { .report(template, output: output) }
    }
}
