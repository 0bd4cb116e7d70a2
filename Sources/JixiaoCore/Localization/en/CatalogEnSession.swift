// English texts of the session area (see Catalog.swift for the format; Chinese in zh/CatalogZhSession.swift):
// diagnostics and notices of journals, scripts, replay, notebooks and lessons, the walkthrough's words, and
// the help of the session commands (save, replay, sessions, tutorial).

extension Catalog {
    static let enSession: [String: String] = merged([enSessionTexts, enSessionReport, enSessionHelp])

    static let enSessionTexts: [String: String] = [
        // Diagnostics
        "journal.open_failed": "cannot open the journal: {1}",
        "journal.write_failed": "cannot write the journal: {1}",
        "journal.flush_failed": "cannot flush the journal to disk: {1}",
        "script.not_utf8": "the script is not UTF-8 text",
        "security.shell_in_script": "shell commands are not run from scripts",
        "security.replay_depth": "scripts replay one another more than {1} deep",
        "save.name_is_path": "a script name is a plain name, not a path",
        "save.exists": "{1} exists",
        "save.stale_expected": "saved {1}, but cannot remove the outdated {1}.expected: {2}",
        "notebook.unknown_format": "a notebook is written as .md, .html or .docx, not {1}",
        "lesson.unreadable": "{1}",
        "lesson.no_steps": "the lesson has no steps",
        "lesson.step_without_result": "step {1} {2}",
        "name.unknown_walkthrough": "no walkthrough named {1}",
        // save
        "session.saved": "saved {1} commands to {2}",
        "session.saved.one": "saved {1} command to {2}",
        "session.relocated": "  {1} is written as {2} when the script replays (a replayed script writes only into exports/ and sessions/)",
        "session.removed_expected": "  removed {1}.expected, recorded for the replaced script; jixiao replay --update {1} records it again",
        "session.hint_force": "save {1} --force replaces it, or choose another name",
        // replay
        "session.warning": "warning: {1}",
        "session.file_warning": "{1}: warning: {2}",
        "session.dataset_missing": "dataset {1}: {2} is missing or not a regular file (the script was saved with sha256 {3}…)",
        "session.dataset_changed": "dataset {1} changed since the script was saved: sha256 {2}… then, {3}… now ({4})",
        "session.stacked_file_changed": "dataset {1}: {2} changed since the script was saved: sha256 {3}… then, {4}… now",
        "session.still_rows": "still {1} rows",
        "session.rows_then_now": "{1} rows then, {2} now",
        "session.shell_in_script_nothing_ran": "shell commands are not run from scripts; nothing in this script was run",
        "session.hint_replays_itself": "does a script replay itself?",
        "session.recorded": "recorded the output of {1} commands in {2}",
        "session.no_recorded_output": "{1}: no recorded output at {2}; run jixiao replay --update {1} first",
        "session.all_match": "{1}: all {2} outputs match",
        // A run against its recorded output
        "session.run_stopped": "{1}:{2}: the run stopped before this command: {3}",
        "session.command_changed": "{1}:{2}: command {3} is now `{4}`, but `{5}` was recorded; run --update after changing a script",
        "session.no_output_recorded": "{1}:{2}: no output was recorded for this command: {3}; run --update",
        "session.output_differs": "{1}:{2}: output differs at {3} for: {4}",
        "session.output_line": "line {1} of its output",
        "session.output_table_row": "line {1} of its output (table row {2})",
        "session.nothing": "(nothing)",
        // Notebooks
        "notebook.error_heading": "error",
        // tutorial and lesson checks
        "tutorial.no_lessons": "no lessons in sessions/: a lesson is a script named sessions/tutorial-NAME.jx",
        "tutorial.hint_list": "tutorial alone lists the lessons (sessions/tutorial-*.jx)",
        "tutorial.in_shell": "{1} is a walkthrough for the interactive shell; from the command line: jixiao replay --step {2}",
        "lesson.hint_step": "a step is a command line, with # narration lines before it",
        "lesson.hint_result": "a step needs a query whose result is a table or text, or a let or load that leaves a dataset; explanations belong in # narration",
        "lesson.reason_no_result": "gives no result",
        "lesson.reason_only_displays": "only displays (help, a listing, save, replay, tutorial): a learner's answer has nothing to be compared with",
        "lesson.reason_leaves_no_dataset": "should leave a dataset named {1}, and leaves none",
        "lesson.reason_only_a_note": "gives no table or text to compare (only a note, such as a file written)",
        "lesson.check_failed": "{1}: {2} in a lesson of {3}",
        "lesson.problems": "{1} problems",
        "lesson.problems.one": "{1} problem",
        "lesson.steps": "{1} steps",
        "lesson.steps.one": "{1} step",
        "lesson.check_passed": "{1}: OK, {2}, each runs and has a result to compare",
        // The walkthrough
        "walkthrough.introduction": "Lesson {1}: {2} steps. Type a command to run it; Enter or Tab runs the example (next); skip, back and quit do what they say.",
        "walkthrough.introduction.one": "Lesson {1}: {2} step. Type a command to run it; Enter or Tab runs the example (next); skip, back and quit do what they say.",
        "walkthrough.prompt": "step [{1}/{2}]> ",
        "walkthrough.quit": "Lesson ended after {1}/{2} steps.",
        "walkthrough.skipped": "Skipped. The example was: {1}",
        "walkthrough.try_again": "Try again, or press Enter to use the example.",
        "walkthrough.accepted": "✓ The same result as the example.",
        "walkthrough.rejected": "✗ Not the example's result: {1}\nTry again, or press Enter to see the example.",
        "walkthrough.finished": "Lesson finished: {1}/{1} steps.",
        "walkthrough.missing_dataset": "This step leaves a dataset named {1}, and your workspace has none yet.",
        "walkthrough.kind": "The example's result is {1}; yours is {2}.",
        "walkthrough.kind_table": "a table",
        "walkthrough.kind_text": "text",
        "walkthrough.kind_nothing": "nothing (no output)",
        "walkthrough.text_line": "Line {1} of the text differs.",
        "walkthrough.column_count": "The example has {1} ({2}); yours has {3} ({4}).",
        "walkthrough.columns": "{1} columns",
        "walkthrough.columns.one": "{1} column",
        "walkthrough.no_columns": "none",
        "walkthrough.row_count": "The example has {1}; yours has {2}.",
        "walkthrough.rows": "{1} rows",
        "walkthrough.rows.one": "{1} row",
        "walkthrough.ordered_row": "Row {1} differs (this step sorts or takes the first rows, so the order of the rows counts too).",
        "walkthrough.unordered_row": "A row differs (this step does not count the order of the rows; with both sides' rows in order of their values, row {1} differs).",
        "walkthrough.example_line": "    example: {1}",
        "walkthrough.your_line": "    yours:   {1}",
        "walkthrough.null": "null",
    ]

