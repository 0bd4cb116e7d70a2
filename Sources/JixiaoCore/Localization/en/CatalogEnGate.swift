// English texts of the gate and the budgets (issue 20: one read/write policy for every file, limits on untrusted
// work, --safe); see Catalog.swift for the format, Chinese in zh/CatalogZhGate.swift.

extension Catalog {
    static let enGate: [String: String] = [
        // Diagnostics
        "security.data_file_write": "a data file may not write files: {1}",
        "security.safe_shell": "shell commands (!…) are off with --safe",
        "budget.replay_commands": "the replay reached its budget of {1} commands (the replays inside it included)",
        "budget.join_rows": "the join would produce {1} rows, more than the budget of {2}",
        "budget.join_memory": "the join would produce {1} rows, about {2} bytes, more than the memory budget of {3} bytes",
        "budget.pivot_cells": "the pivot would produce {1} rows × {2} columns, more than the budget of {3} cells",
        // Hints and notices
        "hint.budget.commands": "a replay runs at most as many commands as --budget commands=N allows, its nested replays included",
        "hint.budget.memory": "filter the rows first, or raise --budget memory=SIZE (K, M, G)",
        "hint.budget.pivot": "pivot by a column with fewer values, or raise --budget rows=N",
        "hint.security.data_file_writes": "indicators, claims and report templates compute values; export at the prompt or from a script",
        "hint.security.safe_mode": "this session runs with --safe: a replayed script's rules apply to it",
        "session.dataset_not_readable": "dataset {1}: {2} is outside the folders a script may read; not checked",
        "session.dataset_too_large_to_hash": "dataset {1}: {2} is larger than the {3} bytes a header line may hash; not checked",
        // Command line
        "cli.option.safe": "Run with the script rules: reads only inside the working folder and allowed folders, writes only into sessions/ and exports/, no !COMMAND (also JIXIAO_SAFE=1).",
        "cli.option.budget": "Change a budget: commands, rows, memory, hash or file, e.g. rows=1000000 or memory=2G (repeatable; also JIXIAO_BUDGET_NAME).",
        "cli.budget_rejected": "{1} is not a budget: write NAME=VALUE, NAME one of {2}, VALUE a positive whole number (K, M, G for bytes)",
    ]
}
