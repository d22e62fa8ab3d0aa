package org.segmentlab.ui.segment.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.segmentlab.core.segment.cluster.FeatureProfile;
import org.segmentlab.core.segment.cluster.SegmentLabels;
import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.report.charts.SweepChart;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;

/**
 * The charts of a run, one tab each. The tabs are made once and kept: a new run or a rename only gives
 * each picture a new chart to build, which it builds and draws on the painter's thread when its tab is
 * shown. Replacing the tabs' nodes after each run cost the FX thread more than everything else it did.
 */
final class ClusterChartsView {

    static final String CHART_TABS = "sl-cluster-charts";
    static final String MATRIX_TAB = "Value × engagement";

    /** A tab with a chart picture, a note above it and a Save button; its chart changes with each run. */
    private final class ChartTab {
        final Tab tab;
        final ChartPicture picture = new ChartPicture(painter);
        final Label note = note("");
        final BorderPane pane;
        Supplier<JFreeChart> maker;

        ChartTab(String title, String fileName) {
            this(title, fileName, 0);
        }

        /**
         * @param minChartHeight the height below which the chart scrolls rather than shrinks (a chart of stacked
         *                       panels that needs room for three ticks on each); 0 = it always fits the tab
         */
        ChartTab(String title, String fileName, double minChartHeight) {
            Button save = new Button("Save chart…");
            save.getStyleClass().add("small");
            save.setMinWidth(Region.USE_PREF_SIZE);
            save.setOnAction(event -> {
                if (maker != null) {
                    model.exportChart(maker, fileName);
                }
            });
            HBox.setHgrow(note, Priority.ALWAYS);
            note.setMaxWidth(Double.MAX_VALUE);
            HBox bar = new HBox(8, note, save);
            bar.setAlignment(Pos.CENTER_LEFT);
            bar.setPadding(new Insets(6, 8, 0, 8));
            bar.setMinWidth(0);
            if (minChartHeight > 0) {
                picture.setMinHeight(minChartHeight);
                javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(picture);
                scroll.setFitToWidth(true);
                scroll.setFitToHeight(true);
                scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
                scroll.getStyleClass().add("edge-to-edge");
                pane = new BorderPane(scroll);
            } else {
                pane = new BorderPane(picture);
            }
            pane.setTop(bar);
            pane.setMinSize(0, 0);
            tab = new Tab(title, pane);
            tab.setUserData(picture);
            picture.setActive(false);
            tab.selectedProperty().addListener((obs, was, now) -> picture.setActive(now));
        }

        Tab show(Supplier<JFreeChart> chart, String noteText) {
            maker = chart;
            note.setText(noteText == null ? "" : noteText);
            picture.show(chart);
            return tab;
        }
    }

    private final ClustersViewModel model;
    private final Executor painter;
    private final TabPane tabs = new TabPane();
    private final Tab placeholder;
    private final ValueEngagementView matrix;
    private final Tab matrixTab;
    private final Map<String, ChartTab> chartTabs = new HashMap<>();
    private final TableView<SegmentProfile> profileTable = new TableView<>();
    private List<String> profileFeatures = List.of();
    private SegmentLabels profileLabels;

    /** The run and names the map shows, read by its tooltips. */
    private ClusterOutcome mapShown;
    private SegmentLabels mapLabels;
    /** Which customer each dot of the shown map is, built once per run and names. */
    private ClusterCharts.MapIndex mapIndex;

