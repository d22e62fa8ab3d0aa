package org.segmentlab.ui.segment.rfm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.CustomerRfm;
import org.segmentlab.core.features.rfm.Money;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.segment.rfm.RfmGrid;
import org.segmentlab.core.segment.rfm.RfmGridCell;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.SegmentRule;
import org.segmentlab.core.segment.rfm.SegmentSummary;
import org.segmentlab.report.charts.Histograms;
import org.segmentlab.report.charts.ShareBarsChart;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.data.DataSource;

/**
 * The RFM tab: inputs in one bar, warnings under it, the R×F grid beside the segments' shares,
 * and below them the segment table, the customers picked, the distributions and the map editor.
 */
public final class RfmPanel {

    /** Style class of a square of the R×F grid; its fill is the square's segment colour. */
    public static final String GRID_CELL = "sl-rfm-cell";
    public static final String GRID = "sl-rfm-grid";
    public static final String SEGMENT_TABLE = "sl-rfm-segments";
    public static final String CUSTOMER_TABLE = "sl-rfm-customers";
    public static final String MAP_TABLE = "sl-rfm-map";
    public static final String WARNINGS = "sl-rfm-warnings";
    /** Segment colours the stylesheet defines ({@code -sl-segment-1..12}). */
    private static final int PALETTE_SIZE = 12;

    private final RfmViewModel model;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final StackPane bars = new StackPane();
    private final Label barsNote = new Label();
    private final HBox histograms = new HBox(8);
    /** Built and drawn on one painter thread and kept between runs: a run only gives each a new chart. */
    private final ChartPicture shares;
    private final List<ChartPicture> distributions = new ArrayList<>();
    private final TabPane details = new TabPane();
    private final Tab customersTab = new Tab("Customers");
    private final Label mapMessage = new Label();
    private final TableView<SegmentRule> mapTable;

    public RfmPanel(RfmViewModel model) {
        this.model = model;
        this.mapTable = new TableView<>(model.rules());
        barsNote.getStyleClass().add(Css.NOTE);
        Executor painter = ChartPicture.newPainter();
        this.shares = picture(painter, "rfm-shares");
        for (String name : List.of("rfm-recency", "rfm-frequency", "rfm-monetary")) {
            distributions.add(picture(painter, name));
        }
        root.setTop(new VBox(inputs(), warnings()));
        root.setCenter(results());
        model.segmentationProperty().addListener((obs, old, now) -> show(now));
        show(model.segmentation());
    }

    public Node node() {
        return root;
    }

    // ---- inputs

    private Node inputs() {
        ComboBox<DataSource> source = new ComboBox<>(model.transactionSources());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setPromptText("no transactions source");
        source.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DataSource item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        source.setButtonCell(source.getCellFactory().call(null));

        DatePicker asOf = org.segmentlab.ui.common.IsoDates.apply(new DatePicker());
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOf.setPrefWidth(150);
        asOf.setTooltip(new Tooltip("Recency is counted to this day; empty = the day after the last purchase"));
        model.resultProperty().addListener((obs, old, now) -> asOf.setPromptText(now == null || now.asOf() == null
                ? "day after last" : now.asOf().toString()));
        asOf.setPromptText("day after last");

        Spinner<Integer> bins = new Spinner<>(RfmOptions.MIN_BINS, RfmOptions.MAX_BINS, model.binsProperty().get());
        bins.getValueFactory().valueProperty().bindBidirectional(model.binsProperty());
        bins.setPrefWidth(70);

        ComboBox<CancellationHandling> cancellations = new ComboBox<>();
        cancellations.getItems().setAll(CancellationHandling.values());
        cancellations.valueProperty().bindBidirectional(model.cancellationsProperty());
        cancellations.setConverter(new StringConverter<>() {
            @Override
            public String toString(CancellationHandling value) {
                return value == CancellationHandling.NETTED ? "netted from M" : "excluded";
            }

            @Override
            public CancellationHandling fromString(String text) {
                return null;
            }
        });

        Button run = new Button("Run");
        run.setId("rfm-run");
        run.setDefaultButton(true);
        run.setOnAction(event -> model.run());
        Button stop = new Button("Stop");
        stop.setOnAction(event -> model.cancel());
        stop.disableProperty().bind(model.runningProperty().not());
        Button export = new Button("Export CSV…");
        export.setId("rfm-export");
        export.setTooltip(new Tooltip("customer_id, segment_id, segment_name, recency_days, frequency, monetary"));
        export.setOnAction(event -> model.export());
        export.disableProperty().bind(model.segmentationProperty().isNull());

        FlowPane bar = new FlowPane(14, 6,
                field("Transactions", source),
                field("Customer", columnChoice(model.columnNames(), model.customerColumnProperty())),
                field("Date", columnChoice(model.columnNames(), model.dateColumnProperty())),
                field("Amount", columnChoice(model.optionalColumnNames(), model.amountColumnProperty())),
                field("or Quantity", columnChoice(model.optionalColumnNames(), model.quantityColumnProperty())),
                field("× Price", columnChoice(model.optionalColumnNames(), model.priceColumnProperty())),
                field("Invoice", columnChoice(model.optionalColumnNames(), model.invoiceColumnProperty())),
                field("As of", asOf),
                field("Bins", bins),
                field("Cancellations", cancellations),
                new HBox(6, run, stop, export));
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.getStyleClass().add(Css.PANEL);
        return bar;
    }

