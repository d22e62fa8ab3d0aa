package org.segmentlab.ui.testing;

import java.util.ArrayList;
import java.util.List;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;

/**
 * Keeps each task until the test finishes it, as a slow worker thread would, so a test can change
 * things while work is under way and then let an overtaken task end late. A task's progress says
 * whether its handle was cancelled.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final List<BackgroundTask<?>> started = new ArrayList<>();
    private final List<Boolean> cancelled = new ArrayList<>();
    private final List<Boolean> finished = new ArrayList<>();

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        int index = started.size();
        started.add(task);
        cancelled.add(false);
        finished.add(false);
        return () -> cancelled.set(index, true);
    }

    /** How many tasks were started so far. */
    public int started() {
        return started.size();
    }

    /** The task started {@code index}-th, to call its callbacks directly. */
    public BackgroundTask<?> task(int index) {
        return started.get(index);
    }

    /** Whether the handle of the task started {@code index}-th was cancelled. */
    public boolean cancelled(int index) {
        return cancelled.get(index);
    }

    /** Per task started, in order, whether its handle was cancelled. */
    public List<Boolean> cancelled() {
        return List.copyOf(cancelled);
    }

    /** The most recently started task. */
    public void finishLast() {
        finish(started.size() - 1);
    }

    /**
     * Every task not finished yet, in the order they were started (including any they start), each to
     * its end even if it was cancelled: the work finishes anyway in the background.
     */
    public void finishAllAsIfNotCancelled() {
        for (int i = 0; i < started.size(); i++) {
            if (!finished.get(i)) {
                finishAsIfNotCancelled(i);
            }
        }
    }

    /**
     * Runs the task started {@code index}-th now, on the caller's thread, and calls back as the
     * workbench would: succeeded, failed, or cancelled when its job stopped on a cancelled progress.
     */
    public void finish(int index) {
        finish(index, true);
    }

    /**
     * Runs the task started {@code index}-th to its end even if it was cancelled, as a job that did not
     * look at its progress in time would: it succeeds late.
     */
    public void finishAsIfNotCancelled(int index) {
        finish(index, false);
    }

    private void finish(int index, boolean seesCancel) {
        finished.set(index, true);
        finish(started.get(index), () -> seesCancel && cancelled.get(index));
    }

    private static <T> void finish(BackgroundTask<T> task, java.util.function.BooleanSupplier isCancelled) {
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return isCancelled.getAsBoolean();
            }
        };
        T value;
        try {
            value = task.job().run(progress);
        } catch (CancelledException e) {
            task.cancelled();
            return;
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }
}
