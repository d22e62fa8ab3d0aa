package org.segmentlab.ui.value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.CustomerValues;
import org.segmentlab.core.clv.FittedPurchaseModel;
import org.segmentlab.core.clv.FittedSpendModel;
import org.segmentlab.core.clv.HoldoutCheck;
import org.segmentlab.core.clv.PurchaseModelKind;
import org.segmentlab.core.clv.TimeUnit;
import org.segmentlab.core.clv.SegmentValues;
import org.segmentlab.core.clv.SupervisedComparison;
import org.segmentlab.core.clv.ValueMatrix;
import org.segmentlab.report.charts.Histograms;
import org.segmentlab.report.charts.ValueCharts;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.IsoDates;
import org.segmentlab.ui.common.TableHeaders;
import org.segmentlab.ui.common.TextCells;
import org.segmentlab.ui.data.DataSource;

/** The Value step's nodes: the settings and Fit on the left; the fit, the CLV distribution and the customers on the right. */
final class ValueView {

    static final String FIT_BUTTON = "value-fit";
    static final String PARAMETERS = "value-parameters";
    static final String CUSTOMER_TABLE = "sl-value-customers";
    /** Customers listed at most, the most valuable first. */
    static final int LISTED = 1_000;

    /** One customer of the list. */
    record Row(String id, double pAlive, double expectedPurchases, double clv) {
    }

    private final ValueViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartPicture distribution;
    private final ChartPicture alive;
    private final ChartPicture purchases;
    private final ChartPicture tracking;
    private final ChartPicture bySegment;
    private final ChartPicture holdoutBars;
    private final ComboBox<String> segmentColumn = new ComboBox<>();
    private final ComboBox<String> segmentMeasure = new ComboBox<>();
    private final Label parameters = new Label();
    private final TableView<Row> customers = new TableView<>();
    private final TableView<HoldoutCheck.FrequencyRow> holdout = new TableView<>();

    ValueView(ValueViewModel model, Executor painter) {
        this.model = model;
        this.distribution = new ChartPicture(painter);
        this.alive = new ChartPicture(painter);
        this.purchases = new ChartPicture(painter);
        this.tracking = new ChartPicture(painter);
        this.bySegment = new ChartPicture(painter);
        this.holdoutBars = new ChartPicture(painter);
        root.setLeft(form());
        root.setCenter(results());
        model.resultProperty().addListener((obs, old, now) -> show(now));
        model.segmentValuesProperty().addListener((obs, old, now) -> showSegments());
        segmentMeasure.valueProperty().addListener((obs, old, now) -> showSegments());
        show(model.result());
    }

    Parent root() {
        return root;
    }

    private Node form() {
        ComboBox<DataSource> source = new ComboBox<>(model.sources());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        DatePicker asOf = IsoDates.apply(new DatePicker());
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOf.setPromptText("automatic");
        asOf.setTooltip(new javafx.scene.control.Tooltip("The end of the period the model learns from; empty: the "
                + "day after the last purchase"));
        DatePicker holdoutEnd = IsoDates.apply(new DatePicker());
        holdoutEnd.valueProperty().bindBidirectional(model.holdoutEndProperty());
        holdoutEnd.setPromptText("none");
        holdoutEnd.setTooltip(new javafx.scene.control.Tooltip("Purchases after the as-of day up to this day are "
                + "kept out of the fit and compared with what it expects"));
        ComboBox<TimeUnit> unit = new ComboBox<>();
        unit.getItems().setAll(TimeUnit.values());
        unit.valueProperty().bindBidirectional(model.timeUnitProperty());
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TimeUnit u) {
                return u == null ? "" : u.name().charAt(0) + u.name().substring(1).toLowerCase(Locale.ROOT) + "s";
            }