    private static ComboBox<String> columnChoice(javafx.collections.ObservableList<String> names,
                                                 javafx.beans.property.StringProperty chosen) {
        ComboBox<String> box = new ComboBox<>(names);
        box.valueProperty().bindBidirectional(chosen);
        box.setPrefWidth(132);
        return box;
    }

    private static Node field(String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add(Css.PANEL_TITLE);
        return new VBox(2, name, control);
    }

    private Node warnings() {
        VBox box = new VBox(4);
        box.getStyleClass().add(WARNINGS);
        box.setPadding(new Insets(0, 14, 0, 14));
        Runnable refresh = () -> {
            List<Node> lines = new ArrayList<>();
            for (String warning : model.warnings()) {
                Label line = new Label("⚠ " + warning);
                line.setWrapText(true);
                line.getStyleClass().add(Css.METRIC_WARNING);
                line.setStyle("-fx-padding: 6 10 6 10; -fx-text-fill: -sl-warning-text;");
                line.setMaxWidth(Double.MAX_VALUE);
                lines.add(line);
            }
            box.getChildren().setAll(lines);
            box.setPadding(lines.isEmpty() ? Insets.EMPTY : new Insets(0, 14, 8, 14));
        };
        model.warnings().addListener((ListChangeListener<String>) change -> refresh.run());
        refresh.run();
        return box;
    }

    // ---- results

    private Node results() {
        grid.getStyleClass().add(GRID);
        grid.setHgap(3);
        grid.setVgap(3);
        VBox gridBox = new VBox(6, title("R × F grid: customers and average spend per square (click one)"), grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        gridBox.getStyleClass().add(Css.PANEL);
        HBox.setHgrow(gridBox, Priority.ALWAYS);
        gridBox.setPrefWidth(700);
        VBox barsBox = new VBox(6, title("Share of customers and of revenue"), bars);
        VBox.setVgrow(bars, Priority.ALWAYS);
        barsBox.getStyleClass().add(Css.PANEL);
        barsBox.setPrefWidth(600);
        HBox.setHgrow(barsBox, Priority.ALWAYS);
        HBox top = new HBox(gridBox, barsBox);

        Tab segmentsTab = new Tab("Segments", segmentTable());
        customersTab.setContent(customerTable());
        histograms.getStyleClass().add(Css.PANEL);
        histograms.getChildren().setAll(distributions);
        distributions.forEach(node -> HBox.setHgrow(node, Priority.ALWAYS));
        Tab distributionsTab = new Tab("Distributions", histograms);
        // the histograms are drawn only while their tab is shown
        distributions.forEach(p -> p.setActive(false));
        distributionsTab.selectedProperty().addListener((obs, was, now) ->
                distributions.forEach(p -> p.setActive(now)));
        Tab mapTab = new Tab("Segment map", mapEditor());
        details.getTabs().setAll(segmentsTab, customersTab, distributionsTab, mapTab);
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(top, details);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.PANEL_TITLE);
        return label;
    }

    /** The share bars' picture, kept between runs. */
    ChartPicture sharesPicture() {
        return shares;
    }

    /** The recency, frequency and monetary histograms' pictures, in that order. */
    List<ChartPicture> distributionPictures() {
        return List.copyOf(distributions);
    }

