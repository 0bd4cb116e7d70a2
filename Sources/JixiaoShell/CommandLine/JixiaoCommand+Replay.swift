import JixiaoSession
import ArgumentParser

extension JixiaoCommand {
    /// `jixiao replay [--update | --check | --step] FILE.jx`: runs a script as typed, records or checks its outputs,
    /// or walks through it as a lesson.
    struct Replay: ModeCommand {
        static let configuration = CommandConfiguration(
            commandName: "replay",
            abstract: "Run a script as if typed; record or check its outputs, or step through it as a lesson.",
            discussion: """
                Without a flag the script runs and stops at its first error. --update records each command's output \
                in FILE.jx.expected; --check compares a new run with it; --step walks through the script as a lesson.
                """)

        @ParentCommand var root: JixiaoCommand

        @OptionGroup var options: SharedOptions

        @Flag(help: "Record each command's output in FILE.jx.expected.")
        var update = false

        @Flag(help: "Compare a new run with FILE.jx.expected.")
        var check = false

        @Flag(help: "Walk through the script as a lesson.")
        var step = false

        @Argument(help: ArgumentHelp("The script to replay.", valueName: "FILE.jx"),
                  completion: .file(extensions: ["jx"]))
        var script: String

        func validate() throws {
            try refuseCommands()
            let given = [("--update", update), ("--check", check), ("--step", step)].filter(\.1).map(\.0)
            guard given.count <= 1 else {
                let named = given.dropLast().joined(separator: ", ") + " and " + given[given.count - 1]
                throw ValidationError("choose one of --update, --check and --step, not \(named)")
            }
        }

        var mode: Invocation.Mode {
            .replay(script, update ? .update : check ? .check : step ? .step : .run)
        }
    }
}
