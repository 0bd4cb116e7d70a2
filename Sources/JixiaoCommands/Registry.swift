import JixiaoCore

/// A list of commands, grouped by category. The session layer keeps the one hand-kept list of every command
/// (`CommandRegistry.standard`, above the commands, since saving and replaying are commands too); help,
/// completion and the command reference are generated from it, and a test lints it.
package struct CommandRegistry: Sendable {
    package let commands: [any Command.Type]

    package init(commands: [any Command.Type]) {
        self.commands = commands
    }


    /// The command with this name, Chinese name or alias (case-insensitive).
    package func command(named name: String) -> (any Command.Type)? {
        let lower = name.lowercased()
        return commands.first { $0.name == lower || $0.chineseName == lower || $0.aliases.contains(lower) }
    }

    /// Names that may follow `|`.
    package var stageNames: [String] {
        commands.filter { $0.position != .source }.map { $0.name }
    }

    /// Names that may start a line.
    package var sourceNames: [String] {
        commands.filter { $0.position != .stage }.map { $0.name }
    }

    package var allNames: [String] { commands.map { $0.name } }

    /// The Chinese names of the commands that may stand first (`position` `.source`) or after `|` (`.stage`).
    package func chineseNames(where position: StagePosition) -> [String] {
        commands.filter { position == .source ? $0.position != .stage : position == .stage ? $0.position != .source : true }
            .compactMap { $0.chineseName }
    }
}
