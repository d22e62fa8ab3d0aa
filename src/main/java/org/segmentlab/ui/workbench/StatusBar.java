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

    public StatusBar(ObservableValue<String> message, ObservableList<Task<?>> running) {
        Label text = new Label();
        text.textProperty().bind(message);
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
        running.addListener((ListChangeListener<Task<?>>) change -> rebuild(running));
        rebuild(running);
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
