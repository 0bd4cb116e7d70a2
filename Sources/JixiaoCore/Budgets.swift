import Foundation

/// Limits on work a command may ask for, so that a received script, a data file or a mistyped join ends in a
/// located error instead of filling memory until the process aborts (issue 20).
///
/// The defaults are set from the machine (a share of its physical memory); `JIXIAO_BUDGET_<NAME>` in the
/// environment or `--budget NAME=VALUE` on the command line change them (see the README's Reliability section).
/// The budgets apply to everything, typed or replayed, except `commands`, which counts the commands of one replay
/// and every replay inside it.
package struct Budgets: Sendable, Equatable {
    /// Commands one replay may run, its nested replays included (a fan-out of scripts replaying each other).
    package var commands: Int
    /// Rows a join may produce, and cells (rows × columns) a pivot may produce.
    package var rows: Int
    /// Bytes one command may allocate for a result it can size before building it (a join, a pivot).
    package var memory: Int
    /// Bytes of a file a script header line (`#! dataset … file=PATH`) may hash.
    package var hashBytes: Int
    /// Bytes of a file read whole into memory (a CSV, a workbook, a JSON file, a script).
    package var fileBytes: Int

    package init(commands: Int, rows: Int, memory: Int, hashBytes: Int, fileBytes: Int) {
        self.commands = commands
        self.rows = rows
        self.memory = memory
        self.hashBytes = hashBytes
        self.fileBytes = fileBytes
    }

    /// The names a budget goes by in `--budget NAME=VALUE` and `JIXIAO_BUDGET_NAME`.
    package static let names = ["commands", "rows", "memory", "hash", "file"]

    /// The defaults for a machine with `physicalMemory` bytes: a quarter of it for one command's result and for a
    /// file read whole (at most the 2 GiB a file can hold for the readers), 100,000 commands per replay,
    /// 50 million rows, 1 GiB hashed per header line.
    package static func standard(physicalMemory: UInt64 = ProcessInfo.processInfo.physicalMemory) -> Budgets {
        let share = Int(clamping: physicalMemory / 4)
        let memory = max(share, 256 << 20)
        return Budgets(commands: 100_000, rows: 50_000_000, memory: memory, hashBytes: 1 << 30,
                       fileBytes: min(memory, Int(Int32.max) - 1))
    }

    /// The value of budget `name`.
    package func value(_ name: String) -> Int? {
        switch name {
        case "commands": return commands
        case "rows": return rows
        case "memory": return memory
        case "hash": return hashBytes
        case "file": return fileBytes
        default: return nil
        }
    }

    /// Sets budget `name` from text: a positive whole number, bytes taking a K, M or G suffix (binary). False when
    /// the name or the value is not one.
    package mutating func set(_ name: String, to text: String) -> Bool {
        guard let amount = Self.amount(text), amount > 0 else { return false }
        switch name {
        case "commands": commands = amount
        case "rows": rows = amount
        case "memory": memory = amount
        case "hash": hashBytes = amount
        case "file": fileBytes = amount
        default: return false
        }
        return true
    }

    /// `1000`, `1_000`, `512M`, `2G`, `64k` as a whole number.
    static func amount(_ text: String) -> Int? {
        var digits = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        var scale = 1
        if let last = digits.last, let shift = ["k": 10, "m": 20, "g": 30][last.lowercased()] {
            scale = 1 << shift
            digits.removeLast()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: scale)
        return overflow ? nil : product
    }

    /// The defaults changed by `JIXIAO_BUDGET_<NAME>` variables; the names of those that were not understood.
    package static func fromEnvironment(_ environment: [String: String], base: Budgets = .standard()) -> (Budgets, rejected: [String]) {
        var budgets = base
        var rejected: [String] = []
        for name in names {
            let variable = "JIXIAO_BUDGET_" + name.uppercased()
            guard let text = environment[variable], !text.isEmpty else { continue }
            if !budgets.set(name, to: text) { rejected.append(variable + "=" + text) }
        }
        return (budgets, rejected)
    }

    // MARK: - The process's budgets

    private static let lock = NSLock()
    nonisolated(unsafe) private static var currentValue = Budgets.standard()

    /// The budgets of this process, set once at start from the command line and the environment. Readers deep in
    /// the engine (a file read whole) ask it; commands ask their workspace's copy.
    package static var current: Budgets {
        get { lock.withLock { currentValue } }
        set { lock.withLock { currentValue = newValue } }
    }
}
