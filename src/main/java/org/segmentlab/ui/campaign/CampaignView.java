package org.segmentlab.ui.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.SegmentReadout;
import org.segmentlab.core.campaign.UpliftDecile;
import org.segmentlab.core.campaign.UpliftResult;
import org.segmentlab.core.campaign.UpliftTarget;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.report.charts.CampaignCharts;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.TableHeaders;
import org.segmentlab.ui.common.TextCells;

/**
 * The Campaigns step's nodes: the results and their columns, the segmentation, the uplift model and Run
 * on the left; the readout in words, the forest plot, the table, the uplift model's curves, who to
 * target next and the planner on the right.
 */
final class CampaignView {

    static final String RUN_BUTTON = "campaign-run";
    static final String CANCEL_BUTTON = "campaign-cancel";
    static final String READING = "campaign-reading";
    static final String SAMPLE_RATIO = "campaign-sample-ratio";
    static final String READOUT_TABLE = "sl-campaign-readout";
    static final String TARGET_TABLE = "sl-campaign-targets";
    static final String EXPORT_BUTTON = "campaign-export-targets";
    private static final String NONE = "(none)";
    private static final String ROW_NUMBER = "(data row number)";

    private final CampaignViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartPicture forest;
    private final ChartPicture qini;
    private final ChartPicture upliftCurve;
    private final ChartPicture deciles;
    private final TableView<SegmentReadout> table = new TableView<>();
    private final TableView<UpliftDecile> decileTable = new TableView<>();
    private final TableView<UpliftTarget> targets = new TableView<>();
    private final TableView<CampaignViewModel.PlanRow> planTable = new TableView<>();
    private final Label upliftSummary = new Label();

    CampaignView(CampaignViewModel model, Executor painter) {
        this.model = model;
        this.forest = new ChartPicture(painter);
        this.qini = new ChartPicture(painter);
        this.upliftCurve = new ChartPicture(painter);
        this.deciles = new ChartPicture(painter);
        root.setLeft(form());
        root.setCenter(results());
        model.readoutProperty().addListener((obs, old, now) -> showReadout(now));
        model.upliftProperty().addListener((obs, old, now) -> showUplift(now));
        showReadout(model.readout());
        showUplift(model.uplift());
    }

    Parent root() {
        return root;
    }

    // ---- the form

