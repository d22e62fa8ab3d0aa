package org.segmentlab.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The panel of a step that is not built yet: it says plainly what will come there. */
public final class PlaceholderPanel {

    private PlaceholderPanel() {
    }

    public static Node of(WorkbenchStep step, String headline, String explanation) {
        Node glyph = step.icon().node(56);
        glyph.getStyleClass().add(Css.PLACEHOLDER_ICON);
        Label title = new Label(headline);
        title.getStyleClass().add(Css.PLACEHOLDER_TITLE);
        title.setWrapText(true);
        Label text = new Label(explanation);
        text.getStyleClass().add(Css.PLACEHOLDER_TEXT);
        text.setWrapText(true);
        text.setMaxWidth(560);
        VBox box = new VBox(14, glyph, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(Css.PLACEHOLDER);
        BorderPane panel = new BorderPane(box);
        panel.setTop(StepHeader.of(step.title(), step.subtitle()));
        panel.getStyleClass().add(Css.STEP_CONTENT);
        return panel;
    }
}
