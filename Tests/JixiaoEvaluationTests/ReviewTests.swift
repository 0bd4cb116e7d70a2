import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoEvaluation
import Testing
import TestSupport

/// `review DIR`: every project folder under a folder evaluated at once, one row each, a failing folder one row
/// with its error while the others still run. The bundled illustrative projects' figures are worked out by hand
/// in datasets/projects/README.md.
@Suite struct ReviewTests {
    static let projects = TestSupport.datasetsFolder + "/projects"

    /// A folder of project folders: copies of the bundled ones and of county-b, plus broken ones.
    struct Folders {
        let root: String

        init(broken: Bool = true) throws {
            root = try TestSupport.temporaryFolder()
            let manager = FileManager.default
            for name in ["丁县电商培训", "丙县冷链物流"] { try manager.copyItem(atPath: ReviewTests.projects + "/" + name, toPath: root + "/" + name) }
            try manager.copyItem(atPath: TestSupport.repositoryRoot + "/Tests/Fixtures/county-b", toPath: root + "/乙县")
            try manager.createDirectory(atPath: root + "/空文件夹", withIntermediateDirectories: true)
            try "not a project".write(toFile: root + "/说明.txt", atomically: true, encoding: .utf8)
            guard broken else { return }
            // An unknown 二级 on line 4 of indicators.csv.
            try copy("丁县电商培训", to: "坏·二级", changing: "indicators.csv") { $0.replacingAll("产出指标,质量指标,结业考核合格率", with: "产出指标,品质,结业考核合格率") }
            // A quote that never closes on line 2 of budgets.csv.
            try copy("丁县电商培训", to: "坏·引号", changing: "budgets.csv") { $0.replacingAll(",500000.00,500000.00", with: ",\"500000.00,500000.00") }
            // An indicator whose pipeline names a column its ledger lacks.
            try copy("丁县电商培训", to: "坏·查询", changing: "indicators.csv") { $0.replacingAll("agg 人次 = sum(人数)", with: "agg 人次 = sum(人头)") }
        }