    private Node form() {
        ComboBox<CampaignViewModel.Results> results = new ComboBox<>(model.resultsChoices());
        results.valueProperty().bindBidirectional(model.resultsProperty());
        results.setMaxWidth(Double.MAX_VALUE);
        tipFollows(results, r -> r == null ? "The campaign's results: one row per customer"
                : r.file() != null ? r.file().toString() : r.name());
        Button choose = new Button("File…");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setTooltip(new Tooltip("Read the results from a file outside the project"));
        choose.setOnAction(event -> model.chooseFile());
        HBox resultsRow = new HBox(6, results, choose);
        HBox.setHgrow(results, Priority.ALWAYS);

        ComboBox<String> group = columnBox(model.columns(), model.groupProperty(),
                "The column saying which arm each customer was in");
        ComboBox<String> treatment = columnBox(model.groupValues(), model.treatmentProperty(),
                "The group value of the customers who got the campaign");
        ComboBox<String> control = columnBox(model.groupValues(), model.controlProperty(),
                "The group value of the customers held back");
        ComboBox<String> outcome = columnBox(model.columns(), model.outcomeProperty(),
                "0/1 (yes/no, true/false): did the customer convert");
        ComboBox<String> revenue = optionalBox(model.numericColumns(), model.revenueProperty(), NONE,
                "Spend per customer after the campaign (optional); an empty cell counts as 0");
        ComboBox<String> id = optionalBox(model.columns(), model.idColumnProperty(), ROW_NUMBER,
                "The customer id, to join segments and to list who to target next");
        ComboBox<CampaignViewModel.Segmentation> segments = new ComboBox<>(model.segmentations());
        segments.valueProperty().bindBidirectional(model.segmentationProperty());
        segments.setMaxWidth(Double.MAX_VALUE);
        tipFollows(segments, s -> s == null ? "How to split the readout" : s.label());

        CheckBox upliftWanted = new CheckBox("Fit an uplift model");
        upliftWanted.selectedProperty().bindBidirectional(model.upliftWantedProperty());
        upliftWanted.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<ModelKind> kind = new ComboBox<>();
        kind.getItems().setAll(ModelKind.values());
        kind.valueProperty().bindBidirectional(model.modelKindProperty());
        kind.setConverter(converter(k -> k == null ? "" : k.displayName()));
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setTooltip(new Tooltip("The classifier each model of the uplift uses"));
        TextField seed = new TextField();
        seed.setPrefColumnCount(6);
        seed.setText(Long.toString(model.seedProperty().get()));
        seed.setTooltip(new Tooltip("Seeds the split into training and test customers and the models"));
        seed.textProperty().addListener((obs, old, now) -> {
            try {
                model.seedProperty().set(Long.parseLong(now.strip()));
                seed.setStyle("");
            } catch (NumberFormatException e) {
                seed.setStyle("-fx-border-color: -sl-negative;");
            }
        });
        model.seedProperty().addListener((obs, old, now) -> {
            if (!seed.getText().strip().equals(now.toString())) {
                seed.setText(now.toString());
            }
        });
        ListView<String> features = new ListView<>(model.featureChoices());
        features.setCellFactory(CheckBoxListCell.forListView(model::featureProperty));
        features.setPrefHeight(130);
        features.setMinHeight(80);
        features.setTooltip(new Tooltip("The columns the uplift model learns from: leave out anything measured after "
                + "the campaign (visits, spend)"));
        for (Node n : List.of(kind, seed, features)) {
            n.disableProperty().bind(model.upliftWantedProperty().not());
        }

        Button run = new Button("Run");
        run.setId(RUN_BUTTON);
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_BUTTON);
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.runningProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(60);
        grid.getColumnConstraints().setAll(labels, fields);
        int r = 0;
        grid.addRow(r++, label("Results"), resultsRow);
        grid.addRow(r++, label("Group column"), group);
        grid.addRow(r++, label("Treatment"), treatment);
        grid.addRow(r++, label("Control"), control);
        grid.addRow(r++, label("Outcome"), outcome);
        grid.addRow(r++, label("Revenue"), revenue);
        grid.addRow(r++, label("Customer id"), id);
        grid.addRow(r, label("Segments"), segments);
        GridPane model2 = new GridPane();
        model2.setHgap(8);
        model2.setVgap(8);
        model2.getColumnConstraints().setAll(labels, fields);
        model2.addRow(0, label("Model"), kind);
        model2.addRow(1, label("Seed"), seed);
        Label featuresLabel = label("Learns from");
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add(Css.NOTE);
        VBox box = new VBox(10, grid, new javafx.scene.control.Separator(), upliftWanted, model2, featuresLabel,
                features);
        box.setPadding(new Insets(10));
        box.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        HBox buttons = new HBox(8, run, cancel, busy);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox actions = new VBox(8, buttons, status);
        actions.setPadding(new Insets(10));
        BorderPane left = new BorderPane(scroll);
        left.setBottom(actions);
        left.setPrefWidth(370);
        left.setMinWidth(320);
        left.getStyleClass().add(Css.PANEL);
        return left;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** The combo box's tooltip says its value in full (a long name may not fit the box). */
    private static <T> void tipFollows(ComboBox<T> box, Function<T, String> text) {
        Tooltip tip = new Tooltip(text.apply(box.getValue()));
        box.setTooltip(tip);
        box.valueProperty().addListener((obs, old, now) -> tip.setText(text.apply(now)));
    }

    private static ComboBox<String> columnBox(ObservableList<String> items, StringProperty value, String help) {
        ComboBox<String> box = new ComboBox<>(items);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        tipFollows(box, v -> v == null ? help : v + ": " + help);
        return box;
    }

    /** A choice that may be empty: {@code none} stands for null in the box. */
    private static ComboBox<String> optionalBox(ObservableList<String> items, StringProperty value, String none,
                                                String help) {
        ComboBox<String> box = new ComboBox<>();
        Runnable fill = () -> {
            List<String> all = new ArrayList<>();
            all.add(none);
            all.addAll(items);
            String keep = value.get();
            box.getItems().setAll(all);
            box.setValue(keep == null ? none : keep);
        };
        fill.run();
        items.addListener((ListChangeListener<String>) change -> fill.run());
        box.valueProperty().addListener((obs, old, now) -> {
            String v = now == null || now.equals(none) ? null : now;
            if (!java.util.Objects.equals(v, value.get())) {
                value.set(v);
            }
        });
        value.addListener((obs, old, now) -> box.setValue(now == null ? none : now));
        box.setMaxWidth(Double.MAX_VALUE);
        tipFollows(box, v -> v == null || v.equals(none) ? help : v + ": " + help);
        return box;
    }

