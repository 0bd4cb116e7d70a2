// English texts of the help area (see Catalog.swift for the format; Chinese in zh/CatalogZhHelp.swift).

extension Catalog {
    static let enHelp: [String: String] = [
        "help.execution.example.flags": "Funds spent over or without a budget, or budgeted and not received.",
        "help.review.summary": "Evaluate every project folder under a folder and list them in one table: funds, 执行率, 总分, grade, the claimed score and the gaps.",
        "help.review.discussion": "A bureau, or the 财政局 reviewing it, keeps one folder per project, each holding the datasets of this schema (project.csv, budgets.csv, funds.csv, indicators.csv, claims.csv and the ledgers the indicators query). review reads each folder under DIR that holds .csv files (in name order; DIR itself when it has none), scores it as evaluate does in the chosen template, and gives one row per project: 文件夹, 项目名称, 主管部门, 全年预算数 and 全年执行数 (万元), 执行率, 总分, 等级, 自评得分 (what its claims.csv says the report scored), 核对问题 (the claims its data contradict plus what audit lists as still to explain) and 错误. A folder that fails is one row with its error (file:line and the message; what was read before it is kept) and the other folders still run. The result is a table: sort, filter, chart or export it. Each folder's files are read as load reads them, so a replayed script may review only folders it may read.",
        "help.review.folder": "The folder holding one folder per project.",
        "help.review.folder.expected": "a folder of project folders, e.g. datasets/projects",
        "help.review.example.1": "The bundled illustrative projects, one row each.",
        "help.review.example.2": "Scored in the Hubei template, best first.",
        "help.review.example.3": "Projects whose report claims more than its data give.",
        "help.review.example.4": "The review as a workbook (exports/评审.xlsx).",
    ]
}