    /// The texts of report templates (`jixiao report`) and of Word documents.
    static let enSessionReport: [String: String] = [
        "report.unterminated_placeholder": "a placeholder opened with {{{{ is not closed with }} on its line",
        "report.empty_placeholder": "an empty placeholder: {{{{ }} needs a pipeline",
        "report.not_a_value": "a placeholder in text needs one value; this pipeline gives {1} rows × {2} columns",
        "report.not_a_table": "table: needs a pipeline that gives a table",
        "report.nothing_to_place": "this pipeline gives nothing to place in the report",
        "report.block_inline": "a table, chart or form stands alone on its line in a report template",
        "report.unknown_format": "a report is written as .docx, .html or .md, not {1}",
        "report.shell_in_template": "shell commands are not run from report templates; nothing was written",
        "hint.report_whole_placeholder": "write the whole pipeline on one line: {{{{ funds | count }}",
        "hint.report_placeholder_example": "e.g. {{{{ funds | where 方向 == \"支出\" | agg wan(sum(金额)) }}",
        "hint.report_table_or_agg": "write {{{{ table: … }} on a line of its own to place a table, or agg the rows to one value",
        "hint.report_leave_out_table": "leave out table: to place a value, a chart or a form",
        "hint.report_what_to_place": "a placeholder places a value, a table (table: …), a chart or a form",
        "hint.report_own_line": "put this placeholder on a line of its own",
        "hint.type_it_yourself": "if you trust the command, type it at the jixiao prompt yourself",
        "report.generated": "Generated by jixiao {1} from the template {2} and the datasets below, no figure typed; to regenerate: jixiao report {2} -o {3}",
        "report.fingerprints": "Dataset fingerprints:",
        "report.fingerprint": "{1}: {2} rows, sha256 {3}, {4}",
        "report.fingerprint.one": "{1}: {2} row, sha256 {3}, {4}",
        "report.nothing_written": "nothing was written to {1}",
        "notice.cannot_write": "jixiao: cannot write {1}: {2}",
        "docx.rows_left_out": "(only the first {1} of {2} rows are shown; export to .csv or .xlsx for all)",
    ]

