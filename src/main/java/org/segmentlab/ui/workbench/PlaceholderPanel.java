package org.segmentlab.ui.workbench;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.segmentlab.ui.Css;
import org.segmentlab.ui.Icon;

/** The panel of a step that is not built yet: it says plainly what will come there. */
public final class PlaceholderPanel {

    private PlaceholderPanel() {
    }

    public static Node of(Icon icon, String headline, String explanation) {
        Node glyph = icon.node(56);
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
        return box;
    }
}
