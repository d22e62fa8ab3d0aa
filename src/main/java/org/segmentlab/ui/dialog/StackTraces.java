package org.segmentlab.ui.dialog;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** A throwable and its causes as text, for the "Details" part of an error dialog. */
public final class StackTraces {

    private StackTraces() {
    }

    public static String format(Throwable error) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String prefix = "";
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            text.append(prefix).append(t).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("\tat ").append(frame).append('\n');
            }
            prefix = "Caused by: ";
        }
        return text.toString();
    }
}
