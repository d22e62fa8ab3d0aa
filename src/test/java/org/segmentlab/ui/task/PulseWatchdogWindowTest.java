package org.segmentlab.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The watchdog on the real JavaFX thread. */
@ExtendWith(ApplicationExtension.class)
class PulseWatchdogWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("Busy"), 200, 100));
        stage.show();
    }

    @Test
    void blockingTheFxThreadForTwoHundredMillisecondsIsAStallOfAboutThatLength(FxRobot robot) throws Exception {
        try (PulseWatchdog watchdog = PulseWatchdog.watchFxThread(PulseWatchdog.DEFAULT_LIMIT)) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> watchdog.answeredPings() >= 5);
            watchdog.reset();

            robot.interact(() -> {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            });
            long answered = watchdog.answeredPings();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> watchdog.answeredPings() >= answered + 3);

            assertThat(watchdog.stallCount()).isGreaterThanOrEqualTo(1);
            // about the block, less the time between pings and what a busy machine adds to the watcher's wake-up
            assertThat(watchdog.longestStall()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }
}
