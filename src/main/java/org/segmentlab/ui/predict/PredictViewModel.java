package org.segmentlab.ui.predict;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.predict.BinaryMetrics;
import org.segmentlab.core.predict.ConfusionMatrix;
import org.segmentlab.core.predict.CostMatrix;
import org.segmentlab.core.predict.Driver;
import org.segmentlab.core.predict.Explanation;
import org.segmentlab.core.predict.ModelInput;
import org.segmentlab.core.predict.ModelInputReader;
import org.segmentlab.core.predict.ModelInputSpec;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.predict.ModelTraining;
import org.segmentlab.core.predict.Partition;
import org.segmentlab.core.predict.ScoredCustomers;
import org.segmentlab.core.predict.ScoresCsv;
import org.segmentlab.core.predict.SplitSpec;
import org.segmentlab.core.predict.Splits;
import org.segmentlab.core.predict.TrainedModel;
import org.segmentlab.core.predict.TrainingParams;
import org.segmentlab.core.predict.TrainingResult;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableParams;
import org.segmentlab.core.predict.ModelFeatures;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.PredictSettings;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.ChartSaving;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.dialog.FileType;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The Predict step without its nodes: which table, outcome and features to learn from, the models
 * trained so far, and the threshold, costs and explanations of the model being looked at.
 */
public final class PredictViewModel {

    /** One customer's score, for the scored table. */
    public record ScoredRow(String customerId, double score) {
    }

    /** SHAP values are computed for at most this many hold-out customers (they cost a tree walk each). */
    static final int SHAP_SAMPLE = 300;
    private static final List<FileType> CSV_FILES = List.of(FileType.of("CSV files (*.csv)", "*.csv"));

    private final DataViewModel data;
    private final ProjectSettingsAccess project;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObjectProperty<DataSource> source = new SimpleObjectProperty<>(this, "source");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty idColumn = new SimpleStringProperty(this, "idColumn");
    private final StringProperty labelColumn = new SimpleStringProperty(this, "labelColumn");
    private final ObservableList<String> labelValues = FXCollections.observableArrayList();
    private final StringProperty positiveValue = new SimpleStringProperty(this, "positiveValue");
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final ObjectProperty<ModelKind> modelKind = new SimpleObjectProperty<>(this, "modelKind", ModelKind.LOGISTIC);
    private final ObjectProperty<SplitSpec.Kind> splitKind = new SimpleObjectProperty<>(this, "splitKind",
            SplitSpec.Kind.STRATIFIED);
    private final DoubleProperty testFraction = new SimpleDoubleProperty(this, "testFraction", 0.2);
    private final StringProperty dateColumn = new SimpleStringProperty(this, "dateColumn");
    private final ObjectProperty<LocalDate> cutoff = new SimpleObjectProperty<>(this, "cutoff");
    private final LongProperty seed = new SimpleLongProperty(this, "seed", TrainingParams.DEFAULT_SEED);