    // ---- the results

    private Node results() {
        Label reading = new Label();
        reading.setId(READING);
        reading.setWrapText(true);
        reading.getStyleClass().add("sl-campaign-reading");
        reading.textProperty().bind(model.readingProperty());
        reading.managedProperty().bind(reading.textProperty().isNotEmpty());
        reading.visibleProperty().bind(reading.managedProperty());
        reading.setMinHeight(Region.USE_PREF_SIZE);
        Label ratio = new Label();
        ratio.setId(SAMPLE_RATIO);
        ratio.setWrapText(true);
        ratio.getStyleClass().add("sl-campaign-warning");
        ratio.textProperty().bind(model.sampleRatioWarningProperty());
        ratio.managedProperty().bind(model.sampleRatioWarningProperty().isNotNull());
        ratio.visibleProperty().bind(ratio.managedProperty());
        ratio.setMinHeight(Region.USE_PREF_SIZE);
        Label notes = new Label();
        notes.setWrapText(true);
        notes.getStyleClass().add(Css.NOTE);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        model.notes().addListener((ListChangeListener<String>) change -> notes.setText(String.join(" ", model.notes())));
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        notes.visibleProperty().bind(notes.managedProperty());
        VBox top = new VBox(6, reading, ratio, notes);
        top.setPadding(new Insets(0, 0, 8, 0));

        buildReadoutTable();
        Label empty = placeholder("Run the readout to see the difference each segment makes.");
        StackPane forestPane = new StackPane(empty, forest);
        empty.visibleProperty().bind(model.readoutProperty().isNull());
        forest.setTips(this::forestTip);
        SplitPane readout = new SplitPane(forestPane, table);
        readout.setOrientation(javafx.geometry.Orientation.VERTICAL);
        readout.setDividerPositions(0.55);
        Tab readoutTab = new Tab("Readout", readout);

        Label noModel = placeholder("Tick \"Fit an uplift model\" and run to see how well the model ranks customers.");
        StackPane qiniPane = new StackPane(noModel, qini);
        noModel.visibleProperty().bind(model.upliftProperty().isNull());
        HBox curves = new HBox(8, qiniPane, upliftCurve);
        HBox.setHgrow(qiniPane, Priority.ALWAYS);
        HBox.setHgrow(upliftCurve, Priority.ALWAYS);
        qiniPane.setMinWidth(0);
        upliftCurve.setMinWidth(0);
        qiniPane.prefWidthProperty().bind(curves.widthProperty().divide(2));
        upliftCurve.prefWidthProperty().bind(curves.widthProperty().divide(2));
        upliftSummary.setWrapText(true);
        upliftSummary.setMinHeight(Region.USE_PREF_SIZE);
        upliftSummary.getStyleClass().add(Css.NOTE);
        VBox.setVgrow(curves, Priority.ALWAYS);
        VBox curvesBox = new VBox(6, upliftSummary, curves);
        Tab curvesTab = new Tab("Qini and uplift curves", curvesBox);

        buildDecileTable();
        SplitPane decilePane = new SplitPane(deciles, decileTable);
        decilePane.setOrientation(javafx.geometry.Orientation.VERTICAL);
        decilePane.setDividerPositions(0.6);
        Tab decileTab = new Tab("Uplift by decile", decilePane);

        Tab targetTab = new Tab("Who to target next", targetsPane());
        Tab planTab = new Tab("Planner", plannerPane());

        forest.setActive(true);
        readoutTab.selectedProperty().addListener((obs, was, now) -> forest.setActive(now));
        curvesTab.selectedProperty().addListener((obs, was, now) -> {
            qini.setActive(now);
            upliftCurve.setActive(now);
        });
        decileTab.selectedProperty().addListener((obs, was, now) -> deciles.setActive(now));
        TabPane tabs = new TabPane(readoutTab, curvesTab, decileTab, targetTab, planTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(top, tabs);
        box.setPadding(new Insets(8));
        box.getStyleClass().add(Css.PANEL);
        return box;
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.PLACEHOLDER_TEXT);
        label.setWrapText(true);
        return label;
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value, boolean number) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(TextCells.withTooltip());
        if (number) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    private void buildReadoutTable() {
        table.getColumns().setAll(List.of(
                column("Segment", SegmentReadout::segment, false),
                column("Treated", r -> CampaignViewModel.count(r.treated()), true),
                column("Control", r -> CampaignViewModel.count(r.control()), true),
                column("Rate treated", r -> rate(r.rateTreated()), true),
                column("Rate control", r -> rate(r.rateControl()), true),
                column("Difference, points", r -> String.format(Locale.US, "%+.2f (%+.2f to %+.2f)",
                        100 * r.difference().estimate(), 100 * r.difference().low(), 100 * r.difference().high()), true),
                column("Relative lift", r -> Double.isFinite(r.relativeLift())
                        ? String.format(Locale.US, "%+.0f%%", 100 * r.relativeLift()) : "–", true),
                column("Added conversions", r -> String.format(Locale.US, "%+,.0f", r.incrementalConversions()), true),
                column("p", r -> CampaignViewModel.p(r.pValue()), true),
                column("Holm p", r -> CampaignViewModel.p(r.pValueHolm()), true),
                column("Revenue per customer", r -> Double.isFinite(r.revenueDifference().estimate())
                        ? String.format(Locale.US, "%+,.2f (%+,.2f to %+,.2f)", r.revenueDifference().estimate(),
                        r.revenueDifference().low(), r.revenueDifference().high()) : "–", true)));
        table.getStyleClass().add(READOUT_TABLE);
        table.getColumns().get(0).setPrefWidth(170);
        table.getColumns().get(5).setPrefWidth(170);
        table.getColumns().get(10).setPrefWidth(190);
        table.setPlaceholder(placeholder("Run the readout to fill the table."));
        TableHeaders.fit(table);
    }

