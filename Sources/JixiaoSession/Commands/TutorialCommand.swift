import JixiaoCommands
import Foundation
import JixiaoCore
import JixiaoLanguage

/// Starts a walkthrough for new staff, or lists the lessons there are.
package struct TutorialCommand: DeclaredCommand {
    package static let name = "tutorial"
    package static let chineseName: String? = "教程"
    package static let category = CommandCategory.session
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("tutorial"),
        CommandExample("tutorial basics"), // not user-facing: a command line
    ]

    /// The lesson to start; nil lists them.
    package var lesson: Token?

    package static let signature = Signature([
        .part(Part("lesson", "NAME", .name(.lesson), optional: true))
    ])

    package init(arguments: Arguments) throws {
        lesson = arguments.name("lesson")
    }

    package var arguments: Arguments { Arguments(parts: lesson.map { ["lesson": .name($0)] } ?? [:]) }


    /// The script file of the named walkthrough, if there is one (nil too when no lesson is named).
    package func scriptPath(in workspace: Workspace) -> String? {
        guard let lesson else { return nil }
        for candidate in ["sessions/\(lesson.text).jx", "sessions/tutorial-\(lesson.text).jx"] {
            // Through the read policy: a replayed script's `tutorial` must not reach through a linked sessions/.
            guard let path = try? workspace.checkRead(candidate) else { continue }
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// One lesson file: `sessions/tutorial-NAME.jx`.
    package struct Lesson: Sendable, Equatable {
        /// What to type after `tutorial`.
        package var name: String
        package var path: String
        /// The first narration line, empty when there is none.
        package var title: String
        package var steps: Int
    }

    /// The lessons in the workspace's `sessions/` folder, by name. A file that cannot be read as a script is
    /// listed with no title and no steps rather than hidden.
    package static func lessons(in workspace: Workspace) -> [Lesson] {
        guard let folder = try? workspace.checkRead("sessions") else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []  // file-gate: checked, the folder came from checkRead
        let prefix = "tutorial-", suffix = ".jx"
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && $0.count > prefix.count + suffix.count }.sorted().map { file in
            let path = folder + "/" + file
            let items = ScriptReader.items(((try? workspace.checkRead("sessions/" + file)).flatMap { try? ScriptReplay.read($0) }) ?? "")  // file-gate: checked, each lesson through checkRead
            let title = items.lazy.compactMap { item -> String? in
                if case .narration(let text, _) = item, !text.isEmpty { return text } else { return nil }
            }.first ?? ""
            let steps = items.filter { if case .command = $0 { return true } else { return false } }.count
            return Lesson(name: String(file.dropFirst(prefix.count).dropLast(suffix.count)), path: path, title: title, steps: steps)
        }
    }

    /// The shell runs walkthroughs itself (they need its line reader); anywhere else this explains how. Without
    /// a name it lists the lessons.
    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        guard let lesson else {
            let lessons = Self.lessons(in: context.workspace)
            guard !lessons.isEmpty else {
                return .text(Message(.tutorialNoLessons).text)
            }
            return .table(Table(names: ["教程", "步数", "标题"], columns: [
                Column.from(lessons.map { .text($0.name) }, type: .text),
                Column.from(lessons.map { .integer(Int64($0.steps)) }, type: .integer),
                Column.from(lessons.map { .text($0.title) }, type: .text),
            ]))
        }
        guard let path = scriptPath(in: context.workspace) else {
            let hint = Suggestion.nearest(to: lesson.text, among: Self.lessons(in: context.workspace).map(\.name)).map { Message(.hintDidYouMean, $0) }
                ?? Message(.tutorialHintList)
            throw Diagnostic(.io, .nameUnknownWalkthrough, [lesson.text], hint: hint, source: context.source, range: lesson.range)
        }
        return .text(Message(.tutorialInShell, lesson.text, path).text)
    }
}

// MARK: - Binding

extension TutorialCommand {
    /// The listing of lessons is a table, a named lesson a message: known when it runs.
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema { .unknown }
}
