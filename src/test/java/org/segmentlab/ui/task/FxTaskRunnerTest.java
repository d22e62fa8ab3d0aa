package org.segmentlab.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.core.data.DataFileException;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.segmentlab.ui.testing.HeadlessScreen;

@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    static {
        // whichever GUI test starts JavaFX first fixes the headless screen size for the whole run
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private final ExecutorService workers = FxTaskRunner.newWorkerPool(2);
    private final FxTaskRunner runner = new FxTaskRunner(workers);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    private void record(String event) {
        events.add(event + (Platform.isFxApplicationThread() ? " on FX" : " off FX"));
    }

    @Test
    void workAskedForAfterTheWorkersStoppedIsNotStartedAndThrowsNothing(FxRobot robot) throws Exception {
        workers.shutdownNow();
        TaskHandle handle = onFx(() -> runner.run(BackgroundTask.of("late", progress -> "never")));

        assertThat(handle).isNotNull();
        assertThat(onFx(() -> runner.running().size())).isZero();
        onFx(() -> {
            handle.cancel();
            return null;
        });
    }

    @Test
    void progressReachesTheStatusBarAndTheResultComesBackOnTheFxThread(FxRobot robot) throws Exception {
        CountDownLatch halfWay = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        robot.interact(() -> runner.run(BackgroundTask.of("Counting", progress -> {
            progress.update(0.5, "Half way");
            halfWay.countDown();
            goOn.await(10, TimeUnit.SECONDS);
            return 42;
        }).onSuccess(value -> record("success " + value)).onFinished(() -> record("finished"))));
        assertThat(halfWay.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !runner.running().isEmpty()
                && runner.running().get(0).getProgress() == 0.5));

        assertThat(onFx(() -> {
            Task<?> task = runner.running().get(0);
            return task.getTitle() + " / " + task.getMessage();
        })).isEqualTo("Counting / Half way");

        goOn.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.size() == 2);
        assertThat(events).containsExactly("success 42 on FX", "finished on FX");
        assertThat(runner.running()).isEmpty();
    }

    @Test
    void cancelStopsAJobThatChecksForItAndCallsOnlyTheFinishedHandler(FxRobot robot) throws Exception {
        // One worker: a task started after the cancel runs only once the cancelled job's thread has let go
        // of it, and its callbacks reach the FX thread after anything the cancelled job posted there.
        ExecutorService oneWorker = FxTaskRunner.newWorkerPool(1);
        FxTaskRunner serial = new FxTaskRunner(oneWorker);
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch jobLeft = new CountDownLatch(1);
            TaskHandle[] handle = new TaskHandle[1];
            robot.interact(() -> handle[0] = serial.run(BackgroundTask.of("Endless", progress -> {
                started.countDown();
                try {
                    while (true) {
                        progress.checkCancelled();
                        Thread.onSpinWait();
                    }
                } finally {
                    jobLeft.countDown();
                }
            }).onSuccess(value -> record("success")).onFailure(error -> record("failure"))
                    .onFinished(() -> record("finished"))));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            robot.interact(() -> {
                handle[0].cancel();
                serial.run(BackgroundTask.of("Next", progress -> "done")
                        .onSuccess(value -> record("next " + value)));
            });

            assertThat(jobLeft.await(10, TimeUnit.SECONDS)).as("the job saw the cancel").isTrue();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.contains("next done on FX"));
            assertThat(events).containsExactly("finished on FX", "next done on FX");
            assertThat(onFx(() -> serial.running().isEmpty())).isTrue();
        } finally {
            oneWorker.shutdownNow();
        }
    }

    @Test
    void failureHandsTheExceptionToTheFailureHandler(FxRobot robot) throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        robot.interact(() -> runner.run(BackgroundTask.of("Reading", progress -> {
            throw new DataFileException(Path.of("orders.csv"), "file is empty");
        }).onFailure(error -> {
            failures.add(error);
            record("failure");
        })));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !failures.isEmpty());
        assertThat(failures).singleElement().isInstanceOf(DataFileException.class)
                .extracting(Throwable::getMessage).isEqualTo("orders.csv: file is empty");
        assertThat(events).containsExactly("failure on FX");
    }
}
