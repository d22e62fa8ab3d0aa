package org.segmentlab.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.segmentlab.core.AppDirs;
import org.segmentlab.ui.dialog.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every exception nobody caught and shows it in an error dialog, so a bug in one panel
 * costs the user a message rather than the session. One dialog at a time: errors that come
 * while it is open are only logged.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final DialogService dialogs;
    private final AtomicBoolean showing = new AtomicBoolean();

    public UncaughtErrors(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Makes this the handler of every thread and of the FX thread; call on the FX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), error);
        try {
            // Later, even on the FX thread: inside the failing pulse or handler the scene may be half updated.
            Platform.runLater(() -> show(error));
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("No dialog: the FX toolkit is not running");
        }
    }

    private void show(Throwable error) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            String message = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
            dialogs.showException("Something went wrong",
                    message + "\n\nThe workbench keeps running; the details are in " + logHint() + ".", error);
        } catch (RuntimeException dialogFailure) {
            LOG.error("Could not show the error dialog", dialogFailure);
        } finally {
            showing.set(false);
        }
    }

    private static String logHint() {
        return AppDirs.logFile().toString();
    }
}
