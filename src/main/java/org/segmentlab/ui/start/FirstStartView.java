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

        /** Opens a project the user worked on before. */
        default void openRecent(java.nio.file.Path project) {
        }
    }

    private final ScrollPane root;

    public FirstStartView(List<Sample> samples, Actions actions) {
        this(samples, List.of(), actions);
    }

    /**
     * @param recent projects opened before, newest first; the screen offers to go on with them
     */
    public FirstStartView(List<Sample> samples, List<java.nio.file.Path> recent, Actions actions) {
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

        VBox box = new VBox(14, title);
        if (!recent.isEmpty()) {
            Label again = new Label("Continue where you left off");
            again.getStyleClass().add("sl-first-start-heading");
            VBox projects = new VBox(2);
            projects.setId("first-start-recent");
            int number = 0;
            for (java.nio.file.Path project : recent.subList(0, Math.min(5, recent.size()))) {
                java.nio.file.Path parent = project.toAbsolutePath().getParent();
                Hyperlink link = new Hyperlink(project.getFileName() + (parent == null ? "" : "  —  " + parent));
                link.setMnemonicParsing(false);
                link.setId("recent-" + number++);
                link.setOnAction(event -> actions.openRecent(project));
                projects.getChildren().add(link);
            }
            Label samplesHeading = new Label("Or open a sample project");
            samplesHeading.getStyleClass().add("sl-first-start-heading");
            box.getChildren().addAll(again, projects, samplesHeading);
        }
        box.getChildren().addAll(text, cards, empty);
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
