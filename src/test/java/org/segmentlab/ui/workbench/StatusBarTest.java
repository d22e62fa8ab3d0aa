package org.segmentlab.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar says how each task ended and how long it took, until a new message comes. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

    static {
        org.segmentlab.ui.testing.HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private final SimpleStringProperty message = new SimpleStringProperty("Opened shop.slproj.json");
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final AtomicLong nanos = new AtomicLong();
    private StatusBar bar;

    @Start
    void start(Stage stage) {
        bar = new StatusBar(message, running, nanos::get);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(bar.node()), 900, 40));
        stage.show();
    }

    /** A task whose run ends with {@code said} as its last message, or by throwing. */
    private static Task<String> task(String title, String said, RuntimeException thrown) {
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                updateTitle(title);
                updateMessage(said);
                if (thrown != null) {
                    throw thrown;
                }
                return "ok";
            }
        };
        return task;
    }

    private String shown(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    private void runToEnd(FxRobot robot, Task<String> task, long tookNanos) throws Exception {
        robot.interact(() -> running.add(task));
        task.run();
        WaitForAsyncUtils.waitForFxEvents();
        nanos.addAndGet(tookNanos);
        robot.interact(() -> running.remove(task));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFinishedTaskIsReportedWithItsTimeUntilTheNextMessage(FxRobot robot) throws Exception {
        assertThat(shown(robot)).isEqualTo("Opened shop.slproj.json");
        runToEnd(robot, task("Clustering customers.csv", "Clustered 4,338 customers into 5 segments", null),
                900_000_000L);
        assertThat(shown(robot)).isEqualTo(
                "Clustering customers.csv: done in 0.9 s (Clustered 4,338 customers into 5 segments)");

        runToEnd(robot, task("Training Random forest #2", "Splitting", new IllegalStateException("no positives\nmore")),
                2_500_000_000L);
        assertThat(shown(robot)).isEqualTo("Training Random forest #2: failed in 2.5 s (no positives)");

        runToEnd(robot, task("Building the customer table", "Starting…", null), 10_000_000L);
        assertThat(shown(robot)).isEqualTo("Building the customer table: done in 0.0 s");

        robot.interact(() -> message.set("Saved shop.slproj.json"));
        assertThat(shown(robot)).isEqualTo("Saved shop.slproj.json");
        assertThat(bar.finishedNote()).isNull();
    }
}
