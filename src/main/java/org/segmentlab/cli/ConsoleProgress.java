package org.segmentlab.cli;

import java.io.PrintWriter;
import org.segmentlab.core.Progress;

/**
 * Progress for the command line: a one-line bar on stderr, redrawn in place, only when stderr is an
 * interactive terminal (pipes and CI logs stay clean). Never cancelled: Ctrl+C ends the process.
 */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private int lastPercent = -1;
    private String lastMessage = "";

    ConsoleProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A bar when a person is watching, otherwise silence. */
    static Progress forTerminal(PrintWriter err) {
        return new ConsoleProgress(err, System.console() != null);
    }

    @Override
    public synchronized void update(double fraction, String message) {
        if (!enabled) {
            return;
        }
        int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
        String msg = message == null ? "" : message;
        if (percent == lastPercent && msg.equals(lastMessage)) {
            return;
        }
        lastPercent = percent;
        lastMessage = msg;
        int filled = percent * WIDTH / 100;
        String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
        String line = String.format("\r[%s] %3d%% %s", bar, percent, msg);
        err.print(line.length() > 100 ? line.substring(0, 100) : line + " ".repeat(100 - line.length()));
        if (percent >= 100) {
            err.print("\r" + " ".repeat(100) + "\r");
        }
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
