package org.segmentlab.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.segmentlab.core.Progress;

/** A progress that keeps every fraction reported to it, in order, and is never cancelled; any thread may report. */
public final class RecordingProgress implements Progress {

    private final List<Double> fractions = new CopyOnWriteArrayList<>();

    @Override
    public void update(double fraction, String message) {
        fractions.add(fraction);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** The fractions reported so far, in order (a live view). */
    public List<Double> fractions() {
        return fractions;
    }
}
