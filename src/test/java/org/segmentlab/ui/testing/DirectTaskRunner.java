package org.segmentlab.ui.testing;

import java.util.ArrayList;
import java.util.List;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;

/** Runs each task at once on the caller's thread, so a view-model test reads top to bottom. */
public final class DirectTaskRunner implements TaskRunner {

    private final List<String> titles = new ArrayList<>();

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        titles.add(task.title());
        T value;
        try {
            value = task.job().run(Progress.none());
        } catch (CancelledException e) {
            task.cancelled();
            return () -> { };
        } catch (Exception e) {
            task.failed(e);
            return () -> { };
        }
        task.succeeded(value);
        return () -> { };
    }

    /** Titles of the tasks run so far, in order. */
    public List<String> titles() {
        return titles;
    }
}
