import JixiaoSession
import ArgumentParser

extension JixiaoCommand {
    /// `jixiao tutorial --check FILE.jx`: checks a lesson before it is handed out.
    struct Tutorial: ModeCommand {
        static let configuration = CommandConfiguration(
            commandName: "tutorial",
            abstract: "Check a lesson: every step runs and has a result to compare a learner's answer with.",
            discussion: """
                To follow a lesson, type tutorial NAME in the shell, or run jixiao replay --step FILE.jx.
                """)

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        /// The only action on the command line, and required (lessons are followed in the shell). A Bool flag
        /// checked in `validate`, so that leaving it out is answered with the way to follow a lesson.
        @Flag(help: "Check the lesson.")
        var check = false

        @Argument(help: ArgumentHelp("The lesson, a script named sessions/tutorial-NAME.jx.", valueName: "FILE.jx"),
                  completion: .file(extensions: ["jx"]))
        var script: String

        func validate() throws {
            try refuseCommands()
            guard check else {
                throw ValidationError("tutorial takes --check FILE.jx "
                                      + "(to follow a lesson: tutorial NAME in the shell, or jixiao replay --step FILE.jx)")
            }
        }

        var mode: Invocation.Mode { .lessonCheck(script) }
    }
}
