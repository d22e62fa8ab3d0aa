package org.segmentlab.ui.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

    /**
     * Lets the task under way finish before the workers stop (up to half a minute), then interrupts what
     * is left: an interrupt in the middle of a first read can break a library's class initialisation,
     * and so every later test of the run, whichever test happens to come first on a fresh JVM.
     */
    @Override
    public void close() {
        scheduler.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
