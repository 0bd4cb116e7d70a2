import JixiaoCore

// The identifiers of the session area's texts: notices of save, replay, notebooks and lesson checks, the
// walkthrough's words, hints, and the description of a difference between a run and its recorded output.
// Each keys one template in every language's catalog (zh/CatalogZhSession.swift, en/CatalogEnSession.swift);
// the summary of each constant quotes its English template. (The help of save, replay, sessions and tutorial
// is under the keys `help.NAME.…` that `CommandHelp` derives.)

extension MessageID {
    // MARK: - save

    /// saved {1} commands to {2}
    package static let sessionSaved = MessageID("session.saved")
    ///   {1} is written as {2} when the script replays (a replayed script writes only into exports/ and sessions/)
    package static let sessionRelocated = MessageID("session.relocated")
    ///   removed {1}.expected, recorded for the replaced script; jixiao replay --update {1} records it again
    package static let sessionRemovedExpected = MessageID("session.removed_expected")
    /// save {1} --force replaces it, or choose another name
    package static let sessionHintForce = MessageID("session.hint_force")

    // MARK: - replay

    /// warning: {1}
    package static let sessionWarning = MessageID("session.warning")
    /// {1}: warning: {2}
    package static let sessionFileWarning = MessageID("session.file_warning")
    /// dataset {1}: {2} is missing or not a regular file (the script was saved with sha256 {3}…)
    package static let sessionDatasetMissing = MessageID("session.dataset_missing")
    /// dataset {1} changed since the script was saved: sha256 {2}… then, {3}… now ({4})
    package static let sessionDatasetChanged = MessageID("session.dataset_changed")
    /// dataset {1}: {2} changed since the script was saved: sha256 {3}… then, {4}… now (a file of a stack)
    package static let sessionStackedFileChanged = MessageID("session.stacked_file_changed")
    /// still {1} rows
    package static let sessionStillRows = MessageID("session.still_rows")
    /// {1} rows then, {2} now
    package static let sessionRowsThenNow = MessageID("session.rows_then_now")
    /// shell commands are not run from scripts; nothing in this script was run
    package static let sessionShellInScriptNothingRan = MessageID("session.shell_in_script_nothing_ran")
    /// does a script replay itself?
    package static let sessionHintReplaysItself = MessageID("session.hint_replays_itself")
    /// recorded the output of {1} commands in {2}
    package static let sessionRecorded = MessageID("session.recorded")
    /// {1}: no recorded output at {2}; run jixiao replay --update {1} first
    package static let sessionNoRecordedOutput = MessageID("session.no_recorded_output")
    /// {1}: all {2} outputs match
    package static let sessionAllMatch = MessageID("session.all_match")

    // MARK: - the difference between a run and its recorded output

    /// {1}:{2}: the run stopped before this command: {3}
    package static let sessionRunStopped = MessageID("session.run_stopped")
    /// {1}:{2}: command {3} is now `{4}`, but `{5}` was recorded; run --update after changing a script
    package static let sessionCommandChanged = MessageID("session.command_changed")
    /// {1}:{2}: no output was recorded for this command: {3}; run --update
    package static let sessionNoOutputRecorded = MessageID("session.no_output_recorded")
    /// {1}:{2}: output differs at {3} for: {4}
    package static let sessionOutputDiffers = MessageID("session.output_differs")
    /// line {1} of its output
    package static let sessionOutputLine = MessageID("session.output_line")
    /// line {1} of its output (table row {2})
    package static let sessionOutputTableRow = MessageID("session.output_table_row")
    /// (nothing)
    package static let sessionNothing = MessageID("session.nothing")

    // MARK: - notebooks

    /// error: the heading of an error in a notebook
    package static let notebookError = MessageID("notebook.error_heading")

    // MARK: - tutorial and lesson checks

