package org.segmentlab.ui.segment.cluster;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableResult;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.WholeHistory;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.core.segment.cluster.ClusteringParams;
import org.segmentlab.core.segment.cluster.ClusteringService;
import org.segmentlab.core.segment.cluster.CovarianceType;
import org.segmentlab.core.segment.cluster.DbscanParams;
import org.segmentlab.core.segment.cluster.GaussianMixtureParams;
import org.segmentlab.core.segment.cluster.HierarchicalParams;
import org.segmentlab.core.segment.cluster.KMeansParams;
import org.segmentlab.core.segment.cluster.KSweep;
import org.segmentlab.core.segment.cluster.Linkage;
import org.segmentlab.core.segment.cluster.SegmentLabel;
import org.segmentlab.core.segment.cluster.SegmentLabels;
import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.ChartSaving;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Clusters panel: which table and features to cluster and how, the run (sweep of k, then the
 * final segmentation), the segments with the names the analyst gives them (undoable, saved in the
 * project), and the value-against-engagement matrix.
 */
public final class ClustersViewModel {

    /** The id under which the panel keeps its run and segment names in the project. */
    public static final String RUN_ID = "clusters";
    /** The id column of a customer table computed from a log. */
    static final String CUSTOMER_ID = "customer_id";

    private static final Logger LOG = LoggerFactory.getLogger(ClustersViewModel.class);

    private final DataViewModel data;
    private final ProjectSettingsAccess project;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ClusteringService service;

