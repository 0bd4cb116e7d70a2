import JixiaoSession
import CEditLine

/// Ctrl-C while a command runs: a SIGINT handler (in C, async-signal-safe) sets a flag that the interpreter
/// reads between stages and inside long loops, so the command stops with nothing half-applied and the shell
/// lives on.
package enum InterruptFlag {
    /// Routes SIGINT to the flag instead of ending the process.
    package static func install() {
        jx_interrupt_install()
    }

    /// Whether Ctrl-C was pressed since the last `clear()`.
    package static var isSet: Bool { jx_interrupt_pending() != 0 }

    package static func clear() {
        jx_interrupt_clear()
    }
}