    /// no lessons in sessions/: a lesson is a script named sessions/tutorial-NAME.jx
    package static let tutorialNoLessons = MessageID("tutorial.no_lessons")
    /// tutorial alone lists the lessons (sessions/tutorial-*.jx)
    package static let tutorialHintList = MessageID("tutorial.hint_list")
    /// {1} is a walkthrough for the interactive shell; from the command line: jixiao replay --step {2}
    package static let tutorialInShell = MessageID("tutorial.in_shell")
    /// a step is a command line, with # narration lines before it
    package static let lessonHintStep = MessageID("lesson.hint_step")
    /// a step needs a query whose result is a table or text, or a let or load that leaves a dataset; …
    package static let lessonHintResult = MessageID("lesson.hint_result")
    /// gives no result
    package static let lessonNoResult = MessageID("lesson.reason_no_result")
    /// only displays (help, a listing, save, replay, tutorial): a learner's answer has nothing to be compared with
    package static let lessonOnlyDisplays = MessageID("lesson.reason_only_displays")
    /// should leave a dataset named {1}, and leaves none
    package static let lessonLeavesNoDataset = MessageID("lesson.reason_leaves_no_dataset")
    /// gives no table or text to compare (only a note, such as a file written)
    package static let lessonOnlyANote = MessageID("lesson.reason_only_a_note")
    /// {1}: {2} in a lesson of {3}
    package static let lessonCheckFailed = MessageID("lesson.check_failed")
    /// {1} problems
    package static let lessonProblems = MessageID("lesson.problems")
    /// {1} steps
    package static let lessonSteps = MessageID("lesson.steps")
    /// {1}: OK, {2}, each runs and has a result to compare
    package static let lessonCheckPassed = MessageID("lesson.check_passed")

    // MARK: - the walkthrough

    /// Lesson {1}: {2}. Type a command to run it; Enter or Tab runs the example (next), skip, back, quit.
    package static let walkthroughIntroduction = MessageID("walkthrough.introduction")
    /// step [{1}/{2}]>
    package static let walkthroughPrompt = MessageID("walkthrough.prompt")
    /// Lesson ended after {1}/{2} steps.
    package static let walkthroughQuit = MessageID("walkthrough.quit")
    /// Skipped. The example was: {1}
    package static let walkthroughSkipped = MessageID("walkthrough.skipped")
    /// Try again, or press Enter to use the example.
    package static let walkthroughTryAgain = MessageID("walkthrough.try_again")
    /// ✓ The same result as the example.
    package static let walkthroughAccepted = MessageID("walkthrough.accepted")
    /// ✗ Not the example's result: {1} / Try again, or press Enter to see the example.
    package static let walkthroughRejected = MessageID("walkthrough.rejected")
    /// Lesson finished: {1}/{1} steps.
    package static let walkthroughFinished = MessageID("walkthrough.finished")
    /// This step leaves a dataset named {1}, and your workspace has none yet.
    package static let walkthroughMissingDataset = MessageID("walkthrough.missing_dataset")
    /// The example's result is {1}; yours is {2}.
    package static let walkthroughKind = MessageID("walkthrough.kind")
    /// a table
    package static let walkthroughKindTable = MessageID("walkthrough.kind_table")
    /// text
    package static let walkthroughKindText = MessageID("walkthrough.kind_text")
    /// nothing (no output)
    package static let walkthroughKindNothing = MessageID("walkthrough.kind_nothing")
    /// Line {1} of the text differs.
    package static let walkthroughTextLine = MessageID("walkthrough.text_line")
    /// The example has {1} ({2}); yours has {3} ({4}).
    package static let walkthroughColumnCount = MessageID("walkthrough.column_count")
    /// {1} columns
    package static let walkthroughColumns = MessageID("walkthrough.columns")
    /// none: an empty list of columns
    package static let walkthroughNoColumns = MessageID("walkthrough.no_columns")
    /// The example has {1}; yours has {2}.
    package static let walkthroughRowCount = MessageID("walkthrough.row_count")
    /// {1} rows
    package static let walkthroughRows = MessageID("walkthrough.rows")
    /// Row {1} differs (this step sorts or takes the first rows, so the order of the rows counts too).
    package static let walkthroughOrderedRow = MessageID("walkthrough.ordered_row")
    /// A row differs (this step does not count the order of the rows; with both sides in order of their values, row {1} differs).
    package static let walkthroughUnorderedRow = MessageID("walkthrough.unordered_row")
    ///     example: {1}
    package static let walkthroughExampleLine = MessageID("walkthrough.example_line")
    ///     yours:   {1}
    package static let walkthroughYourLine = MessageID("walkthrough.your_line")
    /// null: an empty value in a row shown to the learner
    package static let walkthroughNull = MessageID("walkthrough.null")
}
