// English texts of the commands area (see Catalog.swift for the format; Chinese in zh/CatalogZhCommands.swift):
// the diagnostics, hints and notices of Sources/JixiaoCommands. Their help is in CatalogEnHelp.swift.

extension Catalog {
    static let enCommands: [String: String] = [
        // help
        "name.unknown_help_topic": "no command named {1}",
        // review
        "review.not_a_folder": "review: {1} is not a folder",
        "review.no_projects": "review: {1} holds no project folder (no folder of .csv files)",
        "hint.review_folder": "review DIR takes a folder holding one folder per project",
        "hint.review_projects": "each project's folder holds its project.csv, budgets.csv, funds.csv, indicators.csv …",
    ]
}
