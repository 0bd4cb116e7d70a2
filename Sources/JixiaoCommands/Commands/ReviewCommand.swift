import Foundation
import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage

/// Evaluates every project folder under a folder: one row per project, as a 财政局 reviewer reads dozens.
package struct ReviewCommand: DeclaredCommand, RunsEvaluationPipelines {
    package static let name = "review"
    package static let chineseName: String? = "评审"
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    // Each example's line is a command in jixiao's language, the same in every interface language.
    package static let examples = [
        CommandExample("review datasets/projects | select 文件夹, 执行率, 总分, 等级, 自评得分, 核对问题", // not user-facing: a command line
                       result: """
                           文件夹,执行率,总分,等级,自评得分,核对问题
                           丁县电商培训,96.00,99.60,优,100.00,1
                           丙县冷链物流,102.50,88.00,良,98.00,10
                           戊县寄递物流,83.33,88.25,良,95.00,6
                           """),
        CommandExample("review datasets/projects --template hubei | sort 总分 desc | select 文件夹, 总分, 等级"), // not user-facing: a command line
        CommandExample("review datasets/projects | where 总分 < 自评得分 | count", result: "3"), // not user-facing: a command line
        CommandExample("review datasets/projects | export 评审.xlsx"), // not user-facing: a command line
    ]

    package var template: EvaluationTemplate?
    package var path: String
    package var pathRange: Range<Int>

    package static let signature = Signature([
        .part(JixiaoCommands.Part("folder", "DIR", .path)),
        .option(.template),
    ])

    package init(arguments: Arguments) throws {
        let (path, range) = try arguments.required("folder", arguments.path)
        self.path = path
        self.pathRange = range
        template = arguments.template
    }

    package var arguments: Arguments {
        var arguments = Arguments()
        arguments.set("folder", .path(path, range: pathRange))
        arguments.set(template: template)
        return arguments
    }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let root = try context.checkRead(path, range: pathRange)
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw Diagnostic(.io, .reviewNotAFolder, [path], hint: Message(.hintReviewFolder), source: context.source, range: pathRange)
        }
        let projects = Self.projectFolders(root)
        guard !projects.isEmpty else {
            throw Diagnostic(.io, .reviewNoProjects, [path], hint: Message(.hintReviewProjects), source: context.source, range: pathRange)
        }
        var reviews: [ProjectReview] = []
        for folder in projects {
            try context.checkCancelled()
            reviews.append(try review(folder, root: root, in: context))
        }
        return .table(ProjectReview.table(reviews))
    }

    /// The folders under `root` that hold .csv files, by name; `root` itself (as "") when none does and it has
    /// its own.
    static func projectFolders(_ root: String) -> [String] {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }.sorted()  // file-gate: checked: root came from checkRead
        let folders = names.filter { name in
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: root + "/" + name, isDirectory: &isFolder) && isFolder.boolValue && !csvFiles(root + "/" + name).isEmpty
        }
        if folders.isEmpty && !csvFiles(root).isEmpty { return [""] }
        return folders
    }

    static func csvFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()  // file-gate: checked: folders under the root that passed checkRead; each file is checked again before it is read
    }

    /// One project: its datasets read into a workspace of their own, then evaluated and audited; the first
    /// error becomes the row's 错误, with what was read before it kept.
    func review(_ folder: String, root: String, in context: RunContext) throws -> ProjectReview {
        func joined(_ parent: String, _ name: String) -> String { name.isEmpty ? parent : (parent.hasSuffix("/") ? parent : parent + "/") + name }
        let given = joined(path, folder)
        let location = joined(root, folder)
        var review = ProjectReview(folder: folder.isEmpty ? (root.split(separator: "/").last.map(String.init) ?? path) : folder)
        do {
            let workspace = Workspace(directory: context.workspace.directory)
            for file in Self.csvFiles(location) {
                try context.checkCancelled()
                // Every file through the read policy: a link inside the folder that leads outside is refused.
                let resolved = try context.workspace.checkRead(joined(given, file))
                let table = try CSVReader.read(path: resolved, options: CSVOptions(isCancelled: context.isCancelled))  // file-gate: checked: resolved came from checkRead
                workspace.store(Dataset(name: String(file.dropLast(4)), table: table, origin: .file(path: resolved)))
            }
            let inputs = EvaluationInputs(context: RunContext(workspace: workspace, source: context.source, registry: context.registry,
                                                              isCancelled: context.isCancelled))
            let project = try inputs.project()
            review.name = project[Conventions.Project.name]
            review.department = project[Conventions.Project.department]
            let execution = try inputs.execution()
            review.budget = execution.total.annualBudget
            review.executed = execution.total.executed
            let evaluation = try inputs.evaluation(template ?? .mof, execution: execution)
            try review.record(evaluation)
            let claims = workspace.dataset(named: Conventions.claimsDataset) == nil ? nil : try inputs.claimFindings(try inputs.claims(), evaluation: evaluation)
            review.record(claims: claims, data: try Audit.dataFindings(evaluation))
        } catch let diagnostic as Diagnostic {
            if diagnostic.phase == .interrupted { throw diagnostic }
            review.error = ProjectReview.describe(diagnostic, within: location)
        }
        return review
    }
}

// MARK: - Binding

extension ReviewCommand {
    /// The columns are the same whatever the folders hold, so the stages after review bind before it runs.
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        .table(ProjectReview.columns)
    }
}
