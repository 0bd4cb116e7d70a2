// Chinese texts of the help area (see Catalog.swift for the format; English in en/CatalogEnHelp.swift).

extension Catalog {
    static let zhHelp: [String: String] = [
        "help.execution.example.flags": "超预算执行、无预算支出或有预算未到位的资金。",
        "help.review.summary": "逐个评估目录下的每个项目文件夹，列成一张表：资金、执行率、总分、等级、报告自称的得分和待核对的问题。",
        "help.review.discussion": "主管部门或评审它们的财政局按项目分文件夹存放材料，每个文件夹里是同一套数据集（project.csv、budgets.csv、funds.csv、indicators.csv、claims.csv，以及指标要查询的台账）。review 读取 DIR 下每个存放 .csv 文件的文件夹（按名称排序；没有这样的文件夹而 DIR 本身存放 .csv 时读 DIR 本身），按所选模板像 evaluate 一样评分，每个项目一行：文件夹、项目名称、主管部门、全年预算数和全年执行数（万元）、执行率、总分、等级、自评得分（claims.csv 中报告自称的得分）、核对问题（数据与声明不符之处，加上 audit 列出的待说明事项）和错误。出错的文件夹占一行，写明错误（文件:行号和原因，出错前读到的内容保留），其他文件夹照常评估。结果是一张表：可以排序、筛选、作图或导出。每个文件夹的文件都像 load 一样经过读取权限检查，所以重放的脚本只能评审允许它读取的文件夹。",
        "help.review.folder": "存放各项目文件夹的目录。",
        "help.review.folder.expected": "一个存放项目文件夹的目录，如 datasets/projects",
        "help.review.example.1": "内置的虚构示例项目，每个一行。",
        "help.review.example.2": "按湖北模板评分，分高的在前。",
        "help.review.example.3": "报告自称的得分高于数据所得的项目。",
        "help.review.example.4": "把评审结果导出为工作簿（exports/评审.xlsx）。",
    ]
}
