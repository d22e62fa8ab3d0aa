package org.segmentlab.ui.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A debouncer whose quiet moment comes when the test says: requests are held (the latest wins) until
 * {@link #quietMomentPassed()}. Call it on the thread the view-model runs on.
 */
final class ManualDebouncer implements Debouncer {

    private Runnable latest;
    private int requests;
    private final List<Integer> requestsPerRun = new ArrayList<>();

    @Override
    public void submit(Runnable action) {
        latest = action;
        requests++;
    }

    /** The requests have stopped for long enough: runs the latest one, if any came. */
    void quietMomentPassed() {
        Runnable action = latest;
        latest = null;
        if (action != null) {
            requestsPerRun.add(requests);
            requests = 0;
            action.run();
        }
    }

    /** Requests held since the last run. */
    int waiting() {
        return requests;
    }

    /** For each run so far, how many requests it stood for. */
    List<Integer> requestsPerRun() {
        return List.copyOf(requestsPerRun);
    }
}
