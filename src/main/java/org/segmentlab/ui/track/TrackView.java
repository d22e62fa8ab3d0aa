package org.segmentlab.ui.track;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.segmentlab.core.track.Drift;
import org.segmentlab.core.track.Migration;
import org.segmentlab.core.track.SegmentStability;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.report.MovementCharts;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.IsoDates;

/**
 * The Over time step's nodes: the segmentation, the snapshot days and Run on the left; on the right
 * the summary sentence, the two snapshots compared, and the charts in tabs.
 */
final class TrackView {

    static final String RUN_BUTTON = "track-run";
    static final String CANCEL_BUTTON = "track-cancel";
    static final String SUMMARY = "track-summary";
    static final String FROM_CHOICE = "track-from";
    static final String TO_CHOICE = "track-to";
    static final String TABS = "track-tabs";

    private final TrackViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartPicture sizes;
    private final ChartPicture flow;
    private final ChartPicture migration;
    private final ChartPicture drift;
    private final ChartPicture stability;
    private final ComboBox<Integer> from = new ComboBox<>();
    private final ComboBox<Integer> to = new ComboBox<>();
    private final Tab stabilityTab = new Tab("Stability");
    /**
     * What the flow, heat map and drift charts were last drawn from, for their tooltips: worked out once,
     * on the painter thread, by the first of them drawn, and set there as its chart is made. A tooltip
     * only reads it (it never works it out, nor waits for it, on the JavaFX thread).
     */
    private volatile Migration shownMigration;
    private volatile List<Drift> shownDrift = List.of();

    TrackView(TrackViewModel model, Executor painter) {
        this.model = model;
        this.sizes = new ChartPicture(painter);
        this.flow = new ChartPicture(painter);
        this.migration = new ChartPicture(painter);
        this.drift = new ChartPicture(painter);
        this.stability = new ChartPicture(painter);
        root.setLeft(form());
        root.setCenter(results());
        model.resultProperty().addListener((obs, old, now) -> show(now));
        model.flowFromProperty().addListener((obs, old, now) -> showPair());
        model.flowToProperty().addListener((obs, old, now) -> showPair());
        show(model.result());
    }

    Parent root() {
        return root;
    }

