#include "CEditLine.h"

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

#define KEY_CTRL(c) ((wchar_t)((c) & 0x1f))

struct jx_editor {
    EditLine *el;
    History *history;
    HistEvent event;
    FILE *output;
    jx_completer completer;
    void *completer_context;
    /* Set by the Ctrl-C key while a line is read; tells jx_editor_gets the line was abandoned. */
    int line_cancelled;
    /* The prompt shown; during a Ctrl-R search, the search's own prompt. */
    char prompt[512];
    char saved_prompt[512];
    /* Ctrl-R search: while `searching`, every key reaches search_function (see read_character). */
    int searching;
    wchar_t search_key;
    wchar_t search_pattern[128];
    size_t search_length;
    char **search_entries; /* the history, newest first, copied when the search starts */
    int search_count;
    int search_index;      /* the entry shown, or -1 */
    char *search_original; /* the line as it was before Ctrl-R, restored by Ctrl-G */
    /* A key that ended a search, to be read again as an ordinary key. */
    int replay_pending;
    wchar_t replay_key;
    mbstate_t decode_state;
};

/* MARK: - Locale */

int jx_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0);
}

int jx_locale_prepare(void) {
    setlocale(LC_ALL, "");
    /* Numbers are formatted by jixiao itself; keep C's decimal point for anything libc prints. */
    setlocale(LC_NUMERIC, "C");
    if (jx_locale_is_utf8()) return 1;
    static const char *const fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8"};
    for (size_t i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++) {
        if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && jx_locale_is_utf8()) return 1;
    }
    return 0;
}

/* MARK: - Editor functions bound to keys */

static jx_editor *editor_of(EditLine *el) {
    jx_editor *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    return editor;
}

static char *prompt_function(EditLine *el) {
    jx_editor *editor = editor_of(el);
    return editor != NULL ? editor->prompt : "";
}

/* Tab: asks the Swift completer what to put in place of the word before the cursor, and prints the
 * candidates when there are several. */
static unsigned char complete_function(EditLine *el, int ch) {
    (void)ch;
    jx_editor *editor = editor_of(el);
    if (editor == NULL || editor->completer == NULL) return CC_ERROR;
    const LineInfo *info = el_line(el);
    size_t length = (size_t)(info->lastchar - info->buffer);
    char *line = malloc(length + 1);
    if (line == NULL) return CC_ERROR;
    memcpy(line, info->buffer, length);
    line[length] = '\0';
    int cursor = (int)(info->cursor - info->buffer);
    jx_completion result = {0, NULL, NULL};
    editor->completer(editor->completer_context, line, cursor, &result);
    free(line);
    int changed = 0;
    if (result.insertion != NULL) {
        if (result.replace_characters > 0) el_deletestr(el, result.replace_characters);
        if (result.insertion[0] != '\0') el_insertstr(el, result.insertion);
        changed = 1;
        free(result.insertion);
    }
    if (result.listing != NULL) {
        fputs("\n", editor->output);
        fputs(result.listing, editor->output);
        fflush(editor->output);
        free(result.listing);
        return CC_REDISPLAY;
    }
    return changed ? CC_REFRESH : CC_REFRESH_BEEP;
}

/* Ctrl-C while typing: shows ^C after the text, as a shell does, and ends the line, which the reader then
 * discards; the next prompt starts empty. */
static unsigned char cancel_line_function(EditLine *el, int ch) {
    (void)ch;
    jx_editor *editor = editor_of(el);
    if (editor != NULL) editor->line_cancelled = 1;
    const LineInfoW *info = el_wline(el);
    el_cursor(el, (int)(info->lastchar - info->cursor));
    el_insertstr(el, "^C");
    el_push(el, "\n");
    return CC_REFRESH;
}

/* Ctrl-Z while typing: with the terminal's signals off during editing, the key does what the terminal would
 * have done. libedit's own SIGTSTP handler (EL_SIGNAL) restores the terminal, stops the process, and on `fg`
 * puts the terminal back in raw mode; the line is then redrawn. */
