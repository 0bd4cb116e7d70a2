// English texts of the shell area (see Catalog.swift for the format; Chinese in zh/CatalogZhShell.swift): the
// shell's own words, and the command line's (`cli.*`).

extension Catalog {
    static let enShell: [String: String] = [
        // The shell
        "shell.banner": "jixiao {1}: {2} datasets loaded ({3}). help lists the commands; Tab completes; Ctrl-D exits.",
        "shell.banner.one": "jixiao {1}: {2} dataset loaded ({3}). help lists the commands; Tab completes; Ctrl-D exits.",
        "shell.replace_question": "{1} exists. Replace it? [y/N] ",
        "shell.not_replaced": "not saved: {1} is left as it was",
        "shell.escape_usage": "!COMMAND runs a shell command, e.g. !ls datasets",
        "shell.escape_cannot_start": "cannot start /bin/sh",
        "shell.escape_status": "(exit status {1})",
        "shell.warning": "warning: {1}",
        "shell.not_journaled": "warning: this session is not journaled: {1}",
        "shell.history_not_saved": "jixiao: cannot save history to {1}: {2}",
        "shell.more_completions": "… {1} more",

        // The command line: jixiao and the options of every mode
        "cli.jixiao.abstract": "An interactive analysis shell for fiscal project performance self-evaluation (财政项目支出绩效自评).",
        "cli.jixiao.discussion": """
            jixiao alone starts the shell; jixiao -c COMMAND [-c COMMAND …] runs commands and exits; jixiao FILE.jx \
            runs a script and exits.

            The bundled datasets load from --datasets DIR, else $JIXIAO_DATASETS, else datasets/ of the project: \
            the working folder, or for a script in a sessions/ folder the folder that holds it (where the script \
            then runs). Sessions are journaled in $XDG_STATE_HOME/jixiao/journals.

            A replayed script runs no shell command (!…), reads only inside the working folder and the datasets \
            folder, and writes only into sessions/ and exports/ of the working folder; --allow-read DIR and \
            --allow-write DIR (each repeatable) let it read, or read and write, in DIR as well. --safe (or \
            JIXIAO_SAFE=1) applies the same rules to the shell and -c, for opening something received.

            Budgets bound untrusted work: commands per replay, rows of a join or pivot, memory of one command, \
            bytes hashed for a script's header line, size of a file read whole; --budget NAME=VALUE (or \
            JIXIAO_BUDGET_NAME) changes one.
            """,
        "cli.jixiao.command": "Run COMMAND and exit; repeatable, run in order, stopping at the first error.",
        "cli.jixiao.reference": "Print the command reference (Markdown) and exit.",
        "cli.option.datasets": "Load the datasets in DIR (default: $JIXIAO_DATASETS, else datasets/ of the project).",
        "cli.option.lang": "The interface's language: zh (Chinese, the default) or en (default: $JIXIAO_LANG, else the locale's).",
        "cli.option.no_datasets": "Load no datasets.",
        "cli.option.allow_read": "A replayed script may also read in DIR (repeatable).",
        "cli.option.allow_write": "A replayed script may also read and write in DIR (repeatable).",
        // run
        "cli.run.abstract": "Start the shell, or run a script and exit (the default: jixiao FILE.jx is jixiao run FILE.jx).",
        "cli.run.discussion": """
            Without a terminal, commands piped to standard input all run, and the exit code is non-zero when any \
            failed. A script stops at its first error, reported as FILE:LINE:COL.
            """,
        "cli.run.script": "A script to run, as replay would.",
        // replay
        "cli.replay.abstract": "Run a script as if typed; record or check its outputs, or step through it as a lesson.",
        "cli.replay.discussion": """
            Without a flag the script runs and stops at its first error. --update records each command's output \
            in FILE.jx.expected; --check compares a new run with it; --step walks through the script as a lesson.
            """,
        "cli.replay.update": "Record each command's output in FILE.jx.expected.",
        "cli.replay.check": "Compare a new run with FILE.jx.expected.",
        "cli.replay.step": "Walk through the script as a lesson.",
        "cli.replay.script": "The script to replay.",
        // notebook
        "cli.notebook.abstract": "Replay a script into a notebook: narration as text, commands as code cells, outputs below them.",
        "cli.notebook.discussion": "The output's extension chooses the format: .md for Markdown, .html for a web page, .docx for a Word document.",
        "cli.notebook.output": "The notebook to write.",
        // report
        "cli.report.abstract": "Fill a Markdown report template from the datasets: each {{{{ pipeline }} gives a value, a table, a chart or a form.",
        "cli.report.discussion": """
            {{{{ PIPELINE }} places one value (numbers as prose writes them: 123.4, 18, 56.78%), a chart or a form \
            ({{{{ appendix }}); {{{{ table: PIPELINE }} places a table; a table, chart or form stands alone on its line. \
            The placeholders run as a replayed script's commands run (the same read and write rules); the first \
            that fails is reported at the template's LINE:COL and nothing is written. The report ends with the \
            datasets' fingerprints. The output's extension chooses the format: .docx, .html or .md.
            """,
        "cli.report.template": "The report template (Markdown with {{{{ … }} placeholders).",
        "cli.report.output": "The report to write.",
        // tutorial
        "cli.tutorial.abstract": "Check a lesson: every step runs and has a result to compare a learner's answer with.",
        "cli.tutorial.discussion": "To follow a lesson, type tutorial NAME in the shell, or run jixiao replay --step FILE.jx.",
        "cli.tutorial.check": "Check the lesson.",
        "cli.tutorial.script": "The lesson, a script named sessions/tutorial-NAME.jx.",
        // Usage errors and notices
        "cli.error.commands_with_script": "-c runs commands; give no script with it",
        "cli.error.one_replay_mode": "choose one of {1}, not {2}",
        "cli.and": "{1} and {2}",
        "cli.error.tutorial_needs_check": "tutorial takes --check FILE.jx (to follow a lesson: tutorial NAME in the shell, or jixiao replay --step FILE.jx)",
        "cli.error.unknown_language": "unknown language {1}: zh or en",
        "cli.error.no_such_folder": "jixiao: {1} {2}: no such folder",
        "cli.error.no_datasets_folder": "jixiao: no datasets folder at {1}",
        "cli.error.cannot_load_datasets": "jixiao: cannot load the datasets in {1}: {2}",
        "cli.wrote": "wrote {1}",
        "cli.wrote_up_to_error": "wrote {1} up to the error",

        // ArgumentParser's own words, exactly as it prints them (ArgumentParserText matches them line by line)
        "cli.parser.overview": "OVERVIEW: {1}",
        "cli.parser.usage_heading": "USAGE: {1}",
        "cli.parser.usage": "Usage: {1}",
        "cli.parser.arguments": "ARGUMENTS:",
        "cli.parser.options": "OPTIONS:",
        "cli.parser.subcommands": "SUBCOMMANDS:",
        "cli.parser.help_flag": "{1}Show help information.",
        "cli.parser.version_flag": "{1}Show the version.",
        "cli.parser.default_subcommand": "{1} (default){2}",
        "cli.parser.see_help": "  See '{1} help <subcommand>' for detailed help.",
        "cli.parser.see_more": "  See '{1}' for more information.",
        "cli.parser.help_line": "Help:  {1}",
        "cli.parser.error": "Error: {1}",
        "cli.parser.subcommand_placeholder": "<subcommand>",
        "cli.parser.unknown_option_suggestion": "Unknown option '{1}'. Did you mean '{2}'?",
        "cli.parser.unknown_option": "Unknown option '{1}'",
        "cli.parser.missing_value": "Missing value for '{1}'",
        "cli.parser.missing_argument": "Missing expected argument '{1}'",
        "cli.parser.missing_one_of": "Missing one of: '{1}'",
        "cli.parser.unexpected_argument": "Unexpected argument '{1}'",
        "cli.parser.unexpected_arguments": "{1} unexpected arguments: {2}",
        "cli.parser.value_not_taken": "The option '{1}' does not take any value, but '{2}' was specified.",
        "cli.parser.invalid_value": "The value '{1}' is invalid for '{2}'",
        "cli.parser.missing_subcommand": "Missing required subcommand.",
        "cli.parser.invalid_option": "Invalid option: {1}",
        "cli.parser.duplicate": "Value to be set with {1} had already been set with {2}",
    ]
}
