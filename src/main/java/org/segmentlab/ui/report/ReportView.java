package org.segmentlab.ui.report;

import atlantafx.base.theme.Styles;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.segment.Prioritisation;
import org.segmentlab.report.ReportSection;
import org.segmentlab.report.charts.PriorityMatrixChart;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.StepHeader;

/** The nodes of the Report step: the report's settings and exports on the left, its pages on the right. */
public final class ReportView {

    public static final String TITLE_FIELD = "report-title";
    public static final String AUTHOR_FIELD = "report-author";
    public static final String PAGES = "report-pages";
    public static final String PAGE_LABEL = "report-page";
    public static final String PREVIEW_MESSAGE = "report-preview-message";
    public static final String EXPORT_HTML = "report-export-html";
    public static final String EXPORT_PDF = "report-export-pdf";
    public static final String EXPORT_ACTIVATION = "report-export-activation";
    public static final String EXPORT_CANCEL = "report-export-cancel";
    public static final String EXPORT_BOM = "report-export-bom";
    public static final String EXPORT_SCORES = "report-export-scores";
    public static final String SEGMENTATION = "report-segmentation";
    public static final String SIDE_TABS = "report-side";
    public static final String PRIORITY_MATRIX = "report-priority-matrix";
    public static final String LOGO_NAME = "report-logo";
    public static final String PRIORITY_TABLE = "report-priorities";
    /** Followed by the segment id: the ease choice of that segment. */
    public static final String EASE_PREFIX = "report-ease-";

    /** Pages are not drawn wider than this (pixels), so a wide window shows them sharp rather than blown up. */
    private static final double MAX_PAGE_WIDTH = 900;
    private static final double PAGE_GAP = 16;
    /** Segment colours in the stylesheet, -sl-segment-1 to -12; more segments take them again. */
    private static final int PALETTE_SIZE = 12;

    private final ReportViewModel model;
    private final BorderPane root = new BorderPane();
    /** Draws the priority matrix off the JavaFX thread, for the current theme. */
    private final java.util.concurrent.Executor painter = ChartPicture.newPainter();
    private final VBox pageStack = new VBox(PAGE_GAP);
    private final ScrollPane pageScroll = new ScrollPane(pageStack);
    private final Label pageLabel = new Label();

    public ReportView(ReportViewModel model) {
        this.model = model;
        root.getStyleClass().add(Css.STEP_CONTENT);
        root.setTop(StepHeader.of("Report", "A stakeholder report of the segments, as HTML or PDF, and one CSV "
                + "list of customers per segment for your campaign tools. The preview follows every change.",
                exports()));
        Node matrix = matrix();
        VBox.setVgrow(matrix, Priority.ALWAYS);
        VBox priorities = new VBox(10, priorities(), matrix);
        TabPane side = new TabPane(tab("Report", sidePanel()), tab("Priorities", priorities));
        side.setId(SIDE_TABS);
        side.setPrefWidth(410);
        side.setMinWidth(360);
        root.setLeft(side);
        root.setCenter(previewPane());
    }

    public Parent root() {
        return root;
    }

    // ---- left: the report's settings and the exports

    private VBox sidePanel() {
        TextField title = new TextField();
        title.setId(TITLE_FIELD);
        title.textProperty().bindBidirectional(model.titleProperty());
        title.promptTextProperty().bind(model.titlePromptProperty());
        TextField author = new TextField();
        author.setId(AUTHOR_FIELD);
        author.textProperty().bindBidirectional(model.authorProperty());
        author.setPromptText("Shown under the title");
        GridPane fields = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().setAll(labels, values);
        fields.setHgap(10);
        fields.setVgap(6);
        fields.addRow(0, new Label("Title"), title);
        fields.addRow(1, new Label("Author"), author);
        fields.addRow(2, new Label("Logo"), logoRow());
        ChoiceBox<ReportViewModel.Segmentation> segmentation = new ChoiceBox<>(model.segmentations());
        segmentation.setId(SEGMENTATION);
        segmentation.valueProperty().bindBidirectional(model.segmentationProperty());
        segmentation.setMaxWidth(Double.MAX_VALUE);
        Label segmentationLabel = new Label("Segments");
        // only a project with more than one segmentation has a choice to make
        for (Node n : List.of(segmentationLabel, segmentation)) {
            n.visibleProperty().bind(Bindings.size(model.segmentations()).greaterThan(1));
            n.managedProperty().bind(n.visibleProperty());
        }
        fields.addRow(3, segmentationLabel, segmentation);

        VBox box = new VBox(10, fields, sectionChoices());
        box.setPadding(new Insets(12));
        return box;
    }

