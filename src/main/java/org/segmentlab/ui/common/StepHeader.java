package org.segmentlab.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The band at the top of every step: its name, one line on what it is for, and its main actions. */
public final class StepHeader {

    private StepHeader() {
    }

    public static Node of(String title, String description, Node... actions) {
        Label name = new Label(title);
        name.getStyleClass().add(Css.STEP_TITLE);
        Label text = new Label(description);
        text.getStyleClass().add(Css.STEP_SUBTITLE);
        text.setWrapText(true);
        VBox words = new VBox(2, name, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox header = new HBox(16, words);
        header.getChildren().addAll(actions);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Css.STEP_HEADER);
        return header;
    }
}
