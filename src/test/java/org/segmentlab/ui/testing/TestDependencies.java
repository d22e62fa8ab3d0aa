package org.segmentlab.ui.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.task.FxTaskRunner;
import org.segmentlab.ui.workbench.SampleWriter;

/** Real worker threads, everything else kept inside the test: preferences in memory, recovery copies in a temp folder. */
public final class TestDependencies implements AutoCloseable {

    private final ExecutorService workers = FxTaskRunner.newWorkerPool(2);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "test-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private final Workbench.Dependencies dependencies;

    public TestDependencies(DataReader reader, DialogService dialogs, Path recoveryDir, SampleWriter samples) {
        dependencies = new Workbench.Dependencies(reader, workers, scheduler, dialogs, new MemoryPreferences(),
                recoveryDir, Duration.ofMinutes(10), samples);
    }

    public TestDependencies(DataReader reader, DialogService dialogs, Path recoveryDir) {
        this(reader, dialogs, recoveryDir, (name, folder, progress) -> {
            throw new IllegalArgumentException("no sample named " + name);
        });
    }

    public Workbench.Dependencies get() {
        return dependencies;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        scheduler.shutdownNow();
    }
}
