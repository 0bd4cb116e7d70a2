#include "CEditLine.h"

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct jx_editor {
    EditLine *el;
    History *history;
    HistEvent event;
};

static char prompt_buffer[512] = "";

static char *prompt_function(EditLine *el) {
    (void)el;
    return prompt_buffer;
}

int jx_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0);
}

jx_editor *jx_editor_open(const char *program, int history_size) {
    setlocale(LC_ALL, "");
    if (!jx_locale_is_utf8()) {
        /* Without a UTF-8 character type, libedit silently drops every Chinese character typed. */
        setlocale(LC_CTYPE, "C.UTF-8");
    }
    jx_editor *editor = calloc(1, sizeof(jx_editor));
    if (editor == NULL) return NULL;
    editor->el = el_init(program, stdin, stdout, stderr);
    if (editor->el == NULL) {
        free(editor);
        return NULL;
    }
    editor->history = history_init();
    history(editor->history, &editor->event, H_SETSIZE, history_size);
    history(editor->history, &editor->event, H_SETUNIQUE, 1);
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_EDITOR, "emacs");
    el_set(editor->el, EL_PROMPT, prompt_function);
    el_set(editor->el, EL_SIGNAL, 1);
    /* Ctrl-R searches history backwards, as in bash. */
    el_set(editor->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_source(editor->el, NULL);
    return editor;
}

void jx_editor_close(jx_editor *editor) {
    if (editor == NULL) return;
    history_end(editor->history);
    el_end(editor->el);
    free(editor);
}

const char *jx_editor_gets(jx_editor *editor, const char *prompt, int *count) {
    snprintf(prompt_buffer, sizeof prompt_buffer, "%s", prompt);
    return el_gets(editor->el, count);
}

void jx_history_add(jx_editor *editor, const char *line) {
    history(editor->history, &editor->event, H_ENTER, line);
}

int jx_history_load(jx_editor *editor, const char *path) {
    return history(editor->history, &editor->event, H_LOAD, path);
}

int jx_history_save(jx_editor *editor, const char *path) {
    return history(editor->history, &editor->event, H_SAVE, path);
}
