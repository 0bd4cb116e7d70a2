#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine
import Foundation
import JixiaoSession

/// Facts about the terminal the shell runs in.
package enum Terminal {
    package static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    package static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Columns: $COLUMNS, else the window size of stdout, else 120.
    package static func width(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 10 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 10 { return Int(size.ws_col) }
        return 120
    }

    /// The width tables are fitted to: the terminal's when standard output is one; otherwise `COLUMNS` when it
    /// is set to a number, else no limit, since output to a pipe or a file is a record and never hides data.
    package static func outputWidth(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        outputWidth(environment: environment, outputIsTerminal: stdoutIsTerminal)
    }

    static func outputWidth(environment: [String: String], outputIsTerminal: Bool) -> Int? {
        if outputIsTerminal { return width(environment: environment) }
        guard let text = environment["COLUMNS"], let columns = Int(text), columns > 0 else { return nil }
        return columns
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (to anything but the empty string).
    package static func colorEnabled(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        colorEnabled(environment: environment, outputIsTerminal: stdoutIsTerminal)
    }

    static func colorEnabled(environment: [String: String], outputIsTerminal: Bool) -> Bool {
        outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Applies the environment's locale, falling back to C.UTF-8 for character handling when it is not UTF-8
    /// (LANG unset, C or POSIX): libedit reads typed characters through the locale and would drop every Chinese
    /// one. Returns whether characters are UTF-8 afterwards.
    @discardableResult
    package static func prepareLocale() -> Bool {
        jx_locale_prepare() != 0
    }

    package static func write(_ text: String) {
        StandardStreams.write(text)
    }

    package static func writeError(_ text: String) {
        StandardStreams.writeError(text)
    }
}
