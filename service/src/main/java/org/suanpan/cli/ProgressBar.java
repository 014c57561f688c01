package org.suanpan.cli;

import java.io.PrintStream;

/**
 * Progress of a batch on the terminal: a bar redrawn in place when stderr is a console, else a line every tenth of the
 * way (a log file should not fill with carriage returns).
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean console;
    private int lastTenth = -1;

    ProgressBar(PrintStream err, boolean console) {
        this.err = err;
        this.console = console;
    }

    synchronized void update(int done, int total, String file) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        if (console) {
            String name = file.length() > 40 ? "…" + file.substring(file.length() - 39) : file;
            // spaces, not an erase-line escape, clear what a longer name left: TerminalOutput lets no escape through
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name
                + " ".repeat(Math.max(0, 80 - columns(name))));
            if (done == total) {
                err.println();
            }
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println("已审核 " + done + "/" + total + "（" + tenth * 10 + "%）");
            }
        }
        err.flush();
    }

    /** Terminal columns the text takes: Chinese characters take two. */
    private static int columns(String s) {
        return s.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
    }
}
