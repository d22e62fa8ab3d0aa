package org.segmentlab.ui.customers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.awt.Font;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.segmentlab.ui.common.NumberText;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableCsv;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.FeatureFamily;
import org.segmentlab.core.features.prep.FeatureDiagnostics;
import org.segmentlab.core.features.prep.FeatureSummary;
import org.segmentlab.core.features.prep.PrepStep;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.report.charts.CorrelationHeatmapChart;
import org.segmentlab.report.charts.Histograms;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.StepHeader;
import org.segmentlab.ui.data.RowIndexList;
import org.segmentlab.ui.data.SourceKinds;

/**
 * The Customers step's screen: sources, period and feature picker on the left; on the right, in
 * tabs, the customer table over the chosen feature's distribution, the correlations, the
 * preparation steps and the warnings.
 */
public final class CustomersView {

    private static final double ROW_HEIGHT = 28;
    /** Smallest heatmap cell, in pixels, and the room for the feature names, title and colour bar around the cells. */
    private static final double MIN_CELL = 16;
    private static final double HEATMAP_LABELS = 150;
    private static final double HEATMAP_LEGEND = 80;
    private static final int STRONGEST_PAIRS = 30;

    private final CustomersViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<Integer> tableView = new TableView<>();
    private final TreeView<String> picker = new TreeView<>();
    private final Map<String, FeatureChoice> choicesByName = new HashMap<>();
    private final VBox distribution = new VBox(8);
    private final StackPane heatmap = new StackPane();
    /** Draws the distribution and the heatmap off the JavaFX thread, for the current theme. */
    private final java.util.concurrent.Executor painter = ChartPicture.newPainter();
    private final ScrollPane heatmapScroll = new ScrollPane();
    private final ListView<CorrelatedPair> pairs = new ListView<>();
    private final Label heatmapNote = new Label();
    /** Held here: a bidirectional binding holds its ends only weakly. */
    private final ObjectProperty<Integer> windowDays;
    private final ObjectProperty<Integer> sessionGap;

