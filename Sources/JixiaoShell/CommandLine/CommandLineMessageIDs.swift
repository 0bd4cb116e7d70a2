import JixiaoCore

// The identifiers of the command line's texts: the help of each subcommand, option and flag (read by the
// ArgumentParser declarations in this folder), its usage errors and notices, and ArgumentParser's own words
// (`cli.parser.*`), whose English templates are ArgumentParser's text word for word, so that its help and
// errors can be said again in Chinese (`ArgumentParserText`). The summary of each constant quotes its
// English template.

extension MessageID {
    // MARK: - jixiao

    /// An interactive analysis shell for fiscal project performance self-evaluation (财政项目支出绩效自评).
    package static let cliJixiaoAbstract = MessageID("cli.jixiao.abstract")
    /// jixiao alone starts the shell; … (three paragraphs: the modes, the datasets, what a replay may do)
    package static let cliJixiaoDiscussion = MessageID("cli.jixiao.discussion")
    /// Run COMMAND and exit; repeatable, run in order, stopping at the first error.
    package static let cliJixiaoCommand = MessageID("cli.jixiao.command")
    /// Print the command reference (Markdown) and exit.
    package static let cliJixiaoReference = MessageID("cli.jixiao.reference")

    // MARK: - the options every mode takes

    /// Load the datasets in DIR (default: $JIXIAO_DATASETS, else datasets/ of the project).
    package static let cliOptionDatasets = MessageID("cli.option.datasets")
    /// The interface's language: zh (Chinese, the default) or en (default: $JIXIAO_LANG, else the locale's).
    package static let cliOptionLang = MessageID("cli.option.lang")
    /// Load no datasets.
    package static let cliOptionNoDatasets = MessageID("cli.option.no_datasets")
    /// A replayed script may also read in DIR (repeatable).
    package static let cliOptionAllowRead = MessageID("cli.option.allow_read")
    /// A replayed script may also read the database NAME (its name or postgres:// URL; repeatable).
    package static let cliOptionAllowDB = MessageID("cli.option.allow_db")
    /// A replayed script may also read and write in DIR (repeatable).
    package static let cliOptionAllowWrite = MessageID("cli.option.allow_write")

    // MARK: - run

    /// Start the shell, or run a script and exit (the default: jixiao FILE.jx is jixiao run FILE.jx).
    package static let cliRunAbstract = MessageID("cli.run.abstract")
    /// Without a terminal, commands piped to standard input all run, … reported as FILE:LINE:COL.
    package static let cliRunDiscussion = MessageID("cli.run.discussion")
    /// A script to run, as replay would.
    package static let cliRunScript = MessageID("cli.run.script")

    // MARK: - replay

    /// Run a script as if typed; record or check its outputs, or step through it as a lesson.
    package static let cliReplayAbstract = MessageID("cli.replay.abstract")
    /// Without a flag the script runs and stops at its first error. --update records …
    package static let cliReplayDiscussion = MessageID("cli.replay.discussion")
    /// Record each command's output in FILE.jx.expected.
    package static let cliReplayUpdate = MessageID("cli.replay.update")
    /// Compare a new run with FILE.jx.expected.
    package static let cliReplayCheck = MessageID("cli.replay.check")
    /// Walk through the script as a lesson.
    package static let cliReplayStep = MessageID("cli.replay.step")
    /// The script to replay.
    package static let cliReplayScript = MessageID("cli.replay.script")

    // MARK: - notebook

    /// Replay a script into a notebook: narration as text, commands as code cells, outputs below them.
    package static let cliNotebookAbstract = MessageID("cli.notebook.abstract")
    /// The output's extension chooses the format: .md for Markdown, .html for a web page, .docx for a Word document.
    package static let cliNotebookDiscussion = MessageID("cli.notebook.discussion")
    /// The notebook to write.
    package static let cliNotebookOutput = MessageID("cli.notebook.output")

    // MARK: - report

    /// Fill a Markdown report template from the datasets: each {{ pipeline }} gives a value, a table, a chart or a form.
    package static let cliReportAbstract = MessageID("cli.report.abstract")
    /// {{ PIPELINE }} places one value …; the output's extension chooses the format: .docx, .html or .md.
    package static let cliReportDiscussion = MessageID("cli.report.discussion")
    /// The report template (Markdown with {{ … }} placeholders).
    package static let cliReportTemplate = MessageID("cli.report.template")
    /// The report to write.
    package static let cliReportOutput = MessageID("cli.report.output")

    // MARK: - tutorial

    /// Check a lesson: every step runs and has a result to compare a learner's answer with.
    package static let cliTutorialAbstract = MessageID("cli.tutorial.abstract")
    /// To follow a lesson, type tutorial NAME in the shell, or run jixiao replay --step FILE.jx.
    package static let cliTutorialDiscussion = MessageID("cli.tutorial.discussion")
    /// Check the lesson.
    package static let cliTutorialCheck = MessageID("cli.tutorial.check")
    /// The lesson, a script named sessions/tutorial-NAME.jx.
    package static let cliTutorialScript = MessageID("cli.tutorial.script")