    private void buildDecileTable() {
        decileTable.getColumns().setAll(List.of(
                column("Decile", d -> Integer.toString(d.decile()), true),
                column("Treated", d -> CampaignViewModel.count(d.treated()), true),
                column("Control", d -> CampaignViewModel.count(d.control()), true),
                column("Rate treated", d -> rate(d.rateTreated()), true),
                column("Rate control", d -> rate(d.rateControl()), true),
                column("Observed, points", d -> points(d.observedUplift()), true),
                column("Predicted, points", d -> points(d.predictedUplift()), true)));
        decileTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        decileTable.setPlaceholder(placeholder("Fit an uplift model to see it by decile."));
        TableHeaders.fit(decileTable);
    }

    private Node targetsPane() {
        targets.getColumns().setAll(List.of(
                column("Rank", t -> CampaignViewModel.count(t.rank()), true),
                column("Customer", UpliftTarget::customerId, false),
                column("Segment", t -> t.segment() == null ? "–" : t.segment(), false),
                column("Predicted uplift, points", t -> points(t.uplift()), true),
                column("If treated", t -> rate(t.pTreated()), true),
                column("If not", t -> rate(t.pControl()), true)));
        targets.getStyleClass().add(TARGET_TABLE);
        targets.setItems(model.targets());
        targets.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        targets.setPlaceholder(placeholder("Fit an uplift model to list the customers it expects to gain most."));
        TableHeaders.fit(targets);
        Spinner<Integer> share = new Spinner<>(1, 100, model.targetShareProperty().get());
        share.setEditable(true);
        share.setPrefWidth(95);
        share.setMinWidth(Region.USE_PREF_SIZE);
        share.valueProperty().addListener((obs, old, now) -> model.targetShareProperty().set(now));
        share.setTooltip(new Tooltip("The share of customers, highest predicted uplift first"));
        Button export = new Button("Export CSV…");
        export.setId(EXPORT_BUTTON);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.upliftProperty().isNull());
        export.setOnAction(event -> model.exportTargets());
        Label shown = new Label();
        shown.getStyleClass().add(Css.NOTE);
        shown.setWrapText(true);
        Runnable said = () -> {
            int all = model.targetsToExport().size();
            shown.setText(model.uplift() == null ? "" : String.format(Locale.US, "%s%s", CampaignViewModel.customers(all),
                    all > model.targets().size() ? String.format(Locale.US, " (the first %,d shown; the export has "
                            + "them all)", model.targets().size()) : ""));
        };
        model.targets().addListener((ListChangeListener<UpliftTarget>) change -> said.run());
        Label top = label("Top");
        Label percent = label("% by predicted uplift");
        HBox bar = new HBox(8, top, share, percent, export, shown);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(shown, Priority.ALWAYS);
        VBox.setVgrow(targets, Priority.ALWAYS);
        VBox box = new VBox(8, bar, targets);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node plannerPane() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("Control's conversion, %"), spinner(model.plannerBaselineProperty(), 0.01, 99.99, 0.1),
                label("Lift to detect, points"), spinner(model.plannerLiftProperty(), -50, 50, 0.1));
        grid.addRow(1, label("Power, %"), spinner(model.plannerPowerProperty(), 50, 99.9, 5),
                label("Significance, %"), spinner(model.plannerSignificanceProperty(), 0.1, 20, 1));
        Label plan = new Label();
        plan.setWrapText(true);
        plan.setMinHeight(Region.USE_PREF_SIZE);
        plan.textProperty().bind(model.planProperty());
        planTable.getColumns().setAll(List.of(
                column("Segment", CampaignViewModel.PlanRow::segment, false),
                column("Treated", p -> CampaignViewModel.count(p.treated()), true),
                column("Control", p -> CampaignViewModel.count(p.control()), true),
                column("Control's rate", p -> rate(p.baseline()), true),
                column("Smallest lift it can detect", p -> Double.isFinite(p.detectable())
                        ? String.format(Locale.US, "%.2f points", 100 * p.detectable()) : "–", true)));
        planTable.setItems(model.planRows());
        planTable.getColumns().get(0).setMinWidth(170);
        planTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        planTable.setPlaceholder(placeholder("Run the readout to see the lift each segment's customers can detect."));
        TableHeaders.fit(planTable);
        Label each = new Label("With the customers each segment had, at the power and significance above:");
        each.setWrapText(true);
        each.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(planTable, Priority.ALWAYS);
        VBox box = new VBox(10, grid, plan, each, planTable);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private static Spinner<Double> spinner(javafx.beans.property.DoubleProperty value, double min, double max,
                                           double step) {
        Spinner<Double> spinner = new Spinner<>(min, max, value.get(), step);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        value.addListener((obs, old, now) -> {
            if (!now.equals(spinner.getValue())) {
                spinner.getValueFactory().setValue(now.doubleValue());
            }
        });
        return spinner;
    }

    // ---- showing a run

    private void showReadout(CampaignReadout readout) {
        if (readout == null) {
            table.getItems().clear();
            return;
        }
        table.getItems().setAll(readout.rows());
        forest.show(() -> CampaignCharts.forestPlot("Difference in conversion, treated − control", readout));
    }

    private void showUplift(UpliftResult result) {
        if (result == null) {
            decileTable.getItems().clear();
            upliftSummary.setText("");
            return;
        }
        decileTable.getItems().setAll(result.test().deciles());
        upliftSummary.setText(describe(result));
        qini.show(() -> CampaignCharts.qini("Qini curve (test customers)", result.test()));
        upliftCurve.show(() -> CampaignCharts.upliftCurve("Uplift curve (test customers)", result.test()));
        deciles.show(() -> CampaignCharts.deciles("Uplift by decile of predicted uplift (test customers)",
                result.test().deciles()));
    }

    /** The uplift model in a sentence: method, classifier, parts, and whether it beats random targeting. */
    static String describe(UpliftResult r) {
        double above = r.test().qiniAreaAboveRandom();
        StringBuilder sb = new StringBuilder(String.format(Locale.US, "%s uplift with %s, trained on %s and measured "
                        + "on %s held out (seed %d): the Qini area is %s random targeting by %.3f per 100 customers.",
                r.method().cliName().substring(0, 1).toUpperCase(Locale.ROOT) + r.method().cliName().substring(1),
                r.params().model().kind().displayName().toLowerCase(Locale.ROOT),
                CampaignViewModel.customers(r.trainRows()), CampaignViewModel.count(r.testRows()), r.params().seed(),
                above > 0 ? "above" : "below", Math.abs(100 * above)));
        for (String note : r.notes()) {
            sb.append(' ').append(Character.toUpperCase(note.charAt(0))).append(note.substring(1))
                    .append(note.endsWith(".") ? "" : ".");
        }
        return sb.toString();
    }

    private String forestTip(ChartEntity mark) {
        CampaignReadout readout = model.readout();
        if (readout == null || !(mark instanceof XYItemEntity item)) {
            return null;
        }
        double y = item.getDataset().getYValue(item.getSeriesIndex(), item.getItem());
        int row = readout.rows().size() - 1 - (int) Math.round(y);
        if (row < 0 || row >= readout.rows().size()) {
            return null;
        }
        return CampaignViewModel.tip(readout.rows().get(row), readout.params().confidence());
    }

    private static String rate(double r) {
        return Double.isFinite(r) ? String.format(Locale.US, "%.2f%%", 100 * r) : "–";
    }

    private static String points(double d) {
        return Double.isFinite(d) ? String.format(Locale.US, "%+.2f", 100 * d) : "–";
    }
}
