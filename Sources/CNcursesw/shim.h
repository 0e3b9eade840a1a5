#ifndef RNNSTEP_CNCURSESW_SHIM_H
#define RNNSTEP_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's defines, so ask for the wide-character API here. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <unistd.h>
#include <sys/types.h>
#include <curses.h>
#include <term.h>

/* Macros and globals Swift cannot import, wrapped as functions. */
static inline WINDOW *rs_stdscr(void) { return stdscr; }
static inline WINDOW *rs_curscr(void) { return curscr; }
static inline int rs_colors(void) { return COLORS; }
static inline int rs_color_pairs(void) { return COLOR_PAIRS; }
static inline int rs_lines(void) { return LINES; }
static inline int rs_cols(void) { return COLS; }
static inline void rs_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline attr_t rs_a_normal(void) { return A_NORMAL; }
static inline attr_t rs_a_bold(void) { return A_BOLD; }
static inline attr_t rs_a_dim(void) { return A_DIM; }
static inline attr_t rs_a_reverse(void) { return A_REVERSE; }
static inline attr_t rs_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rs_a_italic(void) { return A_ITALIC; }
static inline int rs_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int rs_key_resize(void) { return KEY_RESIZE; }
static inline int rs_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rs_err(void) { return ERR; }

/* Sets the attributes and an extended colour pair (beyond 32767) on a window. */
static inline int rs_set_style(WINDOW *w, attr_t attrs, int pair) {
    return wattr_set(w, attrs, (short)(pair < 32768 ? pair : 0), &pair);
}

/* Current offset of `fd` (bytes written so far to a regular file), or -1 for ttys and pipes. */
static inline long long rs_fd_offset(int fd) { return (long long)lseek(fd, 0, SEEK_CUR); }

/* ---- Restoring the terminal on signals and stray exits. ---- */
static volatile sig_atomic_t rs_curses_active = 0;

/* Leaves curses mode if it is active (safe to call twice). */
static inline void rs_restore_terminal(void) {
    if (rs_curses_active) {
        rs_curses_active = 0;
        endwin();
    }
}

/* The stop signal received (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0. The handler only records it:
   endwin is not async-signal-safe, so the play loop restores the terminal outside the handler. */
static volatile sig_atomic_t rs_pending = 0;
static inline int rs_pending_signal(void) { return rs_pending; }

static inline void rs_stop_handler(int sig) { rs_pending = sig; }

/* Crash signals: this is the last chance to restore the terminal, so do it here, then re-raise with
   the default action so the exit status is 128 + signal. */
static inline void rs_crash_handler(int sig) {
    rs_restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void rs_atexit_handler(void) { rs_restore_terminal(); }

/* Raises `sig` with its default action (after the terminal was restored); exits 128 + sig should
   the signal be ignored or blocked. */
static inline void rs_raise_default(int sig) {
    sigset_t set;
    signal(sig, SIG_DFL);
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig);
}

static const int rs_stop_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
static const int rs_crash_signals[] = { SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE };
#define RS_STOP_SIGNAL_COUNT (sizeof(rs_stop_signals) / sizeof(rs_stop_signals[0]))
#define RS_CRASH_SIGNAL_COUNT (sizeof(rs_crash_signals) / sizeof(rs_crash_signals[0]))

/* Installs the handlers (no SA_RESTART, so a stop signal interrupts a waiting read) and, once, the
   atexit hook. */
static inline void rs_install_handlers(void) {
    static int atexit_done = 0;
    struct sigaction sa;
    rs_pending = 0;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = rs_stop_handler;
    for (unsigned i = 0; i < RS_STOP_SIGNAL_COUNT; i++) sigaction(rs_stop_signals[i], &sa, NULL);
    sa.sa_handler = rs_crash_handler;
    for (unsigned i = 0; i < RS_CRASH_SIGNAL_COUNT; i++) sigaction(rs_crash_signals[i], &sa, NULL);
    if (!atexit_done) { atexit_done = 1; atexit(rs_atexit_handler); }
}

/* Puts the default actions back. */
static inline void rs_remove_handlers(void) {
    for (unsigned i = 0; i < RS_STOP_SIGNAL_COUNT; i++) signal(rs_stop_signals[i], SIG_DFL);
    for (unsigned i = 0; i < RS_CRASH_SIGNAL_COUNT; i++) signal(rs_crash_signals[i], SIG_DFL);
}

static inline void rs_set_active(int on) { rs_curses_active = on; }
#endif
