package org.segmentlab.ui.report;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs the last of a quick run of requests once the requests have stopped for a moment, so that typing a
 * title builds the preview once, not once a keystroke.
 */
@FunctionalInterface
public interface Debouncer {

    void submit(Runnable action);

    /** Runs each request at once, for tests. */
    static Debouncer immediate() {
        return Runnable::run;
    }

    /** Waits {@code quiet} on the FX thread after the last request; call it on the FX thread. */
    static Debouncer onFxThread(Duration quiet) {
        PauseTransition pause = new PauseTransition(quiet);
        Runnable[] latest = {null};
        pause.setOnFinished(event -> {
            Runnable action = latest[0];
            latest[0] = null;
            if (action != null) {
                action.run();
            }
        });
        return action -> {
            latest[0] = action;
            pause.playFromStart();
        };
    }
}
