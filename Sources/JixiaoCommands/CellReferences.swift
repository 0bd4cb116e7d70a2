import JixiaoLanguage

/// A command that reads a numbered cell (`_3`, `out 3`, `export _3 to …`) or holds a pipeline that may.
///
/// A script replayed inside a session numbers its cells from 1, and a lesson by its own steps (see
/// `CellScope`); the session's log keeps every command with the session's own numbers, so a saved session
/// means the same cells.
protocol ReadsCells {
    /// The same command with every cell number `n` replaced by `renumber(n)`.
    func renumberingCells(_ renumber: (Int) -> Int) -> any Command
}

extension Pipeline {
    /// The same line with every cell number `n` replaced by `renumber(n)`.
    package func renumberingCells(_ renumber: (Int) -> Int) -> Pipeline {
        var renumbered = self
        renumbered.stages = stages.map { ($0 as? ReadsCells)?.renumberingCells(renumber) ?? $0 }
        return renumbered
    }
}

extension Token {
    /// A cell's name (`_3`) renumbered; any other name as it is.
    func renumberingCell(_ renumber: (Int) -> Int) -> Token {
        guard let number = Workspace.cellNumber(named: text) else { return self }
        return Token(kind, "_\(renumber(number))", range)
    }
}

extension DatasetSource: ReadsCells {
    func renumberingCells(_ renumber: (Int) -> Int) -> any Command {
        guard let number = Workspace.cellNumber(named: name) else { return self }
        var renumbered = self
        renumbered.name = "_\(renumber(number))"
        return renumbered
    }
}

extension OutCommand: ReadsCells {
    func renumberingCells(_ renumber: (Int) -> Int) -> any Command {
        var renumbered = self
        renumbered.number = renumber(number)
        return renumbered
    }
}

extension LetCommand: ReadsCells {
    func renumberingCells(_ renumber: (Int) -> Int) -> any Command {
        var renumbered = self
        renumbered.pipeline = pipeline.renumberingCells(renumber)
        return renumbered
    }
}

extension ExportCommand: ReadsCells {
    func renumberingCells(_ renumber: (Int) -> Int) -> any Command {
        var renumbered = self
        renumbered.dataset = dataset?.renumberingCell(renumber)
        return renumbered
    }
}
