package org.segmentlab;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import org.segmentlab.core.AppDirs;

/**
 * The rolling log file, which stays off (SegmentLab then logs nowhere) when the log folder cannot be
 * made or written, instead of reporting the failure on the console where it would mix with the
 * output of a command.
 */
public final class LogFileAppender extends RollingFileAppender<ILoggingEvent> {
    @Override
    public void start() {
        if (AppDirs.usableLogFile().isPresent()) {
            super.start();
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (isStarted()) {
            super.append(event);
        }
    }
}