    private void show(RfmSegmentation segmentation) {
        showGrid(segmentation);
        histograms.setVisible(segmentation != null);
        if (segmentation == null) {
            barsNote.setText(model.runningProperty().get() ? "Computing RFM…"
                    : "Run RFM to see the segments of your customers.");
            bars.getChildren().setAll(barsNote);
            return;
        }
        if (!bars.getChildren().equals(List.of(shares))) {
            bars.getChildren().setAll(shares);
        }
        List<String> names = new ArrayList<>();
        List<Double> customerShare = new ArrayList<>();
        List<Double> revenueShare = new ArrayList<>();
        for (SegmentSummary s : segmentation.summaries()) {
            names.add(s.name());
            customerShare.add(s.customerPercent() / 100);
            revenueShare.add(s.revenuePercent() / 100);
        }
        double[] customers = toArray(customerShare);
        double[] revenue = toArray(revenueShare);
        shares.show(() -> ShareBarsChart.chart(null, names, "% of customers", customers, "% of revenue", revenue));
        RfmResult rfm = segmentation.rfm();
        distributions.get(0).show(() -> Histograms.chart("Recency", "Days since last purchase",
                column(rfm, i -> rfm.recencyDays(i)), 30, false));
        distributions.get(1).show(() -> Histograms.chart("Frequency (log scale)", "Invoices",
                column(rfm, i -> rfm.frequency(i)), 30, true));
        distributions.get(2).show(() -> Histograms.chart("Monetary (log scale)", "Spend",
                column(rfm, i -> rfm.monetary(i)), 30, true));
    }

    /** One value per customer, read on the painter's thread: the result does not change once computed. */
    private static double[] column(RfmResult rfm, java.util.function.IntToDoubleFunction value) {
        double[] values = new double[rfm.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.applyAsDouble(i);
        }
        return values;
    }

    private ChartPicture picture(Executor painter, String fileName) {
        ChartPicture picture = new ChartPicture(painter);
        picture.setMinSize(200, 140);
        picture.setPrefSize(400, 260);
        picture.setOnSave(maker -> model.exportChart(maker, fileName));
        return picture;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Recency score across (1 = longest ago), frequency score up, as the usual RFM grid is drawn. */
    private void showGrid(RfmSegmentation segmentation) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        if (segmentation == null) {
            return;
        }
        RfmGrid cells = segmentation.grid();
        int bins = cells.bins();
        ColumnConstraints axis = new ColumnConstraints(28);
        grid.getColumnConstraints().add(axis);
        for (int i = 0; i < bins; i++) {
            ColumnConstraints column = new ColumnConstraints(40, 100, Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints(24, 50, Double.MAX_VALUE);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        grid.getRowConstraints().add(new RowConstraints(20));
        for (RfmGridCell cell : cells.cells()) {
            Label square = new Label(cellText(cell));
            square.getStyleClass().add(GRID_CELL);
            square.setWrapText(true);
            square.setAlignment(Pos.CENTER);
            square.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            square.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            square.setStyle("-fx-background-color: " + fill(cell.segmentId()) + "; -fx-background-radius: 3;"
                    + " -fx-text-fill: -sl-text; -fx-font-size: 11px; -fx-cursor: hand;");
            square.setTooltip(new Tooltip(String.format(Locale.US, "R %d, F %d: %s%n%,d customers, average spend %s",
                    cell.r(), cell.f(), cell.segment(), cell.customers(),
                    Double.isNaN(cell.meanMonetary()) ? "–" : Money.format(cell.meanMonetary()))));
            square.getProperties().put("r", cell.r());
            square.getProperties().put("f", cell.f());
            square.setOnMouseClicked(event -> {
                model.selectCell(cell.r(), cell.f());
                details.getSelectionModel().select(customersTab);
            });
            grid.add(square, cell.r(), bins - cell.f());
        }
        for (int i = 1; i <= bins; i++) {
            Label f = new Label("F" + i);
            f.getStyleClass().add(Css.NOTE);
            grid.add(f, 0, bins - i);
            Label r = new Label("R" + i);
            r.getStyleClass().add(Css.NOTE);
            r.setMaxWidth(Double.MAX_VALUE);
            r.setAlignment(Pos.CENTER);
            grid.add(r, i, bins);
        }
    }

    private static String cellText(RfmGridCell cell) {
        String spend = Double.isNaN(cell.meanMonetary()) ? "–" : "avg " + String.format(Locale.US, "%,.0f",
                cell.meanMonetary());
        return cell.segment() + "\n" + String.format(Locale.US, "%,d", cell.customers()) + " · " + spend;
    }

    /** Segment colours from the stylesheet, lightened so the text stays readable. */
    static String fill(int segmentId) {
        if (segmentId == RfmGridCell.MIXED) {
            return "-sl-cell-noise";
        }
        if (segmentId == 0) {
            return "-sl-surface";
        }
        // a tint the theme picks, so the theme's text reads on it
        return "-sl-cell-" + ((segmentId - 1) % PALETTE_SIZE + 1);
    }

    // ---- tables

    private Node segmentTable() {
        TableView<SegmentRow> table = new TableView<>(model.segments());
        table.getStyleClass().add(SEGMENT_TABLE);
        table.setPlaceholder(new Label("Run RFM to see its segments here."));
        table.setEditable(true);
        table.getColumns().add(text("Segment", 170, row -> row.name()));
        table.getColumns().add(number("Customers", row -> String.format(Locale.US, "%,d", row.summary().customers())));
        table.getColumns().add(number("% customers", row -> percent(row.summary().customerPercent())));
        table.getColumns().add(number("Revenue", row -> String.format(Locale.US, "%,.0f", row.summary().revenue())));
        table.getColumns().add(number("% revenue", row -> percent(row.summary().revenuePercent())));
        table.getColumns().add(number("Avg R (days)", row -> decimal(row.summary().meanRecencyDays(), "%.0f")));
        table.getColumns().add(number("Avg F", row -> decimal(row.summary().meanFrequency(), "%.1f")));
        table.getColumns().add(number("Avg M", row -> decimal(row.summary().meanMonetary(), "%,.0f")));
        // with a value model (the Value step's fit): each segment's lifetime value
        table.getColumns().addAll(org.segmentlab.ui.common.SegmentValueColumns.of(SegmentRow::name,
                model.segmentValuesProperty()));
        TableColumn<SegmentRow, String> action = new TableColumn<>("Recommended action (double-click to edit)");
        action.setCellValueFactory(cell -> cell.getValue().actionProperty());
        action.setCellFactory(org.segmentlab.ui.common.TextCells.editableWithTooltip());
        action.setEditable(true);
        action.setPrefWidth(470);
        table.getColumns().add(action);
        org.segmentlab.ui.common.TableHeaders.fit(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectSegment(now.id());
            }
        });
        return table;
    }

