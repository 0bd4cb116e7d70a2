import ArgumentParser
import Foundation
import JixiaoSession
import JixiaoCore

/// `jixiao`'s entry: parses the process arguments (`JixiaoCommand` and its subcommands) and runs the chosen mode.
package enum CommandLineTool {
    package static let version = JixiaoVersion.current

    /// Runs the command line `argv` (the program's name first) and returns the exit status: 0 for help, the
    /// version and completion scripts, 2 for a usage error, else the mode's own.
    package static func main(_ argv: [String] = CommandLine.arguments) -> Int32 {
        Terminal.prepareLocale()
        // Chosen before parsing, so that the usage and help ArgumentParser prints are in that language too.
        Language.current = Language.resolve(option: languageOption(in: argv.dropFirst()), environment: ProcessInfo.processInfo.environment)
        let invocation: Invocation
        do {
            invocation = try parse(Array(argv.dropFirst()))
        } catch {
            return report(error)
        }
        return CommandLineRunner(invocation: invocation).run()
    }

    /// The value of the last `--lang X` or `--lang=X` before a `--`, if any.
    static func languageOption(in arguments: ArraySlice<String>) -> String? {
        var found: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        return found
    }

    /// The invocation `arguments` ask for. Throws ArgumentParser's errors, which `report` prints: usage errors,
    /// and the requests for help, the version or a completion script.
    static func parse(_ arguments: [String]) throws -> Invocation {
        var command = try JixiaoCommand.parseAsRoot(arguments)
        if let mode = command as? any ModeCommand { return mode.invocation }
        // Only ArgumentParser's own commands are left (`jixiao help replay`): running one throws what to print.
        try command.run()
        throw CleanExit.helpRequest(JixiaoCommand.self)
    }

    /// Prints what ArgumentParser makes of `error` and returns the exit status: help, the version and completion
    /// scripts go to standard output, with 0; anything else is a usage error, shown with the usage on standard
    /// error, with 2.
    static func report(_ error: any Error) -> Int32 {
        let message = fullMessage(for: error, in: Language.current)
        if JixiaoCommand.exitCode(for: error).isSuccess {
            Terminal.write(message + "\n")
            return 0
        }
        Terminal.writeError((message.isEmpty ? "jixiao: \(error)" : message) + "\n")
        return 2
    }

    /// What ArgumentParser prints for `error`, its own English words said in `language` (`ArgumentParserText`),
    /// wrapped to the screen: `COLUMNS`, else the terminal's width, else 80, as ArgumentParser measures it.
    static func fullMessage(for error: any Error, in language: Language,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard language != .en else { return JixiaoCommand.fullMessage(for: error) }
        let text = JixiaoCommand.fullMessage(for: error, columns: ArgumentParserText.unwrapped)
        guard ArgumentParserText.isHelpOrError(text) else { return JixiaoCommand.fullMessage(for: error) }
        let width = environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
            ?? (Terminal.stdoutIsTerminal ? Terminal.width(environment: environment) : 80)
        return ArgumentParserText.translated(text, to: language, width: width)
    }
}
