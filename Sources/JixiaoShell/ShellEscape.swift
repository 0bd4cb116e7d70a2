import Foundation
import JixiaoSession
import JixiaoLanguage

/// `!COMMAND` at the interactive prompt: runs `/bin/sh -c COMMAND` in the working folder for the person at
/// the keyboard. Never from a script (`ScriptReplay` refuses it), never journaled as a command, never saved.
package enum ShellEscape {
    /// The command after the `!`, when `line` is a shell escape (as `LexicalVocabulary` decides, for the
    /// interpreter's refusal too).
    package static func command(in line: String) -> String? {
        LexicalVocabulary.shellEscapeCommand(line)
    }

    /// Runs `command`; its output goes to the terminal, or to `output` when given (tests). Returns the exit
    /// status, or nil when /bin/sh could not be started.
    package static func run(_ command: String, in directory: String, output: ((String) -> Void)? = nil) -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        if output != nil {
            process.standardOutput = pipe
            process.standardError = pipe
        }
        do {
            try process.run()
        } catch {
            return nil
        }
        if let output {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            output(String(decoding: data, as: UTF8.self))
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
