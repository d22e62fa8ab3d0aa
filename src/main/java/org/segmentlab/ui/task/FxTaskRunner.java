package org.segmentlab.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.segmentlab.core.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each {@link BackgroundTask} as a {@link javafx.concurrent.Task} on an executor and keeps the
 * running ones in {@link #running()} for the status bar. Must be called on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final Executor executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    public FxTaskRunner(Executor executor) {
        this.executor = executor;
    }

    /** Worker threads that do not keep the JVM alive after the window closes. */
    public static ExecutorService newWorkerPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "segmentlab-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }

    /** Tasks started and not yet finished, oldest first. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> TaskHandle run(BackgroundTask<T> background) {
        JobTask<T> task = new JobTask<>(background);
        task.setOnSucceeded(event -> {
            running.remove(task);
            background.succeeded(task.getValue());
        });
        task.setOnFailed(event -> {
            running.remove(task);
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                background.cancelled();
            } else {
                LOG.info("Task '{}' failed: {}", background.title(), String.valueOf(error));
                background.failed(error);
            }
        });
        task.setOnCancelled(event -> {
            running.remove(task);
            LOG.info("Task '{}' cancelled", background.title());
            background.cancelled();
        });
        running.add(task);
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the workers are stopped: the window is closing, and work asked for now (a table that arrived
            // as it closed) has nowhere to run and nobody to show it to
            running.remove(task);
            LOG.info("Task '{}' not started: the workers have stopped", background.title());
            return () -> { };
        }
        return () -> {
            if (task.getState() != Worker.State.SUCCEEDED && task.getState() != Worker.State.FAILED) {
                task.cancel();
            }
        };
    }

    /** The FX task is itself the {@link org.segmentlab.core.Progress} the core service reports to. */
    private static final class JobTask<T> extends Task<T> implements org.segmentlab.core.Progress {
        private final BackgroundTask<T> background;

        JobTask(BackgroundTask<T> background) {
            this.background = background;
            updateTitle(background.title());
            updateMessage("Starting…");
        }

        @Override
        protected T call() throws Exception {
            return background.job().run(this);
        }

        @Override
        public void update(double fraction, String message) {
            updateProgress(Math.max(0, Math.min(1, fraction)), 1);
            if (message != null) {
                updateMessage(message);
            }
        }
    }
}