    private final DoubleProperty missedChurnerCost = new SimpleDoubleProperty(this, "missedChurnerCost", 500);
    private final DoubleProperty offerCost = new SimpleDoubleProperty(this, "offerCost", 20);
    private final DoubleProperty valueSaved = new SimpleDoubleProperty(this, "valueSaved", 300);

    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty status = new SimpleStringProperty(this, "status",
            "Choose a table, the outcome and the features, then Train.");
    private final ObservableList<ModelRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<ModelRun> selectedRun = new SimpleObjectProperty<>(this, "selectedRun");
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.5);
    private final ReadOnlyObjectWrapper<ConfusionMatrix> confusion = new ReadOnlyObjectWrapper<>(this, "confusion");
    private final ObservableList<ScoredRow> scored = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    /** The explanation under way, if any: only its result is shown. */
    private TaskHandle explaining;

    /** Learn from the project's customer table, the outcome joined from {@link #sourceProperty()}'s file. */
    private final BooleanProperty customerTable = new SimpleBooleanProperty(this, "customerTable", true);
    /** The saved model was trained again since the project opened, or the user trained one. */
    private boolean replayed;
    /** The customer table as the model reads it, or null before it is built or when it cannot be. */
    private final ReadOnlyObjectWrapper<ImportedTable> customersInput = new ReadOnlyObjectWrapper<>(this,
            "customersInput");
    private final StringProperty featureNote = new SimpleStringProperty(this, "featureNote", "");
    private String defaultsNote = "";
    /** What the customer table shown was built from, so that it is built again only when that changes. */
    private List<Object> customersKey;
    private TaskHandle buildingCustomers;
    /** The last customer table built (every feature, before the steps' columns), and what it was built from. */
    private CustomerTable builtCustomers;
    private List<Object> builtCustomersKey;
    /** What the other steps produced per customer: the segments are features the model may learn from. */
    private final StepColumns stepColumns;
    /** The step columns a model may learn from; an earlier model's score would teach it the answer. */
    static final List<String> LEARNABLE_STEP_COLUMNS = List.of(ProjectCustomers.SEGMENT, ProjectCustomers.RFM_SEGMENT);

    private final ChangeListener<ImportedTable> tableListener = (obs, old, now) -> refreshInput();
    private TaskHandle current;
    private int trained;
    private boolean restoring;
    /** The table was taken by {@link #chooseLabelledSource}, not by the user, so a better one may replace it. */
    private boolean autoChosen;
    private boolean choosing;

    public PredictViewModel(DataViewModel data, ProjectSettingsAccess project, TaskRunner tasks,
                            DialogService dialogs) {
        this(data, project, tasks, dialogs, new StepColumns());
    }

    /**
     * @param stepColumns the segments the other steps made: columns of the customer table the model may
     *                    learn from (the scores are left out: a model must not learn an earlier answer)
     */
    public PredictViewModel(DataViewModel data, ProjectSettingsAccess project, TaskRunner tasks,
                            DialogService dialogs, StepColumns stepColumns) {
        this.stepColumns = Objects.requireNonNull(stepColumns);
        this.data = Objects.requireNonNull(data);
        this.project = Objects.requireNonNull(project);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        source.addListener((obs, old, now) -> {
            if (!choosing) {
                autoChosen = false;
            }
            if (old != null) {
                old.tableProperty().removeListener(tableListener);
                if (!data.sources().contains(old)) {
                    // the models were trained on a table that has left the project (or another project opened)
                    selectedRun.set(null);
                    runs.clear();
                }
            }
            if (now != null) {
                now.tableProperty().addListener(tableListener);
            }
            if (!choosing && !restoring && now != null) {
                // a file picked by hand is the table to learn from
                customerTable.set(false);
            }
            refreshInput();
        });
        customerTable.addListener((obs, old, now) -> {
            if (!restoring) {
                refreshInput();
                save();
            }
        });
        labelColumn.addListener((obs, old, now) -> refreshLabelValues());
        data.sources().addListener((javafx.collections.ListChangeListener<DataSource>) change -> {
            while (change.next()) {
                for (DataSource added : change.getAddedSubList()) {
                    added.tableProperty().addListener((obs, old, now) -> chooseLabelledSource());
                }
            }
            chooseLabelledSource();
        });
        for (DataSource existing : data.sources()) {
            existing.tableProperty().addListener((obs, old, now) -> chooseLabelledSource());
        }
        threshold.addListener((obs, old, now) -> recount());
        // a segment made in another step becomes a feature the model may learn from
        stepColumns.revisionProperty().addListener((obs, old, now) -> {
            if (customerTable.get()) {
                refreshInput();
            }
            updateFeatureNote();
        });
        selectedRun.addListener((obs, old, now) -> {
            forgetExplanation();
            if (now != null) {
                threshold.set(startingThreshold(now));
                List<String> ids = now.input().customerIds();
                List<ScoredRow> rows = new ArrayList<>(ids.size());
                for (int i = 0; i < ids.size(); i++) {
                    rows.add(new ScoredRow(ids.get(i), now.scores()[i]));
                }
                rows.sort(Comparator.comparingDouble(ScoredRow::score).reversed());
                scored.setAll(rows);
            } else {
                scored.clear();
            }
            recount();
        });
        modelKind.addListener((obs, old, now) -> save());
        features.addListener((javafx.collections.ListChangeListener<String>) change -> save());
        positiveValue.addListener((obs, old, now) -> save());
        seed.addListener((obs, old, now) -> save());
        testFraction.addListener((obs, old, now) -> save());
        splitKind.addListener((obs, old, now) -> save());
        cutoff.addListener((obs, old, now) -> save());
        dateColumn.addListener((obs, old, now) -> save());
        restoreInput();
    }

    // ---- inputs

    public ObservableList<DataSource> sources() {
        return data.sources();
    }

    public ObjectProperty<DataSource> sourceProperty() {
        return source;
    }

    /** Every column of the chosen table. */
    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty idColumnProperty() {
        return idColumn;
    }

    public StringProperty labelColumnProperty() {
        return labelColumn;
    }

    /** The values the label column holds, for the positive value. */
    public ObservableList<String> labelValues() {
        return labelValues;
    }

    public StringProperty positiveValueProperty() {
        return positiveValue;
    }

    /** The chosen feature columns. */
    public ObservableList<String> features() {
        return features;
    }

    /**
     * Whether the model learns from the project's customer table (built from the sources with the
     * Customers step's settings), the outcome joined by customer id from the chosen file; else from the
     * chosen file itself. On by default when the table can be built.
     */
    public BooleanProperty customerTableProperty() {
        return customerTable;
    }

    /** The customer table as the model reads it, or null when the model learns from a file. */
    public ReadOnlyObjectProperty<ImportedTable> customersInputProperty() {
        return customersInput.getReadOnlyProperty();
    }

    /** Which columns are not ticked by default and why ("InvoiceNo (role invoice), …"), or empty. */
    public StringProperty featureNoteProperty() {
        return featureNote;
    }

    /** The table the model learns from: the customer table, or the chosen file's table. */
    public ImportedTable learningTable() {
        if (customerTable.get() && customersInput.get() != null) {
            return customersInput.get();
        }
        DataSource chosen = source.get();
        return chosen == null ? null : chosen.table();
    }

    /** Columns that may be features: all but the id and the label. */
    public List<String> featureCandidates() {
        List<String> out = new ArrayList<>(columns);
        out.remove(idColumn.get());
        out.remove(labelColumn.get());
        return out;
    }

    public ObjectProperty<ModelKind> modelKindProperty() {
        return modelKind;
    }

    public ObjectProperty<SplitSpec.Kind> splitKindProperty() {
        return splitKind;
    }

    public DoubleProperty testFractionProperty() {
        return testFraction;
    }

    public StringProperty dateColumnProperty() {
        return dateColumn;
    }

    public ObjectProperty<LocalDate> cutoffProperty() {
        return cutoff;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public DoubleProperty missedChurnerCostProperty() {
        return missedChurnerCost;
    }

    public DoubleProperty offerCostProperty() {
        return offerCost;
    }

    public DoubleProperty valueSavedProperty() {
        return valueSaved;
    }

    // ---- results

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Every model trained in this session, oldest first. */
    public ObservableList<ModelRun> runs() {
        return runs;
    }

    public ObjectProperty<ModelRun> selectedRunProperty() {
        return selectedRun;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The hold-out confusion matrix of the selected model at the current threshold. */
    public ReadOnlyObjectProperty<ConfusionMatrix> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    /** Every customer of the selected model, highest score first. */
    public ObservableList<ScoredRow> scored() {
        return scored;
    }

    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The campaign economics from the three cost fields, or empty when they make no sense. */
    public java.util.Optional<CostMatrix> costs() {
        try {
            return java.util.Optional.of(new CostMatrix(missedChurnerCost.get(), offerCost.get(), valueSaved.get()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The hold-out cost of the campaign at the current threshold (negative is a net benefit), or NaN. */
    public double expectedCost() {
        ConfusionMatrix m = confusion.get();
        return m == null ? Double.NaN : costs().map(c -> c.cost(m)).orElse(Double.NaN);
    }

    // ---- actions

    /**
     * Keeps the chosen table while it is still in the project; otherwise takes the first loaded table
     * with an outcome (label) column, or else the first loaded table.
     */
    public void chooseLabelledSource() {
        DataSource chosen = source.get();
        if (chosen != null && data.sources().contains(chosen) && chosen.table() != null
                && (!autoChosen || hasLabel(chosen.table()))) {
            refreshInput();
            return;
        }
        DataSource fallback = null;
        for (DataSource s : data.sources()) {
            ImportedTable t = s.table();
            if (t == null) {
                continue;
            }
            if (hasLabel(t)) {
                pick(s);
                return;
            }
            if (fallback == null) {
                fallback = s;
            }
        }
        if (fallback != null && fallback != chosen || (chosen != null && !data.sources().contains(chosen))) {
            pick(fallback);
        }
    }

    /**
     * Takes the input the project's Predict settings keep: the customer table, or the source they name
     * (files from before the input was kept learn from the first file with the outcome).
     */
    private void restoreInput() {
        PredictSettings saved = project.settings().predict();
        restoring = true;
        try {
            if (saved == null || saved.learnsFromCustomers()) {
                customerTable.set(true);
            } else {
                customerTable.set(false);
                if (saved.input() != null) {
                    data.sources().stream().filter(s -> s.id().equals(saved.input())).findFirst()
                            .ifPresent(this::pick);
                }
            }
        } finally {
            restoring = false;
        }
    }

    /**
     * Builds the customer table again when what it is built from changed (in the background), then
     * shows the columns of the table the model learns from.
     */
    public void refreshInput() {
        if (!customerTable.get()) {
            cancelCustomers();
            customersKey = null;
            customersInput.set(null);
            refreshColumns();
            return;
        }
        DataSource labelled = source.get();
        ImportedTable outcomes = labelled == null ? null : labelled.table();
        String label = outcomes == null ? null : outcomeColumn(outcomes);
        Map<SourceKind, DataSource> used = new EnumMap<>(SourceKind.class);
        for (DataSource s : data.sources()) {
            if (s.table() != null) {
                used.putIfAbsent(ProjectCustomers.roleOf(s.kind()), s);
            }
        }
        ProjectCustomers.Inputs inputs = new ProjectCustomers.Inputs(tableOf(used.get(SourceKind.TRANSACTIONS)),
                tableOf(used.get(SourceKind.EVENTS)), tableOf(used.get(SourceKind.ATTRIBUTES)));
        FeatureSettings settings = project.settings().features();
        LocalDate asOf = settings != null && settings.asOf() != null ? settings.asOf()
                : ProjectCustomers.defaultAsOf(inputs).orElse(null);
        if (label == null || inputs.isEmpty() || asOf == null) {
            // no customer table to learn from: the file is the table
            cancelCustomers();
            customersKey = null;
            customersInput.set(null);
            refreshColumns();
            return;
        }
        CustomerTableParams params;
        try {
            params = ProjectCustomers.params(settings, asOf);
        } catch (IllegalArgumentException e) {
            status.set("The customer table cannot be built: " + e.getMessage());
            customersInput.set(null);
            refreshColumns();
            return;
        }
        List<Object> buildKey = java.util.Arrays.asList(inputs.transactions(), inputs.events(), inputs.attributes(),
                params);
        List<StepColumns.Column> segments = LEARNABLE_STEP_COLUMNS.stream().map(stepColumns::get)
                .flatMap(java.util.Optional::stream).toList();
        List<Object> key = java.util.Arrays.asList(buildKey, outcomes, label, segments);
        if (key.equals(customersKey)) {
            return;
        }
        cancelCustomers();
        customersKey = key;
        CustomerTable cached = buildKey.equals(builtCustomersKey) ? builtCustomers : null;
        StepColumns withSegments = new StepColumns();
        segments.forEach(withSegments::put);
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(BackgroundTask.of("Building the customer table", progress -> {
                    CustomerTable raw = cached != null ? cached : ProjectCustomers.build(inputs, params, progress).raw();
                    return new BuiltInput(raw, ProjectCustomers.modelInput(withSegments.addTo(raw), outcomes, label));
                })
                .onSuccess(built -> {
                    builtCustomers = built.customers();
                    builtCustomersKey = buildKey;
                    if (key.equals(customersKey)) {
                        customersInput.set(built.input());
                        refreshColumns();
                    }
                })
                .onFailure(error -> {
                    if (error instanceof CancelledException || !key.equals(customersKey)) {
                        return;
                    }
                    status.set("The customer table cannot be built (" + oneLine(error)
                            + "); the model learns from the file.");
                    customersInput.set(null);
                    refreshColumns();
                })
                .onFinished(() -> {
                    if (buildingCustomers == handle[0]) {
                        buildingCustomers = null;
                    }
                }));
        if (key.equals(customersKey) && customersInput.get() == null) {
            buildingCustomers = handle[0];
        }
        if (customersInput.get() == null) {
            refreshColumns();
        }
    }

    /** The defaults' note, and why the model's own score is not among the features. */
    private void updateFeatureNote() {
        String note = defaultsNote;
        if (customersInput.get() != null && learningTable() == customersInput.get()
                && stepColumns.get(ProjectCustomers.CHURN_SCORE).isPresent()) {
            note = (note.isEmpty() ? "" : note + " ") + "'" + ProjectCustomers.CHURN_SCORE
                    + "' is not offered: it is a model's answer, which the next model must not learn from.";
        }
        featureNote.set(note);
    }

    /** A customer table built, and the model's input made of it with the segments of the steps. */
    private record BuiltInput(CustomerTable customers, ImportedTable input) {
    }

    private void cancelCustomers() {
        TaskHandle running = buildingCustomers;
        buildingCustomers = null;
        if (running != null) {
            running.cancel();
        }
    }

    private static ImportedTable tableOf(DataSource source) {
        return source == null ? null : source.table();
    }

    /** The saved outcome where the file has it, else the file's first column with the label role. */
    private String outcomeColumn(ImportedTable table) {
        PredictSettings saved = project.settings().predict();
        if (saved != null && saved.label() != null && table.table().columnNames().contains(saved.label())) {
            return saved.label();
        }
        return table.column(ColumnRole.LABEL).map(ColumnInfo::name).orElse(null);
    }

    private void pick(DataSource s) {
        choosing = true;
        try {
            source.set(s);
            autoChosen = true;
        } finally {
            choosing = false;
        }
    }

    /** Whether a source of the project has a column with the outcome role: one the customer table can join. */
    public boolean hasOutcomeFile() {
        return data.sources().stream().anyMatch(s -> s.table() != null && hasLabel(s.table()));
    }

    private static boolean hasLabel(ImportedTable table) {
        return table.report().columns().stream().anyMatch(c -> c.role() == ColumnRole.LABEL);
    }

    /** Moves the threshold to the one with the lowest hold-out cost of the selected model. */
    public void chooseBestThresholdByCost() {
        ModelRun run = selectedRun.get();
        java.util.Optional<CostMatrix> c = costs();
        if (run == null || c.isEmpty()) {
            return;
        }
        threshold.set(BinaryMetrics.minCostThreshold(run.testLabels(), run.testScores(), c.get()));
    }

    /** Trains a model on a background task; it joins {@link #runs()} and becomes the selected one. */
    public void train() {
        replayed = true;
        ImportedTable table = learningTable();
        if (table == null || idColumn.get() == null || labelColumn.get() == null) {
            dialogs.showError("Cannot train", "Choose a table, its customer id column and the outcome column first.");
            return;
        }
        if (features.isEmpty()) {
            dialogs.showError("Cannot train", "Choose at least one feature.");
            return;
        }
        start(table, false);
    }

    /**
     * The project's saved model is trained again once its table is at hand with every saved feature, as the
     * Value step fits its saved model again: the step then shows the model the report speaks of. Once per
     * opening, only while nothing has been trained; the same seed and split give the same model. Nothing
     * is saved, and a failure is said in the status, not in a dialog, since nobody asked.
     */
    private void replaySaved() {
        PredictSettings saved = project.settings().predict();
        ImportedTable table = learningTable();
        if (replayed || saved == null || saved.features() == null || saved.features().isEmpty() || !runs.isEmpty()
                || running.get() || table == null || idColumn.get() == null || labelColumn.get() == null) {
            return;
        }
        if (!features.equals(saved.features())) {
            // a saved feature is not there yet (the customer table is still being built, or a step's column
            // such as the segments has not come): wait for the table that has them all
            return;
        }
        replayed = true;
        start(table, true);
    }

    private void start(ImportedTable table, boolean replay) {
        ModelInputSpec spec = ModelInputSpec.of(idColumn.get(), labelColumn.get(), List.copyOf(features))
                .withPositiveValue(positiveValue.get());
        SplitSpec split;
        try {
            if (splitKind.get() == SplitSpec.Kind.CHRONOLOGICAL) {
                split = SplitSpec.chronological(dateColumn.get(), cutoff.get());
                spec = spec.withDateColumn(dateColumn.get());
            } else {
                split = SplitSpec.stratified(testFraction.get());
            }
        } catch (IllegalArgumentException e) {
            if (replay) {
                status.set("The saved model could not be trained again: split: " + e.getMessage());
            } else {
                dialogs.showError("Cannot train", "Split: " + e.getMessage());
            }
            return;
        }
        TrainingParams params = TrainingParams.defaults(modelKind.get()).withSplit(split).withSeed(seed.get());
        if (costs().isPresent()) {
            params = params.withCosts(costs().get());
        }
        ModelInputSpec finalSpec = spec;
        TrainingParams finalParams = params;
        String name = label(modelKind.get()) + " #" + (++trained);
        running.set(true);
        status.set((replay ? "Training the saved model again: " : "Training ") + name + "…");
        if (!replay) {
            save();
        }
        current = tasks.run(BackgroundTask.of("Training " + name,
                        progress -> trainNow(name, table, finalSpec, finalParams, progress))
                .onSuccess(run -> {
                    runs.add(run);
                    selectedRun.set(run);
                    status.set((replay ? "Trained again as the project keeps it: " : "")
                            + String.format(java.util.Locale.ROOT, "%s: ROC AUC %.3f on %d hold-out customers",
                            name, run.result().evaluation().rocAuc(), run.testLabels().length)
                            + (run.result().notes().isEmpty() ? "" : "; " + String.join("; ", run.result().notes()))
                            + thresholdNote(run));
                })
                .onFailure(error -> {
                    if (error instanceof CancelledException) {
                        status.set("Training cancelled.");
                        return;
                    }
                    status.set((replay ? "The saved model could not be trained again: " : "Training failed: ")
                            + oneLine(error));
                    if (!replay) {
                        dialogs.showError("Training failed", oneLine(error));
                    }
                })
                .onFinished(() -> {
                    running.set(false);
                    current = null;
                }));
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
            status.set("Training cancelled.");
        }
    }

    /**
     * Explains the selected model's score of one customer, on a background task (a forest's TreeSHAP
     * walks every tree): the explanation shown is that of the latest customer asked for, while the same
     * model is selected; an earlier request still under way is stopped.
     */
    public void explain(String customerId) {
        ModelRun run = selectedRun.get();
        forgetExplanation();
        if (run == null || customerId == null) {
            return;
        }
        // the callbacks act only while this is the explanation under way (a newer request or another
        // model replaces or clears it); a runner that works at once calls them before it returns
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(BackgroundTask.<Explanation>of("Explaining the score of " + customerId,
                        progress -> {
                            int row = run.input().customerIds().indexOf(customerId);
                            return row < 0 ? null : run.result().model().explain(run.input(), row);
                        })
                .onSuccess(found -> {
                    if (explaining == handle[0]) {
                        explanation.set(found);
                    }
                })
                .onFailure(error -> {
                    if (explaining == handle[0] && !(error instanceof CancelledException)) {
                        status.set("Could not explain the score of " + customerId + ": " + oneLine(error));
                    }
                })
                .onFinished(() -> {
                    if (explaining == handle[0]) {
                        explaining = null;
                    }
                }));
        explaining = handle[0];
    }

    /** Clears the explanation and stops one under way. */
    private void forgetExplanation() {
        TaskHandle going = explaining;
        explaining = null;
        if (going != null) {
            going.cancel();
        }
        explanation.set(null);
    }

    /** Asks where to save, then writes {@code customer_id,score} of the selected model on a background task. */
    public void exportScores() {
        ModelRun run = selectedRun.get();
        if (run == null) {
            dialogs.showError("Nothing to export", "Train a model first.");
            return;
        }
        dialogs.chooseFileToSave("Export scores", "scores.csv", CSV_FILES).ifPresent(file -> exportScores(run, file));
    }

    private void exportScores(ModelRun run, Path file) {
        ScoredCustomers scores = new ScoredCustomers(run.input().customerIds(), run.scores());
        tasks.run(BackgroundTask.of("Exporting scores", progress -> {
                    ScoresCsv.write(file, scores);
                    return file;
                })
                .onSuccess(done -> status.set("Saved " + scores.size() + " scores to " + done.getFileName()))
                .onFailure(error -> dialogs.showError("Export failed",
                        "Could not write " + file + ": " + oneLine(error))));
    }

    /** Asks where to save, then builds and writes the chart (PNG or SVG by the file's name) on a background task. */
    public void exportChart(java.util.function.Supplier<org.jfree.chart.JFreeChart> chart, String suggestedName) {
        ChartSaving.save(dialogs, tasks, chart, suggestedName, status::set);
    }

    // ---- work

    static ModelRun trainNow(String name, ImportedTable table, ModelInputSpec spec, TrainingParams params,
                             Progress progress) {
        ModelInputReader.Read read = ModelInputReader.forTraining(table, spec);
        ModelInput input = read.input();
        TrainingResult result = new ModelTraining().train(input, read.schema(), params,
                progress.slice(0, 0.8));
        // the same seed gives the same partition, so these are the very rows the evaluation used
        Partition partition = Splits.split(params.split(), input, params.seed());
        ModelInput test = input.rows(partition.test());
        TrainedModel model = result.model();
        double[] testScores = model.probabilities(test, progress.slice(0.8, 0.85));
        double[] scores = model.probabilities(input, progress.slice(0.85, 0.9));
        ModelRun.ShapSample shap = model.kind() == ModelKind.LOGISTIC ? null
                : shapSample(model, test, progress.slice(0.9, 1));
        return new ModelRun(name, result, input, test.labels(), testScores, scores, shap);
    }

    private static ModelRun.ShapSample shapSample(TrainedModel model, ModelInput test, Progress progress) {
        int n = Math.min(SHAP_SAMPLE, test.rowCount());
        List<String> names = model.schema().features();
        double[][] shap = new double[n][];
        double[][] values = new double[n][];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        // Each explanation walks every tree on its own: they are spread over the cores.
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            progress.checkCancelled();
            // rows spread evenly over the hold-out part rather than its first n
            int row = (int) ((long) i * test.rowCount() / n);
            List<Driver> drivers = model.explain(test, row).drivers();
            shap[i] = new double[drivers.size()];
            values[i] = new double[drivers.size()];
            for (int f = 0; f < drivers.size(); f++) {
                shap[i][f] = drivers.get(f).contribution();
                values[i][f] = number(drivers.get(f).value());
            }
            int finished = done.incrementAndGet();
            synchronized (done) {
                progress.update(finished / (double) n, "Explaining");
            }
        });
        return new ModelRun.ShapSample(names, shap, values);
    }

    private static double number(String text) {
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static double startingThreshold(ModelRun run) {
        return startingThreshold(run.result().evaluation().threshold(), run.testLabels(), run.testScores());
    }

    /**
     * The model's own threshold, unless it flags no hold-out customer at all (scores that stay low, as with a
     * rare outcome): then the threshold with the best F1 on the hold-out, so the step shows something to act on.
     */
    static double startingThreshold(double fixed, int[] labels, double[] scores) {
        return flagsNobody(scores, fixed) ? BinaryMetrics.maxF1Threshold(labels, scores) : fixed;
    }

    private static boolean flagsNobody(double[] scores, double threshold) {
        for (double score : scores) {
            if (score >= threshold) {
                return false;
            }
        }
        return true;
    }

    /** What the status line says when {@link #startingThreshold} moved the threshold, or "". */
    static String thresholdNote(ModelRun run) {
        return thresholdNote(run.result().evaluation().threshold(), run.testLabels(), run.testScores());
    }

    static String thresholdNote(double fixed, int[] labels, double[] scores) {
        if (!flagsNobody(scores, fixed)) {
            return "";
        }
        double highest = java.util.Arrays.stream(scores).max().orElse(Double.NaN);
        return String.format(java.util.Locale.ROOT, "; at %.2f no customer is flagged (the highest score is %.2f), "
                + "so the threshold starts at %.2f, the best F1 on the hold-out", fixed, highest,
                startingThreshold(fixed, labels, scores));
    }

    static String label(ModelKind kind) {
        return kind.displayName();
    }

    private void recount() {
        ModelRun run = selectedRun.get();
        confusion.set(run == null ? null : run.confusionAt(threshold.get()));
    }

    private void refreshColumns() {
        showColumns();
        replaySaved();
    }

    private void showColumns() {
        ImportedTable table = learningTable();
        restoring = true;
        try {
            if (table == null) {
                columns.clear();
                features.clear();
                idColumn.set(null);
                labelColumn.set(null);
                defaultsNote = "";
                featureNote.set("");
                return;
            }
            List<String> names = new ArrayList<>();
            String id = null;
            String label = null;
            for (ColumnInfo c : table.report().columns()) {
                names.add(c.name());
                if (c.role() == ColumnRole.CUSTOMER_ID && id == null) {
                    id = c.name();
                }
                if (c.role() == ColumnRole.LABEL && label == null) {
                    label = c.name();
                }
            }
            columns.setAll(names);
            PredictSettings saved = project.settings().predict();
            if (saved != null && saved.label() != null && names.contains(saved.label())) {
                label = saved.label();
            }
            idColumn.set(id != null ? id : names.get(0));
            labelColumn.set(label);
            ModelFeatures.Choice defaults = ModelFeatures.defaults(table, idColumn.get(), labelColumn.get());
            List<String> chosenFeatures = new ArrayList<>(featureCandidates());
            if (saved != null && saved.features() != null && !saved.features().isEmpty()) {
                // in the saved order, which the model's columns follow
                List<String> candidates = chosenFeatures;
                chosenFeatures = new ArrayList<>(saved.features());
                chosenFeatures.retainAll(candidates);
            } else {
                chosenFeatures.retainAll(defaults.chosen());
            }
            features.setAll(chosenFeatures);
            defaultsNote = defaults.leftOut().isEmpty() ? "" : "Not ticked by default: " + String.join(", ",
                    defaults.leftOut().stream().map(ModelFeatures.LeftOut::toString).toList()) + ".";
            updateFeatureNote();
            if (saved != null) {
                String restored = matchingValue(saved.positiveLabel());
                if (restored != null) {
                    positiveValue.set(restored);
                }
                if (saved.model() != null) {
                    modelKind.set(ModelKind.parse(saved.model()));
                }
                if (saved.seed() != null) {
                    seed.set(saved.seed());
                }
                if (saved.split() != null) {
                    SplitSpec split = SplitSpec.parse(saved.split());
                    splitKind.set(split.kind());
                    if (split.kind() == SplitSpec.Kind.STRATIFIED) {
                        testFraction.set(split.testFraction());
                    } else {
                        dateColumn.set(split.dateColumn());
                        cutoff.set(split.cutoff());
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            status.set("The saved Predict settings could not be used: " + e.getMessage());
        } finally {
            restoring = false;
        }
    }

    /**
     * The label value a saved positive value names: the same text in any case, or "true" for a
     * Yes/No column that was read as a boolean ("false" for No).
     */
    private String matchingValue(String saved) {
        if (saved == null) {
            return null;
        }
        for (String v : labelValues) {
            if (v.equalsIgnoreCase(saved)) {
                return v;
            }
        }
        String lower = saved.toLowerCase(java.util.Locale.ROOT);
        if (Set.of("yes", "y", "1", "t").contains(lower) && labelValues.contains("true")) {
            return "true";
        }
        if (Set.of("no", "n", "0", "f").contains(lower) && labelValues.contains("false")) {
            return "false";
        }
        return null;
    }

    private void refreshLabelValues() {
        ImportedTable table = learningTable();
        String label = labelColumn.get();
        if (table == null || label == null || !table.table().columnNames().contains(label)) {
            labelValues.clear();
            positiveValue.set(null);
            return;
        }
        Table t = table.table();
        Column<?> column = t.column(label);
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < column.size() && values.size() <= 50; i++) {
            if (!column.isMissing(i)) {
                values.add(column.getString(i));
            }
        }
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        labelValues.setAll(sorted);
        String guess = sorted.stream()
                .filter(v -> Set.of("yes", "true", "1", "churn", "churned", "y").contains(v.toLowerCase(java.util.Locale.ROOT)))
                .findFirst().orElse(sorted.isEmpty() ? null : sorted.get(sorted.size() - 1));
        positiveValue.set(guess);
    }

    private void save() {
        if (restoring || labelColumn.get() == null) {
            return;
        }
        String split;
        if (splitKind.get() == SplitSpec.Kind.CHRONOLOGICAL && dateColumn.get() != null && cutoff.get() != null) {
            split = SplitSpec.chronological(dateColumn.get(), cutoff.get()).describe();
        } else if (testFraction.get() > 0 && testFraction.get() < 1) {
            split = SplitSpec.stratified(testFraction.get()).describe();
        } else {
            split = null;
        }
        // while the customer table is still being built, the choice made is the customer table
        boolean customers = customerTable.get() && (customersInput.get() != null || buildingCustomers != null);
        String input = customers ? PredictSettings.CUSTOMERS_INPUT : source.get() == null ? null : source.get().id();
        PredictSettings settings = new PredictSettings(input, labelColumn.get(), positiveValue.get(),
                List.copyOf(features), modelKind.get().cliName(), split, seed.get());
        if (settings.equals(project.settings().predict())) {
            return;
        }
        project.update(s -> s.withPredict(settings));
    }

    private static String oneLine(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }
}
