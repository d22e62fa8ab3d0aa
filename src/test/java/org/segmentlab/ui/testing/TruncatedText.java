package org.segmentlab.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the labels, buttons, tabs and headers on screen whose text is cut off ("Reset to de…")
 * with no tooltip to give all of it: what a reader cannot read anywhere.
 */
public final class TruncatedText {

    private TruncatedText() {
    }

    /** "Labeled text → shown text" for every visible labeled node under {@code root} cut off without a tooltip. */
    public static List<String> find(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node node, List<String> out) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && !hasTooltip(labeled) && labeled.getWidth() > 0) {
            String shown = shownText(labeled);
            String ellipsis = labeled.getEllipsisString();
            if (shown != null && !shown.equals(labeled.getText()) && ellipsis != null && !ellipsis.isEmpty()
                    && shown.endsWith(ellipsis) && !labeled.getText().endsWith(ellipsis)) {
                out.add(labeled.getText() + " → " + shown);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    /** The text the skin draws for a labeled node (its LabeledText child), or null before it has a skin. */
    /** A tooltip on the node or on the control it sits in (a list cell's, a table cell's) gives the whole text. */
    private static boolean hasTooltip(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.Control control && control.getTooltip() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The empty tables on screen that say only JavaFX's own "No content in table": each should say what
     * fills it. Listed by their style classes.
     */
    public static List<String> emptyTablesWithoutAWord(Node root) {
        List<String> out = new ArrayList<>();
        emptyTables(root, out);
        return out;
    }

    private static void emptyTables(Node node, List<String> out) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        if (node instanceof javafx.scene.control.TableView<?> table && table.getItems().isEmpty()
                && table.getPlaceholder() == null) {
            out.add("table " + table.getStyleClass());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                emptyTables(child, out);
            }
        }
    }

    /** Every labeled text on screen, "text → shown", for looking (not for asserting). */
    public static List<String> all(Node root) {
        List<String> out = new ArrayList<>();
        all(root, out);
        return out;
    }

    private static void all(Node node, List<String> out) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            out.add(labeled.getClass().getSimpleName() + ":" + labeled.getText() + " → " + shownText(labeled)
                    + " (" + labeled.getWidth() + ")");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                all(child, out);
            }
        }
    }

    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }
}
