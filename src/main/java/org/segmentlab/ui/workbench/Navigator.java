package org.segmentlab.ui.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.WorkbenchStep;

/** The list of steps on the left and the panel of the chosen one; each step's view is built once, when first shown. */
public final class Navigator {

    private final ListView<WorkbenchStep> list;
    private final StackPane content = new StackPane();
    private final Map<WorkbenchStep, Node> views = new HashMap<>();
    private final VBox side;
    private boolean replacing;

    public Navigator(List<WorkbenchStep> steps) {
        list = new ListView<>();
        list.getItems().setAll(steps);
        list.setId("navigator");
        list.getStyleClass().add(Css.NAVIGATOR);
        list.setCellFactory(view -> new StepCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        content.getStyleClass().add(Css.STEP_CONTENT);
        VBox.setVgrow(list, Priority.ALWAYS);
        side = new VBox(brand(), list);
        side.getStyleClass().add(Css.NAVIGATOR);
        side.setMinWidth(210);
        side.setPrefWidth(230);
        if (!steps.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** The left column: brand and steps. */
    public Node side() {
        return side;
    }

    /** Where the chosen step's panel is shown. */
    public Node content() {
        return content;
    }

    /**
     * Shows another project's steps in place of these, on the same place in the list; the old steps'
     * views are dropped.
     */
    public void replaceSteps(List<WorkbenchStep> steps) {
        int at = Math.max(0, list.getSelectionModel().getSelectedIndex());
        replacing = true;
        try {
            views.clear();
            content.getChildren().clear();
            list.getItems().setAll(steps);
            if (!steps.isEmpty()) {
                list.getSelectionModel().select(Math.min(at, steps.size() - 1));
            }
        } finally {
            replacing = false;
        }
    }

    /** True while {@link #replaceSteps} swaps the steps (the selection then moves on its own). */
    public boolean isReplacing() {
        return replacing;
    }

    /** The steps now shown. */
    public List<WorkbenchStep> steps() {
        return List.copyOf(list.getItems());
    }

    public void select(WorkbenchStep step) {
        list.getSelectionModel().select(step);
    }

    /** Shows the first step (Data), e.g. when a file is dropped on the window. */
    public void showFirst() {
        list.getSelectionModel().select(0);
    }

    public ReadOnlyObjectProperty<WorkbenchStep> selectedStep() {
        return list.getSelectionModel().selectedItemProperty();
    }

    private void show(WorkbenchStep step) {
        if (step == null) {
            return;
        }
        Node view = views.computeIfAbsent(step, WorkbenchStep::view);
        content.getChildren().setAll(view);
    }

    private static Node brand() {
        Node logo = Icon.LOGO.node(22);
        Label name = new Label("SegmentLab");
        HBox brand = new HBox(10, logo, name);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add(Css.BRAND);
        return brand;
    }

    private static final class StepCell extends ListCell<WorkbenchStep> {
        StepCell() {
            // The list's width decides the cell's, not the other way round: no horizontal scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(WorkbenchStep step, boolean empty) {
            super.updateItem(step, empty);
            getStyleClass().remove(Css.NAVIGATOR_CELL);
            if (empty || step == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            getStyleClass().add(Css.NAVIGATOR_CELL);
            Label title = new Label(step.title());
            title.getStyleClass().add(Css.STEP_TITLE);
            Label subtitle = new Label(step.subtitle());
            subtitle.getStyleClass().add(Css.STEP_SUBTITLE);
            VBox text = new VBox(1, title, subtitle);
            HBox row = new HBox(12, step.icon().node(20), text);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