    private Node customerTable() {
        TableView<CustomerRfm> table = new TableView<>(model.selectedCustomers());
        table.getStyleClass().add(CUSTOMER_TABLE);
        table.setPlaceholder(new Label("Click a segment in the table or a square of the grid to list its customers."));
        table.getColumns().add(text("Customer", 120, CustomerRfm::customerId));
        table.getColumns().add(number("Recency (days)", c -> Integer.toString(c.recencyDays())));
        table.getColumns().add(number("Frequency", c -> Integer.toString(c.frequency())));
        table.getColumns().add(number("Monetary", c -> Money.format(c.monetary())));
        table.getColumns().add(number("R score", c -> Integer.toString(c.rScore())));
        table.getColumns().add(number("F score", c -> Integer.toString(c.fScore())));
        table.getColumns().add(number("M score", c -> Integer.toString(c.mScore())));
        table.getColumns().add(text("Cell", 70, CustomerRfm::cell));
        table.getColumns().add(text("Segment", 170, CustomerRfm::segment));
        org.segmentlab.ui.common.TableHeaders.fit(table);
        Label heading = title("");
        heading.textProperty().bind(model.selectionTitleProperty());
        VBox box = new VBox(6, heading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node mapEditor() {
        TableView<SegmentRule> table = mapTable;
        table.getStyleClass().add(MAP_TABLE);
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getColumns().add(editable("Segment", 170, SegmentRule::name, (r, v) ->
                new SegmentRule(v, r.rMin(), r.rMax(), r.fMin(), r.fMax(), r.mMin(), r.mMax(), r.action())));
        table.getColumns().add(score("R min", SegmentRule::rMin, (r, v) ->
                new SegmentRule(r.name(), required(v), r.rMax(), r.fMin(), r.fMax(), r.mMin(), r.mMax(), r.action())));
        table.getColumns().add(score("R max", SegmentRule::rMax, (r, v) ->
                new SegmentRule(r.name(), r.rMin(), required(v), r.fMin(), r.fMax(), r.mMin(), r.mMax(), r.action())));
        table.getColumns().add(score("F min", SegmentRule::fMin, (r, v) ->
                new SegmentRule(r.name(), r.rMin(), r.rMax(), required(v), r.fMax(), r.mMin(), r.mMax(), r.action())));
        table.getColumns().add(score("F max", SegmentRule::fMax, (r, v) ->
                new SegmentRule(r.name(), r.rMin(), r.rMax(), r.fMin(), required(v), r.mMin(), r.mMax(), r.action())));
        table.getColumns().add(score("M min", SegmentRule::mMin, (r, v) ->
                new SegmentRule(r.name(), r.rMin(), r.rMax(), r.fMin(), r.fMax(), v, r.mMax(), r.action())));
        table.getColumns().add(score("M max", SegmentRule::mMax, (r, v) ->
                new SegmentRule(r.name(), r.rMin(), r.rMax(), r.fMin(), r.fMax(), r.mMin(), v, r.action())));
        TableColumn<SegmentRule, String> action = editable("Action", 460, SegmentRule::action, (r, v) ->
                new SegmentRule(r.name(), r.rMin(), r.rMax(), r.fMin(), r.fMax(), r.mMin(), r.mMax(), v));
        table.getColumns().add(action);

        Button add = new Button("Add rule");
        add.setOnAction(event -> {
            model.addRule();
            table.getSelectionModel().selectLast();
        });
        Button remove = new Button("Remove");
        remove.setOnAction(event -> at(table, model::removeRule));
        Button up = new Button("Move up");
        up.setOnAction(event -> {
            int i = table.getSelectionModel().getSelectedIndex();
            at(table, model::moveRuleUp);
            table.getSelectionModel().select(Math.max(0, i - 1));
        });
        Button down = new Button("Move down");
        down.setOnAction(event -> {
            int i = table.getSelectionModel().getSelectedIndex();
            at(table, model::moveRuleDown);
            table.getSelectionModel().select(Math.min(model.rules().size() - 1, i + 1));
        });
        Button reset = new Button("Reset to default");
        reset.setOnAction(event -> model.resetMap());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        Label hint = new Label("The first rule that matches wins; customers who match no rule go to Others. "
                + "Empty M min/max = any M. Changes apply at once.");
        hint.getStyleClass().add(Css.NOTE);
        mapMessage.setStyle("-fx-text-fill: -sl-negative;");
        model.mapProblemProperty().addListener((obs, old, now) -> mapMessage.setText(now == null ? "" : now));
        HBox buttons = new HBox(6, add, remove, up, down, reset, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, buttons, mapMessage, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static int required(Integer value) {
        if (value == null) {
            throw new IllegalArgumentException("R and F ranges need both ends");
        }
        return value;
    }

    private static void at(TableView<SegmentRule> table, java.util.function.IntConsumer action) {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            action.accept(index);
        }
    }

    private TableColumn<SegmentRule, String> editable(String title, double width,
                                                      Function<SegmentRule, String> value,
                                                      java.util.function.BiFunction<SegmentRule, String, SegmentRule> with) {
        TableColumn<SegmentRule, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(event -> commit(event.getTablePosition().getRow(), event.getRowValue(),
                rule -> with.apply(rule, event.getNewValue())));
        return column;
    }

    private TableColumn<SegmentRule, Integer> score(String title, Function<SegmentRule, Integer> value,
                                                    java.util.function.BiFunction<SegmentRule, Integer, SegmentRule> with) {
        TableColumn<SegmentRule, Integer> column = new TableColumn<>(title);
        column.setPrefWidth(64);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Integer score) {
                return score == null ? "" : score.toString();
            }

            @Override
            public Integer fromString(String text) {
                String t = text == null ? "" : text.strip();
                try {
                    return t.isEmpty() ? null : Integer.valueOf(t);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }));
        column.setOnEditCommit(event -> commit(event.getTablePosition().getRow(), event.getRowValue(),
                rule -> with.apply(rule, event.getNewValue())));
        return column;
    }

    private void commit(int index, SegmentRule rule, Function<SegmentRule, SegmentRule> change) {
        try {
            model.updateRule(index, change.apply(rule));
        } catch (IllegalArgumentException e) {
            // The rule itself is not valid (e.g. a range upside down): the map stays as it was.
            mapMessage.setText(e.getMessage());
            mapTable.refresh();
        }
    }

    private static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static <T> TableColumn<T, String> number(String title, Function<T, String> value) {
        TableColumn<T, String> column = text(title, 96, value);
        column.getStyleClass().add(Css.NUMERIC_CELL);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static String percent(double value) {
        return String.format(Locale.US, "%.1f%%", value);
    }

    private static String decimal(double value, String format) {
        return Double.isNaN(value) ? "–" : String.format(Locale.US, format, value);
    }

}
