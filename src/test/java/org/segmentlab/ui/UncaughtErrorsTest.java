package org.segmentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.dialog.FxDialogService;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.segmentlab.ui.testing.HeadlessScreen;

@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {

    static {
        // whichever GUI test starts JavaFX first fixes the headless screen size for the whole run
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.installBase();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void restoreHandlers(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
    }

    @Test
    void exceptionOnTheFxThreadIsShownAndTheApplicationGoesOn(FxRobot robot) throws Exception {
        robot.interact(() -> new UncaughtErrors(dialogs).install());

        Platform.runLater(() -> {
            throw new IllegalStateException("segment map has no rule for R=6");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors().isEmpty());

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("exception");
            assertThat(shown.title()).isEqualTo("Something went wrong");
            assertThat(shown.message()).startsWith("segment map has no rule for R=6");
        });
        boolean[] stillRunning = new boolean[1];
        robot.interact(() -> stillRunning[0] = stage.isShowing());
        assertThat(stillRunning[0]).isTrue();
        Screenshots.save(stage.getScene(), "uncaught-error-window-still-running");
    }

    @Test
    void exceptionOnAWorkerThreadIsShownToo() throws Exception {
        new UncaughtErrors(dialogs).install();

        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("k must be at least 2");
        }, "worker");
        worker.start();
        worker.join(5000);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors().isEmpty());

        assertThat(dialogs.errors()).extracting(RecordingDialogs.Shown::message)
                .singleElement().asString().startsWith("k must be at least 2");
    }

    @Test
    void errorDialogHasTheMessageAndTheStackTraceBehindDetails(FxRobot robot) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = new FxDialogService(() -> stage).exceptionAlert("Something went wrong",
                    "segment map has no rule for R=6", new IllegalStateException("segment map has no rule for R=6"));
            alert[0].getDialogPane().setExpanded(true);
            alert[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(alert[0].getDialogPane().getContentText()).isEqualTo("segment map has no rule for R=6");
        TextArea trace = robot.from(alert[0].getDialogPane()).lookup(".sl-stack-trace").queryAs(TextArea.class);
        assertThat(trace.getText()).startsWith("java.lang.IllegalStateException: segment map has no rule for R=6\n\tat ");
        Screenshots.save(alert[0].getDialogPane().getScene(), "error-dialog");
        robot.interact(() -> alert[0].close());
    }
}
