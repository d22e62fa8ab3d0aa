package org.segmentlab.cli;

import org.segmentlab.core.AppDirs;

final class LogFiles {
    private LogFiles() {
    }

    /** Where the details of a failure are, for a message: the log file, or that there is none. */
    static String whereDetailsAre() {
        return AppDirs.usableLogFile()
                .map(f -> "details in the log file: " + f)
                .orElse("no log file: " + AppDirs.logFile().getParent() + " cannot be written");
    }
}