        func copy(_ project: String, to name: String, changing file: String, _ change: (String) -> String) throws {
            try FileManager.default.copyItem(atPath: ReviewTests.projects + "/" + project, toPath: root + "/" + name)
            let path = root + "/" + name + "/" + file
            try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: root)
        }
    }

    @Test func theBundledProjectsInOneTable() throws {
        // 丁县 480,000 of 500,000 = 96.00% → 9.60 + 90 = 99.60 优; claimed 100, one gap (the score).
        // 丙县 2,357,500 of 2,300,000 = 102.50% → 10.00 + 78.00 = 88.00 良; claimed 98; gaps: four claims (98, 已完成,
        //   执行率 100, 8 座冷库) + the overspent 冷链物流建设资金 + five shortfalls without a reason = 10.
        // 戊县 1,500,000 of 1,800,000 = 83.33% → 8.33 + 79.92 = 88.25 良; claimed 95; gaps: two claims (95, 执行率 100)
        //   + 有预算未到位 + 无预算支出 + two shortfalls without a reason = 6.
        #expect(try TestSupport.compact("review datasets/projects") == """
            文件夹,项目名称,主管部门,全年预算数,全年执行数,执行率,总分,等级,自评得分,核对问题,错误
            丁县电商培训,丁县2023年农村电商人才培训项目,丁县商务局,50.00,48.00,96.00,99.60,优,100.00,1,
            丙县冷链物流,丙县2023年农产品冷链物流建设项目,丙县农业农村局,230.00,235.75,102.50,88.00,良,98.00,10,
            戊县寄递物流,戊县2023年农村寄递物流体系建设项目,戊县交通运输局,180.00,150.00,83.33,88.25,良,95.00,6,
            """)
        // hubei: 丁县 96% × 20 = 19.20 + 80; 丙县 20.00 + 38.15 + 17.30 + 14 = 89.45; 戊县 16.67 + 71.93 = 88.60.
        #expect(try TestSupport.compact("review datasets/projects --template hubei | select 文件夹, 总分, 等级") == """
            文件夹,总分,等级
            丁县电商培训,99.20,优
            丙县冷链物流,89.45,良
            戊县寄递物流,88.60,良
            """)
    }

    /// Each row agrees with what the commands give inside that project's own folder.
    @Test func eachRowIsWhatTheProjectsOwnCommandsGive() throws {
        let workspace = Workspace(directory: TestSupport.repositoryRoot)
        try workspace.loadFolder(Self.projects + "/丙县冷链物流")
        let interpreter = Interpreter(workspace: workspace)
        #expect(try TestSupport.compact("evaluate", interpreter: interpreter).hasSuffix("总分 88.00 = 执行 10.00 + 指标 78.00（满分 100，以现有执行率至多 100.00），等级：良"))
        let audit = try TestSupport.compact("audit", interpreter: interpreter)
        #expect(audit.contains("5 项声明：4 项与数据不符，1 项一致（资金到位合计 230万元）。"))
        #expect(audit.hasSuffix("6 处待说明：超预算执行 1 项，得分未满未写原因 5 项。"))
    }

    @Test func aFailingFolderIsOneRowAndTheOthersStillRun() throws {
        let folders = try Folders()
        defer { folders.remove() }
        let interpreter = try TestSupport.interpreter()
        // Folders in name order; 空文件夹 holds no .csv and is no project; 说明.txt is no folder. The table is a
        // result, the same whatever the interface's language: its errors are said in Chinese.
        let table = try TestSupport.compact("review \(folders.root) | select 文件夹, 项目名称, 全年预算数, 总分, 核对问题, 错误", interpreter: interpreter)
        #expect(table == """
            文件夹,项目名称,全年预算数,总分,核对问题,错误
            丁县电商培训,丁县2023年农村电商人才培训项目,50.00,99.60,1,
            丙县冷链物流,丙县2023年农产品冷链物流建设项目,230.00,88.00,10,
            乙县,乙县2023年县域商业体系建设项目,346.00,86.31,10,
            坏·二级,丁县2023年农村电商人才培训项目,50.00,,,indicators.csv:4: 产出指标下的二级指标须为 数量指标、质量指标、时效指标、成本指标 之一，现为：品质
            坏·引号,,,,,budgets.csv:2: 引号没有闭合：从这里开始的字段一直没有结束
            坏·查询,丁县2023年农村电商人才培训项目,50.00,,,培训人次（indicators.csv:3，取值）：没有名为“人头”的列（trainings | agg 人次 = sum(人头)）
            """)
    }

    @Test func theReviewIsATableToSortFilterAndExport() throws {
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try TestSupport.compact("review datasets/projects | sort 总分 desc | select 文件夹, 总分", interpreter: interpreter) == """
            文件夹,总分
            丁县电商培训,99.60
            戊县寄递物流,88.25
            丙县冷链物流,88.00
            """)
        #expect(try TestSupport.compact("review datasets/projects | where 核对问题 > 5 and 执行率 > 100 | select 文件夹", interpreter: interpreter) == "丙县冷链物流")
        #expect(try TestSupport.compact("review datasets/projects | agg 预算 = sum(全年预算数), 执行 = sum(全年执行数)", interpreter: interpreter) == "预算,执行\n460.00,433.75")
        #expect(try TestSupport.compact("review datasets/projects | select 文件夹, 总分, 等级 | export 评审.csv", interpreter: interpreter) == "exported 3 rows to exports/评审.csv")
        #expect(try String(contentsOfFile: folder + "/exports/评审.csv", encoding: .utf8) == "文件夹,总分,等级\n丁县电商培训,99.60,优\n丙县冷链物流,88.00,良\n戊县寄递物流,88.25,良\n")
    }

    /// The columns are known before anything runs: a misspelt one after review is reported with no folder read.
    @Test func stagesAfterReviewBindBeforeItRuns() throws {
        let error = try #require(try TestSupport.error("review /no/such/folder | where 总份 > 90"))
        #expect(error.message == "no column named 总份")
        #expect(error.hint == "did you mean 总分?")
        #expect(try TestSupport.compact("explain review datasets/projects | select 文件夹, 总分").contains("table(文件夹 text, 总分 decimal(2))"))
    }

    @Test func aFolderThatIsItselfAProjectIsOneRow() throws {
        #expect(try TestSupport.compact("review datasets/projects/戊县寄递物流 | select 文件夹, 总分") == "文件夹,总分\n戊县寄递物流,88.25")
    }

    @Test func aFolderWithoutProjectsOrNoFolderIsAnError() throws {
        let folders = try Folders(broken: false)
        defer { folders.remove() }
        let empty = folders.root + "/空文件夹"
        let none = try #require(try TestSupport.error("review \(empty)"))
        #expect(none.code == .reviewNoProjects)
        #expect(none.message == "review: \(empty) holds no project folder (no folder of .csv files)")
        let file = try #require(try TestSupport.error("review \(folders.root)/说明.txt"))
        #expect(file.code == .reviewNotAFolder)
        #expect(file.message == "review: \(folders.root)/说明.txt is not a folder")
        #expect(file.range != nil)
    }

    /// A replayed script reviews only folders it may read, and each file is checked: a link inside the folder
    /// that leads outside makes that project's row an error, and the others still run.
    @Test func aReplayedScriptReviewsOnlyWhatItMayRead() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/work/项目", withIntermediateDirectories: true)
        try manager.copyItem(atPath: Self.projects + "/丁县电商培训", toPath: root + "/work/项目/丁县电商培训")
        try manager.copyItem(atPath: Self.projects + "/戊县寄递物流", toPath: root + "/outside")
        try manager.createDirectory(atPath: root + "/work/项目/借来的", withIntermediateDirectories: true)
        for file in try manager.contentsOfDirectory(atPath: root + "/outside") {
            try manager.createSymbolicLink(atPath: root + "/work/项目/借来的/" + file, withDestinationPath: root + "/outside/" + file)
        }
        let workspace = Workspace(directory: root + "/work")
        let interpreter = Interpreter(workspace: workspace)
        let replayed = { (line: String) in try workspace.replaying { interpreter.run(line) } }
        let outside = try #require(try replayed("review ../outside").error)
        #expect(outside.phase == .security)
        #expect(outside.message == "a replayed script may not read outside the working folder: ../outside")
        #expect(try replayed("review \(root)/outside").error?.message == "a replayed script may not read an absolute path: \(root)/outside")
        let rows = try replayed("review 项目 | select 文件夹, 总分, 错误")
        #expect(rows.error == nil)
        #expect(rows.value.map(OutputRenderer.compact) == """
            文件夹,总分,错误
            丁县电商培训,99.60,
            借来的,,重放的脚本不能读取 项目/借来的/budgets.csv：它指向工作文件夹以外
            """)
        // At the prompt the same links are read.
        #expect(try TestSupport.compact("review 项目 | select 文件夹, 总分", interpreter: interpreter) == "文件夹,总分\n丁县电商培训,99.60\n借来的,88.25")
    }

    /// review runs other folders' pipelines, so no indicator or claim may run it.
    @Test func anIndicatorMayNotReview() throws {
        let folders = try Folders(broken: false)
        defer { folders.remove() }
        try folders.copy("丁县电商培训", to: "坏·递归", changing: "indicators.csv") { $0.replacingAll("trainings | count", with: "review ..") }
        let output = try TestSupport.compact("review \(folders.root) | where 文件夹 == \"坏·递归\" | select 错误")
        #expect(output.hasPrefix("培训班期数（indicators.csv:2，取值）：review 不能用在这里：这条管道只用来计算一个值"))
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Substring(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