static unsigned char suspend_function(EditLine *el, int ch) {
    (void)el;
    (void)ch;
    kill(0, SIGTSTP);
    return CC_REDISPLAY;
}

/* MARK: - Ctrl-R: reverse incremental search through history
 *
 * libedit's own em-inc-search-prev looks keys up as (unsigned char)key, so it mistakes most Chinese characters
 * for control keys and ends the search. This one matches UTF-8 text: Ctrl-R again finds an older match,
 * Backspace shortens the pattern, Ctrl-G restores the line, and any other key accepts the match and then
 * acts as usual (Enter runs it, arrows start editing it). */

static void replace_line(EditLine *el, const char *text) {
    const LineInfoW *info = el_wline(el);
    el_cursor(el, (int)(info->lastchar - info->cursor));
    info = el_wline(el);
    el_deletestr(el, (int)(info->lastchar - info->buffer));
    if (text != NULL && text[0] != '\0') el_insertstr(el, text);
}

static void search_show_prompt(jx_editor *editor, int failed) {
    char pattern[sizeof editor->search_pattern / sizeof editor->search_pattern[0] * MB_LEN_MAX + 1];
    wchar_t wide[sizeof editor->search_pattern / sizeof editor->search_pattern[0] + 1];
    wmemcpy(wide, editor->search_pattern, editor->search_length);
    wide[editor->search_length] = L'\0';
    if (wcstombs(pattern, wide, sizeof pattern) == (size_t)-1) pattern[0] = '\0';
    snprintf(editor->prompt, sizeof editor->prompt, "(%sreverse-i-search)`%s': ", failed ? "failed " : "", pattern);
}

/* Finds the first entry from `start` on (older) that contains the pattern; shows it, or marks the search failed. */
static void search_from(EditLine *el, jx_editor *editor, int start) {
    char pattern[sizeof editor->search_pattern / sizeof editor->search_pattern[0] * MB_LEN_MAX + 1];
    wchar_t wide[sizeof editor->search_pattern / sizeof editor->search_pattern[0] + 1];
    wmemcpy(wide, editor->search_pattern, editor->search_length);
    wide[editor->search_length] = L'\0';
    if (wcstombs(pattern, wide, sizeof pattern) == (size_t)-1) pattern[0] = '\0';
    if (pattern[0] == '\0') {
        search_show_prompt(editor, 0);
        return;
    }
    for (int i = start < 0 ? 0 : start; i < editor->search_count; i++) {
        if (strstr(editor->search_entries[i], pattern) != NULL) {
            editor->search_index = i;
            replace_line(el, editor->search_entries[i]);
            search_show_prompt(editor, 0);
            return;
        }
    }
    search_show_prompt(editor, 1);
}

static void search_end(jx_editor *editor) {
    for (int i = 0; i < editor->search_count; i++) free(editor->search_entries[i]);
    free(editor->search_entries);
    editor->search_entries = NULL;
    editor->search_count = 0;
    free(editor->search_original);
    editor->search_original = NULL;
    editor->searching = 0;
    memcpy(editor->prompt, editor->saved_prompt, sizeof editor->prompt);
}

