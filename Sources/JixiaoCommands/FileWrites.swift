/// A command that writes a file it names (`export`, `appendix to`).
protocol WritesFile {
    /// The file it writes, as the command holds it (already placed by `WritePolicy.placed`), if any.
    var outputPath: String? { get }
    /// The same command writing to `path` instead.
    func writing(to path: String) -> any Command
}

/// A write a saved script makes elsewhere than the live session did: a replayed script may not write where
/// the person at the prompt wrote, so `save` writes it into `exports/` and says so.
package struct RelocatedWrite: Sendable, Equatable {
    package var live: String
    package var saved: String
}

extension Pipeline {
    /// The line as a saved script writes it: each file it writes at a place a replayed script may write
    /// (see `WritePolicy.portable`), with the writes that moved.
    package func portable() -> (pipeline: Pipeline, relocated: [RelocatedWrite]) {
        var relocated: [RelocatedWrite] = []
        var result = self
        result.stages = stages.map { stage in
            if let let_ = stage as? LetCommand {
                let inner = let_.pipeline.portable()
                relocated += inner.relocated
                var moved = let_
                moved.pipeline = inner.pipeline
                return moved
            }
            guard let writer = stage as? WritesFile, let path = writer.outputPath else { return stage }
            let saved = WritePolicy.portable(path)
            guard saved != path else { return stage }
            relocated.append(RelocatedWrite(live: path, saved: saved))
            return writer.writing(to: saved)
        }
        return (result, relocated)
    }
}

extension ExportCommand: WritesFile {
    var outputPath: String? { path }
    func writing(to path: String) -> any Command {
        var moved = self
        moved.path = path
        return moved
    }
}

extension AppendixCommand: WritesFile {
    var outputPath: String? { path }
    func writing(to path: String) -> any Command {
        var moved = self
        moved.path = path
        return moved
    }
}
