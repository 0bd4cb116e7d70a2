#include "CEditLine.h"

#include <signal.h>
#include <string.h>

/* The only state a signal handler may touch: a volatile sig_atomic_t. */
static volatile sig_atomic_t interrupt_pending = 0;

static void interrupt_handler(int signo) {
    (void)signo;
    interrupt_pending = 1;
}

void jx_interrupt_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = interrupt_handler;
    sigemptyset(&action.sa_mask);
    /* Writes to the terminal resume instead of failing when Ctrl-C lands in the middle of them. */
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
}

int jx_interrupt_pending(void) {
    return interrupt_pending != 0;
}

void jx_interrupt_clear(void) {
    interrupt_pending = 0;
}