    ClusterChartsView(ClustersViewModel model, Executor painter) {
        this.model = model;
        this.painter = painter;
        tabs.getStyleClass().add(CHART_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinSize(0, 0);
        matrix = new ValueEngagementView(model, painter);
        matrixTab = new Tab(MATRIX_TAB, matrix.root());
        matrixTab.setUserData(matrix.picture());
        matrix.picture().setActive(false);
        matrixTab.selectedProperty().addListener((obs, was, now) -> matrix.picture().setActive(now));
        Label empty = new Label("Charts appear here after a run: the k sweep, silhouettes, profiles,"
                + " the customer map and the value-against-engagement matrix.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Css.PLACEHOLDER_TEXT);
        placeholder = new Tab("Charts", new BorderPane(empty));
        profileTable.getStyleClass().add("sl-cluster-profile-table");
        profileTable.setPlaceholder(new Label("Run a clustering to see each segment's profile here."));
        // columns as wide as their numbers and a scroll bar for many features, rather than cut-off text
        profileTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        tabs.getTabs().setAll(placeholder);
        tabs.getProperties().put(ClusterChartsView.class, this);
        model.shownProperty().addListener((obs, old, now) -> rebuild());
    }

    Node root() {
        return tabs;
    }

    ValueEngagementView matrix() {
        return matrix;
    }

    /** The charts view that made these tabs. */
    static ClusterChartsView of(TabPane tabs) {
        return (ClusterChartsView) tabs.getProperties().get(ClusterChartsView.class);
    }

    /** The chart picture of a chart tab; null for a tab without one. */
    static ChartPicture pictureOf(Tab tab) {
        return tab.getUserData() instanceof ChartPicture ? (ChartPicture) tab.getUserData() : null;
    }

    /**
     * The customers on the principal components: a dot's tooltip names the customer, its segment and
     * features; a click selects its segment, whose dots then stand out; the wheel zooms and a drag pans.
     */
    private Tab mapTab(ClusterOutcome outcome, SegmentLabels labels) {
        ChartTab map = chartTab("Customer map", "clusters-map");
        if (mapShown == null) {
            map.picture.setZoomable(true);
            map.picture.setTips(mark -> {
                ChartPicture.Shown shown = map.picture.shown();
                ClusterCharts.MapIndex index = mapIndex;
                if (shown == null || index == null) {
                    return null;
                }
                java.util.OptionalInt row = index.row(shown.chart(), mark);
                return row.isPresent() ? index.tip(row.getAsInt()) : null;
            });
            map.picture.setOnMarkClicked(mark -> {
                ChartPicture.Shown shown = map.picture.shown();
                ClusterCharts.MapIndex index = mapIndex;
                if (shown != null && index != null) {
                    java.util.OptionalInt row = index.row(shown.chart(), mark);
                    model.selectedSegmentProperty().set(row.isPresent()
                            ? Integer.valueOf(index.outcome().result().assignments()[row.getAsInt()]) : null);
                }
            });
            model.selectedSegmentProperty().addListener((obs, old, now) -> {
                if (mapShown != null) {
                    ClusterOutcome o = mapShown;
                    SegmentLabels l = mapLabels;
                    map.show(() -> ClusterCharts.map(o, l, now), map.note.getText());
                }
            });
        }
        if (!(map.pane.getCenter() instanceof SplitPane)) {
            SplitPane split = new SplitPane(map.picture, loadingsTable);
            loadingsTable.setMinWidth(270);
            SplitPane.setResizableWithParent(loadingsTable, false);
            split.setDividerPositions(0.66);
            map.pane.setCenter(split);
        }
        if (mapShown != outcome) {
            map.picture.resetZoom();
            showLoadings(outcome);
        }
        mapShown = outcome;
        mapLabels = labels;
        mapIndex = new ClusterCharts.MapIndex(outcome, labels);
        Integer selected = model.selectedSegmentProperty().get();
        return map.show(() -> ClusterCharts.map(outcome, labels, selected),
                "Hover a dot for its customer, click it to select its segment; the wheel zooms, a drag pans,"
                        + " a double-click shows all.");
    }

    /** One feature's weight in the map's two directions. */
    record Loading(String feature, double pc1, double pc2) {
    }

    /**
     * What PC1 and PC2 are made of: each feature's weight (of the scaled feature) in both, the
     * strongest in PC1 first; the headers give the share of the variance each direction explains.
     */
    private void showLoadings(ClusterOutcome outcome) {
        ClusterOutcome.Projection p = outcome.projection();
        List<String> features = outcome.matrix().featureNames();
        List<Loading> rows = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            rows.add(new Loading(features.get(f), p.loadings()[0][f], p.loadings()[1][f]));
        }
        rows.sort((a, b) -> Double.compare(Math.abs(b.pc1()), Math.abs(a.pc1())));
        TableColumn<Loading, String> feature = new TableColumn<>("Feature");
        feature.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().feature()));
        feature.setPrefWidth(140);
        feature.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        TableColumn<Loading, String> pc1 = new TableColumn<>(String.format(Locale.US, "PC1 %.0f%%",
                100 * p.shares()[0]));
        pc1.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                String.format(Locale.US, "%+.2f", c.getValue().pc1())));
        pc1.setStyle("-fx-alignment: CENTER-RIGHT;");
        pc1.setMinWidth(64);
        TableColumn<Loading, String> pc2 = new TableColumn<>(String.format(Locale.US, "PC2 %.0f%%",
                100 * p.shares()[1]));
        pc2.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                String.format(Locale.US, "%+.2f", c.getValue().pc2())));
        pc2.setStyle("-fx-alignment: CENTER-RIGHT;");
        pc2.setMinWidth(64);
        loadingsTable.getColumns().setAll(List.of(feature, pc1, pc2));
        org.segmentlab.ui.common.TableHeaders.fit(loadingsTable, List.of(pc1, pc2));
        loadingsTable.getItems().setAll(rows);
    }

    /** The features' weights in the map's directions, beside the map. */
    private final TableView<Loading> loadingsTable = loadingsTable();

    private static TableView<Loading> loadingsTable() {
        TableView<Loading> table = new TableView<>();
        table.getStyleClass().add("sl-cluster-loadings");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setTooltip(new javafx.scene.control.Tooltip("How much each feature (scaled) weighs in the map's two "
                + "directions; the sign says which way it points. The header gives the share of the variance "
                + "each direction shows."));
        table.setPlaceholder(new Label("Run a clustering to see what the map's directions are made of."));
        return table;
    }

    /** The rows of the loadings table (for tests). */
    List<Loading> loadings() {
        return List.copyOf(loadingsTable.getItems());
    }

    private ChartTab chartTab(String title, String fileName) {
        return chartTabs.computeIfAbsent(title, t -> new ChartTab(t, fileName));
    }


    private void rebuild() {
        ClusterOutcome outcome = model.outcome();
        SegmentLabels labels = model.labels();
        if (outcome == null || labels == null) {
            if (!tabs.getTabs().equals(List.of(placeholder))) {
                tabs.getTabs().setAll(placeholder);
            }
            return;
        }
        List<Tab> wanted = new ArrayList<>();
        if (outcome.sweep() != null) {
            // the four stacked panels each keep room for three ticks: on a small screen the chart scrolls
            wanted.add(chartTabs.computeIfAbsent("k sweep",
                    t -> new ChartTab(t, "clusters-sweep", SweepChart.MIN_READABLE_HEIGHT)).show(() -> ClusterCharts.sweep(outcome),
                    outcome.sweep().reason()));
        }
        wanted.add(chartTab("Silhouette", "clusters-silhouette")
                .show(() -> ClusterCharts.silhouette(outcome, labels), null));
        wanted.add(profileTab(outcome, labels));
        wanted.add(mapTab(outcome, labels));
        matrix.show(outcome, labels);
        wanted.add(matrixTab);
        if (ClusterCharts.hasAlgorithmChart(outcome)) {
            String name = ClusterCharts.algorithmChartName(outcome);
            wanted.add(chartTab(name, "clusters-" + name.toLowerCase(Locale.ROOT))
                    .show(() -> ClusterCharts.algorithmChart(outcome, labels), ClusterCharts.algorithmNote(outcome)));
        }
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (!tabs.getTabs().equals(wanted)) {
            tabs.getTabs().setAll(wanted);
        }
        tabs.getSelectionModel().select(wanted.contains(selected) ? selected : wanted.get(0));
        for (Tab tab : wanted) {
            ChartPicture picture = pictureOf(tab);
            if (picture != null) {
                picture.setActive(tab.isSelected());
            }
        }
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Css.STEP_SUBTITLE);
        return label;
    }

    private Tab profileTab(ClusterOutcome outcome, SegmentLabels labels) {
        ChartTab chart = chartTab("Profiles", "clusters-profiles");
        if (!(chart.pane.getCenter() instanceof SplitPane)) {
            SplitPane split = new SplitPane(chart.picture, profileTable);
            split.setDividerPositions(0.45);
            chart.pane.setCenter(split);
        }
        showProfiles(outcome, labels);
        return chart.show(() -> ClusterCharts.profile(outcome, labels), null);
    }

    /** Segment means and medians in the features' own units; the columns are made again only for other features. */
    private void showProfiles(ClusterOutcome outcome, SegmentLabels labels) {
        profileLabels = labels;
        List<String> features = outcome.matrix().featureNames();
        if (!features.equals(profileFeatures)) {
            profileFeatures = List.copyOf(features);
            List<TableColumn<SegmentProfile, String>> columns = new ArrayList<>();
            TableColumn<SegmentProfile, String> name = new TableColumn<>("Segment");
            name.setCellValueFactory(c -> new ReadOnlyStringWrapper(profileLabels.nameOf(c.getValue().segmentId())));
            name.setMinWidth(120);
            columns.add(name);
            for (int f = 0; f < features.size(); f++) {
                int index = f;
                TableColumn<SegmentProfile, String> column = new TableColumn<>(features.get(f) + "\nmean · median");
                column.setCellValueFactory(c -> {
                    FeatureProfile p = c.getValue().features().get(index);
                    return new ReadOnlyStringWrapper(shortNumber(p.mean()) + " · " + shortNumber(p.median()));
                });
                column.setStyle("-fx-alignment: CENTER-RIGHT;");
                columns.add(column);
            }
            profileTable.getColumns().setAll(columns);
        }
        profileTable.getItems().setAll(outcome.profiles());
        fitColumns(outcome, labels);
        profileTable.refresh();
    }

    /** Widths from the longest text of each column, at about 7 pixels a character. */
    private void fitColumns(ClusterOutcome outcome, SegmentLabels labels) {
        int nameChars = "Segment".length();
        for (SegmentProfile p : outcome.profiles()) {
            nameChars = Math.max(nameChars, labels.nameOf(p.segmentId()).length());
        }
        profileTable.getColumns().get(0).setPrefWidth(Math.min(230, 7.2 * nameChars + 24));
        List<String> features = outcome.matrix().featureNames();
        for (int f = 0; f < features.size(); f++) {
            // headers are bold: a little wider a character than the numbers
            double width = 8 * Math.max(features.get(f).length(), "mean · median".length());
            for (SegmentProfile p : outcome.profiles()) {
                FeatureProfile fp = p.features().get(f);
                width = Math.max(width, 7.2 * (shortNumber(fp.mean()) + " · " + shortNumber(fp.median())).length());
            }
            profileTable.getColumns().get(f + 1).setPrefWidth(width + 24);
        }
    }

    private static String shortNumber(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.US, Math.abs(value) >= 100 ? "%,.0f" : "%.1f", value);
    }
}
