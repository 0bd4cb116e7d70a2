// Chinese texts of the commands area (see Catalog.swift for the format; English in en/CatalogEnCommands.swift):
// the diagnostics, hints and notices of Sources/JixiaoCommands. Their help is in CatalogZhHelp.swift.
// Terms follow docs/glossary.md.

extension Catalog {
    static let zhCommands: [String: String] = [
        // help
        "name.unknown_help_topic": "没有名为“{1}”的命令",
        // review
        "review.not_a_folder": "review：{1} 不是文件夹",
        "review.no_projects": "review：{1} 下没有项目文件夹（没有存放 .csv 文件的文件夹）",
        "hint.review_folder": "review 要的是一个目录，其中每个项目一个文件夹",
        "hint.review_projects": "每个项目的文件夹存放它的 project.csv、budgets.csv、funds.csv、indicators.csv……",
    ]
}