            @Override
            public TimeUnit fromString(String s) {
                return null;
            }
        });
        ComboBox<PurchaseModelKind> kind = new ComboBox<>();
        kind.getItems().setAll(PurchaseModelKind.values());
        kind.valueProperty().bindBidirectional(model.modelProperty());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PurchaseModelKind k) {
                return k == null ? "" : name(k);
            }

            @Override
            public PurchaseModelKind fromString(String s) {
                return null;
            }
        });
        Button fit = new Button("Fit");
        fit.setId(FIT_BUTTON);
        fit.getStyleClass().add("accent");
        fit.disableProperty().bind(model.runningProperty());
        fit.setOnAction(event -> model.fit());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int r = 0;
        grid.addRow(r++, label("Transactions"), source);
        grid.addRow(r++, label("As of"), asOf);
        grid.addRow(r++, label("Holdout until"), holdoutEnd);
        grid.addRow(r++, label("Time unit"), unit);
        grid.addRow(r, label("Purchase model"), kind);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add(Css.NOTE);
        parameters.setId(PARAMETERS);
        parameters.setWrapText(true);
        VBox box = new VBox(10, grid, new javafx.scene.layout.HBox(8, fit, cancel), status, parameters);
        box.setPadding(new Insets(10));
        // long notes (a fit at its edge says a lot) scroll rather than being cut off
        for (Label text : List.of(status, parameters)) {
            text.setMinHeight(Region.USE_PREF_SIZE);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(330);
        scroll.setMinWidth(300);
        scroll.getStyleClass().add(Css.PANEL);
        return scroll;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node results() {
        TableColumn<Row, String> id = new TableColumn<>("Customer");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        id.setCellFactory(TextCells.withTooltip());
        TableColumn<Row, String> alive = new TableColumn<>("P(alive)");
        alive.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%.2f", c.getValue().pAlive())));
        TableColumn<Row, String> purchases = new TableColumn<>("Expected purchases");
        purchases.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%.2f",
                c.getValue().expectedPurchases())));
        TableColumn<Row, String> clv = new TableColumn<>("CLV");
        clv.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%,.2f", c.getValue().clv())));
        for (TableColumn<Row, String> c : List.of(alive, purchases, clv)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        customers.getColumns().setAll(List.of(id, alive, purchases, clv));
        customers.getStyleClass().add(CUSTOMER_TABLE);
        customers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        customers.setPlaceholder(new Label("Fit the model to list each customer's value."));
        TableHeaders.fit(customers);

        TableColumn<HoldoutCheck.FrequencyRow, String> group = new TableColumn<>("Purchases before");
        group.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        TableColumn<HoldoutCheck.FrequencyRow, String> count = new TableColumn<>("Customers");
        count.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%,d",
                c.getValue().customers())));
        TableColumn<HoldoutCheck.FrequencyRow, String> actual = new TableColumn<>("Actual in holdout");
        actual.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%.2f", c.getValue().actual())));
        TableColumn<HoldoutCheck.FrequencyRow, String> expected = new TableColumn<>("Expected");
        expected.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%.2f",
                c.getValue().expected())));
        for (TableColumn<HoldoutCheck.FrequencyRow, String> c : List.of(count, actual, expected)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        holdout.getColumns().setAll(List.of(group, count, actual, expected));
        holdout.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        holdout.setPlaceholder(new Label("Set a holdout end and fit to compare the model with what customers did."));
        TableHeaders.fit(holdout);

        Tab distributionTab = chartTab("Distribution", distribution, "Fit the model to see how customer lifetime "
                + "value spreads.", model.resultProperty().isNull());
        Tab aliveTab = chartTab("P(alive)", this.alive, "Fit the model to see who is likely still buying, by "
                + "purchases and recency.", model.aliveMatrixProperty().isNull());
        Tab purchasesTab = chartTab("Purchases", this.purchases, "Fit the model to see the purchases it expects, by "
                + "purchases and recency.", model.aliveMatrixProperty().isNull());
        Tab trackingTab = chartTab("Tracking", tracking, "Set a holdout end and fit to follow the model against the "
                + "purchases made after the as-of day.", javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.result() == null || model.result().holdout() == null, model.resultProperty()));
        Tab segmentTab = chartTab("By segment", bySegment, "", model.segmentValuesProperty().isNull());
        segmentTab.setContent(segmentPane((Node) segmentTab.getContent()));
        Tab holdoutChartTab = chartTab("Holdout", holdoutBars, "Set a holdout end and fit to compare the model with "
                + "what customers did after the as-of day.", javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.result() == null || model.result().holdout() == null, model.resultProperty()));
        holdout.setPrefHeight(200);
        holdout.setMinHeight(120);
        javafx.scene.control.SplitPane holdoutSplit = new javafx.scene.control.SplitPane(holdoutChartTab.getContent(),
                holdout);
        holdoutSplit.setOrientation(javafx.geometry.Orientation.VERTICAL);
        holdoutSplit.setDividerPositions(0.62);
        holdoutChartTab.setContent(holdoutSplit);
        Tab holdoutTab = holdoutChartTab;
        Tab customersTab = new Tab("Customers", customers);
        distribution.setActive(true);
        Tab compareTab = new Tab("Compare", comparePane());
        TabPane tabs = new TabPane(distributionTab, aliveTab, purchasesTab, trackingTab, holdoutTab, segmentTab,
                compareTab, customersTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(tabs);
        box.getStyleClass().add(Css.PANEL);
        return box;
    }

    /** A tab with a chart, drawn only while the tab shows, and a placeholder while there is nothing to draw. */
    private static Tab chartTab(String title, ChartPicture picture, String emptyText,
                                javafx.beans.value.ObservableBooleanValue empty) {
        Label placeholder = new Label(emptyText);
        placeholder.getStyleClass().add(Css.PLACEHOLDER_TEXT);
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(420);
        placeholder.visibleProperty().bind(empty);
        picture.visibleProperty().bind(javafx.beans.binding.Bindings.not(empty));
        javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane(placeholder, picture);
        pane.setMinSize(0, 0);
        Tab tab = new Tab(title, pane);
        tab.selectedProperty().addListener((obs, was, now) -> picture.setActive(now));
        return tab;
    }

    /** The CLV by segment chart with the choice of segments (where the project has both kinds) and of measure. */
    private Node segmentPane(Node chart) {
        Label placeholder = (Label) ((javafx.scene.layout.StackPane) chart).getChildren().get(0);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.result() == null
                ? "Fit the model to see the lifetime value of each segment."
                : "Segment the customers in the RFM or Clusters step to see the lifetime value of each segment.",
                model.resultProperty()));
        segmentColumn.setItems(model.segmentColumns());
        segmentColumn.valueProperty().bindBidirectional(model.segmentColumnProperty());
        segmentColumn.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String column) {
                return column == null ? "" : ValueViewModel.segmentColumnName(column);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        segmentColumn.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.segmentColumns()).greaterThan(1));
        segmentColumn.managedProperty().bind(segmentColumn.visibleProperty());
        segmentMeasure.getItems().setAll(TOTAL_CLV, MEAN_CLV);
        segmentMeasure.setValue(TOTAL_CLV);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, label("Show"), segmentMeasure, segmentColumn);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 0, 8));
        bar.visibleProperty().bind(model.segmentValuesProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        BorderPane pane = new BorderPane(chart);
        pane.setTop(bar);
        return pane;
    }

    static final String COMPARE_BUTTON = "value-compare";

    /** The supervised comparison: a button, what it does, and the table of the three methods. */
    private Node comparePane() {
        Button compare = new Button("Compare with a regression");
        compare.setId(COMPARE_BUTTON);
        compare.disableProperty().bind(model.comparingProperty().or(model.runningProperty())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.result() == null
                        || model.result().holdout() == null, model.resultProperty())));
        compare.setOnAction(event -> model.compare());
        Button stop = new Button("Cancel");
        stop.disableProperty().bind(model.comparingProperty().not());
        stop.setOnAction(event -> model.cancelComparison());
        Label about = new Label("A gradient-boosted regression learns each customer's spend in a period like the "
                + "holdout from what they did before it, one period earlier; it then predicts the holdout, as the value "
                + "model does. Both, and the spend of the period before as a yardstick, are measured against what "
                + "customers spent: mean absolute error (MAE) per customer, rank correlation (Spearman) and the share of "
                + "the spend made by the tenth of customers each ranks highest.");
        about.setWrapText(true);
        about.getStyleClass().add(Css.NOTE);
        Label status = new Label();
        status.textProperty().bind(model.comparisonStatusProperty());
        status.setWrapText(true);
        TableView<SupervisedComparison.Method> table = new TableView<>();
        TableColumn<SupervisedComparison.Method, String> method = new TableColumn<>("Method");
        method.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        method.setCellFactory(TextCells.withTooltip());
        method.setPrefWidth(240);
        method.setMinWidth(180);
        TableColumn<SupervisedComparison.Method, String> predicted = new TableColumn<>("Predicted spend");
        predicted.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%,.0f",
                c.getValue().predictedSpend())));
        TableColumn<SupervisedComparison.Method, String> mae = new TableColumn<>("MAE");
        mae.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%,.2f", c.getValue().mae())));
        TableColumn<SupervisedComparison.Method, String> rank = new TableColumn<>("Spearman");
        rank.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%.3f",
                c.getValue().spearman())));
        TableColumn<SupervisedComparison.Method, String> top = new TableColumn<>("Top 10% capture");
        top.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%.1f%%",
                100 * c.getValue().topDecileCapture())));
        for (TableColumn<SupervisedComparison.Method, String> c : List.of(predicted, mae, rank, top)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        table.getColumns().setAll(List.of(method, predicted, mae, rank, top));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("Fit with a holdout end, then Compare."));
        TableHeaders.fit(table);
        // three methods, no scrolling
        table.setFixedCellSize(36);
        table.setPrefHeight(36 * 3 + 44);
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.comparisonProperty().addListener((obs, old, now) -> table.getItems().setAll(now == null ? List.of()
                : now.methods()));
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(8, compare, stop);
        VBox box = new VBox(10, about, buttons, status, table);
        box.setPadding(new Insets(10));
        return box;
    }

    static final String TOTAL_CLV = "Total CLV";
    static final String MEAN_CLV = "Mean CLV per customer";

    private void showSegments() {
        SegmentValues values = model.segmentValuesProperty().get();
        if (values == null) {
            return;
        }
        boolean mean = MEAN_CLV.equals(segmentMeasure.getValue());
        String column = model.segmentColumnProperty().get();
        ClvResult result = model.result();
        String title = (mean ? "Mean" : "Total") + " lifetime value by segment over the next "
                + Math.round(result.options().horizonDays()) + " days";
        bySegment.setTips(mark -> ValueCharts.segmentTip(values, mean, mark));
        String about = ValueViewModel.segmentColumnName(column) + (mean ? "" : " · each bar labelled with its share of "
                + "all CLV");
        bySegment.show(() -> ValueCharts.bySegment(title, about, values, mean));
    }

    private void show(ClvResult result) {
        if (result == null) {
            parameters.setText("");
            customers.getItems().clear();
            holdout.getItems().clear();
            return;
        }
        parameters.setText(describe(result));
        CustomerValues values = result.values();
        List<Row> rows = new ArrayList<>(values.size());
        double[] clv = new double[values.size()];
        for (int i = 0; i < values.size(); i++) {
            rows.add(new Row(values.customerId(i), values.pAlive(i), values.expectedPurchases(i), values.clv(i)));
            clv[i] = values.clv(i);
        }
        rows.sort(Comparator.comparingDouble(Row::clv).reversed());
        customers.getItems().setAll(rows.subList(0, Math.min(LISTED, rows.size())));
        holdout.getItems().setAll(result.holdout() == null ? List.of() : result.holdout().byFrequency());
        boolean log = java.util.Arrays.stream(clv).filter(v -> v > 0).count() > clv.length / 2;
        String unit = result.summary().unit().label() + "s";
        ValueMatrix aliveMatrix = model.aliveMatrixProperty().get();
        ValueMatrix purchasesMatrix = model.purchasesMatrixProperty().get();
        long horizon = Math.round(result.options().horizonDays());
        String expectedLabel = "Purchases expected in the next " + horizon + " days";
        if (aliveMatrix != null) {
            alive.setTips(mark -> ValueCharts.matrixTip(aliveMatrix, "P(alive)", unit, 2, mark));
            alive.show(() -> ValueCharts.matrix("P(alive): how likely a customer is still buying", "P(alive)", unit,
                    aliveMatrix, 1));
            purchases.setTips(mark -> ValueCharts.matrixTip(purchasesMatrix, expectedLabel, unit, 2, mark));
            purchases.show(() -> ValueCharts.matrix(expectedLabel, "Expected purchases", unit, purchasesMatrix,
                    Double.NaN));
        }
        HoldoutCheck check = result.holdout();
        if (check != null) {
            holdoutBars.setTips(mark -> ValueCharts.holdoutTip(check.byFrequency(), mark));
            holdoutBars.show(() -> ValueCharts.holdoutByFrequency("Purchases in the holdout by purchases before: "
                    + "actual and model", check.byFrequency()));
            LocalDate asOf = result.summary().asOf();
            tracking.setTips(mark -> ValueCharts.trackingTip(check.tracking(), asOf, mark));
            tracking.show(() -> ValueCharts.tracking("Cumulative repeat purchases, week by week: actual and model",
                    check.tracking(), asOf));
        }
        showSegments();
        double[] drawn = positive(clv, log);
        String title = drawn.length > 0 ? "Customer lifetime value over the next "
                + Math.round(result.options().horizonDays()) + " days"
                : "This fit values no customer: its notes say why (Pareto/NBD may value them)";
        distribution.show(() -> Histograms.chart(title, "CLV", drawn, 40, log));
    }

    /**
     * With a log axis only the positive values can be drawn; the others are said in the status. A
     * customer the model cannot value (NaN) is never drawn.
     */
    private static double[] positive(double[] values, boolean log) {
        return java.util.Arrays.stream(values).filter(v -> Double.isFinite(v) && (!log || v > 0)).toArray();
    }

    /** Three decimals, or three significant digits for a parameter at the edge of the fit (1.49e+11). */
    static String number(double v) {
        return Math.abs(v) >= 1e6 ? String.format(Locale.US, "%.3g", v) : String.format(Locale.US, "%.3f", v);
    }

    /** The model as papers and analysts name it. */
    static String name(PurchaseModelKind kind) {
        return kind == PurchaseModelKind.PARETO_NBD ? "Pareto/NBD" : "BG/NBD";
    }

    /** The fitted parameters with their standard errors, and the notes, in words. */
    static String describe(ClvResult result) {
        FittedPurchaseModel purchases = result.purchaseModel();
        StringBuilder sb = new StringBuilder(name(purchases.kind())).append(" per ")
                .append(purchases.unit().name().toLowerCase(Locale.ROOT)).append(": ");
        String[] names = purchases.kind().parameterNames();
        double[] p = purchases.parameters();
        double[] se = purchases.standardErrors();
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(names[i]).append(' ').append(number(p[i]));
            if (se != null && i < se.length && Double.isFinite(se[i])) {
                sb.append(" (± ").append(number(se[i])).append(')');
            }
        }
        sb.append(String.format(Locale.US, "; log-likelihood %.1f on %,d customers.", purchases.logLikelihood(),
                purchases.customers()));
        FittedSpendModel spend = result.spendModel();
        if (spend != null) {
            sb.append(String.format(Locale.US, "%nGamma-Gamma spend: p %.3f, q %.3f, γ %.3f on %,d repeat customers.",
                    spend.p(), spend.q(), spend.gamma(), spend.customers()));
        }
        if (result.holdout() != null) {
            sb.append(String.format(Locale.US, "%nHoldout of %d days: %,d purchases, %.1f expected (mean absolute "
                    + "error %.2f per customer).", result.holdout().days(), result.holdout().actual(),
                    result.holdout().expected(), result.holdout().mae()));
        }
        for (String note : purchases.notes()) {
            sb.append(System.lineSeparator()).append(note);
        }
        return sb.toString();
    }
}
