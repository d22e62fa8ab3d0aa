package org.segmentlab.cli;

import org.segmentlab.core.AppDirs;

final class LogFiles {
    private LogFiles() {
    }

    static String location() {
        return AppDirs.logFile().toString();
    }
}