    private Node logoRow() {
        Label name = new Label();
        name.setId(LOGO_NAME);
        name.textProperty().bind(Bindings.createStringBinding(() -> model.logoProperty().get() == null ? "None"
                : String.valueOf(model.logoProperty().get().getFileName()), model.logoProperty()));
        name.setMaxWidth(Double.MAX_VALUE);
        name.setTooltip(new Tooltip());
        name.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> model.logoProperty().get() == null
                ? "No logo" : model.logoProperty().get().toString(), model.logoProperty()));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.getStyleClass().add(Styles.SMALL);
        choose.setOnAction(event -> model.chooseLogo());
        Button remove = new Button("Remove");
        remove.getStyleClass().add(Styles.SMALL);
        remove.setOnAction(event -> model.removeLogo());
        remove.disableProperty().bind(model.logoProperty().isNull());
        HBox row = new HBox(6, name, choose, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node sectionChoices() {
        VBox boxes = new VBox(4, new Label("Sections"));
        List<CheckBox> all = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            CheckBox box = new CheckBox(sectionName(section));
            box.setId("report-section-" + section.cliName());
            box.selectedProperty().bindBidirectional(model.sectionProperty(section));
            box.setTooltip(new Tooltip(sectionTip(section)));
            all.add(box);
        }
        // the last section ticked stays ticked: a report has at least one
        Runnable guard = () -> {
            long ticked = all.stream().filter(CheckBox::isSelected).count();
            all.forEach(box -> box.setDisable(ticked == 1 && box.isSelected()));
        };
        all.forEach(box -> box.selectedProperty().addListener((obs, old, now) -> guard.run()));
        guard.run();
        boxes.getChildren().addAll(all);
        return boxes;
    }

    static String sectionName(ReportSection section) {
        switch (section) {
            case SUMMARY:
                return "Summary page";
            case SEGMENTS:
                return "A card per segment";
            case PRIORITIES:
                return "Priorities";
            case APPENDIX:
                return "Appendix";
            default:
                return section.cliName();
        }
    }

    private static String sectionTip(ReportSection section) {
        switch (section) {
            case SUMMARY:
                return "One page: the question, the data, the method, the segments at a glance";
            case SEGMENTS:
                return "What sets each segment apart and what to do about it";
            case PRIORITIES:
                return "Where to start: value potential against ease of reach";
            case APPENDIX:
                return "Detailed charts, data quality and what is needed to make the report again";
            default:
                return "";
        }
    }

    private Node priorities() {
        TableView<PriorityRow> table = new TableView<>(model.priorities());
        table.setId(PRIORITY_TABLE);
        table.setPlaceholder(new Label("The segments appear once the report is built."));
        TableColumn<PriorityRow, PriorityRow> name = new TableColumn<>("Segment");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new SegmentCell());
        name.setSortable(false);
        TableColumn<PriorityRow, Number> customers = new TableColumn<>("Customers");
        customers.setCellValueFactory(c -> c.getValue().customersProperty());
        customers.setCellFactory(c -> numberCell(value -> String.format(Locale.US, "%,d", value.longValue())));
        customers.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<PriorityRow, Number> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> c.getValue().valuePotentialProperty());
        value.setCellFactory(c -> numberCell(v -> percent(v.doubleValue())));
        TableColumn<PriorityRow, PriorityRow> ease = new TableColumn<>();
        Label easeHeader = new Label("Ease");
        easeHeader.setTooltip(new Tooltip("How easy and cheap the segment is to reach: 1 = hard, 5 = easy"));
        ease.setGraphic(easeHeader);
        ease.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        ease.setCellFactory(c -> new EaseCell());
        ease.setSortable(false);
        ease.setMinWidth(66);
        ease.setPrefWidth(66);
        customers.setMinWidth(100);
        customers.setPrefWidth(100);
        value.setMinWidth(58);
        value.setPrefWidth(58);
        // the name takes what the fixed columns leave
        for (TableColumn<PriorityRow, ?> fixed : List.of(customers, value, ease)) {
            fixed.setMaxWidth(fixed.getPrefWidth());
            fixed.setResizable(false);
        }
        name.setPrefWidth(150);
        table.getColumns().add(name);
        table.getColumns().add(customers);
        table.getColumns().add(value);
        table.getColumns().add(ease);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(28);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 46.0 + 28 * Math.max(3, model.priorities().size()), model.priorities()));
        table.setRowFactory(view -> new PlacedRow());
        table.setMinHeight(Region.USE_PREF_SIZE);
        return table;
    }

    /** The priority matrix, redrawn whenever an ease score changes. */
    private Node matrix() {
        ChartPicture viewer = new ChartPicture(painter);
        viewer.setTipsFromChart();
        viewer.setId(PRIORITY_MATRIX);
        viewer.setMinSize(260, 300);
        viewer.setPrefSize(380, 320);
        Runnable draw = () -> {
            ReportViewModel.PriorityMatrix m = model.priorityMatrixProperty().get();
            if (m != null) {
                viewer.show(() -> PriorityMatrixChart.chart("Where to start", m.bubbles(), m.potentialThreshold(),
                        Prioritisation.EASY_FROM, m.potential()));
            }
        };
        model.priorityMatrixProperty().addListener((obs, old, now) -> draw.run());
        draw.run();
        viewer.visibleProperty().bind(model.priorityMatrixProperty().isNotNull());
        viewer.managedProperty().bind(viewer.visibleProperty());
        return viewer;
    }

    private static <T extends Number> TableCell<PriorityRow, T> numberCell(
            Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        };
    }

    /** "18%", "0.4%": small shares keep a decimal, so that no segment reads as worth nothing. */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "\u2013";
        }
        return String.format(Locale.US, share < 0.1 ? "%.1f%%" : "%.0f%%", 100 * share);
    }

    /** The stylesheet's variable for a palette segment id (1-based; −1 grey), as the report's charts use it. */
    static String swatchColour(int colour) {
        return colour < 0 ? "-sl-segment-noise" : "-sl-segment-" + (1 + Math.floorMod(colour - 1, PALETTE_SIZE));
    }

    /** A row that tells, on hover, where its segment lands in the matrix. */
    private static final class PlacedRow extends TableRow<PriorityRow> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(PriorityRow row, boolean empty) {
            super.updateItem(row, empty);
            tip.textProperty().unbind();
            if (empty || row == null) {
                setTooltip(null);
                return;
            }
            tip.textProperty().bind(Bindings.createStringBinding(() -> placement(row), row.quadrantProperty(),
                    row.rankProperty(), row.valuePotentialProperty()));
            setTooltip(tip);
        }
    }

    /** "Quick wins, rank 1: 18% of the value potential, easy to reach (5)" */
    static String placement(PriorityRow row) {
        Prioritisation.Quadrant q = row.quadrantProperty().get();
        if (q == null) {
            return row.name();
        }
        PriorityMatrixChart.Quadrant shown = PriorityMatrixChart.Quadrant.valueOf(q.name());
        return row.name() + ": " + shown.label() + " (" + shown.reading() + "), rank " + row.rankProperty().get()
                + "; " + percent(row.valuePotentialProperty().get()) + " of the value potential, ease " + row.ease();
    }

    /** The segment's name after a square in its palette colour, named by CSS variable. */
    private static final class SegmentCell extends TableCell<PriorityRow, PriorityRow> {
        @Override
        protected void updateItem(PriorityRow row, boolean empty) {
            super.updateItem(row, empty);
            textProperty().unbind();
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Region swatch = new Region();
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            // the report's colour of the segment, so the square matches its bubble in the matrix
            swatch.setStyle("-fx-background-color: " + swatchColour(row.colour()) + "; -fx-background-radius: 3;");
            setGraphic(swatch);
            textProperty().bind(row.nameProperty());
        }
    }

    /** A choice of 1 to 5 tied to the row's ease. */
    private static final class EaseCell extends TableCell<PriorityRow, PriorityRow> {
        private final ChoiceBox<Integer> choice = new ChoiceBox<>();
        private ObjectProperty<Integer> bound;

        EaseCell() {
            for (int ease = NamedSegment.MIN_EASE; ease <= NamedSegment.MAX_EASE; ease++) {
                choice.getItems().add(ease);
            }
            choice.getStyleClass().add(Styles.SMALL);
            choice.setTooltip(new Tooltip("1 = hard or costly to reach, 5 = easy and cheap"));
        }

        @Override
        protected void updateItem(PriorityRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                choice.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row.easeProperty().asObject();
            choice.valueProperty().bindBidirectional(bound);
            choice.setId(EASE_PREFIX + row.segmentId());
            setGraphic(choice);
            setAlignment(Pos.CENTER);
        }
    }

    /** The export commands, for the step's header: report as HTML or PDF, activation lists, and progress. */
    private Node[] exports() {
        Button html = exportButton(new Button("Export HTML…", Icon.EXPORT.node(14)), EXPORT_HTML,
                "One self-contained web page: opens offline, can be mailed as it is");
        html.setOnAction(event -> model.exportHtml());
        Button pdf = exportButton(new Button("Export PDF…", Icon.EXPORT.node(14)), EXPORT_PDF,
                "The pages of the preview, for printing and mailing");
        pdf.setOnAction(event -> model.exportPdf());
        SplitMenuButton lists = exportButton(new SplitMenuButton(), EXPORT_ACTIVATION, "Into a folder: every "
                + "customer with their segment, a summary of the segments and one CSV file per segment");
        lists.setText("Export activation lists…");
        lists.setGraphic(Icon.EXPORT.node(14));
        lists.setOnAction(event -> model.exportActivation());
        CheckMenuItem bom = new CheckMenuItem("Byte order mark, for Excel before 2016");
        bom.setId(EXPORT_BOM);
        bom.selectedProperty().bindBidirectional(model.bomProperty());
        CheckMenuItem scores = new CheckMenuItem("With each customer's model score");
        scores.setId(EXPORT_SCORES);
        scores.selectedProperty().bindBidirectional(model.withScoresProperty());
        scores.disableProperty().bind(model.scoresAvailableProperty().not());
        lists.getItems().addAll(bom, scores);

        ProgressIndicator progress = new ProgressIndicator();
        progress.progressProperty().bind(model.exportProgressProperty());
        progress.setPrefSize(18, 18);
        Label message = new Label();
        message.textProperty().bind(model.exportMessageProperty());
        message.getStyleClass().add(Css.NOTE);
        message.setMaxWidth(260);
        Button cancel = new Button("Cancel", Icon.CANCEL.node(12));
        cancel.setId(EXPORT_CANCEL);
        cancel.setOnAction(event -> model.cancelExport());
        HBox running = new HBox(8, progress, message, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.exportingProperty());
        running.managedProperty().bind(running.visibleProperty());
        return new Node[] {running, html, pdf, lists};
    }

    private <T extends javafx.scene.control.ButtonBase> T exportButton(T button, String id, String tip) {
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(model.exportingProperty().or(model.reportableProperty().not()));
        return button;
    }

    // ---- right: the pages

    private Node previewPane() {
        pageStack.setId(PAGES);
        pageStack.setAlignment(Pos.TOP_CENTER);
        pageStack.setPadding(new Insets(PAGE_GAP));
        pageScroll.setFitToWidth(true);
        pageScroll.setStyle("-fx-background: -sl-surface; -fx-background-color: -sl-surface;");
        pageScroll.vvalueProperty().addListener((obs, old, now) -> showPageNumber());
        pageScroll.viewportBoundsProperty().addListener((obs, old, now) -> showPageNumber());
        model.pages().addListener((ListChangeListener<BufferedImage>) change -> showPages());

        Label message = new Label();
        message.setId(PREVIEW_MESSAGE);
        message.textProperty().bind(model.previewMessageProperty());
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.getStyleClass().add(Css.PLACEHOLDER_TEXT);
        message.visibleProperty().bind(model.previewMessageProperty().isNotNull());
        ProgressIndicator firstBuild = new ProgressIndicator();
        firstBuild.setPrefSize(48, 48);
        Label firstBuildMessage = new Label();
        firstBuildMessage.textProperty().bind(model.buildMessageProperty());
        VBox waiting = new VBox(10, firstBuild, firstBuildMessage);
        waiting.setAlignment(Pos.CENTER);
        // the big indicator only while there are no pages yet; a rebuild keeps the old pages in view
        waiting.visibleProperty().bind(model.buildingProperty().and(Bindings.isEmpty(model.pages())));
        StackPane area = new StackPane(pageScroll, message, waiting);
        StackPane.setAlignment(message, Pos.CENTER);
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox pane = new VBox(toolBar(), area);
        return pane;
    }

    private Node toolBar() {
        Button previous = new Button("Previous");
        previous.getStyleClass().add(Styles.SMALL);
        previous.setOnAction(event -> goToPage(currentPage() - 1));
        Button next = new Button("Next");
        next.getStyleClass().add(Styles.SMALL);
        next.setOnAction(event -> goToPage(currentPage() + 1));
        previous.disableProperty().bind(Bindings.isEmpty(model.pages()));
        next.disableProperty().bind(Bindings.isEmpty(model.pages()));
        pageLabel.setId(PAGE_LABEL);
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator working = new ProgressIndicator();
        working.progressProperty().bind(model.buildProgressProperty());
        working.setPrefSize(16, 16);
        Label workingMessage = new Label();
        workingMessage.textProperty().bind(model.buildMessageProperty());
        workingMessage.getStyleClass().add(Css.NOTE);
        HBox building = new HBox(6, working, workingMessage);
        building.setAlignment(Pos.CENTER_RIGHT);
        building.visibleProperty().bind(model.buildingProperty());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Label preview = new Label("Preview");
        preview.getStyleClass().add(Css.PANEL_TITLE);
        HBox bar = new HBox(8, preview, space, building, previous, pageLabel, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        return bar;
    }

    private void showPages() {
        int keep = currentPage();
        List<Node> views = new ArrayList<>();
        for (BufferedImage page : model.pages()) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(100, Math.min(MAX_PAGE_WIDTH,
                    pageScroll.getViewportBounds().getWidth() - 2 * PAGE_GAP)), pageScroll.viewportBoundsProperty()));
            view.setEffect(new DropShadow());
            views.add(view);
        }
        pageStack.getChildren().setAll(views);
        // a rebuilt report opens where the reader was
        if (!views.isEmpty()) {
            goToPage(Math.min(keep, views.size() - 1));
        }
        showPageNumber();
    }

    /** The page at the top third of the view, 0-based. */
    private int currentPage() {
        double[] tops = pageTops();
        if (tops.length == 0) {
            return 0;
        }
        double viewport = pageScroll.getViewportBounds().getHeight();
        double scrollable = Math.max(0, contentHeight() - viewport);
        double top = pageScroll.getVvalue() * scrollable + viewport / 3;
        int current = 0;
        for (int i = 0; i < tops.length; i++) {
            if (tops[i] <= top) {
                current = i;
            }
        }
        return current;
    }

    private void goToPage(int index) {
        double[] tops = pageTops();
        if (tops.length == 0) {
            return;
        }
        int page = Math.max(0, Math.min(tops.length - 1, index));
        double scrollable = contentHeight() - pageScroll.getViewportBounds().getHeight();
        double y = tops[page] - PAGE_GAP;
        pageScroll.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, y / scrollable)));
        showPageNumber();
    }

    /**
     * Where each page starts in the scrolled content, worked out from the pages' sizes rather than from the
     * last layout, which lags a pulse behind a new preview or a resized window.
     */
    private double[] pageTops() {
        List<Node> pages = pageStack.getChildren();
        double[] tops = new double[pages.size()];
        double y = PAGE_GAP;
        for (int i = 0; i < pages.size(); i++) {
            tops[i] = y;
            y += pages.get(i).getLayoutBounds().getHeight() + PAGE_GAP;
        }
        return tops;
    }

    private double contentHeight() {
        List<Node> pages = pageStack.getChildren();
        double height = PAGE_GAP;
        for (Node page : pages) {
            height += page.getLayoutBounds().getHeight() + PAGE_GAP;
        }
        return height;
    }

    private void showPageNumber() {
        int count = pageStack.getChildren().size();
        pageLabel.setText(count == 0 ? "No pages" : "Page " + (currentPage() + 1) + " of " + count);
    }

    private static Tab tab(String name, VBox content) {
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // content that fits fills the tab (the matrix takes what the table leaves); more content scrolls
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab tab = new Tab(name, scroll);
        tab.setClosable(false);
        return tab;
    }

}
