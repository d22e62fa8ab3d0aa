package org.segmentlab.ui.start;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.segmentlab.core.sample.SampleGenerator;

/**
 * What a first-time user sees instead of an empty project: the sample projects, each with a
 * sentence on what it shows, a button to open it and one to read its guide.
 */
public final class FirstStartView {

    /**
     * A sample project as the screen offers it.
     *
     * @param name    the sample's name, as {@code --sample NAME} takes it
     * @param summary one line on what is in it
     */
    public record Sample(String name, String summary) {

        public static Sample of(SampleGenerator generator) {
            return new Sample(generator.name(), generator.summary());
        }
    }

    /** What the buttons do. */
    public interface Actions {

        void open(String sample);

        void readGuide(String sample);

        void startEmpty();
    }

    private final ScrollPane root;

    public FirstStartView(List<Sample> samples, Actions actions) {
        Label title = new Label("Welcome to SegmentLab");
        title.getStyleClass().add("sl-first-start-title");
        Label text = new Label("Start with a sample project: each comes with its data, a project file and a guide "
                + "that walks you through the analysis. Or start with an empty project and import your own data.");
        text.getStyleClass().add("sl-first-start-text");
        text.setWrapText(true);
        text.setMaxWidth(820);

        FlowPane cards = new FlowPane(16, 16);
        cards.setId("first-start-samples");
        for (Sample sample : samples) {
            cards.getChildren().add(card(sample, actions));
        }
        Hyperlink empty = new Hyperlink("Start with an empty project");
        empty.setId("first-start-empty");
        empty.setOnAction(event -> actions.startEmpty());

        VBox box = new VBox(14, title, text, cards, empty);
        box.getStyleClass().add("sl-first-start");
        box.setId("first-start");
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.getStyleClass().add("sl-step-content");
    }

    private static Node card(Sample sample, Actions actions) {
        Label name = new Label(sample.name());
        name.getStyleClass().add("sl-sample-name");
        Label summary = new Label(capitalised(sample.summary()));
        summary.getStyleClass().add("sl-sample-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        Button open = new Button("Open");
        open.setId("open-" + sample.name());
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(false);
        open.setOnAction(event -> actions.open(sample.name()));
        Button guide = new Button("Read the guide");
        guide.setId("guide-" + sample.name());
        guide.setOnAction(event -> actions.readGuide(sample.name()));
        HBox buttons = new HBox(8, open, guide);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Region fill = new Region();
        VBox.setVgrow(fill, Priority.ALWAYS);
        VBox card = new VBox(8, name, summary, fill, buttons);
        card.getStyleClass().add("sl-sample-card");
        card.setPrefSize(380, 150);
        return card;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    public Node node() {
        return root;
    }
}
