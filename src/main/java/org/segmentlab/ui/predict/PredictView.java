package org.segmentlab.ui.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.converter.DoubleStringConverter;
import javafx.util.converter.LongStringConverter;
import org.controlsfx.control.CheckListView;
import org.jfree.chart.JFreeChart;
import org.segmentlab.core.predict.CalibrationBin;
import org.segmentlab.core.predict.ConfusionMatrix;
import org.segmentlab.core.predict.CurvePoint;
import org.segmentlab.core.predict.Driver;
import org.segmentlab.core.predict.Evaluation;
import org.segmentlab.core.predict.ExplanationScale;
import org.segmentlab.core.predict.Explanation;
import org.segmentlab.core.predict.FeatureImportance;
import org.segmentlab.core.predict.LiftDecile;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.predict.SplitSpec;
import org.segmentlab.report.charts.BarsChart;
import org.segmentlab.report.charts.CalibrationChart;
import org.segmentlab.report.charts.ConfusionMatrixChart;
import org.segmentlab.report.charts.CurveChart;
import org.segmentlab.report.charts.LiftChart;
import org.segmentlab.report.charts.ShapSummaryChart;
import org.segmentlab.report.charts.WaterfallChart;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.data.DataSource;

/** The nodes of the Predict step: inputs on the left, the selected model's results in tabs. */
public final class PredictView {

    public static final String THRESHOLD_SLIDER = "predict-threshold";
    public static final String CONFUSION_TEXT = "predict-confusion";
    public static final String TRAIN_BUTTON = "predict-train";
    public static final String SCORED_TABLE = "predict-scored";
    public static final String RESULT_TABS = "predict-tabs";
    public static final String MODEL_TABLE = "predict-models";
    public static final String CUSTOMER_TABLE_CHECK = "predict-customer-table";
    public static final String FEATURE_NOTE = "predict-feature-note";

    private final PredictViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane curves = new StackPane();
    private final StackPane confusionChart = new StackPane();
    private final StackPane importance = new StackPane();
    private final StackPane shap = new StackPane();
    private final StackPane lift = new StackPane();
    private final StackPane calibration = new StackPane();
    private final StackPane waterfall = new StackPane();
    /** Built and drawn on one painter thread, kept between runs, drawn only while their tab is shown. */
    private final ChartPicture rocPicture;
    private final ChartPicture prPicture;
    private final ChartPicture shapPicture;
    private final ChartPicture liftPicture;
    private final ChartPicture calibrationPicture;
    private final ChartPicture importancePicture;
    private final ChartPicture confusionPicture;
    private final ChartPicture waterfallPicture;
    private final HBox bothCurves;
    private final Label metrics = new Label();
    private final Label costLine = new Label();
    private boolean syncingChecks;

    public PredictView(PredictViewModel model) {
        this.model = model;
        Executor painter = ChartPicture.newPainter();
        rocPicture = picture(painter, "roc");
        prPicture = picture(painter, "precision-recall");
        shapPicture = picture(painter, "shap-summary");
        liftPicture = picture(painter, "cumulative-gains");
        calibrationPicture = picture(painter, "calibration");
        importancePicture = picture(painter, "permutation-importance");
        confusionPicture = picture(painter, "confusion-matrix");
        waterfallPicture = picture(painter, "customer-drivers");
        importancePicture.setTipsFromChart();
        confusionPicture.setTipsFromChart();
        waterfallPicture.setTipsFromChart();
        rocPicture.setTips(mark -> curveTip(mark, true));
        prPicture.setTips(mark -> curveTip(mark, false));
        bothCurves = new HBox(rocPicture, prPicture);
        HBox.setHgrow(rocPicture, Priority.ALWAYS);
        HBox.setHgrow(prPicture, Priority.ALWAYS);
        root.getStyleClass().add(Css.STEP_CONTENT);
        ScrollPane inputs = new ScrollPane(inputs());
        inputs.setFitToWidth(true);
        inputs.setPrefWidth(310);
        inputs.setMinWidth(280);
        root.setLeft(inputs);
        root.setCenter(results());
        model.selectedRunProperty().addListener((obs, old, now) -> redrawRun());
        model.runs().addListener((ListChangeListener<ModelRun>) change -> redrawCurves());
        model.confusionProperty().addListener((obs, old, now) -> redrawConfusion());
        model.explanationProperty().addListener((obs, old, now) -> redrawWaterfall());
        for (javafx.beans.property.DoubleProperty p : List.of(model.missedChurnerCostProperty(),
                model.offerCostProperty(), model.valueSavedProperty())) {
            p.addListener((obs, old, now) -> redrawConfusion());
        }
        redrawRun();
    }