    private final ObjectProperty<DataSource> source = new SimpleObjectProperty<>(this, "source");
    private final ObservableList<ClusterChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ClusterChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final BooleanProperty preparing = new SimpleBooleanProperty(this, "preparing");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> numericColumns = FXCollections.observableArrayList();
    private final StringProperty idColumn = new SimpleStringProperty(this, "idColumn");
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final ObjectProperty<FeatureScaling> scaling = new SimpleObjectProperty<>(this, "scaling",
            FeatureScaling.ZSCORE);
    private final ObjectProperty<ClusteringAlgorithm> algorithm = new SimpleObjectProperty<>(this, "algorithm",
            ClusteringAlgorithm.KMEANS);
    private final IntegerProperty minK = new SimpleIntegerProperty(this, "minK", 2);
    private final IntegerProperty maxK = new SimpleIntegerProperty(this, "maxK", 8);
    private final DoubleProperty eps = new SimpleDoubleProperty(this, "eps", 0.5);
    private final IntegerProperty minPoints = new SimpleIntegerProperty(this, "minPoints",
            DbscanParams.DEFAULT_MIN_POINTS);
    private final ObjectProperty<Linkage> linkage = new SimpleObjectProperty<>(this, "linkage", Linkage.WARD);
    private final ObjectProperty<CovarianceType> covariance = new SimpleObjectProperty<>(this, "covariance",
            CovarianceType.FULL);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", ClusteringParams.DEFAULT_SEED);

    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty status = new SimpleStringProperty(this, "status",
            "Choose a table and features, then Run.");
    private final ReadOnlyObjectWrapper<ClusterOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<SegmentLabels> labels = new ReadOnlyObjectWrapper<>(this, "labels");
    private final ObservableList<SegmentRow> segments = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<org.segmentlab.core.clv.SegmentValues> segmentValues =
            new javafx.beans.property.SimpleObjectProperty<>(this, "segmentValues");
    private final javafx.beans.property.ReadOnlyLongWrapper shown =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "shown");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    /** The segment selected in a chart or the table, shown selected in all of them; null for none. */
    private final ObjectProperty<Integer> selectedSegment = new SimpleObjectProperty<>(this, "selectedSegment");
    private final Deque<SegmentLabels> undo = new ArrayDeque<>();

    private final StringProperty engagementMeasure = new SimpleStringProperty(this, "engagementMeasure");
    private final StringProperty valueMeasure = new SimpleStringProperty(this, "valueMeasure");
    private final DoubleProperty engagementThreshold = new SimpleDoubleProperty(this, "engagementThreshold", Double.NaN);
    private final DoubleProperty valueThreshold = new SimpleDoubleProperty(this, "valueThreshold", Double.NaN);
    private final BooleanProperty customerCloud = new SimpleBooleanProperty(this, "customerCloud", true);
    private final ObservableList<QuadrantChart.Quadrant> quadrants = FXCollections.observableArrayList();
    private final ObservableList<QuadrantChart.Quadrant> quadrantsShown = FXCollections.unmodifiableObservableList(quadrants);

    private final ChangeListener<ImportedTable> tableListener = (obs, old, now) -> refreshColumns();
    private final ChangeListener<SourceKind> kindListener = (obs, old, now) -> refreshChoices();
    private TaskHandle current;
    private long generation;
    /** The customer table of the chosen log, and the log table it was computed from. */
    private CustomerTable customers;
    private ImportedTable customersOf;
    private ImportedTable preparingFor;
    private TaskHandle preparation;
    private long preparations;
    /** A saved run was restored and waits to be run again once its input is ready and the panel is shown. */
    private boolean rerunPending;
    private boolean panelShown;

    public ClustersViewModel(DataViewModel data, ProjectSettingsAccess project, TaskRunner tasks,
                             DialogService dialogs, ClusteringService service) {
        this.data = Objects.requireNonNull(data);
        this.project = Objects.requireNonNull(project);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.service = Objects.requireNonNull(service);
        source.addListener((obs, old, now) -> {
            if (old != null) {
                old.tableProperty().removeListener(tableListener);
            }
            if (now != null) {
                now.tableProperty().addListener(tableListener);
            }
            ClusterChoice chosen = choice.get();
            if (now == null) {
                choice.set(null);
            } else if (chosen == null || chosen.source() != now) {
                choice.set(ClusterChoice.preferredFor(now));
            }
            refreshColumns();
        });
        choice.addListener((obs, old, now) -> {
            source.set(now == null ? null : now.source());
            refreshColumns();
        });
        data.sources().addListener((javafx.collections.ListChangeListener<DataSource>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(s -> s.kindProperty().removeListener(kindListener));
                change.getAddedSubList().forEach(s -> s.kindProperty().addListener(kindListener));
            }
            refreshChoices();
        });
        data.sources().forEach(s -> s.kindProperty().addListener(kindListener));
        refreshChoices();
        engagementMeasure.addListener((obs, old, now) -> engagementThreshold.set(medianOf(now)));
        valueMeasure.addListener((obs, old, now) -> valueThreshold.set(medianOf(now)));
        javafx.beans.InvalidationListener recount = observable -> recountQuadrants();
        engagementMeasure.addListener(recount);
        valueMeasure.addListener(recount);
        engagementThreshold.addListener(recount);
        valueThreshold.addListener(recount);
    }

    // ---- state

    /** The tables the user may cluster: every source of the project. */
    public ObservableList<DataSource> sources() {
        return data.sources();
    }

    public ObjectProperty<DataSource> sourceProperty() {
        return source;
    }

    /**
     * What may be clustered: each source table, and for each transactions or events log its
     * customers with the features computed from their records.
     */
    public ObservableList<ClusterChoice> choices() {
        return choices;
    }

    public ObjectProperty<ClusterChoice> choiceProperty() {
        return choice;
    }

    /** True while the customer features of the chosen log are being computed. */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing;
    }

    /** All columns of the chosen table (candidates for the id). */
    public ObservableList<String> columns() {
        return columns;
    }

    /** The numeric columns of the chosen table (candidates for features). */
    public ObservableList<String> numericColumns() {
        return numericColumns;
    }

    public StringProperty idColumnProperty() {
        return idColumn;
    }

    /** The features to cluster on, in table order. */
    public ObservableList<String> features() {
        return features;
    }

    public ObjectProperty<FeatureScaling> scalingProperty() {
        return scaling;
    }

    public ObjectProperty<ClusteringAlgorithm> algorithmProperty() {
        return algorithm;
    }

    public IntegerProperty minKProperty() {
        return minK;
    }

    public IntegerProperty maxKProperty() {
        return maxK;
    }

    public DoubleProperty epsProperty() {
        return eps;
    }

    public IntegerProperty minPointsProperty() {
        return minPoints;
    }

    public ObjectProperty<Linkage> linkageProperty() {
        return linkage;
    }

    public ObjectProperty<CovarianceType> covarianceProperty() {
        return covariance;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<ClusterOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    ClusterOutcome outcome() {
        return outcome.get();
    }

    public ReadOnlyObjectProperty<SegmentLabels> labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public SegmentLabels labels() {
        return labels.get();
    }

    /**
     * Each clustered customer's segment by its shown name (DBSCAN's noise as "Noise"), or empty before
     * a run: the {@code segment} column the other steps read.
     */
    public java.util.Optional<java.util.Map<String, String>> segmentByCustomer() {
        ClusterOutcome now = outcome.get();
        if (now == null) {
            return java.util.Optional.empty();
        }
        SegmentLabels names = labels.get() != null ? labels.get() : SegmentLabels.from(now.profiles());
        List<String> ids = now.result().customerIds();
        int[] assignments = now.result().assignments();
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), names.nameOf(assignments[i]));
        }
        return java.util.Optional.of(out);
    }

    /** What the shown run clustered, in words: "k-means (k = 4) on Customers of orders.csv". */
    public java.util.Optional<String> runDescription() {
        ClusterOutcome now = outcome.get();
        if (now == null) {
            return java.util.Optional.empty();
        }
        ClusteringParams params = now.result().params();
        String algorithm = params.algorithm().label();
        String k = params.algorithm().takesK() ? " (k = " + params.k() + ")" : "";
        return java.util.Optional.of(algorithm + k + " on " + now.sourceName());
    }

    /** Goes up by one whenever the outcome, its names or the matrix settings change: time to redraw. */
    public javafx.beans.property.ReadOnlyLongProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The segment selected in a chart or the segment table, selected in every chart and table of the step. */
    public ObjectProperty<Integer> selectedSegmentProperty() {
        return selectedSegment;
    }

    /**
     * Each segment's lifetime value by the project's value model (the Value step's fit), by segment
     * name; null while the project has none. Set by the session from the customer table's columns.
     */
    public javafx.beans.property.ObjectProperty<org.segmentlab.core.clv.SegmentValues> segmentValuesProperty() {
        return segmentValues;
    }

    public ObservableList<SegmentRow> segments() {
        return segments;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public StringProperty engagementMeasureProperty() {
        return engagementMeasure;
    }

    public StringProperty valueMeasureProperty() {
        return valueMeasure;
    }

    public DoubleProperty engagementThresholdProperty() {
        return engagementThreshold;
    }

    public DoubleProperty valueThresholdProperty() {
        return valueThreshold;
    }

    /** Whether the matrix shows the customers as faint dots behind the segments. */
    public BooleanProperty customerCloudProperty() {
        return customerCloud;
    }

    /**
     * The four quadrants of the value-against-engagement matrix at the current measures and
     * thresholds: customers and share of the value measure's total. Empty before a run.
     */
    public ObservableList<QuadrantChart.Quadrant> quadrants() {
        return quadrantsShown;
    }

    /** What the matrix shows now, to draw it away from the FX thread. */
    ValueEngagement.Matrix matrixSettings() {
        return new ValueEngagement.Matrix(engagementMeasure.get(), valueMeasure.get(), engagementThreshold.get(),
                valueThreshold.get(), List.copyOf(quadrants), customerCloud.get());
    }

    /**
     * Says the panel is on screen: a run restored from the project is run again now (or as soon as its
     * input is ready), so the analyst sees the saved segments with their names.
     */
    public void panelShown() {
        panelShown = true;
        rerunIfPending();
    }

    // ---- commands

    /**
     * Sweeps k over the range (for algorithms that take k) and clusters with the suggested k, in the
     * background. A run still going is cancelled first.
     */
    public void run() {
        rerunPending = false;
        // the saved run's k rather than the sweep's suggestion (the analyst may have picked another), so its names fit
        Integer savedK = settingsAreTheSavedRuns() ? savedRun().map(ClusteringRun::k).orElse(null) : null;
        start(null, savedK != null && algorithm.get().takesK() ? savedK : 0);
    }

    /** Clusters again with another k, keeping the sweep already made. */
    public void applyK(int k) {
        ClusterOutcome done = outcome.get();
        if (done == null || !algorithm.get().takesK()) {
            run();
            return;
        }
        start(done, k);
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
        running.set(false);
    }

    /**
     * Gives a segment a new name; the old names go on the undo stack and the project keeps the new
     * one. A blank name or one another segment has is refused with a message.
     *
     * @return true when the name was taken
     */
    public boolean rename(int segmentId, String name) {
        SegmentLabels now = labels.get();
        String wanted = name == null ? "" : name.strip();
        if (now == null || wanted.equals(now.nameOf(segmentId))) {
            return false;
        }
        if (wanted.isEmpty()) {
            dialogs.showError("Cannot rename the segment", "A segment needs a name.");
            return false;
        }
        SegmentLabels renamed;
        try {
            renamed = now.rename(segmentId, wanted);
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot rename the segment", "Another segment is already called \"" + wanted + "\".");
            return false;
        }
        undo.push(now);
        canUndo.set(true);
        showLabels(renamed);
        saveNames(renamed);
        status.set("Renamed segment " + (segmentId + 1) + " to \"" + wanted + "\"");
        return true;
    }

    /**
     * Writes the action for a segment (kept with its name in the project, carried to the report);
     * blank text takes the written action away, so the suggestion drawn from the profile shows again.
     */
    public boolean setAction(int segmentId, String action) {
        SegmentLabels now = labels.get();
        String wanted = action == null ? "" : action.strip();
        if (now == null || now.find(segmentId).isEmpty()
                || wanted.equals(now.find(segmentId).map(l -> l.note() == null ? "" : l.note()).orElse(""))
                || org.segmentlab.core.segment.cluster.ActionSuggester.isSuggestion(wanted)) {
            return false;
        }
        SegmentLabels changed = now.withNote(segmentId, wanted);
        undo.push(now);
        canUndo.set(true);
        showLabels(changed);
        saveNames(changed);
        status.set(wanted.isEmpty() ? "Segment " + (segmentId + 1) + " shows the suggested action again"
                : "Action written for segment " + (segmentId + 1));
        return true;
    }

    /** Takes back the last rename. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        SegmentLabels previous = undo.pop();
        canUndo.set(!undo.isEmpty());
        showLabels(previous);
        saveNames(previous);
        status.set("Undid the rename");
    }

    /**
     * Asks where to save a chart and writes it as PNG or SVG (by the file name) in the background. The
     * chart is built anew there, so the one on screen is never drawn by two threads at once.
     */
    public void exportChart(java.util.function.Supplier<JFreeChart> chart, String suggestedName) {
        ChartSaving.save(dialogs, tasks, chart, suggestedName, status::set);
    }

    // ---- internals

    private void start(ClusterOutcome earlier, int k) {
        ClusterChoice input = choice.get();
        ImportedTable table = input == null ? null : input.source().table();
        if (table == null) {
            dialogs.showInformation("Nothing to cluster", "Import a table with one row per customer first.");
            return;
        }
        if (input.customers() && (customers == null || customersOf != table)) {
            dialogs.showInformation("Not ready yet", "The customer features of " + input.source().name()
                    + " are still being computed; run again in a moment.");
            return;
        }
        String name = input.name();
        FeatureMatrix matrix;
        ClusteringParams params;
        try {
            matrix = earlier != null ? earlier.matrix()
                    : input.customers() ? customerMatrix(name, List.copyOf(features))
                    : ClusterInput.matrix(name, table, idColumn.get(), List.copyOf(features));
            params = params(k > 0 ? k : Math.max(2, minK.get()));
            if (params.algorithm().takesK() && (minK.get() < 2 || maxK.get() < minK.get())) {
                throw new IllegalArgumentException("The k range must run from at least 2 upwards, e.g. 2 to 8.");
            }
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot cluster", e.getMessage());
            return;
        }
        cancel();
        long mine = ++generation;
        int[] range = {minK.get(), maxK.get()};
        KSweep sweep = earlier == null ? null : earlier.sweep();
        running.set(true);
        status.set(String.format(java.util.Locale.ROOT, "Clustering %,d customers on %d features…",
                matrix.customerCount(), matrix.featureCount()));
        TaskHandle handle = tasks.run(BackgroundTask.of("Clustering " + name,
                        progress -> ClusterOutcome.compute(service, name, matrix, params, range, sweep, k,
                                progress))
                .onSuccess(result -> {
                    if (mine == generation) {
                        show(result);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        LOG.info("Clustering failed: {}", String.valueOf(error));
                        status.set("Clustering failed");
                        dialogs.showError("Cannot cluster " + name, oneLine(error));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        running.set(false);
                        current = null;
                    }
                }));
        if (mine == generation && running.get()) {
            current = handle;
        }
    }

    private ClusteringParams params(int k) {
        long s = seed.get();
        switch (algorithm.get()) {
            case DBSCAN:
                return new DbscanParams(eps.get(), minPoints.get(), scaling.get(), s);
            case HIERARCHICAL:
                return new HierarchicalParams(linkage.get(), k, null, scaling.get(), s);
            case GMM:
                return GaussianMixtureParams.of(k).withCovariance(covariance.get()).withScaling(scaling.get())
                        .withSeed(s);
            case KMEANS:
            default:
                return KMeansParams.of(k).withScaling(scaling.get()).withSeed(s);
        }
    }

    private void show(ClusterOutcome result) {
        SegmentLabels suggested = SegmentLabels.from(result.profiles());
        SegmentLabels named = savedNames(result).orElse(suggested);
        undo.clear();
        canUndo.set(false);
        selectedSegment.set(null);
        outcome.set(result);
        List<String> names = result.matrix().featureNames();
        engagementMeasure.set(null);
        valueMeasure.set(null);
        // Spend against purchase count is the matrix analysts know; other inputs start with their first two features.
        engagementMeasure.set(names.contains("frequency") ? "frequency" : names.get(0));
        valueMeasure.set(names.contains("monetary") ? "monetary" : names.get(names.size() > 1 ? 1 : 0));
        showLabels(named);
        ClusteringRun run = runOf(result);
        // Running the saved run again (as on reopening) leaves the project as it was: nothing to save.
        ClusteringRun kept = savedRun().filter(saved -> sameRun(saved, run)).orElse(run);
        project.update(settings -> withNames(settings.withClusteringRun(kept), named));
        KSweep sweep = result.sweep();
        status.set(String.format(java.util.Locale.ROOT, "%d segments of %,d customers", result.k(),
                result.matrix().customerCount()) + (sweep == null ? "" : "; " + sweep.reason()));
    }

    /** The names the project kept for this very run (same table, features, method, k and seed), if any. */
    private java.util.Optional<SegmentLabels> savedNames(ClusterOutcome result) {
        ProjectSettings settings = project.settings();
        ClusteringRun run = runOf(result);
        boolean same = settings.clusteringRun(RUN_ID).map(saved -> sameRun(saved, run)).orElse(false);
        if (!same) {
            return java.util.Optional.empty();
        }
        SegmentLabels names = SegmentLabels.from(result.profiles());
        try {
            for (NamedSegment saved : settings.segments()) {
                if (saved.runId().equals(RUN_ID) && saved.name() != null && names.find(saved.segmentId()).isPresent()) {
                    names = names.rename(saved.segmentId(), saved.name());
                    if (saved.notes() != null) {
                        names = names.withNote(saved.segmentId(), saved.notes());
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(names);
    }

    /** Whether two runs give the same segments: they differ at most in when they ran and what they are called. */
    private static boolean sameRun(ClusteringRun a, ClusteringRun b) {
        return a.withRanAt(null).withName(null).equals(b.withRanAt(null).withName(null));
    }

    private ClusteringRun runOf(ClusterOutcome result) {
        ClusteringParams p = result.result().params();
        boolean swept = result.sweep() != null;
        String kRange = swept ? result.sweep().rows().get(0).k() + ".."
                + result.sweep().rows().get(result.sweep().rows().size() - 1).k() : null;
        Double runEps = p instanceof DbscanParams ? ((DbscanParams) p).eps() : null;
        Integer runMinPoints = p instanceof DbscanParams ? ((DbscanParams) p).minPoints() : null;
        String runLinkage = p instanceof HierarchicalParams ? ((HierarchicalParams) p).linkage().cliName() : null;
        ClusterChoice input = choice.get();
        String sourceId = input == null ? null : input.source().id();
        boolean ofCustomers = input != null && input.customers();
        return new ClusteringRun(RUN_ID, result.sourceName(), result.matrix().featureNames(),
                p.scaling().cliName(), p.algorithm().cliName(), p.algorithm().takesK() ? result.k() : null, kRange,
                runEps, runMinPoints, runLinkage, p.seed(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), sourceId,
                ofCustomers ? ClusteringRun.CUSTOMERS_INPUT : ClusteringRun.TABLE_INPUT,
                ofCustomers ? null : idColumn.get())
                .withCovariance(p instanceof GaussianMixtureParams
                        ? ((GaussianMixtureParams) p).covariance().cliName() : null);
    }

    private void saveNames(SegmentLabels names) {
        project.update(settings -> withNames(settings, names));
    }

    private static ProjectSettings withNames(ProjectSettings settings, SegmentLabels names) {
        if (namesAreSaved(settings, names)) {
            return settings;
        }
        List<NamedSegment> kept = settings.segments().stream()
                .filter(s -> !s.runId().equals(RUN_ID))
                .collect(Collectors.toCollection(ArrayList::new));
        // The ease to reach each segment is scored in the Report step; renaming keeps it.
        java.util.Map<Integer, Integer> eases = new java.util.HashMap<>();
        settings.segments().stream().filter(s -> s.runId().equals(RUN_ID) && s.ease() != null)
                .forEach(s -> eases.put(s.segmentId(), s.ease()));
        for (SegmentLabel label : names.segments()) {
            kept.add(new NamedSegment(RUN_ID, label.segmentId(), label.name(), null,
                    label.note() == null || label.note().isEmpty() ? null : label.note(),
                    eases.get(label.segmentId())));
        }
        return settings.withSegments(kept);
    }

    /** Whether the project already keeps exactly these names and notes for this run's segments. */
    private static boolean namesAreSaved(ProjectSettings settings, SegmentLabels names) {
        List<NamedSegment> saved = settings.segments().stream().filter(s -> s.runId().equals(RUN_ID))
                .collect(Collectors.toList());
        if (saved.size() != names.segments().size()) {
            return false;
        }
        for (SegmentLabel label : names.segments()) {
            String note = label.note() == null || label.note().isEmpty() ? null : label.note();
            boolean found = saved.stream().anyMatch(s -> s.segmentId() == label.segmentId()
                    && Objects.equals(s.name(), label.name()) && Objects.equals(s.notes(), note));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private void showLabels(SegmentLabels names) {
        labels.set(names);
        ClusterOutcome result = outcome.get();
        List<SegmentRow> rows = new ArrayList<>();
        for (SegmentProfile profile : result.profiles()) {
            int id = profile.segmentId();
            String note = names.find(id).map(l -> l.note()).orElse("");
            rows.add(new SegmentRow(id, id < 0 ? -1 : id + 1, names.nameOf(id), profile.size(), profile.share(),
                    traits(profile), org.segmentlab.core.segment.cluster.ActionSuggester.actionOrSuggestion(note,
                    profile)));
        }
        segments.setAll(rows);
        shown.set(shown.get() + 1);
    }

    /** "High Annual Income (k$) (+1.2 sd), low Spending Score (1-100) (−1.3 sd)" */
    static String traits(SegmentProfile profile) {
        if (profile.distinguishing().isEmpty()) {
            return "close to the average customer";
        }
        List<String> parts = new ArrayList<>();
        for (String feature : profile.distinguishing()) {
            double z = profile.feature(feature).zScore();
            parts.add((z >= 0 ? "high " : "low ") + feature + String.format(java.util.Locale.ROOT, " (%+.1f sd)", z));
        }
        return String.join(", ", parts);
    }

    private double medianOf(String feature) {
        ClusterOutcome result = outcome.get();
        if (feature == null || result == null || !result.matrix().featureNames().contains(feature)) {
            return Double.NaN;
        }
        return result.median(feature);
    }

    private void recountQuadrants() {
        ClusterOutcome result = outcome.get();
        String e = engagementMeasure.get();
        String v = valueMeasure.get();
        if (result == null || e == null || v == null || !result.matrix().featureNames().contains(e)
                || !result.matrix().featureNames().contains(v)) {
            quadrants.clear();
            return;
        }
        String shareOf = ValueEngagement.shareOf(v);
        List<QuadrantChart.Quadrant> counted = new ArrayList<>();
        for (QuadrantChart.Quadrant q : ValueEngagement.quadrants(result.matrix(), e, v, engagementThreshold.get(),
                valueThreshold.get())) {
            counted.add(q.withShareOf(shareOf));
        }
        quadrants.setAll(counted);
    }

    private FeatureMatrix customerMatrix(String name, List<String> chosen) {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one feature column to cluster on.");
        }
        if (customers.rowCount() < 3) {
            throw new IllegalArgumentException(name + ": too few customers to cluster (" + customers.rowCount() + ")");
        }
        return customers.toFeatureMatrix(chosen);
    }

    private void refreshChoices() {
        List<ClusterChoice> all = new ArrayList<>();
        for (DataSource s : data.sources()) {
            all.add(ClusterChoice.table(s));
            if (ClusterChoice.hasCustomers(s.kind())) {
                all.add(ClusterChoice.customersOf(s));
            }
        }
        ClusterChoice chosen = choice.get();
        choices.setAll(all);
        if (chosen != null && !data.sources().contains(chosen.source())) {
            // another project, or the table left this one: what was shown no longer belongs here
            clearOutcome();
        }
        if (chosen == null || !all.contains(chosen)) {
            ClusterChoice saved = savedChoice(all);
            if (saved != null) {
                choice.set(saved);
            } else if (chosen != null) {
                choice.set(data.sources().contains(chosen.source()) ? ClusterChoice.table(chosen.source()) : null);
            }
        }
    }

    private void clearOutcome() {
        cancel();
        selectedSegment.set(null);
        undo.clear();
        canUndo.set(false);
        outcome.set(null);
        labels.set(null);
        segments.clear();
        quadrants.clear();
        shown.set(shown.get() + 1);
    }

    // ---- the run the project kept

    private java.util.Optional<ClusteringRun> savedRun() {
        return project.settings().clusteringRun(RUN_ID);
    }

    /** Whether the saved run was made on this input; runs saved before the input was kept match by its name. */
    private static boolean ranOn(ClusteringRun run, ClusterChoice input) {
        if (run.sourceId() != null) {
            return run.sourceId().equals(input.source().id()) && run.clustersCustomers() == input.customers();
        }
        return input.name().equals(run.name());
    }

    private ClusterChoice savedChoice(List<ClusterChoice> all) {
        return savedRun().flatMap(run -> all.stream().filter(c -> ranOn(run, c)).findFirst()).orElse(null);
    }

    /**
     * Puts back the settings of the saved run when it was made on this input (features that are no
     * longer there are left out), and runs it again once the panel is on screen.
     */
    private void restoreSettings(ClusterChoice input) {
        java.util.Optional<ClusteringRun> saved = savedRun().filter(run -> ranOn(run, input));
        if (saved.isEmpty()) {
            return;
        }
        ClusteringRun run = saved.get();
        try {
            if (!input.customers() && run.idColumn() != null && columns.contains(run.idColumn())) {
                idColumn.set(run.idColumn());
            }
            List<String> kept = run.features().stream().filter(numericColumns::contains).collect(Collectors.toList());
            if (!kept.isEmpty()) {
                features.setAll(kept);
            }
            if (run.scaling() != null) {
                scaling.set(FeatureScaling.fromCliName(run.scaling()));
            }
            if (run.algorithm() != null) {
                algorithm.set(ClusteringAlgorithm.fromCliName(run.algorithm()));
            }
            if (run.kRange() != null) {
                String[] ends = run.kRange().split("\\.\\.");
                minK.set(Integer.parseInt(ends[0].strip()));
                maxK.set(Integer.parseInt(ends[1].strip()));
            }
            if (run.eps() != null) {
                eps.set(run.eps());
            }
            if (run.minPoints() != null) {
                minPoints.set(run.minPoints());
            }
            if (run.linkage() != null) {
                linkage.set(Linkage.fromCliName(run.linkage()));
            }
            if (run.covariance() != null) {
                covariance.set(CovarianceType.fromCliName(run.covariance()));
            }
            if (run.seed() != null) {
                seed.set(run.seed());
            }
        } catch (RuntimeException e) {
            LOG.info("Saved clustering settings not used: {}", String.valueOf(e));
            status.set("The saved clustering settings could not be used: " + oneLine(e));
            return;
        }
        status.set("Settings of the saved run: " + algorithm.get().label()
                + (run.k() == null ? "" : ", " + run.k() + " segments") + " on " + String.join(", ", features));
        if (outcome.get() == null) {
            rerunPending = true;
            rerunIfPending();
        }
    }

    /** Whether the settings are those of the saved run (whatever its k), so that running gives its segments back. */
    private boolean settingsAreTheSavedRuns() {
        ClusterChoice input = choice.get();
        java.util.Optional<ClusteringRun> saved = savedRun();
        if (input == null || saved.isEmpty() || !ranOn(saved.get(), input)) {
            return false;
        }
        ClusteringRun run = saved.get();
        String range = algorithm.get().takesK() ? minK.get() + ".." + maxK.get() : null;
        return run.features().equals(List.copyOf(features))
                && scaling.get().cliName().equals(run.scaling())
                && algorithm.get().cliName().equals(run.algorithm())
                && (range == null || range.equals(run.kRange()))
                && Objects.equals(run.seed(), seed.get())
                && (input.customers() || Objects.equals(run.idColumn(), idColumn.get()));
    }

    private void rerunIfPending() {
        if (!rerunPending || !panelShown || running.get() || preparing.get()) {
            return;
        }
        ClusterChoice input = choice.get();
        ImportedTable table = input == null ? null : input.source().table();
        if (table == null || (input.customers() && (customers == null || customersOf != table))) {
            return;
        }
        run();
    }

    private void refreshColumns() {
        ClusterChoice input = choice.get();
        if (input != null && input.customers()) {
            refreshCustomers(input);
            return;
        }
        DataSource chosen = source.get();
        ImportedTable table = chosen == null ? null : chosen.table();
        if (table == null) {
            columns.clear();
            numericColumns.clear();
            features.clear();
            idColumn.set(null);
            return;
        }
        columns.setAll(ClusterInput.allColumns(table));
        numericColumns.setAll(ClusterInput.numericColumns(table));
        String id = ClusterInput.guessIdColumn(table);
        idColumn.set(id);
        features.setAll(numericColumns.stream().filter(c -> !c.equals(id)).collect(Collectors.toList()));
        if (input != null) {
            restoreSettings(input);
        }
    }

    /** Shows the customer features of the chosen log, computing them in the background the first time. */
    private void refreshCustomers(ClusterChoice input) {
        ImportedTable table = input.source().table();
        if (table != null && table == customersOf && customers != null) {
            showCustomerDefaults();
            restoreSettings(input);
            return;
        }
        if (table != null && table == preparingFor) {
            return;
        }
        columns.clear();
        numericColumns.clear();
        features.clear();
        idColumn.set(null);
        customers = null;
        customersOf = null;
        if (preparation != null) {
            preparation.cancel();
            preparation = null;
        }
        preparingFor = table;
        if (table == null) {
            preparing.set(false);
            return;
        }
        long mine = ++preparations;
        String name = input.source().name();
        SourceKind kind = input.source().kind();
        preparing.set(true);
        status.set("Computing the customer features of " + name + "…");
        TaskHandle handle = tasks.run(BackgroundTask.of("Customer features of " + name,
                        progress -> WholeHistory.build(name, table, kind == SourceKind.EVENTS, progress))
                .onSuccess(result -> {
                    if (mine == preparations) {
                        customersReady(table, result);
                    }
                })
                .onFailure(error -> {
                    if (mine == preparations) {
                        LOG.info("Customer features of {} not computed: {}", name, String.valueOf(error));
                        status.set("The customer features could not be computed");
                        dialogs.showError("Cannot compute the customer features of " + name, oneLine(error));
                    }
                })
                .onFinished(() -> {
                    if (mine == preparations) {
                        preparing.set(false);
                        preparingFor = null;
                        preparation = null;
                        rerunIfPending();
                    }
                }));
        if (mine == preparations && preparing.get()) {
            preparation = handle;
        }
    }

    private void customersReady(ImportedTable table, CustomerTableResult result) {
        customers = result.table();
        customersOf = table;
        preparingFor = null;
        showCustomerDefaults();
        status.set(String.format(java.util.Locale.ROOT, "%,d customers with %d features as of %s (records from %s)",
                customers.rowCount(), customers.numericFeatureNames().size(), result.window().asOf(),
                result.window().firstDay()));
        ClusterChoice input = choice.get();
        if (input != null && input.customers()) {
            restoreSettings(input);
        }
    }

    private void showCustomerDefaults() {
        showCustomerColumns();
        features.setAll(WholeHistory.defaultFeatures(customers.numericFeatureNames()));
        // Spend and counts are skewed: a few big customers would otherwise own the distances.
        scaling.set(FeatureScaling.LOG_ZSCORE);
    }

    private void showCustomerColumns() {
        columns.setAll(List.of(CUSTOMER_ID));
        idColumn.set(CUSTOMER_ID);
        numericColumns.setAll(customers.numericFeatureNames());
    }

    private static String oneLine(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }
}
