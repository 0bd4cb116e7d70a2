import JixiaoSession
import ArgumentParser
import JixiaoCore

extension JixiaoCommand {
    /// `jixiao tutorial --check FILE.jx`: checks a lesson before it is handed out.
    struct Tutorial: ModeCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "tutorial", abstract: Message(.cliTutorialAbstract).text, discussion: Message(.cliTutorialDiscussion).text)
        }

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        /// The only action on the command line, and required (lessons are followed in the shell). A Bool flag
        /// checked in `validate`, so that leaving it out is answered with the way to follow a lesson.
        @Flag(help: ArgumentHelp(Message(.cliTutorialCheck).text))
        var check = false

        @Argument(help: ArgumentHelp(Message(.cliTutorialScript).text, valueName: "FILE.jx"),
                  completion: .file(extensions: ["jx"]))
        var script: String

        func validate() throws {
            try refuseCommands()
            guard check else {
                throw ValidationError(Message(.cliTutorialNeedsCheck).text)
            }
        }

        var mode: Invocation.Mode { .lessonCheck(script) }
    }
}