    // MARK: - usage errors and notices

    /// -c runs commands; give no script with it
    package static let cliCommandsWithScript = MessageID("cli.error.commands_with_script")
    /// choose one of {1}, not {2}
    package static let cliOneReplayMode = MessageID("cli.error.one_replay_mode")
    /// {1} and {2}: the last two of a list of flags
    package static let cliAnd = MessageID("cli.and")
    /// tutorial takes --check FILE.jx (to follow a lesson: tutorial NAME in the shell, or jixiao replay --step FILE.jx)
    package static let cliTutorialNeedsCheck = MessageID("cli.error.tutorial_needs_check")
    /// unknown language {1}: zh or en
    package static let cliUnknownLanguage = MessageID("cli.error.unknown_language")
    /// jixiao: {1} {2}: no such folder
    package static let cliNoSuchFolder = MessageID("cli.error.no_such_folder")
    /// jixiao: no datasets folder at {1}
    package static let cliNoDatasetsFolder = MessageID("cli.error.no_datasets_folder")
    /// jixiao: cannot load the datasets in {1}: {2}
    package static let cliCannotLoadDatasets = MessageID("cli.error.cannot_load_datasets")
    /// wrote {1}
    package static let cliWrote = MessageID("cli.wrote")
    /// wrote {1} up to the error
    package static let cliWroteUpToError = MessageID("cli.wrote_up_to_error")

    // MARK: - ArgumentParser's own words: a line of its help or errors

    /// OVERVIEW: {1}
    package static let cliParserOverview = MessageID("cli.parser.overview")
    /// USAGE: {1}
    package static let cliParserUsageHeading = MessageID("cli.parser.usage_heading")
    /// Usage: {1}
    package static let cliParserUsage = MessageID("cli.parser.usage")
    /// ARGUMENTS:
    package static let cliParserArguments = MessageID("cli.parser.arguments")
    /// OPTIONS:
    package static let cliParserOptions = MessageID("cli.parser.options")
    /// SUBCOMMANDS:
    package static let cliParserSubcommands = MessageID("cli.parser.subcommands")
    /// {1}Show help information.
    package static let cliParserHelpFlag = MessageID("cli.parser.help_flag")
    /// {1}Show the version.
    package static let cliParserVersionFlag = MessageID("cli.parser.version_flag")
    /// {1} (default){2}: the default subcommand in the list
    package static let cliParserDefaultSubcommand = MessageID("cli.parser.default_subcommand")
    ///   See '{1} help <subcommand>' for detailed help.
    package static let cliParserSeeHelp = MessageID("cli.parser.see_help")
    ///   See '{1}' for more information.
    package static let cliParserSeeMore = MessageID("cli.parser.see_more")
    /// Help:  {1}
    package static let cliParserHelpLine = MessageID("cli.parser.help_line")
    /// Error: {1}
    package static let cliParserError = MessageID("cli.parser.error")
    /// <subcommand>: the placeholder in a usage line
    package static let cliParserSubcommandPlaceholder = MessageID("cli.parser.subcommand_placeholder")

    // MARK: - ArgumentParser's own words: the message of an error

    /// Unknown option '{1}'. Did you mean '{2}'?
    package static let cliParserUnknownOptionSuggestion = MessageID("cli.parser.unknown_option_suggestion")
    /// Unknown option '{1}'
    package static let cliParserUnknownOption = MessageID("cli.parser.unknown_option")
    /// Missing value for '{1}'
    package static let cliParserMissingValue = MessageID("cli.parser.missing_value")
    /// Missing expected argument '{1}'
    package static let cliParserMissingArgument = MessageID("cli.parser.missing_argument")
    /// Missing one of: '{1}'
    package static let cliParserMissingOneOf = MessageID("cli.parser.missing_one_of")
    /// Unexpected argument '{1}'
    package static let cliParserUnexpectedArgument = MessageID("cli.parser.unexpected_argument")
    /// {1} unexpected arguments: {2}
    package static let cliParserUnexpectedArguments = MessageID("cli.parser.unexpected_arguments")
    /// The option '{1}' does not take any value, but '{2}' was specified.
    package static let cliParserValueNotTaken = MessageID("cli.parser.value_not_taken")
    /// The value '{1}' is invalid for '{2}'
    package static let cliParserInvalidValue = MessageID("cli.parser.invalid_value")
    /// Missing required subcommand.
    package static let cliParserMissingSubcommand = MessageID("cli.parser.missing_subcommand")
    /// Invalid option: {1}
    package static let cliParserInvalidOption = MessageID("cli.parser.invalid_option")
    /// Value to be set with {1} had already been set with {2}
    package static let cliParserDuplicate = MessageID("cli.parser.duplicate")
}
