package org.segmentlab.ui.workbench;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Icon;

/** The bottom line: a status message, then each running task with its progress and a Cancel button. */
public final class StatusBar {

    private final HBox root;
    private final HBox tasks = new HBox(14);

    /** The last task that ended, in words; shown until the message changes again. */
    private final javafx.beans.property.StringProperty finished = new javafx.beans.property.SimpleStringProperty(
            this, "finished");
    private final java.util.Map<Task<?>, Long> started = new java.util.IdentityHashMap<>();
    private final java.util.function.LongSupplier clock;

    public StatusBar(ObservableValue<String> message, ObservableList<Task<?>> running) {
        this(message, running, System::nanoTime);
    }

    /** @param clock nanoseconds, for how long each task took */
    StatusBar(ObservableValue<String> message, ObservableList<Task<?>> running, java.util.function.LongSupplier clock) {
        this.clock = clock;
        Label text = new Label();
        text.textProperty().bind(javafx.beans.binding.Bindings.when(finished.isNotNull()).then(finished)
                .otherwise(javafx.beans.binding.Bindings.convert(message)));
        text.setId("status-message");
        // a new message (saved, opened…) takes the place of the note on the task that ended
        message.addListener((obs, old, now) -> finished.set(null));
        text.getStyleClass().add(Css.STATUS_MESSAGE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        tasks.setAlignment(Pos.CENTER_RIGHT);
        tasks.setId("status-tasks");
        root = new HBox(12, text, tasks);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add(Css.STATUS_BAR);
        // As tall as with a task's progress bar in it, so starting a task does not re-lay-out (and redraw)
        // the step above.
        root.setMinHeight(36);
        root.setPrefHeight(36);
        running.addListener((ListChangeListener<Task<?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(task -> started.put(task, this.clock.getAsLong()));
                for (Task<?> task : change.getRemoved()) {
                    String note = ended(task, started.remove(task));
                    // after the task's own callbacks, which may set the message
                    javafx.application.Platform.runLater(() -> finished.set(note));
                }
            }
            rebuild(running);
        });
        running.forEach(task -> started.put(task, this.clock.getAsLong()));
        rebuild(running);
    }

    /** The note on the last task that ended, or null when the message shows. */
    public String finishedNote() {
        return finished.get();
    }

    /** "Clustering customers.csv: done in 0.9 s (Clustered 300 customers)", "… cancelled", "… failed". */
    private String ended(Task<?> task, Long since) {
        String took = since == null ? "" : String.format(java.util.Locale.US, " in %.1f s",
                (clock.getAsLong() - since) / 1e9);
        switch (task.getState()) {
            case SUCCEEDED:
                String said = task.getMessage() == null ? "" : task.getMessage().strip();
                // a message of work under way ("Starting…") says nothing of how the task ended
                said = said.endsWith("…") || said.endsWith("...") ? "" : said;
                return task.getTitle() + ": done" + took + (said.isEmpty() ? "" : " (" + said + ")");
            case CANCELLED:
                return task.getTitle() + ": cancelled" + took;
            case FAILED:
                if (task.getException() instanceof org.segmentlab.core.CancelledException) {
                    return task.getTitle() + ": cancelled" + took;
                }
                return task.getTitle() + ": failed" + took + (task.getException() == null ? ""
                        : " (" + String.valueOf(task.getException().getMessage()).lines().findFirst().orElse("")
                        + ")");
            default:
                return task.getTitle() + ": stopped" + took;
        }
    }

    public Node node() {
        return root;
    }

    private void rebuild(ObservableList<Task<?>> running) {
        tasks.getChildren().clear();
        for (Task<?> task : running) {
            tasks.getChildren().add(entry(task));
        }
    }

    private static Node entry(Task<?> task) {
        Label title = new Label(task.getTitle());
        title.getStyleClass().add(Css.STATUS_TASK_TITLE);
        Label label = new Label();
        label.textProperty().bind(task.messageProperty());
        label.setMaxWidth(240);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(140);
        Button cancel = new Button(null, Icon.CANCEL.node(10));
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setTooltip(new Tooltip("Cancel " + task.getTitle()));
        cancel.setAccessibleText("Cancel " + task.getTitle());
        cancel.setOnAction(event -> task.cancel());
        HBox entry = new HBox(8, title, label, bar, cancel);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.getStyleClass().add(Css.STATUS_TASK);
        return entry;
    }
}
