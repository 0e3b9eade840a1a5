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
#include <curses.h>
#include <term.h>

/* Macros and globals Swift cannot import, wrapped as functions. */
static inline WINDOW *rs_stdscr(void) { return stdscr; }
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
#endif
