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
    /* A parent may hand down a mask that blocks these (test runners do); a terminal program relies on them:
     * Ctrl-C, hang-up and termination when the terminal goes away, and window resizes. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGQUIT);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGCONT);
    sigaddset(&wanted, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int jx_interrupt_pending(void) {
    return interrupt_pending != 0;
}

void jx_interrupt_clear(void) {
    interrupt_pending = 0;
}
