package org.segmentlab;

import org.segmentlab.core.AppDirs;

import ch.qos.logback.core.PropertyDefinerBase;

/** Gives logback.xml the log file path, so it follows {@link AppDirs#home()}. */
public final class LogFileProperty extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        return AppDirs.logFile().toString();
    }
}
