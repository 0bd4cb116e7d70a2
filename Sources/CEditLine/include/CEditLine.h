#ifndef JIXIAO_CEDITLINE_H
#define JIXIAO_CEDITLINE_H

/* The only C the shell calls: non-variadic wrappers around libedit (whose el_set and history functions are
 * variadic, which Swift cannot call), the locale set-up libedit needs, and an async-signal-safe Ctrl-C flag. */

typedef struct jx_editor jx_editor;

/* MARK: - Locale */

/* Applies the environment's locale; when its character type is not UTF-8 (LANG unset, C or POSIX), falls back
 * to C.UTF-8 for character handling, since libedit otherwise drops every Chinese character typed. Numbers stay
 * in the C locale. Returns 1 when the character type is UTF-8 afterwards. */
int jx_locale_prepare(void);

/* Returns 1 when the locale's character type is UTF-8. */
int jx_locale_is_utf8(void);

/* MARK: - Editor */

/* What a completion callback answers for a line and a cursor: how many characters before the cursor to
 * replace, the text to put there, and a listing of the candidates to print above the prompt. The strings are
 * allocated with malloc (strdup) by the callback and freed by the editor; either may be NULL. */
typedef struct jx_completion {
    int replace_characters;
    char *insertion;
    char *listing;
} jx_completion;

/* Called on Tab with the whole line (UTF-8) and the cursor's byte offset in it. */
typedef void (*jx_completer)(void *context, const char *line, int cursor, jx_completion *result);

/* Opens an editor reading the terminal on stdin and drawing on stdout (on stderr when output_to_stderr is
 * non-zero, as when stdout is redirected), with Emacs keys, history navigation, Ctrl-R search, Tab completion
 * and Ctrl-C clearing the line. Call jx_locale_prepare first. */
jx_editor *jx_editor_open(const char *program, int history_size, int output_to_stderr);
void jx_editor_close(jx_editor *editor);

/* Installs the function Tab calls; context is handed back to it unchanged. */
void jx_editor_set_completer(jx_editor *editor, jx_completer completer, void *context);

/* Reads one line. Returns the line (with its newline; valid until the next call) and its length in count, or
 * NULL at end of input (Ctrl-D on an empty line). *cancelled is set to 1 when Ctrl-C abandoned the line. */
const char *jx_editor_gets(jx_editor *editor, const char *prompt, int *count, int *cancelled);

/* Adds an entry to the in-memory history that Up, Down and Ctrl-R move through. */
void jx_history_add(jx_editor *editor, const char *line);

/* MARK: - Ctrl-C while a command runs */

/* Installs a SIGINT handler that only sets a flag (a volatile sig_atomic_t), so Ctrl-C stops a long command
 * at its next check instead of killing the shell. */
void jx_interrupt_install(void);
/* Returns 1 when Ctrl-C was pressed since the last clear. Safe to call from any thread. */
int jx_interrupt_pending(void);
void jx_interrupt_clear(void);

#endif
