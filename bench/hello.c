/* Reference for the startup benchmark: a bare ncursesw program that prints one word and waits
 * for a key, as rnnstep does with its first frame. Build: cc -O2 -o hello hello.c -lncursesw */
#include <curses.h>
#include <locale.h>

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    curs_set(0);
    mvaddstr(0, 0, "READY");
    refresh();
    getch();
    endwin();
    return 0;
}