static void search_begin(EditLine *el, jx_editor *editor) {
    memcpy(editor->saved_prompt, editor->prompt, sizeof editor->prompt);
    const LineInfo *info = el_line(el);
    size_t length = (size_t)(info->lastchar - info->buffer);
    editor->search_original = malloc(length + 1);
    if (editor->search_original != NULL) {
        memcpy(editor->search_original, info->buffer, length);
        editor->search_original[length] = '\0';
    }
    HistEvent event;
    int size = history(editor->history, &event, H_GETSIZE) == 0 ? event.num : 0;
    editor->search_entries = size > 0 ? calloc((size_t)size, sizeof(char *)) : NULL;
    editor->search_count = 0;
    if (editor->search_entries != NULL && history(editor->history, &event, H_FIRST) == 0) {
        do {
            if (editor->search_count >= size) break;
            char *copy = strdup(event.str);
            if (copy == NULL) break;
            /* libedit keeps each entry with its newline. */
            size_t n = strlen(copy);
            if (n > 0 && copy[n - 1] == '\n') copy[n - 1] = '\0';
            editor->search_entries[editor->search_count++] = copy;
        } while (history(editor->history, &event, H_NEXT) == 0);
    }
    editor->search_length = 0;
    editor->search_index = -1;
    editor->searching = 1;
    search_show_prompt(editor, 0);
}

static unsigned char search_function(EditLine *el, int ch) {
    (void)ch;
    jx_editor *editor = editor_of(el);
    if (editor == NULL) return CC_ERROR;
    if (!editor->searching) {
        search_begin(el, editor);
        return CC_REDISPLAY;
    }
    wchar_t key = editor->search_key;
    size_t capacity = sizeof editor->search_pattern / sizeof editor->search_pattern[0];
    if (key == KEY_CTRL('R')) {
        search_from(el, editor, editor->search_index + 1);
    } else if (key == 0x7f || key == KEY_CTRL('H')) {
        if (editor->search_length > 0) editor->search_length--;
        search_from(el, editor, 0);
    } else if (key == KEY_CTRL('G')) {
        replace_line(el, editor->search_original);
        search_end(editor);
    } else if (iswprint((wint_t)key) && editor->search_length + 1 < capacity) {
        editor->search_pattern[editor->search_length++] = key;
        search_from(el, editor, editor->search_index < 0 ? 0 : editor->search_index);
    } else {
        /* Accept the line shown, then let the key act as usual. */
        search_end(editor);
        editor->replay_key = key;
        editor->replay_pending = 1;
    }
    return CC_REDISPLAY;
}

/* MARK: - Reading keys
 *
 * Keys are read here rather than by libedit's built-in reader so that, during a Ctrl-R search, every key goes
 * to search_function (as Ctrl-R, with the real key kept aside), and a key that ends the search is read again. */

static int read_character(EditLine *el, wchar_t *out) {
    jx_editor *editor = editor_of(el);
    if (editor == NULL) return -1;
    if (editor->replay_pending) {
        editor->replay_pending = 0;
        *out = editor->replay_key;
        return 1;
    }
    wchar_t key = 0;
    for (;;) {
        char byte;
        ssize_t got = read(STDIN_FILENO, &byte, 1);
        if (got == 0) return 0;
        if (got < 0) {
            /* A resize interrupts the read: go on. A SIGINT sent from outside ends it. */
            if (errno == EINTR && !jx_interrupt_pending()) continue;
            return -1;
        }
        size_t used = mbrtowc(&key, &byte, 1, &editor->decode_state);
        if (used == (size_t)-2) continue;
        if (used == (size_t)-1) {
            /* Not valid in the locale's encoding: drop it and start afresh. */
            memset(&editor->decode_state, 0, sizeof editor->decode_state);
            continue;
        }
        break;
    }
    if (editor->searching) {
        editor->search_key = key;
        *out = KEY_CTRL('R');
        return 1;
    }
    *out = key;
    return 1;
}

/* MARK: - Editor */