    /// The help of the session commands, under the keys `CommandHelp` derives (see `Command`).
    static let enSessionHelp: [String: String] = [
        // save
        "help.save.summary": "Save the session's commands as the script sessions/NAME.jx, ready to replay.",
        "help.save.discussion": """
            The script starts with a header (tool version, date, each dataset used with its row count and the SHA-256 \
            of its file), then the commands that succeeded and produce or change something, in canonical form, with \
            your # comments as narration. Help, listings, navigation and failed commands are left out, and so is what \
            undo took back with everything done after it; the commands \
            kept are the session's numbered cells, so _3 and out 3 mean the same cell when the script replays. A file \
            written outside exports/ and sessions/ is saved as written into exports/ (a replayed script may write only \
            there), and the message says so. An existing script is not replaced without --force (at the prompt, jixiao \
            asks); replacing it removes its NAME.jx.expected, which recorded the old script's output. The file is \
            written atomically: a failure never leaves half a script.
            """,
        "help.save.part.name": "The script's name: it is written to sessions/NAME.jx.",
        "help.save.part.name.expected": "a name for the script",
        "help.save.flag.force": "Replace an existing script of that name.",
        "help.save.example.1": "Write sessions/站点分析.jx.",
        "help.save.example.2": "Write it again over an earlier sessions/站点分析.jx.",
        // replay
        "help.replay.summary": "Run a saved script's commands here, as if typed, stopping at the first error.",
        "help.replay.discussion": """
            Datasets whose files changed since the script was saved are reported first. From the command line, \
            jixiao replay [--update | --check | --step] FILE records outputs beside the script, checks them, or walks \
            through it step by step. A script may come from anyone: it runs no shell command (!…), reads only inside the \
            working folder and the datasets folder (or a folder given with jixiao --allow-read DIR), and writes only into \
            sessions/ and exports/ of the working folder (or a folder given with jixiao --allow-write DIR); a path with .. \
            or an absolute path is refused, naming the line.
            """,
        "help.replay.part.file": "The script to run, e.g. sessions/example.jx.",
        "help.replay.part.file.expected": "a script file",
        "help.replay.example.1": "Rerun a saved session.",
        // sessions
        "help.sessions.summary": "List recent session journals, newest first; each can be replayed or saved like any script.",
        "help.sessions.example.1": "Where your earlier sessions were journaled.",
        // tutorial
        "help.tutorial.summary": "Start a step-by-step walkthrough (sessions/NAME.jx or sessions/tutorial-NAME.jx) in the shell; alone, list the lessons.",
        "help.tutorial.discussion": """
            Each step shows its narration; type a command, and any command whose result equals the script's is \
            accepted (in any order of rows, unless the step sorts or takes the top N). An empty line or Tab (next) \
            runs the script's own command; skip, back and quit do what they say. tutorial alone lists the lessons \
            (sessions/tutorial-*.jx) with their first narration line. From the command line: jixiao replay --step \
            FILE; jixiao tutorial --check FILE checks that every step of a lesson runs and has a result to compare.
            """,
        "help.tutorial.part.lesson": "The lesson to start (all are listed when none).",
        "help.tutorial.part.lesson.expected": "the name of a walkthrough",
        "help.tutorial.example.1": "The lessons there are, each with its title.",
        "help.tutorial.example.2": "The basics: load, where, group, sort.",
    ]
}
