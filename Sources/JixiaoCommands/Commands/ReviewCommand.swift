import Foundation
import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage

/// Evaluates every project folder under a folder: one row per project, as a 财政局 reviewer reads dozens.
package struct ReviewCommand: DeclaredCommand, RunsEvaluationPipelines {
    package static let name = "review"
    package static let summary = "Evaluate every project folder under a folder and list them in one table: funds, 执行率, 总分, grade, the claimed score and the gaps."
    package static let discussion = """
        A bureau, or the 财政局 reviewing it, keeps one folder per project, each holding the datasets of this \
        schema (project.csv, budgets.csv, funds.csv, indicators.csv, claims.csv and the ledgers the indicators \
        query). review reads each folder under DIR that holds .csv files (in name order; DIR itself when it has \
        none), scores it as evaluate does in the chosen template, and gives one row per project: 文件夹, 项目名称, \
        主管部门, 全年预算数 and 全年执行数 (万元), 执行率, 总分, 等级, 自评得分 (what its claims.csv says the report \
        scored), 核对问题 (the claims its data contradict plus what audit lists as still to explain) and 错误. A \
        folder that fails is one row with its error (file:line and the message; what was read before it is kept) \
        and the other folders still run. The result is a table: sort, filter, chart or export it. Each folder's \
        files are read as load reads them, so a replayed script may review only folders it may read.
        """
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("review datasets/projects | select 文件夹, 执行率, 总分, 等级, 自评得分, 核对问题", "The bundled illustrative projects, one row each.",
                       result: """
                           文件夹,执行率,总分,等级,自评得分,核对问题
                           丁县电商培训,96.00,99.60,优,100.00,1
                           丙县冷链物流,102.50,88.00,良,98.00,10
                           戊县寄递物流,83.33,88.25,良,95.00,6
                           """),
        CommandExample("review datasets/projects --template hubei | sort 总分 desc | select 文件夹, 总分, 等级", "Scored in the Hubei template, best first."),
        CommandExample("review datasets/projects | where 总分 < 自评得分 | count", "Projects whose report claims more than its data give.", result: "3"),
        CommandExample("review datasets/projects | export 评审.xlsx", "The review as a workbook (exports/评审.xlsx)."),
    ]

    package var template: EvaluationTemplate?
    package var path: String
    package var pathRange: Range<Int>

    package static let signature = Signature([
        .part(JixiaoCommands.Part("folder", "DIR", .path, expected: "a folder of project folders, e.g. datasets/projects",
                                  help: "The folder holding one folder per project.")),
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
            throw Diagnostic(.io, code: .reviewNotAFolder, "review: \(path) is not a folder", hint: "review DIR takes a folder holding one folder per project",
                             source: context.source, range: pathRange)
        }
        let projects = Self.projectFolders(root)
        guard !projects.isEmpty else {
            throw Diagnostic(.io, code: .reviewNoProjects, "review: \(path) holds no project folder (no folder of .csv files)",
                             hint: "each project's folder holds its project.csv, budgets.csv, funds.csv, indicators.csv …", source: context.source, range: pathRange)
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
        let names = ((try? manager.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let folders = names.filter { name in
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: root + "/" + name, isDirectory: &isFolder) && isFolder.boolValue && !csvFiles(root + "/" + name).isEmpty
        }
        if folders.isEmpty && !csvFiles(root).isEmpty { return [""] }
        return folders
    }

    static func csvFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()
    }

    /// One project: its datasets read into a workspace of their own, then evaluated and audited; the first
    /// error becomes the row's 错误, with what was read before it kept.
    func review(_ folder: String, root: String, in context: RunContext) throws -> ProjectReview {
        let given = folder.isEmpty ? path : (path.hasSuffix("/") ? path : path + "/") + folder
        let location = folder.isEmpty ? root : root + "/" + folder
        var review = ProjectReview(folder: folder.isEmpty ? (root.split(separator: "/").last.map(String.init) ?? path) : folder)
        do {
            let workspace = Workspace(directory: context.workspace.directory)
            for file in Self.csvFiles(location) {
                try context.checkCancelled()
                // Every file through the read policy: a link inside the folder that leads outside is refused.
                let resolved = try context.workspace.checkRead(given + "/" + file)
                let table = try CSVReader.read(path: resolved, options: CSVOptions(isCancelled: context.isCancelled))
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