    private Node form() {
        ComboBox<TrackViewModel.Segmentation> segmentation = new ComboBox<>(model.segmentations());
        segmentation.valueProperty().bindBidirectional(model.segmentationProperty());
        segmentation.setMaxWidth(Double.MAX_VALUE);
        segmentation.setOnShowing(event -> model.refreshSegmentations());
        // a long run name is cut to the box: the whole name shows on hover
        segmentation.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TrackViewModel.Segmentation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setTooltip(empty || item == null ? null : new Tooltip(item.label()));
            }
        });
        segmentation.setTooltip(new Tooltip("The RFM segments as the Segments step scores them, or a kept "
                + "clustering of the customers of a log"));

        ToggleGroup mode = new ToggleGroup();
        RadioButton monthly = new RadioButton("Every month");
        RadioButton list = new RadioButton("These days");
        monthly.setToggleGroup(mode);
        list.setToggleGroup(mode);
        monthly.setSelected(model.daysModeProperty().get() == TrackViewModel.DaysMode.MONTHLY);
        list.setSelected(!monthly.isSelected());
        mode.selectedToggleProperty().addListener((obs, old, now) -> model.daysModeProperty().set(
                now == list ? TrackViewModel.DaysMode.LIST : TrackViewModel.DaysMode.MONTHLY));
        model.daysModeProperty().addListener((obs, old, now) -> (now == TrackViewModel.DaysMode.LIST ? list : monthly)
                .setSelected(true));
        DatePicker first = IsoDates.apply(new DatePicker());
        first.valueProperty().bindBidirectional(model.monthlyFromProperty());
        first.setPromptText("automatic");
        first.setTooltip(new Tooltip("The first snapshot; the others fall on the same day of each following month. "
                + "Both empty: every month of the data (the last 24 at most)"));
        DatePicker last = IsoDates.apply(new DatePicker());
        last.valueProperty().bindBidirectional(model.monthlyToProperty());
        last.setPromptText("automatic");
        last.setTooltip(new Tooltip("No snapshot after this day"));
        TextField days = new TextField();
        days.textProperty().bindBidirectional(model.daysProperty());
        days.setPromptText("yyyy-MM-dd, yyyy-MM-dd, …");
        days.setTooltip(new Tooltip("Snapshot days (yyyy-MM-dd), separated by commas"));
        first.disableProperty().bind(list.selectedProperty());
        last.disableProperty().bind(list.selectedProperty());
        days.disableProperty().bind(monthly.selectedProperty());

        CheckBox refit = new CheckBox("Fit afresh each day");
        refit.selectedProperty().bindBidirectional(model.refitProperty());
        refit.setTooltip(new Tooltip("Cluster each day's customers again (else the saved centres place them); "
                + "the adjusted Rand index says how much that moves people"));
        Spinner<Integer> resamples = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1000,
                model.resamplesProperty().get() == null ? 100 : model.resamplesProperty().get(), 10));
        resamples.setEditable(true);
        resamples.getValueFactory().valueProperty().bindBidirectional(model.resamplesProperty());
        resamples.setTooltip(new Tooltip("Bootstrap resamples for the stability of each segment; 0: none"));
        TextField seed = new TextField();
        seed.setTextFormatter(new javafx.scene.control.TextFormatter<>(new StringConverter<Long>() {
            @Override
            public String toString(Long value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Long fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
                } catch (NumberFormatException e) {
                    return model.seedProperty().get();
                }
            }
        }, model.seedProperty().get()));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TextFormatter<Long> seedFormat = (javafx.scene.control.TextFormatter<Long>) seed
                .getTextFormatter();
        seedFormat.valueProperty().bindBidirectional(model.seedProperty());
        seed.setTooltip(new Tooltip("The bootstrap's seed: the same seed draws the same resamples"));
        javafx.beans.binding.BooleanBinding rfm = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.segmentationProperty().get() == null || model.segmentationProperty().get().isRfm(),
                model.segmentationProperty());
        refit.disableProperty().bind(rfm);
        resamples.disableProperty().bind(rfm);
        seed.disableProperty().bind(rfm);

        Button run = new Button("Run");
        run.setId(RUN_BUTTON);
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_BUTTON);
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int r = 0;
        grid.add(label("Segments"), 0, r);
        grid.add(segmentation, 1, r++);
        grid.add(label("Snapshots"), 0, r);
        grid.add(monthly, 1, r++);
        grid.add(label("From"), 0, r);
        grid.add(first, 1, r++);
        grid.add(label("To"), 0, r);
        grid.add(last, 1, r++);
        grid.add(list, 1, r++);
        grid.add(days, 1, r++);
        Label clustering = new Label("A clustering");
        clustering.getStyleClass().add(Css.PANEL_TITLE);
        grid.add(clustering, 0, r++, 2, 1);
        grid.add(refit, 1, r++);
        grid.add(label("Resamples"), 0, r);
        grid.add(resamples, 1, r++);
        grid.add(label("Seed"), 0, r);
        grid.add(seed, 1, r);
        GridPane.setHgrow(segmentation, Priority.ALWAYS);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add(Css.NOTE);
        VBox box = new VBox(10, grid, new HBox(8, run, cancel), status);
        box.setPadding(new Insets(10));
        box.setPrefWidth(330);
        box.setMinWidth(300);
        box.getStyleClass().add(Css.PANEL);
        return box;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node results() {
        Label summary = new Label();
        summary.setId(SUMMARY);
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Css.REPORT_LINE);

        StringConverter<Integer> dayOf = new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                TrackResult now = model.result();
                return index == null || now == null || index < 0 || index >= now.snapshots().size() ? ""
                        : now.snapshots().get(index).asOf().toString();
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        };
        from.setId(FROM_CHOICE);
        to.setId(TO_CHOICE);
        from.setConverter(dayOf);
        to.setConverter(dayOf);
        from.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.flowFromProperty().set(now);
            }
        });
        to.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.flowToProperty().set(now);
            }
        });
        Label compare = label("Compare");
        Label with = label("with");
        HBox pair = new HBox(8, compare, from, with, to);
        pair.setAlignment(Pos.CENTER_LEFT);
        pair.disableProperty().bind(model.resultProperty().isNull());

        sizes.setTips(this::sizeTip);
        flow.setTipsFromChart();
        migration.setTips(this::migrationTip);
        drift.setTips(this::driftTip);
        stability.setTips(this::stabilityTip);
        Tab sizesTab = tab("Sizes over time", sizes);
        Tab flowTab = tab("Flow", flow);
        Tab migrationTab = tab("Migration", migration);
        Tab driftTab = tab("Drift", drift);
        stabilityTab.setContent(placeholder(stability));
        stabilityTab.selectedProperty().addListener((obs, was, now) -> stability.setActive(now));
        stability.setActive(false);
        TabPane tabs = new TabPane(sizesTab, flowTab, migrationTab, driftTab, stabilityTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(TABS);
        sizes.setActive(true);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(8, summary, pair, tabs);
        box.setPadding(new Insets(8, 8, 0, 8));
        box.getStyleClass().add(Css.PANEL);
        return box;
    }

    private Tab tab(String title, ChartPicture picture) {
        Tab tab = new Tab(title, placeholder(picture));
        picture.setActive(false);
        tab.selectedProperty().addListener((obs, was, now) -> picture.setActive(now));
        return tab;
    }

    private Node placeholder(ChartPicture picture) {
        Label empty = new Label("Run to see how the segments move.");
        empty.getStyleClass().add(Css.PLACEHOLDER_TEXT);
        empty.visibleProperty().bind(model.resultProperty().isNull());
        picture.visibleProperty().bind(model.resultProperty().isNotNull());
        StackPane pane = new StackPane(empty, picture);
        pane.setMinSize(0, 0);
        return pane;
    }

    private void show(TrackResult result) {
        List<Integer> indices = new ArrayList<>();
        if (result != null) {
            for (int i = 0; i < result.snapshots().size(); i++) {
                indices.add(i);
            }
        }
        from.getItems().setAll(indices);
        to.getItems().setAll(indices);
        if (result == null) {
            shownMigration = null;
            shownDrift = List.of();
            return;
        }
        from.setValue(model.flowFromProperty().get());
        to.setValue(model.flowToProperty().get());
        sizes.show(() -> MovementCharts.sizes(result));
        boolean clustering = !result.stability().isEmpty();
        stabilityTab.setDisable(!clustering);
        stabilityTab.setTooltip(new Tooltip(clustering ? "Bootstrap stability of each segment (Hennig's reading)"
                : "For a clustering with resamples only"));
        if (clustering) {
            stability.show(() -> MovementCharts.stability(result));
        }
        showPair();
    }

    private void showPair() {
        TrackResult result = model.result();
        int a = model.flowFromProperty().get();
        int b = model.flowToProperty().get();
        if (result == null || a < 0 || b >= result.snapshots().size() || a >= b) {
            return;
        }
        from.setValue(a);
        to.setValue(b);
        Supplier<Migration> m = once(() -> MovementCharts.migrationOf(result, a, b));
        Supplier<List<Drift>> d = once(() -> MovementCharts.driftOf(result, a, b));
        flow.show(() -> MovementCharts.flow(result, shown(m.get())));
        migration.show(() -> MovementCharts.migration(shown(m.get())));
        drift.show(() -> {
            List<Drift> drifts = d.get();
            shownDrift = drifts;
            return MovementCharts.drift(result, a, b, drifts);
        });
    }

    private Migration shown(Migration m) {
        shownMigration = m;
        return m;
    }

    /** {@code work}'s answer, worked out by the first caller and kept for the others. */
    private static <T> Supplier<T> once(Supplier<T> work) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = work.get();
                }
                return value;
            }
        };
    }

    private String sizeTip(ChartEntity mark) {
        if (!(mark instanceof CategoryItemEntity item)) {
            return null;
        }
        Number n = item.getDataset().getValue(item.getRowKey(), item.getColumnKey());
        return n == null ? null : item.getRowKey() + " on " + item.getColumnKey() + ": "
                + TrackViewModel.customers(n.longValue());
    }

    private String migrationTip(ChartEntity mark) {
        Migration m = shownMigration;
        if (!(mark instanceof XYItemEntity item) || m == null) {
            return null;
        }
        int n = m.segments().size() + 1;
        double x = item.getDataset().getXValue(item.getSeriesIndex(), item.getItem());
        double y = item.getDataset().getYValue(item.getSeriesIndex(), item.getItem());
        int column = (int) Math.round(x);
        int row = n - 1 - (int) Math.round(y);
        if (row < 0 || row >= n || column < 0 || column >= n) {
            return null;
        }
        long count = m.customers()[row][column];
        double share = m.rowShare(row, column);
        return String.format(Locale.ROOT, "%s on %s → %s on %s: %s%s", m.rowName(row), m.fromAsOf(),
                m.columnName(column), m.toAsOf(), TrackViewModel.customers(count),
                Double.isNaN(share) ? "" : String.format(Locale.ROOT, " (%.0f%% of the row)", 100 * share));
    }

    private String driftTip(ChartEntity mark) {
        if (!(mark instanceof CategoryItemEntity item)) {
            return null;
        }
        for (Drift d : shownDrift) {
            if (MovementCharts.measure(d).equals(item.getColumnKey())) {
                return String.format(Locale.ROOT, "%s: PSI %.3f, %s", item.getColumnKey(), d.psi(),
                        d.reading().word());
            }
        }
        return null;
    }

    private String stabilityTip(ChartEntity mark) {
        TrackResult result = model.result();
        if (!(mark instanceof CategoryItemEntity item) || result == null) {
            return null;
        }
        for (SegmentStability s : result.stability()) {
            if (s.name().equals(item.getColumnKey())) {
                return String.format(Locale.ROOT, "%s (%s): mean Jaccard %.2f ± %.2f over %d resamples, %s",
                        s.name(), TrackViewModel.customers(s.customers()), s.jaccardMean(), s.jaccardSd(),
                        s.resamples(), s.reading().words());
            }
        }
        return null;
    }
}
