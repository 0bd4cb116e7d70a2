#ifndef JIXIAO_CEDITLINE_H
#define JIXIAO_CEDITLINE_H

/* Non-variadic wrappers around libedit, so Swift never calls its variadic el_set/history functions. */

typedef struct jx_editor jx_editor;

/* Makes the locale's character type UTF-8 (falling back to C.UTF-8), then opens an editor on the terminal. */
jx_editor *jx_editor_open(const char *program, int history_size);
void jx_editor_close(jx_editor *editor);

/* The next line (with its newline) or NULL at end of input; count receives its length in bytes. */
const char *jx_editor_gets(jx_editor *editor, const char *prompt, int *count);

void jx_history_add(jx_editor *editor, const char *line);
int jx_history_load(jx_editor *editor, const char *path);
int jx_history_save(jx_editor *editor, const char *path);

/* Returns 1 when the locale's character type is UTF-8 after setup. */
int jx_locale_is_utf8(void);

#endif