    public CustomersView(CustomersViewModel model) {
        this.model = model;
        this.windowDays = model.windowDaysProperty().asObject();
        this.sessionGap = model.sessionGapMinutesProperty().asObject();
        root.getStyleClass().add(Css.STEP_CONTENT);
        root.setTop(header());
        SplitPane split = new SplitPane(sidePanel(), workArea());
        split.setDividerPositions(0.25);
        root.setCenter(split);
        model.tableProperty().addListener((obs, old, now) -> showTable(now));
        model.selectedFeatureProperty().addListener((obs, old, now) -> showDistribution());
        model.features().addListener((ListChangeListener<FeatureChoice>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= !change.wasUpdated();
            }
            if (structural) {
                rebuildPicker();
            }
        });
        rebuildPicker();
        showTable(model.table());
    }

    public Node node() {
        return root;
    }

    /** The customer table, for tests. */
    public TableView<Integer> table() {
        return tableView;
    }

    private Node header() {
        Button build = new Button("Build table", Icon.TABLE.node(14));
        build.getStyleClass().add(Styles.ACCENT);
        build.setId("customers-build");
        build.setOnAction(event -> model.build());
        build.disableProperty().bind(model.buildingProperty());
        Button cancel = new Button("Cancel", Icon.CANCEL.node(14));
        cancel.setId("customers-cancel");
        cancel.setOnAction(event -> model.cancelBuild());
        cancel.visibleProperty().bind(model.buildingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.buildingProperty());
        working.managedProperty().bind(working.visibleProperty());
        Button export = new Button("Export CSV…", Icon.EXPORT.node(14));
        export.setId("customers-export");
        export.setOnAction(event -> model.export());
        export.disableProperty().bind(model.tableProperty().isNull());
        for (Button button : List.of(build, cancel, export)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        return StepHeader.of("Customers", "One row per customer from the data sources: purchases, behaviour and "
                + "attributes as of the day you choose, over the window before it.", working, cancel, build, export);
    }

    // ---- left: sources, period, features

    private Node sidePanel() {
        Label sourcesTitle = new Label("Sources");
        sourcesTitle.getStyleClass().add(Css.PANEL_TITLE);
        VBox sources = new VBox(6);
        sources.setId("customers-sources");
        Runnable showSources = () -> sources.getChildren().setAll(model.sourceUses().stream()
                .map(CustomersView::sourceRow).toList());
        model.sourceUses().addListener((ListChangeListener<SourceUse>) change -> showSources.run());
        showSources.run();
        Label periodTitle = new Label("Period");
        periodTitle.getStyleClass().add(Css.PANEL_TITLE);
        DatePicker asOf = org.segmentlab.ui.common.IsoDates.apply(new DatePicker());
        asOf.setId("customers-as-of");
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOf.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> window = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                CustomerTableWindow.MAX_WINDOW_DAYS, windowDays.get()));
        window.setId("customers-window");
        window.setEditable(true);
        window.getValueFactory().valueProperty().bindBidirectional(windowDays);
        window.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> gap = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 24 * 60,
                sessionGap.get(), 5));
        gap.setId("customers-session-gap");
        gap.setEditable(true);
        gap.getValueFactory().valueProperty().bindBidirectional(sessionGap);
        gap.setMaxWidth(Double.MAX_VALUE);
        GridPane period = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        period.getColumnConstraints().addAll(labels, new ColumnConstraints());
        period.setHgap(10);
        period.setVgap(6);
        period.addRow(0, new Label("As of"), asOf);
        period.addRow(1, new Label("Window (days)"), window);
        period.addRow(2, new Label("Session gap (min)"), gap);
        GridPane.setHgrow(asOf, Priority.ALWAYS);
        GridPane.setHgrow(window, Priority.ALWAYS);
        GridPane.setHgrow(gap, Priority.ALWAYS);
        CheckBox inactive = new CheckBox("Include customers without activity");
        inactive.setId("customers-include-inactive");
        inactive.selectedProperty().bindBidirectional(model.includeInactiveProperty());
        inactive.setTooltip(new Tooltip("Customers of the attribute file with no purchase or event in the window "
                + "get a row too (zero counts, no recency)"));
        period.add(inactive, 0, 3, 2, 1);
        Label periodNote = new Label();
        periodNote.getStyleClass().add(Css.NOTE);
        periodNote.setWrapText(true);
        periodNote.setMinHeight(Region.USE_PREF_SIZE);
        periodNote.textProperty().bind(Bindings.createStringBinding(() -> describePeriod(),
                model.asOfProperty(), model.windowDaysProperty()));

        Label featuresTitle = new Label("Features");
        featuresTitle.getStyleClass().add(Css.PANEL_TITLE);
        picker.setId("customers-features");
        picker.setShowRoot(false);
        picker.setCellFactory(view -> new FeatureCell());
        picker.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && choicesByName.containsKey(now.getValue())) {
                model.selectedFeatureProperty().set(now.getValue());
            }
        });
        VBox.setVgrow(picker, Priority.ALWAYS);
        VBox panel = new VBox(8, sourcesTitle, sources, periodTitle, period, periodNote, featuresTitle, picker);
        panel.getStyleClass().add(Css.PANEL);
        panel.setMinWidth(260);
        return panel;
    }

    private String describePeriod() {
        if (model.asOfProperty().get() == null) {
            return "Import transactions or events to set the period.";
        }
        try {
            CustomerTableWindow window = new CustomerTableWindow(model.asOfProperty().get(),
                    model.windowDaysProperty().get());
            return "Activity from " + window.firstDay() + " to " + window.asOf() + " counts; later records are left out.";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void rebuildPicker() {
        CheckBoxTreeItem<String> top = new CheckBoxTreeItem<>("Features");
        choicesByName.clear();
        Map<FeatureFamily, CheckBoxTreeItem<String>> families = new HashMap<>();
        for (FeatureChoice choice : model.features()) {
            choicesByName.put(choice.name(), choice);
            CheckBoxTreeItem<String> family = families.computeIfAbsent(choice.family(), f -> {
                CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>(f.label());
                item.setExpanded(true);
                top.getChildren().add(item);
                return item;
            });
            CheckBoxTreeItem<String> leaf = new CheckBoxTreeItem<>(choice.name());
            family.getChildren().add(leaf);
            leaf.setSelected(choice.isChosen());
            leaf.selectedProperty().bindBidirectional(choice.chosenProperty());
        }
        top.setExpanded(true);
        picker.setRoot(top);
    }

    // ---- right: the table with a feature's distribution, correlations, preparation, warnings

    private Node workArea() {
        Label summary = new Label();
        summary.getStyleClass().add(Css.SOURCE_DETAIL);
        summary.textProperty().bind(model.messageProperty());

        tableView.setId("customers-table");
        tableView.getStyleClass().add(Css.PREVIEW);
        tableView.setFixedCellSize(ROW_HEIGHT);
        tableView.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        tableView.setPlaceholder(new Label("Choose the period and press Build table"));
        tableView.getSelectionModel().setCellSelectionEnabled(true);
        tableView.getFocusModel().focusedCellProperty().addListener((obs, old, now) -> {
            String feature = featureOf(now);
            if (feature != null) {
                model.selectedFeatureProperty().set(feature);
            }
        });
        tableView.setMinHeight(ROW_HEIGHT * 6);
        distribution.setId("customers-distribution");
        distribution.getStyleClass().add(Css.PANEL);
        distribution.setMinHeight(160);
        SplitPane tableAndDistribution = new SplitPane(tableView, distribution);
        tableAndDistribution.setOrientation(Orientation.VERTICAL);
        tableAndDistribution.setDividerPositions(0.58);
        SplitPane.setResizableWithParent(distribution, false);
        Tab tableTab = new Tab("Table", tableAndDistribution);
        tableTab.setId("customers-table-tab");

        Tab correlationsTab = new Tab("Correlations", correlationsArea());
        correlationsTab.setId("customers-correlations-tab");

        Tab preparationTab = new Tab("Preparation", preparationArea());
        preparationTab.setId("customers-preparation-tab");
        preparationTab.textProperty().bind(Bindings.createStringBinding(() -> model.preparation().isEmpty()
                ? "Preparation" : "Preparation (" + model.preparation().size() + ")", model.preparation()));

        ListView<CustomerTableWarning> warnings = new ListView<>(model.warnings());
        warnings.setId("customers-warnings");
        warnings.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        warnings.setCellFactory(view -> new WarningCell());
        warnings.setPlaceholder(new Label("Nothing to look at: no constant, heavily skewed or near-duplicate features."));
        warnings.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.features().isEmpty()) {
                model.selectedFeatureProperty().set(now.features().get(0));
            }
        });
        Tab warningsTab = new Tab("To look at", warnings);
        warningsTab.setId("customers-warnings-tab");
        warningsTab.textProperty().bind(Bindings.createStringBinding(() -> model.warnings().isEmpty() ? "To look at"
                : "To look at (" + model.warnings().size() + ")", model.warnings()));
        Node warningIcon = Icon.WARNING.node(12);
        warningIcon.getStyleClass().add(Styles.WARNING);
        warningsTab.graphicProperty().bind(Bindings.when(Bindings.isEmpty(model.warnings()))
                .then((Node) null).otherwise(warningIcon));

        TabPane tabs = new TabPane(tableTab, correlationsTab, preparationTab, warningsTab);
        tabs.setId("customers-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox area = new VBox(6, summary, tabs);
        area.getStyleClass().add(Css.PANEL);
        return area;
    }

    /** The heatmap, big enough to read and scrolled when the window is smaller, and the strongest pairs. */
    private Node correlationsArea() {
        heatmap.setId("customers-heatmap");
        heatmapScroll.setContent(heatmap);
        heatmapScroll.setFitToWidth(true);
        heatmapScroll.setFitToHeight(true);
        heatmapScroll.setPannable(true);
        Label pairsTitle = new Label("Strongest correlations");
        pairsTitle.getStyleClass().add(Css.PANEL_TITLE);
        pairs.setId("customers-correlated-pairs");
        pairs.setCellFactory(view -> new PairCell());
        pairs.setPlaceholder(new Label("No pairs yet"));
        pairs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedFeatureProperty().set(now.first());
            }
        });
        VBox.setVgrow(pairs, Priority.ALWAYS);
        heatmapNote.getStyleClass().add(Css.NOTE);
        heatmapNote.setWrapText(true);
        heatmapNote.setMinHeight(Region.USE_PREF_SIZE);
        VBox side = new VBox(6, pairsTitle, heatmapNote, pairs);
        side.setMinWidth(200);
        side.setPrefWidth(250);
        SplitPane split = new SplitPane(heatmapScroll, side);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);
        return split;
    }

    /** The analyst's preparation steps, in order, with what to add and how to reorder them. */
    private Node preparationArea() {
        Label note = note("The steps run in this order on the chosen features. The table, the distributions, the "
                + "correlations and the export show the prepared values; the project keeps the steps.");
        ListView<PrepStep> steps = new ListView<>(model.preparation());
        steps.setId("customers-preparation");
        steps.setCellFactory(view -> new StepCell());
        steps.setPlaceholder(new Label("No steps: the features are used as built."));
        VBox.setVgrow(steps, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("customers-preparation-problem");
        problem.getStyleClass().add(Css.SOURCE_PROBLEM);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.preparationProblemProperty());
        problem.visibleProperty().bind(model.preparationProblemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        MenuItem logSkewed = new MenuItem("Log of 1 + value: the skewed features");
        logSkewed.setOnAction(event -> model.addStep(new PrepStep.Log1p(model.skewedFeatures())));
        MenuItem logSelected = new MenuItem("Log of 1 + value: the selected feature");
        logSelected.setOnAction(event -> model.addStep(new PrepStep.Log1p(List.of(model.selectedFeatureProperty().get()))));
        MenuItem fill = new MenuItem("Fill missing values with the median");
        fill.setOnAction(event -> model.addStep(PrepStep.FillMissing.median(List.of(), false)));
        MenuItem oneHot = new MenuItem("One-hot encode the categories");
        oneHot.setOnAction(event -> model.addStep(PrepStep.OneHot.of(List.of())));
        MenuButton add = new MenuButton("Add step");
        add.setId("customers-add-step");
        add.getItems().addAll(logSkewed, logSelected, fill);
        for (FeatureScaling scaling : List.of(FeatureScaling.ZSCORE, FeatureScaling.ROBUST, FeatureScaling.MINMAX)) {
            MenuItem scale = new MenuItem("Scale: " + scaling.label());
            scale.setOnAction(event -> model.addStep(new PrepStep.Scale(List.of(), scaling)));
            add.getItems().add(scale);
        }
        add.getItems().add(oneHot);
        add.setOnShowing(event -> {
            logSkewed.setDisable(model.skewedFeatures().isEmpty());
            String selected = model.selectedFeatureProperty().get();
            CustomerTable table = model.table();
            logSelected.setDisable(selected == null || table == null || !table.numericFeatureNames().contains(selected));
        });
        Button remove = new Button("Remove");
        remove.setId("customers-remove-step");
        Button up = new Button("Up");
        Button down = new Button("Down");
        remove.setOnAction(event -> model.removeStep(steps.getSelectionModel().getSelectedIndex()));
        up.setOnAction(event -> moveSelected(steps, -1));
        down.setOnAction(event -> moveSelected(steps, 1));
        IntegerBinding selectedIndex = steps.getSelectionModel().selectedIndexProperty().add(0);
        remove.disableProperty().bind(selectedIndex.lessThan(0));
        up.disableProperty().bind(selectedIndex.lessThan(1));
        down.disableProperty().bind(selectedIndex.lessThan(0)
                .or(selectedIndex.greaterThanOrEqualTo(Bindings.size(model.preparation()).subtract(1))));
        HBox buttons = new HBox(6, add, remove, up, down);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox area = new VBox(8, note, buttons, problem, steps);
        area.setPadding(new Insets(8, 0, 0, 0));
        return area;
    }

    private void moveSelected(ListView<PrepStep> steps, int offset) {
        int index = steps.getSelectionModel().getSelectedIndex();
        model.moveStep(index, offset);
        steps.getSelectionModel().clearAndSelect(Math.max(0, Math.min(model.preparation().size() - 1, index + offset)));
    }

    private static String featureOf(TablePosition<?, ?> position) {
        if (position == null || position.getTableColumn() == null) {
            return null;
        }
        Object data = position.getTableColumn().getUserData();
        return data instanceof String ? (String) data : null;
    }

    private void showTable(CustomerTable table) {
        tableView.getColumns().clear();
        if (table == null) {
            tableView.setItems(new RowIndexList(0));
            showDistribution();
            showHeatmap();
            return;
        }
        TableColumn<Integer, String> id = new TableColumn<>(CustomerTableCsv.ID_COLUMN);
        List<String> ids = table.customerIds();
        id.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(ids.get(cell.getValue())));
        id.setSortable(false);
        id.setPrefWidth(110);
        tableView.getColumns().add(id);
        List<TableColumn<Integer, String>> columns = new ArrayList<>();
        for (CustomerTable.Column data : table.columns()) {
            TableColumn<Integer, String> column = new TableColumn<>(data.name());
            column.setUserData(data.name());
            column.setSortable(false);
            if (data.isNumeric()) {
                double[] values = data.numbers();
                column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(NumberText.format(values[cell.getValue()])));
                column.getStyleClass().add(Css.NUMERIC_CELL);
            } else {
                String[] values = data.texts();
                column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                        values[cell.getValue()] == null ? "" : values[cell.getValue()]));
            }
            column.setPrefWidth(Math.max(90, Math.min(240, 8.2 * data.name().length() + 26)));
            column.setGraphic(null);
            columns.add(column);
        }
        tableView.getColumns().addAll(columns);
        tableView.setItems(new RowIndexList(table.rowCount()));
        showDistribution();
        showHeatmap();
    }

    private void showDistribution() {
        distribution.getChildren().clear();
        String name = model.selectedFeatureProperty().get();
        CustomerTable table = model.table();
        Label title = new Label(name == null ? "Distribution" : name);
        title.getStyleClass().add(Css.PANEL_TITLE);
        distribution.getChildren().add(title);
        if (name == null || table == null || !table.has(name)) {
            distribution.getChildren().add(note("Select a feature in the list or a column of the table to see "
                    + "its distribution."));
            return;
        }
        FeatureChoice choice = choicesByName.get(name);
        if (choice != null) {
            Label description = new Label(choice.description());
            description.getStyleClass().add(Css.NOTE);
            description.setWrapText(true);
            distribution.getChildren().add(description);
        }
        Optional<FeatureSummary> found = model.summary(name);
        if (found.isEmpty()) {
            return;
        }
        FeatureSummary summary = found.get();
        // The figures stand beside the histogram, so the histogram keeps the panel's height.
        GridPane metrics = new GridPane();
        metrics.setId("customers-summary");
        metrics.setHgap(8);
        metrics.setVgap(8);
        metrics.setMinWidth(Region.USE_PREF_SIZE);
        if (summary.numeric()) {
            metrics.add(metric("Mean", NumberText.format(summary.mean()), false), 0, 0);
            metrics.add(metric("Median", NumberText.format(summary.median()), false), 1, 0);
            metrics.add(metric("Missing", percent(summary.missingPercent()), summary.missingPercent() > 20), 0, 1);
            metrics.add(metric("Skew", String.format(Locale.US, "%.2f", summary.skewness()),
                    Math.abs(summary.skewness()) > FeatureDiagnostics.SKEW_LIMIT), 1, 1);
            double[] values = table.numeric(name);
            ChartPicture viewer = new ChartPicture(painter);
            viewer.setTipsFromChart();
            // binned and drawn on the painter's thread
            viewer.show(() -> Histograms.chart(null, name, values, 30, false));
            viewer.setMinSize(100, 100);
            HBox.setHgrow(viewer, Priority.ALWAYS);
            HBox row = new HBox(12, metrics, viewer);
            VBox.setVgrow(row, Priority.ALWAYS);
            distribution.getChildren().add(row);
        } else {
            metrics.add(metric("Levels", Integer.toString(summary.levelCount()), false), 0, 0);
            metrics.add(metric("Missing", percent(summary.missingPercent()), summary.missingPercent() > 20), 1, 0);
            metrics.setMaxWidth(Region.USE_PREF_SIZE);
            distribution.getChildren().add(metrics);
            StringBuilder levels = new StringBuilder("Most frequent: ");
            summary.topLevels().forEach((level, count) -> levels.append(level).append(" (")
                    .append(String.format(Locale.US, "%,d", count)).append("), "));
            distribution.getChildren().add(note(levels.substring(0, levels.length() - 2)));
        }
    }

    private void showHeatmap() {
        heatmap.getChildren().clear();
        List<String> names = model.correlatedFeatures();
        pairs.getItems().setAll(model.strongestPairs(STRONGEST_PAIRS));
        int varying = model.varyingFeatures().size();
        heatmapNote.setText(varying > names.size() ? "The heatmap shows " + names.size() + " of the " + varying
                + " features: those most correlated with another. Hover over a cell for its pair." : names.size() < 2 ? ""
                : "Hover over a cell of the heatmap for its pair; click a pair here to see its first feature.");
        if (names.size() < 2) {
            Label empty = note(model.table() == null ? "Correlations of the chosen numeric features appear here "
                    + "once the table is built." : "Choose two or more numeric features that vary to see their "
                    + "correlations.");
            empty.setMaxWidth(320);
            heatmap.getChildren().add(empty);
            heatmap.setMinSize(0, 0);
            return;
        }
        double[][] r = model.correlations(names);
        ChartPicture viewer = new ChartPicture(painter);
        viewer.setTipsFromChart();
        viewer.show(() -> heatmapChart(names, r));
        // Cells stay big enough to tell apart; the scroll pane scrolls when the window is smaller.
        double side = names.size() * MIN_CELL + HEATMAP_LABELS;
        heatmap.setMinSize(side + 20, side + HEATMAP_LEGEND);
        heatmap.getChildren().add(viewer);
    }

    /** The correlation heatmap with readable labels, a cell's tooltip naming its pair; built on the painter's thread. */
    private static JFreeChart heatmapChart(List<String> names, double[][] r) {
        // no title: the tab says what it is, and the cells get the room
        JFreeChart chart = CorrelationHeatmapChart.chart(null, names, r);
        XYPlot plot = chart.getXYPlot();
        Font labels = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        plot.getDomainAxis().setTickLabelFont(labels);
        plot.getRangeAxis().setTickLabelFont(labels);
        plot.getRenderer().setDefaultToolTipGenerator((dataset, series, item) -> {
            int x = (int) Math.round(dataset.getXValue(series, item));
            int y = (int) Math.round(dataset.getYValue(series, item));
            return names.get(y) + " × " + names.get(x) + ": r = " + String.format(Locale.US, "%+.2f", r[y][x]);
        });
        return chart;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.NOTE);
        label.setWrapText(true);
        return label;
    }

    private static String percent(double value) {
        return String.format(Locale.US, value > 0 && value < 1 ? "%.1f%%" : "%.0f%%", value);
    }

    private static Node metric(String label, String value, boolean warning) {
        Label number = new Label(value);
        number.getStyleClass().add(Css.METRIC_VALUE);
        Label name = new Label(label);
        name.getStyleClass().add(Css.METRIC_LABEL);
        VBox box = new VBox(2, number, name);
        box.getStyleClass().add(Css.METRIC);
        if (warning) {
            box.getStyleClass().add(Css.METRIC_WARNING);
        }
        box.setPadding(new Insets(6, 10, 6, 10));
        box.setMinWidth(96);
        box.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** A source with what it gives the table on a second line. */
    private static Node sourceRow(SourceUse use) {
        Label name = new Label(use.name() + "  ·  " + SourceKinds.label(use.kind()));
        name.getStyleClass().add(Css.SOURCE_NAME);
        name.setTooltip(new Tooltip(name.getText() + "\n" + use.role()));
        Label role = new Label(use.role());
        role.getStyleClass().add(use.used() ? Css.SOURCE_DETAIL : Css.SOURCE_PROBLEM);
        role.setWrapText(true);
        role.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(1, name, role);
        box.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(box, new Tooltip(use.role()));
        return box;
    }

    /** A feature with its description as a tooltip; a family shows how many of its features are chosen. */
    private final class FeatureCell extends CheckBoxTreeCell<String> {
        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            FeatureChoice choice = empty || item == null ? null : choicesByName.get(item);
            setTooltip(choice == null ? null : new Tooltip(choice.description()));
        }
    }

    /** A pair of features with their correlation, strongest first. */
    private static final class PairCell extends ListCell<CorrelatedPair> {
        PairCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CorrelatedPair item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(String.format(Locale.US, "%+.2f  %s ~ %s", item.r(), item.first(), item.second()));
            setTooltip(new Tooltip(item.first() + " and " + item.second() + ": Pearson r = "
                    + String.format(Locale.US, "%+.3f", item.r())));
        }
    }

    /** A preparation step with its place in the order. */
    private static final class StepCell extends ListCell<PrepStep> {
        StepCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PrepStep item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : (getIndex() + 1) + ".  " + item.describe());
        }
    }

    /** A warning with the warning icon. */
    private static final class WarningCell extends ListCell<CustomerTableWarning> {
        WarningCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CustomerTableWarning item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Node icon = Icon.WARNING.node(13);
            icon.getStyleClass().add(Styles.WARNING);
            setGraphic(icon);
            setText(item.message());
            setTooltip(new Tooltip(item.message()));
        }
    }
}
