package org.segmentlab.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
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
    void blockingTheFxThreadForTwoHundredMillisecondsIsAStallOfThatLength(FxRobot robot) throws Exception {
        // the real FX thread and Platform.runLater; the block's length is measured on a clock the test moves
        StallClock clock = new StallClock(thread -> Platform.isFxApplicationThread());
        try (PulseWatchdog watchdog = new PulseWatchdog(Platform::runLater, PulseWatchdog.DEFAULT_LIMIT,
                PulseWatchdog.DEFAULT_INTERVAL, clock)) {
            watchdog.start();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> watchdog.answeredPings() >= 5);
            watchdog.reset();

            robot.interact(() -> clock.stallFor(200));
            long answered = watchdog.answeredPings();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> watchdog.answeredPings() >= answered + 3);

            assertThat(watchdog.stallCount()).isEqualTo(1);
            assertThat(watchdog.longestStall()).isEqualTo(Duration.ofMillis(200));
        }
    }
}
