import JixiaoLanguage

/// A command that reads a numbered cell (`_3`, `out 3`, `export _3 to …`) or holds a pipeline that may.
///
/// A script replayed inside a session numbers its cells from 1 (see `Workspace.numberingCellsFromOne`); the
/// session's log keeps its commands with the session's own numbers, so a saved session means the same cells.
protocol ReadsCells {
    /// The same command with every cell number moved by `offset`.
    func shiftingCells(by offset: Int) -> any Command
}

extension Pipeline {
    /// The same line with every cell number moved by `offset` (the line itself when `offset` is 0).
    public func shiftingCells(by offset: Int) -> Pipeline {
        guard offset != 0 else { return self }
        var shifted = self
        shifted.stages = stages.map { ($0 as? ReadsCells)?.shiftingCells(by: offset) ?? $0 }
        return shifted
    }
}

extension Token {
    /// A cell's name (`_3`) moved by `offset`; any other name as it is.
    func shiftingCell(by offset: Int) -> Token {
        guard let number = Workspace.cellNumber(named: text) else { return self }
        return Token(kind, "_\(number + offset)", range)
    }
}

extension DatasetSource: ReadsCells {
    func shiftingCells(by offset: Int) -> any Command {
        guard let number = Workspace.cellNumber(named: name) else { return self }
        var shifted = self
        shifted.name = "_\(number + offset)"
        return shifted
    }
}

extension OutCommand: ReadsCells {
    func shiftingCells(by offset: Int) -> any Command {
        var shifted = self
        shifted.number += offset
        return shifted
    }
}

extension LetCommand: ReadsCells {
    func shiftingCells(by offset: Int) -> any Command {
        var shifted = self
        shifted.pipeline = pipeline.shiftingCells(by: offset)
        return shifted
    }
}

extension ExportCommand: ReadsCells {
    func shiftingCells(by offset: Int) -> any Command {
        var shifted = self
        shifted.dataset = dataset?.shiftingCell(by: offset)
        return shifted
    }
}
