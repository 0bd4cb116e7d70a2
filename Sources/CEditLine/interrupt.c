#include "CEditLine.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>

/* The only state the signal handler touches. A lock-free atomic rather than a volatile sig_atomic_t: the handler
 * runs on whichever thread the signal lands on, and the flag is read by commands running on other threads (a
 * load in pieces on both cores), which a plain variable would make a data race. */
static atomic_int interrupt_pending = 0;

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "a signal handler may only use lock-free atomics");

static void interrupt_handler(int signo) {
    (void)signo;
    int saved_errno = errno;
    atomic_store_explicit(&interrupt_pending, 1, memory_order_relaxed);
    errno = saved_errno;
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
    return atomic_load_explicit(&interrupt_pending, memory_order_relaxed) != 0;
}

void jx_interrupt_clear(void) {
    atomic_store_explicit(&interrupt_pending, 0, memory_order_relaxed);
}