    public Parent root() {
        return root;
    }

    // ---- inputs

    private Node inputs() {
        ComboBox<DataSource> source = new ComboBox<>(model.sources());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        ComboBox<String> id = new ComboBox<>(model.columns());
        id.valueProperty().bindBidirectional(model.idColumnProperty());
        ComboBox<String> label = new ComboBox<>(model.columns());
        label.valueProperty().bindBidirectional(model.labelColumnProperty());
        ComboBox<String> positive = new ComboBox<>(model.labelValues());
        positive.valueProperty().bindBidirectional(model.positiveValueProperty());

        CheckListView<String> features = new CheckListView<>();
        features.setPrefHeight(150);
        Runnable refreshCandidates = () -> {
            List<String> candidates = model.featureCandidates();
            if (features.getItems().equals(candidates)
                    && features.getCheckModel().getCheckedItems().equals(List.copyOf(model.features()))) {
                return;
            }
            syncingChecks = true;
            try {
                // checks first: ControlsFX's check model keeps checked indices, which a shorter list
                // would leave pointing past its end
                features.getCheckModel().clearChecks();
                features.getItems().setAll(candidates);
                for (String f : model.features()) {
                    features.getCheckModel().check(f);
                }
            } finally {
                syncingChecks = false;
            }
        };
        model.columns().addListener((ListChangeListener<String>) change -> refreshCandidates.run());
        model.idColumnProperty().addListener((obs, old, now) -> refreshCandidates.run());
        model.labelColumnProperty().addListener((obs, old, now) -> refreshCandidates.run());
        model.features().addListener((ListChangeListener<String>) change -> {
            if (!syncingChecks) {
                refreshCandidates.run();
            }
        });
        features.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!syncingChecks) {
                syncingChecks = true;
                try {
                    List<String> checked = new ArrayList<>();
                    for (String f : features.getItems()) {
                        if (features.getCheckModel().isChecked(f)) {
                            checked.add(f);
                        }
                    }
                    model.features().setAll(checked);
                } finally {
                    syncingChecks = false;
                }
            }
        });
        refreshCandidates.run();

        ComboBox<ModelKind> kind = new ComboBox<>();
        kind.getItems().setAll(ModelKind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ModelKind value) {
                return value == null ? "" : value.displayName();
            }

            @Override
            public ModelKind fromString(String text) {
                return ModelKind.parse(text);
            }
        });
        kind.valueProperty().bindBidirectional(model.modelKindProperty());
        ComboBox<SplitSpec.Kind> split = new ComboBox<>();
        split.getItems().setAll(SplitSpec.Kind.values());
        split.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SplitSpec.Kind k) {
                return k == null ? "" : k == SplitSpec.Kind.STRATIFIED ? "Random, stratified" : "By date";
            }

            @Override
            public SplitSpec.Kind fromString(String text) {
                return null;
            }
        });
        split.valueProperty().bindBidirectional(model.splitKindProperty());
        TextField fraction = numberField(model.testFractionProperty());
        ComboBox<String> date = new ComboBox<>(model.columns());
        date.valueProperty().bindBidirectional(model.dateColumnProperty());
        DatePicker cutoff = org.segmentlab.ui.common.IsoDates.apply(new DatePicker());
        cutoff.valueProperty().bindBidirectional(model.cutoffProperty());
        fraction.disableProperty().bind(split.valueProperty().isEqualTo(SplitSpec.Kind.CHRONOLOGICAL));
        date.disableProperty().bind(split.valueProperty().isNotEqualTo(SplitSpec.Kind.CHRONOLOGICAL));
        cutoff.disableProperty().bind(date.disableProperty());
        Label fractionLabel = new Label("Test share");
        Label dateLabel = new Label("Date column");
        Label cutoffLabel = new Label("Test from");
        // only the fields of the chosen split take room
        for (Node n : List.of(fractionLabel, fraction)) {
            n.visibleProperty().bind(split.valueProperty().isNotEqualTo(SplitSpec.Kind.CHRONOLOGICAL));
            n.managedProperty().bind(n.visibleProperty());
        }
        for (Node n : List.of(dateLabel, date, cutoffLabel, cutoff)) {
            n.visibleProperty().bind(split.valueProperty().isEqualTo(SplitSpec.Kind.CHRONOLOGICAL));
            n.managedProperty().bind(n.visibleProperty());
        }
        TextField seed = new TextField();
        TextFormatter<Long> seedFormat = new TextFormatter<>(new LongStringConverter(), model.seedProperty().get());
        seed.setTextFormatter(seedFormat);
        seedFormat.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.seedProperty().set(now);
            }
        });
        model.seedProperty().addListener((obs, old, now) -> seedFormat.setValue(now.longValue()));

        Button train = new Button("Train");
        train.setId(TRAIN_BUTTON);
        train.setDefaultButton(true);
        train.disableProperty().bind(model.runningProperty());
        train.setOnAction(e -> model.train());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());

        ListView<ModelRun> runs = new ListView<>(model.runs());
        runs.setPrefHeight(80);
        runs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedRunProperty().set(now);
            }
        });
        model.selectedRunProperty().addListener((obs, old, now) -> runs.getSelectionModel().select(now));

        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add(Css.NOTE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int r = 0;
        javafx.scene.control.CheckBox fromCustomers = new javafx.scene.control.CheckBox("Learn from the customer table");
        fromCustomers.setId(CUSTOMER_TABLE_CHECK);
        fromCustomers.selectedProperty().bindBidirectional(model.customerTableProperty());
        fromCustomers.setTooltip(new javafx.scene.control.Tooltip("The table of the Customers step, one row per "
                + "customer; the outcome is joined by customer id from the file below. Untick to learn from the "
                + "file itself."));
        Label sourceLabel = new Label();
        sourceLabel.textProperty().bind(Bindings.when(model.customerTableProperty()
                .and(model.customersInputProperty().isNotNull())).then("Outcome from").otherwise("Table"));
        grid.add(fromCustomers, 0, r++, 2, 1);
        // ticked, but no file holds an outcome to join: say which table the model reads instead
        Label noOutcome = new Label("No file of the project has an outcome column to join to the customer table"
                + " (mark one as Outcome in the Data step); until then the model learns from the table below.");
        noOutcome.setId("predict-no-outcome");
        noOutcome.setWrapText(true);
        noOutcome.getStyleClass().add(Css.NOTE);
        noOutcome.visibleProperty().bind(model.customerTableProperty().and(model.customersInputProperty().isNull())
                .and(Bindings.createBooleanBinding(() -> !model.hasOutcomeFile(), model.sources(),
                        model.sourceProperty())));
        noOutcome.managedProperty().bind(noOutcome.visibleProperty());
        grid.add(noOutcome, 0, r++, 2, 1);
        grid.addRow(r++, sourceLabel, source);
        grid.addRow(r++, new Label("Customer id"), id);
        grid.addRow(r++, new Label("Outcome"), label);
        grid.addRow(r++, new Label("Positive value"), positive);
        grid.addRow(r++, new Label("Model"), kind);
        grid.addRow(r++, new Label("Split"), split);
        grid.addRow(r++, fractionLabel, fraction);
        grid.addRow(r++, dateLabel, date);
        grid.addRow(r++, cutoffLabel, cutoff);
        grid.addRow(r, new Label("Seed"), seed);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labels, new javafx.scene.layout.ColumnConstraints());
        // margins rather than a gap, so that the hidden fields of the other split leave no hole
        grid.setVgap(0);
        for (Node n : grid.getChildren()) {
            GridPane.setMargin(n, new Insets(3, 0, 3, 0));
            if (n instanceof ComboBox || n instanceof TextField || n instanceof DatePicker) {
                ((javafx.scene.control.Control) n).setMaxWidth(Double.MAX_VALUE);
                GridPane.setHgrow(n, Priority.ALWAYS);
            }
        }
        Label featureNote = new Label();
        featureNote.setId(FEATURE_NOTE);
        featureNote.textProperty().bind(model.featureNoteProperty());
        featureNote.setWrapText(true);
        featureNote.getStyleClass().add(Css.NOTE);
        featureNote.visibleProperty().bind(model.featureNoteProperty().isNotEmpty());
        featureNote.managedProperty().bind(featureNote.visibleProperty());
        VBox box = new VBox(8, title("Inputs"), grid, new Label("Features"), features, featureNote,
                new HBox(8, train, cancel),
                status, title("Trained models"), runs);
        box.setPadding(new Insets(10));
        return box;
    }

    // ---- results

    private Node results() {
        Slider slider = new Slider(0, 1, model.thresholdProperty().get());
        slider.setId(THRESHOLD_SLIDER);
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(0.1);
        slider.valueProperty().bindBidirectional(model.thresholdProperty());
        Label thresholdValue = new Label();
        thresholdValue.textProperty().bind(Bindings.format(Locale.ROOT, "Threshold %.3f", model.thresholdProperty()));
        metrics.setId(CONFUSION_TEXT);
        metrics.setWrapText(true);

        TextField missed = numberField(model.missedChurnerCostProperty());
        TextField offer = numberField(model.offerCostProperty());
        TextField saved = numberField(model.valueSavedProperty());
        Button best = new Button("Best threshold by cost");
        best.setOnAction(e -> model.chooseBestThresholdByCost());
        best.disableProperty().bind(model.selectedRunProperty().isNull());
        GridPane costs = new GridPane();
        costs.setHgap(8);
        costs.setVgap(6);
        // amounts in the currency of the data, per customer: the unit beside each field, the meaning on hover
        costs.addRow(0, costLabel("Missed churner", "What losing a customer the model did not flag costs: "
                + "the value a churner takes with them, per customer."), missed, unit("per customer"));
        costs.addRow(1, costLabel("Cost of an offer", "What one retention offer costs (discount, call, gift), per "
                + "flagged customer, whether they would have stayed or not."), offer, unit("per offer"));
        costs.addRow(2, costLabel("Value saved", "What a churner the offer keeps is worth, per customer saved."),
                saved, unit("per customer"));
        for (TextField field : List.of(missed, offer, saved)) {
            field.setPrefColumnCount(6);
            field.setTooltip(new javafx.scene.control.Tooltip("An amount in the currency of your data"));
        }
        costLine.setWrapText(true);
        VBox side = new VBox(10, title("Threshold"), thresholdValue, slider, metrics,
                title("Campaign costs"), costs, best, costLine);
        side.setPadding(new Insets(10));
        side.setPrefWidth(300);
        side.setMinWidth(280);
        HBox.setHgrow(confusionChart, Priority.ALWAYS);
        HBox thresholdTab = new HBox(confusionChart, side);

        SplitPane importanceTab = new SplitPane(importance, shap);
        SplitPane liftTab = new SplitPane(lift, calibration);

        TableView<PredictViewModel.ScoredRow> table = new TableView<>(model.scored());
        table.getStyleClass().add(SCORED_TABLE);
        Label none = new Label("Train a model to score every customer.");
        none.setWrapText(true);
        none.setPadding(new Insets(8));
        table.setPlaceholder(none);
        TableColumn<PredictViewModel.ScoredRow, String> idColumn = new TableColumn<>("Customer");
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().customerId()));
        TableColumn<PredictViewModel.ScoredRow, Double> scoreColumn = new TableColumn<>("Propensity");
        scoreColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().score()));
        scoreColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%.4f", item));
            }
        });
        scoreColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().add(idColumn);
        table.getColumns().add(scoreColumn);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.explain(now == null ? null : now.customerId()));
        Button export = new Button("Export scores…");
        export.disableProperty().bind(model.selectedRunProperty().isNull());
        export.setOnAction(e -> model.exportScores());
        VBox.setVgrow(table, Priority.ALWAYS);
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label scoredTitle = title("Scored customers");
        scoredTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the button goes under the title when the pane is narrow, rather than both being cut
        javafx.scene.layout.FlowPane scoredBar = new javafx.scene.layout.FlowPane(8, 6, scoredTitle, export);
        VBox tableBox = new VBox(8, scoredBar, table);
        tableBox.setPadding(new Insets(10));
        SplitPane customersTab = new SplitPane(tableBox, waterfall);
        customersTab.setDividerPositions(0.35);
        customersTab.setOrientation(Orientation.HORIZONTAL);

        VBox.setVgrow(curves, Priority.ALWAYS);
        VBox compareTab = new VBox(curves, comparison());
        Tab compare = tab("Compare models", compareTab);
        Tab drivers = tab("Drivers", importanceTab);
        Tab liftAndCalibration = tab("Lift & calibration", liftTab);
        TabPane tabs = new TabPane(
                compare,
                tab("Threshold & costs", thresholdTab),
                drivers,
                liftAndCalibration,
                tab("Customers", customersTab));
        activeWith(compare, rocPicture, prPicture);
        activeWith(drivers, shapPicture);
        activeWith(liftAndCalibration, liftPicture, calibrationPicture);
        tabs.setId(RESULT_TABS);
        return tabs;
    }

    /** One row per trained model with its hold-out figures. */
    private Node comparison() {
        TableView<ModelRun> table = new TableView<>(model.runs());
        table.getStyleClass().add(MODEL_TABLE);
        table.setPlaceholder(new Label("Each model you train is listed here with its hold-out scores."));
        TableColumn<ModelRun, String> name = new TableColumn<>("Model");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        // "Gradient boosting #12" whole at the smallest common screen; cut, it is given on hover
        name.setMinWidth(175);
        name.setCellFactory(org.segmentlab.ui.common.TextCells.withTooltip());
        table.getColumns().add(name);
        addFigure(table, "ROC AUC", e -> e.rocAuc());
        addFigure(table, "Avg precision", e -> e.prAuc());
        addFigure(table, "Log loss", e -> e.logLoss());
        addFigure(table, "Brier score", e -> e.brierScore());
        TableColumn<ModelRun, String> rows = new TableColumn<>("Train / test");
        rows.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%,d / %,d",
                c.getValue().result().trainRows(), c.getValue().result().testRows())));
        table.getColumns().add(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(120);
        table.setMinHeight(90);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedRunProperty().set(now);
            }
        });
        return table;
    }

    private static void addFigure(TableView<ModelRun> table, String title,
                                  java.util.function.ToDoubleFunction<Evaluation> figure) {
        TableColumn<ModelRun, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.3f",
                figure.applyAsDouble(c.getValue().result().evaluation()))));
        table.getColumns().add(column);
    }

    private void redrawRun() {
        redrawCurves();
        redrawConfusion();
        ModelRun run = model.selectedRunProperty().get();
        if (run == null) {
            for (StackPane p : List.of(importance, shap, lift, calibration, waterfall)) {
                placeholder(p, "Train a model to see its results.");
            }
            return;
        }
        Evaluation e = run.result().evaluation();
        List<FeatureImportance> imp = run.result().importance();
        if (imp.isEmpty()) {
            placeholder(importance, "No permutation importance for this model.");
        } else {
            List<String> names = new ArrayList<>();
            double[] values = new double[imp.size()];
            double[] errors = new double[imp.size()];
            for (int i = 0; i < imp.size(); i++) {
                names.add(imp.get(i).feature());
                values[i] = imp.get(i).aucDrop();
                errors[i] = imp.get(i).std();
            }
            String title = "Permutation importance — " + run.name();
            show(importance, importancePicture, () -> BarsChart.chart(title, "Drop in ROC AUC", names, values, errors,
                    15));
        }
        if (run.shap() == null) {
            placeholder(shap, "The SHAP summary is drawn for the tree models (forest, boosting).");
        } else {
            ModelRun.ShapSample sample = run.shap();
            long seed = run.result().model().seed();
            String title = "SHAP values — " + run.name();
            show(shap, shapPicture, () -> ShapSummaryChart.chart(title, sample.features(), sample.shap(),
                    sample.values(), 12, seed));
        }
        List<LiftDecile> deciles = e.lift();
        long[] customers = new long[deciles.size()];
        long[] positives = new long[deciles.size()];
        for (int i = 0; i < deciles.size(); i++) {
            customers[i] = deciles.get(i).customers();
            positives[i] = deciles.get(i).positives();
        }
        String liftTitle = "Cumulative gains — " + run.name();
        show(lift, liftPicture, () -> LiftChart.chart(liftTitle, customers, positives));
        List<CalibrationBin> bins = e.calibration();
        double[] predicted = new double[bins.size()];
        double[] observed = new double[bins.size()];
        long[] counts = new long[bins.size()];
        for (int i = 0; i < bins.size(); i++) {
            predicted[i] = bins.get(i).meanPredicted();
            observed[i] = bins.get(i).observedRate();
            counts[i] = bins.get(i).count();
        }
        String name = run.name();
        show(calibration, calibrationPicture, () -> CalibrationChart.chart("Calibration — " + name, name, predicted,
                observed, counts));
        redrawWaterfall();
    }

    private void redrawCurves() {
        if (model.runs().isEmpty()) {
            placeholder(curves, "Train one or more models to compare their ROC and precision-recall curves.");
            return;
        }
        // the runs are read on the painter's thread: a trained run does not change
        List<ModelRun> runs = List.copyOf(model.runs());
        curveRuns = runs;
        double positiveRate = runs.get(runs.size() - 1).positiveRate();
        rocPicture.show(() -> {
            List<CurveChart.Curve> roc = new ArrayList<>();
            for (ModelRun run : runs) {
                Evaluation e = run.result().evaluation();
                roc.add(curve(run.name(), e.rocCurve(), e.rocAuc()));
            }
            return CurveChart.roc("ROC (hold-out)", roc);
        });
        prPicture.show(() -> {
            List<CurveChart.Curve> pr = new ArrayList<>();
            for (ModelRun run : runs) {
                Evaluation e = run.result().evaluation();
                pr.add(curve(run.name(), e.prCurve(), e.prAuc()));
            }
            return CurveChart.precisionRecall("Precision–recall (hold-out)", pr, positiveRate);
        });
        curves.setPadding(Insets.EMPTY);
        if (!curves.getChildren().equals(List.of(bothCurves))) {
            curves.getChildren().setAll(bothCurves);
        }
    }

    private void redrawConfusion() {
        ModelRun run = model.selectedRunProperty().get();
        ConfusionMatrix m = model.confusionProperty().get();
        if (run == null || m == null) {
            placeholder(confusionChart, "Train a model to set its threshold.");
            metrics.setText("");
            costLine.setText("");
            return;
        }
        String positive = positiveName();
        String title = String.format(Locale.ROOT, "%s at threshold %.3f", run.name(), model.thresholdProperty().get());
        long[][] cells = m.asArray();
        show(confusionChart, confusionPicture, () -> ConfusionMatrixChart.chart(title, cells, "not " + positive,
                positive));
        metrics.setText(String.format(Locale.ROOT,
                "TP %d · FP %d · FN %d · TN %d%nPrecision %.3f · Recall %.3f%nF1 %.3f · Accuracy %.3f",
                m.tp(), m.fp(), m.fn(), m.tn(), m.precision(), m.recall(), m.f1(), m.accuracy()));
        double cost = model.expectedCost();
        costLine.setText(Double.isNaN(cost) ? "Enter the three amounts to see the campaign's cost."
                : String.format(Locale.ROOT, "On the %,d hold-out customers: %s of %,.0f, flagging %,d.",
                m.total(), cost <= 0 ? "net benefit" : "net cost", Math.abs(cost), m.tp() + m.fp()));
    }

    private void redrawWaterfall() {
        Explanation x = model.explanationProperty().get();
        if (x == null) {
            placeholder(waterfall, "Pick a customer in the table to see what drives the score.");
            return;
        }
        List<String> names = new ArrayList<>();
        double[] contributions = new double[x.drivers().size()];
        for (int i = 0; i < x.drivers().size(); i++) {
            Driver d = x.drivers().get(i);
            names.add(d.value() == null ? d.feature() : d.feature() + " = " + d.value());
            contributions[i] = d.contribution();
        }
        String axis = x.scale() == ExplanationScale.PROBABILITY ? "Probability" : "Log-odds";
        String title = String.format(Locale.ROOT, "Customer %s: score %.3f", x.customerId(), x.probability());
        show(waterfall, waterfallPicture, () -> WaterfallChart.chart(title, axis, x.baseValue(), names, contributions,
                8));
    }

    // ---- helpers

    /** "churned" for a yes/true label, else "plan = Pro". */
    private String positiveName() {
        String label = model.labelColumnProperty().get();
        String value = model.positiveValueProperty().get();
        if (label == null || value == null) {
            return "positive";
        }
        return List.of("true", "yes", "1", "y").contains(value.toLowerCase(Locale.ROOT)) ? label : label + " = " + value;
    }

    /** The runs the curves show, in series order, read by the curves' tooltips. */
    private List<ModelRun> curveRuns = List.of();

    /**
     * What a point of a ROC or precision–recall curve says: the model, both rates, and the threshold
     * that flags the customers to its left, with how many of the hold-out part that is.
     */
    String curveTip(org.jfree.chart.entity.ChartEntity mark, boolean roc) {
        if (!(mark instanceof org.jfree.chart.entity.XYItemEntity)) {
            return null;
        }
        org.jfree.chart.entity.XYItemEntity point = (org.jfree.chart.entity.XYItemEntity) mark;
        List<ModelRun> runs = curveRuns;
        if (point.getSeriesIndex() >= runs.size()) {
            return null;
        }
        ModelRun run = runs.get(point.getSeriesIndex());
        Evaluation e = run.result().evaluation();
        List<CurvePoint> points = roc ? e.rocCurve() : e.prCurve();
        if (point.getItem() >= points.size()) {
            return null;
        }
        CurvePoint p = points.get(point.getItem());
        String threshold = Double.isFinite(p.threshold())
                ? String.format(Locale.US, "flagging scores ≥ %.3f", p.threshold()) : "flagging nobody";
        long flagged = 0;
        for (double score : run.testScores()) {
            flagged += Double.isFinite(p.threshold()) && score >= p.threshold() ? 1 : 0;
        }
        return roc ? String.format(Locale.US, "%s%n%s (%,d of %,d hold-out customers)%nTrue positive rate %.1f%%%n"
                        + "False positive rate %.1f%%", run.name(), threshold, flagged, run.testScores().length,
                100 * p.y(), 100 * p.x())
                : String.format(Locale.US, "%s%n%s (%,d of %,d hold-out customers)%nPrecision %.1f%%%nRecall %.1f%%",
                run.name(), threshold, flagged, run.testScores().length, 100 * p.y(), 100 * p.x());
    }

    private static CurveChart.Curve curve(String name, List<CurvePoint> points, double area) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            x[i] = points.get(i).x();
            y[i] = points.get(i).y();
        }
        return new CurveChart.Curve(name, x, y, area);
    }

    private static Label costLabel(String text, String meaning) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setTooltip(new javafx.scene.control.Tooltip(meaning));
        return label;
    }

    private static Label unit(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.NOTE);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Tab tab(String name, Node content) {
        Tab tab = new Tab(name, content);
        tab.setClosable(false);
        return tab;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.PANEL_TITLE);
        return label;
    }

    /** Shows the picture in its pane, kept there between runs, with a new chart to draw. */
    private static void show(StackPane pane, ChartPicture picture, Supplier<JFreeChart> chart) {
        pane.setPadding(Insets.EMPTY);
        if (!pane.getChildren().equals(List.of(picture))) {
            pane.getChildren().setAll(picture);
        }
        picture.show(chart);
    }

    private ChartPicture picture(Executor painter, String fileName) {
        ChartPicture picture = new ChartPicture(painter);
        picture.setMinSize(200, 200);
        picture.setPrefSize(600, 500);
        picture.setOnSave(maker -> model.exportChart(maker, fileName));
        return picture;
    }

    private static void activeWith(Tab tab, ChartPicture... pictures) {
        for (ChartPicture picture : pictures) {
            picture.setActive(tab.isSelected());
        }
        tab.selectedProperty().addListener((obs, was, now) -> {
            for (ChartPicture picture : pictures) {
                picture.setActive(now);
            }
        });
    }

    /** The ROC, precision-recall, SHAP, gains and calibration pictures, for tests. */
    List<ChartPicture> pictures() {
        return List.of(rocPicture, prPicture, shapPicture, liftPicture, calibrationPicture);
    }

    private static void placeholder(StackPane pane, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Css.NOTE);
        label.setMaxWidth(360);
        pane.setPadding(new Insets(20));
        pane.getChildren().setAll(label);
    }

    private static TextField numberField(javafx.beans.property.DoubleProperty property) {
        TextField field = new TextField();
        TextFormatter<Double> format = new TextFormatter<>(new DoubleStringConverter(), property.get());
        field.setTextFormatter(format);
        format.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        property.addListener((obs, old, now) -> format.setValue(now.doubleValue()));
        field.setPrefColumnCount(6);
        return field;
    }
}