jx_editor *jx_editor_open(const char *program, int history_size, int output_to_stderr) {
    jx_editor *editor = calloc(1, sizeof(jx_editor));
    if (editor == NULL) return NULL;
    editor->output = output_to_stderr ? stderr : stdout;
    editor->el = el_init(program, stdin, editor->output, stderr);
    if (editor->el == NULL) {
        free(editor);
        return NULL;
    }
    editor->history = history_init();
    if (editor->history == NULL) {
        el_end(editor->el);
        free(editor);
        return NULL;
    }
    history(editor->history, &editor->event, H_SETSIZE, history_size);
    /* Entering the same command twice in a row keeps one entry. */
    history(editor->history, &editor->event, H_SETUNIQUE, 1);
    EditLine *el = editor->el;
    el_set(el, EL_CLIENTDATA, editor);
    el_set(el, EL_HIST, history, editor->history);
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_PROMPT, prompt_function);
    /* Resizing the window redraws the line. */
    el_set(el, EL_SIGNAL, 1);
    /* While a line is edited, Ctrl-C arrives as a key (and clears the line) instead of a signal; the terminal's
     * own settings, and so Ctrl-C as SIGINT, come back whenever a command runs. */
    el_set(el, EL_SETTY, "-d", "-isig", NULL);
    el_set(el, EL_ADDFN, "jx-cancel-line", "Abandon the line being typed", cancel_line_function);
    el_set(el, EL_BIND, "^C", "jx-cancel-line", NULL);
    el_set(el, EL_ADDFN, "jx-suspend", "Stop jixiao, as Ctrl-Z does in a shell", suspend_function);
    el_set(el, EL_BIND, "^Z", "jx-suspend", NULL);
    el_set(el, EL_ADDFN, "jx-complete", "Complete commands, datasets, columns, functions and paths", complete_function);
    el_set(el, EL_BIND, "^I", "jx-complete", NULL);
    el_set(el, EL_GETCFN, read_character);
    /* Ctrl-R searches history backwards, as in bash. */
    el_set(el, EL_ADDFN, "jx-search-history", "Search the history backwards", search_function);
    el_set(el, EL_BIND, "^R", "jx-search-history", NULL);
    /* Keys terminals send that libedit's Emacs map leaves unbound. */
    el_set(el, EL_BIND, "\033[3~", "ed-delete-next-char", NULL);
    el_set(el, EL_BIND, "\033[H", "ed-move-to-beg", NULL);
    el_set(el, EL_BIND, "\033[F", "ed-move-to-end", NULL);
    el_set(el, EL_BIND, "\033[1~", "ed-move-to-beg", NULL);
    el_set(el, EL_BIND, "\033[4~", "ed-move-to-end", NULL);
    el_set(el, EL_BIND, "\033[1;5C", "em-next-word", NULL);
    el_set(el, EL_BIND, "\033[1;5D", "ed-prev-word", NULL);
    el_set(el, EL_BIND, "\033[1;3C", "em-next-word", NULL);
    el_set(el, EL_BIND, "\033[1;3D", "ed-prev-word", NULL);
    /* A user's ~/.editrc may change any of this. */
    el_source(el, NULL);
    return editor;
}

void jx_editor_close(jx_editor *editor) {
    if (editor == NULL) return;
    if (editor->searching) search_end(editor);
    history_end(editor->history);
    el_end(editor->el);
    free(editor);
}

void jx_editor_set_completer(jx_editor *editor, jx_completer completer, void *context) {
    if (editor == NULL) return;
    editor->completer = completer;
    editor->completer_context = context;
}

const char *jx_editor_gets(jx_editor *editor, const char *prompt, int *count, int *cancelled) {
    if (editor->searching) search_end(editor);
    snprintf(editor->prompt, sizeof editor->prompt, "%s", prompt);
    editor->line_cancelled = 0;
    editor->replay_pending = 0;
    memset(&editor->decode_state, 0, sizeof editor->decode_state);
    /* Raw mode before the prompt is drawn, not after: a Ctrl-D typed as soon as the prompt shows would
     * otherwise meet the terminal's cooked mode and be lost. el_gets returns the terminal to cooked mode. */
    el_set(editor->el, EL_PREP_TERM, 1);
    const char *line = el_gets(editor->el, count);
    *cancelled = editor->line_cancelled;
    return line;
}

void jx_history_add(jx_editor *editor, const char *line) {
    if (editor == NULL) return;
    history(editor->history, &editor->event, H_ENTER, line);
}
