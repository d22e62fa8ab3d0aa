package org.segmentlab.ui.customers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableCsv;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.CustomerTableParams;
import org.segmentlab.core.features.CustomerTableResult;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.FeatureFamilies;
import org.segmentlab.core.features.FeatureFamily;
import org.segmentlab.core.features.events.EventFeatureSettings;
import org.segmentlab.core.features.prep.FeatureDiagnostics;
import org.segmentlab.core.features.prep.FeatureSummary;
import org.segmentlab.core.features.prep.PrepStep;
import org.segmentlab.core.features.prep.Preparation;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.dialog.FileType;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Customers step: which sources feed the customer table, the period it describes, the features
 * to keep, the preparation steps, and the built table with its summaries, correlations and warnings.
 * The table is built with every feature the sources give; the choice of features only decides what
 * is shown, exported and kept, so changing it needs no rebuild. The preparation steps run on the
 * chosen features, in the background, each time the choice or the steps change.
 */
public final class CustomersViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CustomersViewModel.class);
    static final List<FileType> CSV_FILES = List.of(FileType.of("CSV files (*.csv)", "*.csv"));
    /** A heatmap with more features than this is unreadable; those most correlated with another are shown. */
    public static final int MAX_HEATMAP_FEATURES = 24;

    private final DataViewModel data;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FeatureSettingsStore store;
    private final StepColumns stepColumns;

    private final ObservableList<SourceUse> sourceUses = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final IntegerProperty windowDays = new SimpleIntegerProperty(this, "windowDays",
            CustomerTableParams.DEFAULT_WINDOW_DAYS);
    private final IntegerProperty sessionGapMinutes = new SimpleIntegerProperty(this, "sessionGapMinutes",
            EventFeatureSettings.DEFAULT_SESSION_GAP_MINUTES);
    /**
     * Also list the attribute file's customers with no purchase or event in the window. On by default:
     * lapsed customers are a segment too, and leaving them out would hide them.
     */
    private final BooleanProperty includeInactive = new SimpleBooleanProperty(this, "includeInactive", true);
    private final ObservableList<FeatureChoice> features = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.chosenProperty()});
    private final ReadOnlyObjectWrapper<CustomerTableResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<CustomerTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ObservableList<CustomerTableWarning> warnings = FXCollections.observableArrayList();
    private final StringProperty selectedFeature = new SimpleStringProperty(this, "selectedFeature");
    private final BooleanProperty building = new SimpleBooleanProperty(this, "building");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<PrepStep> preparation = FXCollections.observableArrayList();
    private final StringProperty preparationProblem = new SimpleStringProperty(this, "preparationProblem");
    /** The summaries of the features shown: the build's, or those of the prepared table. */
    private List<FeatureSummary> shownSummaries = List.of();
    /** The chosen (and prepared) features before the steps' columns are added, or null. */
    private CustomerTable shownBase;
    private List<FeatureSummary> baseSummaries = List.of();
    private TaskHandle preparing;
    /** Counts the preparations started; only the latest one's result is shown. */
    private long preparations;
    private Correlations correlations = Correlations.NONE;
    /** The line about the last build, before what is chosen and prepared. */
    private String builtMessage;

    private FeatureSettings settings = FeatureSettings.DEFAULTS;
    /** True while settings are being applied, so that applying them does not save them again. */
    private boolean restoring;
    private TaskHandle buildHandle;
    /** The table of the saved settings was built since the project opened (or one was built by hand). */
    private boolean savedBuilt;
    /** Building the saved table failed: it is not tried again until Build table is pressed. */
    private boolean savedBuildFailed;
    /** The sources of the last build, to tell whether it still belongs to the project. */
    private Set<String> builtFrom = Set.of();

    public CustomersViewModel(DataViewModel data, TaskRunner tasks, DialogService dialogs, FeatureSettingsStore store) {
        this(data, tasks, dialogs, store, new StepColumns());
    }

    /**
     * @param stepColumns what the other steps of the project produced per customer (segments, scores):
     *                    shown and exported after the chosen features
     */
    public CustomersViewModel(DataViewModel data, TaskRunner tasks, DialogService dialogs, FeatureSettingsStore store,
                              StepColumns stepColumns) {
        this.data = Objects.requireNonNull(data);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.store = Objects.requireNonNull(store);
        this.stepColumns = Objects.requireNonNull(stepColumns);
        stepColumns.revisionProperty().addListener((obs, old, now) -> {
            if (shownBase != null) {
                show(shownBase, baseSummaries, List.copyOf(warnings));
            }
        });
        data.sources().addListener((ListChangeListener<DataSource>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
            reload();
        });
        data.sources().forEach(this::watch);
        asOf.addListener((obs, old, now) -> saveSettings());
        windowDays.addListener((obs, old, now) -> saveSettings());
        sessionGapMinutes.addListener((obs, old, now) -> saveSettings());
        preparation.addListener((ListChangeListener<PrepStep>) change -> {
            if (!restoring) {
                saveSettings();
                showChosen();
            }
        });
        features.addListener((ListChangeListener<FeatureChoice>) change -> {
            boolean chosenChanged = false;
            while (change.next()) {
                chosenChanged |= change.wasUpdated();
            }
            if (chosenChanged) {
                saveSettings();
                showChosen();
            }
        });
        reload();
    }

    // ---- state

    /** The project's sources and what each gives the customer table. */
    public ObservableList<SourceUse> sourceUses() {
        return sourceUses;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public IntegerProperty windowDaysProperty() {
        return windowDays;
    }

    public IntegerProperty sessionGapMinutesProperty() {
        return sessionGapMinutes;
    }

    public BooleanProperty includeInactiveProperty() {
        return includeInactive;
    }

    /** The features the sources give, transactions first, then behaviour, then attributes. */
    public ObservableList<FeatureChoice> features() {
        return features;
    }

    /** The names of the chosen features, in table order. */
    public List<String> chosenFeatures() {
        return features.stream().filter(FeatureChoice::isChosen).map(FeatureChoice::name).toList();
    }

    /** The last build (every feature), or null before one. */
    public ReadOnlyObjectProperty<CustomerTableResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The customer table with the chosen features, or null before a build. */
    public ReadOnlyObjectProperty<CustomerTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public CustomerTable table() {
        return table.get();
    }

    /** The warnings about the chosen features and the ids. */
    public ObservableList<CustomerTableWarning> warnings() {
        return warnings;
    }

    /** The feature whose distribution is shown. */
    public StringProperty selectedFeatureProperty() {
        return selectedFeature;
    }

    public ReadOnlyBooleanProperty buildingProperty() {
        return building;
    }

    public boolean isBuilding() {
        return building.get();
    }

    /** One line on the last build, e.g. "2,000 customers × 24 features as of 2025-01-01 (30 days)". */
    public StringProperty messageProperty() {
        return message;
    }

    /**
     * The preparation steps, in the order they run on the chosen features; the table shown and
     * exported holds the prepared values. Saved with the project.
     */
    public ObservableList<PrepStep> preparation() {
        return preparation;
    }

    /** Why the preparation cannot run on the chosen features (the table then shows them unprepared), or null. */
    public StringProperty preparationProblemProperty() {
        return preparationProblem;
    }

    /** The summary of a feature of the table shown. */
    public Optional<FeatureSummary> summary(String feature) {
        return shownSummaries.stream().filter(s -> s.name().equals(feature)).findFirst();
    }

    /** The shown features that the last look-over found heavily skewed, for a log step. */
    public List<String> skewedFeatures() {
        List<String> out = new ArrayList<>();
        for (CustomerTableWarning warning : warnings) {
            if (warning.kind() == CustomerTableWarning.Kind.HEAVY_SKEW) {
                out.addAll(warning.features());
            }
        }
        return out;
    }

    /** The shown numeric features that vary: those a correlation can be computed for. */
    public List<String> varyingFeatures() {
        return correlationsOfShown().names;
    }

    /**
     * The features of the correlation heatmap: the shown numeric features that vary, in table order;
     * when there are more than {@link #MAX_HEATMAP_FEATURES}, those with the strongest correlation
     * to another feature.
     */
    public List<String> correlatedFeatures() {
        Correlations all = correlationsOfShown();
        int n = all.names.size();
        if (n <= MAX_HEATMAP_FEATURES) {
            return all.names;
        }
        double[] strongest = new double[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && !Double.isNaN(all.r[a][b])) {
                    strongest[a] = Math.max(strongest[a], Math.abs(all.r[a][b]));
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            order.add(a);
        }
        order.sort((a, b) -> Double.compare(strongest[b], strongest[a]));
        List<Integer> kept = new ArrayList<>(order.subList(0, MAX_HEATMAP_FEATURES));
        kept.sort(null);
        return kept.stream().map(all.names::get).toList();
    }

    /** Pearson r between the named shown features, over the customers with both values. */
    public double[][] correlations(List<String> names) {
        Correlations all = correlationsOfShown();
        double[][] r = new double[names.size()][names.size()];
        for (int a = 0; a < names.size(); a++) {
            int i = all.names.indexOf(names.get(a));
            for (int b = 0; b < names.size(); b++) {
                int j = all.names.indexOf(names.get(b));
                r[a][b] = a == b ? 1 : i >= 0 && j >= 0 ? all.r[i][j]
                        : FeatureDiagnostics.correlation(table.get().numeric(names.get(a)), table.get().numeric(names.get(b)));
            }
        }
        return r;
    }

    /** The pairs of shown features with the strongest correlations, strongest first (by |r|). */
    public List<CorrelatedPair> strongestPairs(int limit) {
        Correlations all = correlationsOfShown();
        List<CorrelatedPair> pairs = new ArrayList<>();
        for (int a = 0; a < all.names.size(); a++) {
            for (int b = a + 1; b < all.names.size(); b++) {
                if (!Double.isNaN(all.r[a][b])) {
                    pairs.add(new CorrelatedPair(all.names.get(a), all.names.get(b), all.r[a][b]));
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(Math.abs(y.r()), Math.abs(x.r())));
        return pairs.subList(0, Math.min(limit, pairs.size()));
    }

    /** The correlations of every varying feature of the shown table, computed once per table. */
    private Correlations correlationsOfShown() {
        CustomerTable shown = table.get();
        if (shown == null) {
            return Correlations.NONE;
        }
        if (correlations.table != shown) {
            List<String> names = new ArrayList<>();
            for (String name : shown.numericFeatureNames()) {
                Optional<FeatureSummary> summary = summary(name);
                if (summary.isPresent() && summary.get().count() > 1 && summary.get().min() < summary.get().max()) {
                    names.add(name);
                }
            }
            double[][] r = new double[names.size()][names.size()];
            for (int a = 0; a < names.size(); a++) {
                r[a][a] = 1;
                double[] x = shown.numeric(names.get(a));
                for (int b = a + 1; b < names.size(); b++) {
                    r[a][b] = FeatureDiagnostics.correlation(x, shown.numeric(names.get(b)));
                    r[b][a] = r[a][b];
                }
            }
            correlations = new Correlations(shown, List.copyOf(names), r);
        }
        return correlations;
    }

    /** The correlation matrix of one shown table. */
    private static final class Correlations {
        static final Correlations NONE = new Correlations(null, List.of(), new double[0][0]);

        final CustomerTable table;
        final List<String> names;
        final double[][] r;

        Correlations(CustomerTable table, List<String> names, double[][] r) {
            this.table = table;
            this.names = names;
            this.r = r;
        }
    }

    // ---- commands

    /** Adds a preparation step after the others. */
    public void addStep(PrepStep step) {
        preparation.add(Objects.requireNonNull(step));
    }

    public void removeStep(int index) {
        preparation.remove(index);
    }

    /** Moves a step one place earlier (-1) or later (+1); the order matters, a log before scaling is not a log after it. */
    public void moveStep(int index, int offset) {
        int target = index + offset;
        if (index < 0 || index >= preparation.size() || target < 0 || target >= preparation.size()) {
            return;
        }
        List<PrepStep> steps = new ArrayList<>(preparation);
        steps.add(target, steps.remove(index));
        preparation.setAll(steps);
    }

    /** Builds the customer table in the background; a build already running is cancelled first. */
    public void build() {
        build(false);
    }

    /**
     * A project that keeps its customer table's settings (an as-of day) gets the table built again once
     * its sources are read, as the RFM grid, the clustering and the value fit come back: every step that
     * reads the customer table finds it without a visit here. Once per opening; a failure is said in
     * the step's message, not in a dialog, since nobody asked.
     */
    private void buildSavedWhenRead() {
        if (savedBuilt || savedBuildFailed || result.get() != null || buildHandle != null || settings.asOf() == null
                || asOf.get() == null) {
            return;
        }
        Inputs inputs = inputs();
        if (inputs.waiting || (inputs.transactions == null && inputs.events == null && inputs.attributes == null)) {
            return;
        }
        build(true);
    }

    private void savedBuildFailed(String why) {
        savedBuildFailed = true;
        String said = why.endsWith(".") ? why : why + ".";
        message.set("The customer table could not be built from the saved settings: " + said
                + " Check them and press Build table.");
    }

    private void build(boolean saved) {
        Inputs inputs = inputs();
        if (inputs.transactions == null && inputs.events == null && inputs.attributes == null) {
            dialogs.showInformation("Nothing to build from", inputs.waiting
                    ? "The data files are still being read; build again in a moment."
                    : "Import transactions, events or customer attributes in the Data step first.");
            return;
        }
        if (asOf.get() == null) {
            dialogs.showError("No as-of day", "Choose the day the customer table describes.");
            return;
        }
        CustomerTableParams params;
        try {
            params = CustomerTableParams.of(asOf.get()).withWindowDays(windowDays.get())
                    .withSessionGapMinutes(sessionGapMinutes.get()).withIncludeInactive(includeInactive.get());
        } catch (IllegalArgumentException e) {
            if (saved) {
                savedBuildFailed(e.getMessage());
            } else {
                dialogs.showError("Cannot build the customer table", e.getMessage());
            }
            return;
        }
        cancelBuild();
        building.set(true);
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(BackgroundTask.of("Building the customer table", progress ->
                        ProjectCustomers.build(new ProjectCustomers.Inputs(inputs.transactions, inputs.events,
                                inputs.attributes), params, progress))
                .onSuccess(built -> {
                    savedBuilt = true;
                    built(built);
                })
                .onFailure(error -> {
                    if (saved) {
                        // cancelled (the sources changed while it ran): tried again once they are read
                        if (!(error instanceof org.segmentlab.core.CancelledException)) {
                            LOG.info("Saved customer table not built again: {}", String.valueOf(error));
                            savedBuildFailed(error.getMessage() == null ? error.getClass().getSimpleName()
                                    : error.getMessage());
                        }
                        return;
                    }
                    if (error instanceof IllegalArgumentException) {
                        dialogs.showError("Cannot build the customer table", error.getMessage());
                    } else {
                        LOG.error("Customer table not built", error);
                        dialogs.showException("Cannot build the customer table",
                                error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage(),
                                error);
                    }
                })
                .onFinished(() -> {
                    if (buildHandle == handle[0]) {
                        buildHandle = null;
                        building.set(false);
                    }
                }));
        if (building.get()) {
            buildHandle = handle[0];
        }
    }

    /** Stops a build that is running; the last table stays. */
    public void cancelBuild() {
        TaskHandle running = buildHandle;
        buildHandle = null;
        building.set(false);
        if (running != null) {
            running.cancel();
        }
    }

    /** Asks where to write the customer table (chosen features) and writes it as CSV in the background. */
    public void export() {
        CustomerTable shown = table.get();
        if (shown == null) {
            dialogs.showInformation("Nothing to export", "Build the customer table first.");
            return;
        }
        dialogs.chooseFileToSave("Export customer table", "customers.csv", CSV_FILES)
                .ifPresent(file -> exportTo(shown, file));
    }

    void exportTo(CustomerTable shown, Path file) {
        tasks.run(BackgroundTask.of("Exporting " + file.getFileName(), progress -> {
                    new CustomerTableCsv().write(shown, file);
                    return file;
                })
                .onSuccess(written -> message.set("Exported " + shown.rowCount() + " customers to " + written))
                .onFailure(error -> {
                    LOG.warn("Customer table not exported to {}: {}", file, error.toString());
                    dialogs.showError("Cannot export " + file.getFileName(), String.valueOf(error.getMessage()));
                }));
    }

    /** Takes the project's settings again and the sources as they are now (after a project is opened). */
    public void reload() {
        refreshSources();
        settings = Optional.ofNullable(store.load()).orElse(FeatureSettings.DEFAULTS);
        restoring = true;
        try {
            asOf.set(settings.asOf() != null ? settings.asOf() : defaultAsOf().orElse(null));
            windowDays.set(settings.windowDays() != null ? settings.windowDays() : CustomerTableParams.DEFAULT_WINDOW_DAYS);
            sessionGapMinutes.set(settings.sessionGapMinutes() != null ? settings.sessionGapMinutes()
                    : EventFeatureSettings.DEFAULT_SESSION_GAP_MINUTES);
            preparation.setAll(settings.preparation() != null ? settings.preparation() : List.of());
            // The saved choice decides, not the one on screen.
            features.clear();
            if (result.get() == null || !sameSources()) {
                cancelBuild();
                result.set(null);
                offerBuiltIns();
            } else {
                offer(result.get().raw().features());
            }
        } finally {
            restoring = false;
        }
        showChosen();
        buildSavedWhenRead();
    }

    // ---- internals

    private void watch(DataSource source) {
        source.tableProperty().addListener((obs, old, now) -> {
            refreshSources();
            restoring = true;
            try {
                if (settings.asOf() == null) {
                    defaultAsOf().ifPresent(asOf::set);
                }
                if (result.get() == null) {
                    offerBuiltIns();
                }
            } finally {
                restoring = false;
            }
            buildSavedWhenRead();
        });
        source.loadingProperty().addListener((obs, was, now) -> {
            if (!now) {
                buildSavedWhenRead();
            }
        });
        source.kindProperty().addListener((obs, old, now) -> refreshSources());
    }

    private boolean sameSources() {
        return builtFrom.equals(sourceKeys());
    }

    private Set<String> sourceKeys() {
        Set<String> keys = new HashSet<>();
        for (DataSource source : data.sources()) {
            keys.add(source.id() + ":" + source.kind() + ":" + source.options().file());
        }
        return keys;
    }

    private void built(CustomerTableResult built) {
        builtFrom = sourceKeys();
        restoring = true;
        try {
            offer(built.raw().features());
        } finally {
            restoring = false;
        }
        result.set(built);
        CustomerTableWindow window = built.window();
        builtMessage = String.format(java.util.Locale.US, "%,d customers × %d features as of %s (%d days from %s)",
                built.raw().rowCount(), built.raw().featureNames().size(), window.asOf(), window.windowDays(),
                window.firstDay());
        message.set(builtMessage);
        showChosen();
        if (selectedFeature.get() == null || table.get() == null || !table.get().has(selectedFeature.get())) {
            List<String> shown = table.get() == null ? List.of() : table.get().featureNames();
            selectedFeature.set(shown.isEmpty() ? null : shown.get(0));
        }
    }

    /** The features the built-in families give for the kinds of source the project has. */
    private void offerBuiltIns() {
        Map<SourceKind, DataSource> used = usedSources();
        List<CustomerTableFeature> offered = new ArrayList<>();
        if (used.containsKey(SourceKind.TRANSACTIONS)) {
            offered.addAll(FeatureFamilies.of(FeatureFamily.TRANSACTIONS, windowDays.get()));
        }
        if (used.containsKey(SourceKind.EVENTS)) {
            offered.addAll(FeatureFamilies.of(FeatureFamily.EVENTS));
        }
        offer(offered);
    }

    /**
     * Lists these features, keeping the choice already made for each. A feature seen for the first
     * time is chosen when the saved choice names it, or names nothing of its family (a family the
     * analyst has not looked at yet is taken whole).
     */
    private void offer(List<CustomerTableFeature> offered) {
        Map<String, Boolean> current = new HashMap<>();
        for (FeatureChoice choice : features) {
            current.put(choice.name(), choice.isChosen());
        }
        List<String> saved = settings.selected();
        Set<FeatureFamily> familiesSaved = EnumSet.noneOf(FeatureFamily.class);
        Set<String> savedNames = saved == null ? Set.of() : new LinkedHashSet<>(saved);
        for (CustomerTableFeature feature : offered) {
            if (savedNames.contains(feature.name())) {
                familiesSaved.add(feature.family());
            }
        }
        List<FeatureChoice> choices = new ArrayList<>();
        for (CustomerTableFeature feature : offered) {
            Boolean before = current.get(feature.name());
            boolean chosen = before != null ? before
                    : saved == null || savedNames.contains(feature.name()) || !familiesSaved.contains(feature.family());
            choices.add(new FeatureChoice(feature, chosen));
        }
        features.setAll(choices);
    }

    /**
     * Shows the built table with the chosen features, and the warnings about them; with preparation
     * steps, the prepared features, looked over again.
     */
    private void showChosen() {
        CustomerTableResult built = result.get();
        stopPreparing();
        preparationProblem.set(null);
        if (built == null) {
            shownSummaries = List.of();
            shownBase = null;
            baseSummaries = List.of();
            table.set(null);
            warnings.clear();
            return;
        }
        List<String> chosen = chosenFeatures().stream().filter(built.raw()::has).toList();
        CustomerTable selected = built.raw().select(chosen);
        Set<String> kept = new HashSet<>(chosen);
        List<CustomerTableWarning> aboutChosen = built.warnings().stream()
                .filter(w -> kept.containsAll(w.features())).toList();
        if (preparation.isEmpty()) {
            show(selected, built.summaries(), aboutChosen);
            return;
        }
        List<PrepStep> steps = List.copyOf(preparation);
        List<CustomerTableWarning> aboutIds = built.warnings().stream().filter(w -> w.features().isEmpty()).toList();
        long ticket = ++preparations;
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(BackgroundTask.of("Preparing the features", progress -> prepare(selected, steps, progress))
                .onSuccess(prepared -> {
                    if (ticket == preparations) {
                        List<CustomerTableWarning> all = new ArrayList<>(aboutIds);
                        all.addAll(prepared.warnings());
                        show(prepared.table(), prepared.summaries(), all);
                    }
                })
                .onFailure(error -> {
                    if (ticket != preparations) {
                        return;
                    }
                    show(selected, built.summaries(), aboutChosen);
                    if (error instanceof IllegalArgumentException) {
                        preparationProblem.set(error.getMessage());
                    } else {
                        LOG.error("Features not prepared", error);
                        preparationProblem.set("The preparation failed: " + error);
                    }
                })
                .onFinished(() -> {
                    if (preparing == handle[0]) {
                        preparing = null;
                    }
                }));
        if (ticket == preparations && result.get() == built) {
            preparing = handle[0];
        }
    }

    /** The prepared table with its summaries and warnings (the preparation's and the look-over's). */
    private record Prepared(CustomerTable table, List<FeatureSummary> summaries, List<CustomerTableWarning> warnings) {
    }

    private static Prepared prepare(CustomerTable selected, List<PrepStep> steps, Progress progress) {
        Preparation.Result prepared = new Preparation().fit(selected, steps);
        progress.checkCancelled();
        FeatureDiagnostics diagnostics = new FeatureDiagnostics();
        List<CustomerTableWarning> warnings = new ArrayList<>(prepared.warnings());
        warnings.addAll(diagnostics.warnings(prepared.table(), progress));
        return new Prepared(prepared.table(), diagnostics.summarize(prepared.table(), FeatureDiagnostics.DEFAULT_BINS),
                warnings);
    }

    /**
     * The summaries first: whoever listens to the table reads them. The columns the other steps made
     * (segments, scores) follow the chosen features, summarised too.
     */
    private void show(CustomerTable base, List<FeatureSummary> summaries, List<CustomerTableWarning> about) {
        shownBase = base;
        baseSummaries = summaries;
        CustomerTable shown = stepColumns.addTo(base);
        List<String> added = stepColumns.columns().stream().map(StepColumns.Column::name).toList();
        if (added.isEmpty()) {
            shownSummaries = summaries;
        } else {
            List<FeatureSummary> all = new ArrayList<>(summaries.stream().filter(f -> !added.contains(f.name())).toList());
            all.addAll(new FeatureDiagnostics().summarize(shown.select(added), FeatureDiagnostics.DEFAULT_BINS));
            shownSummaries = all;
        }
        table.set(shown);
        warnings.setAll(about);
        CustomerTableResult built = result.get();
        if (builtMessage != null && built != null) {
            int all = built.raw().featureNames().size();
            long chosen = features.stream().filter(FeatureChoice::isChosen).filter(f -> built.raw().has(f.name())).count();
            String steps = preparation.isEmpty() ? "" : "; " + preparation.size()
                    + (preparation.size() == 1 ? " preparation step" : " preparation steps");
            List<String> fromSteps = stepColumns.columns().stream()
                    .map(c -> c.name() + " (" + c.step() + ")").toList();
            message.set(builtMessage + (chosen < all ? "; " + chosen + " chosen" : "") + steps
                    + (fromSteps.isEmpty() ? "" : "; with " + String.join(", ", fromSteps)));
        }
    }

    private void stopPreparing() {
        TaskHandle running = preparing;
        preparing = null;
        preparations++;
        if (running != null) {
            running.cancel();
        }
    }

    private void saveSettings() {
        if (restoring) {
            return;
        }
        boolean all = features.stream().allMatch(FeatureChoice::isChosen);
        // "All" is kept as no list, so features the next build finds (attributes, event types) are taken too.
        settings = settings.withAsOf(asOf.get()).withWindowDays(windowDays.get())
                .withSelected(all ? null : chosenFeatures()).withSessionGapMinutes(sessionGapMinutes.get())
                .withPreparation(preparation.isEmpty() ? null : List.copyOf(preparation));
        store.save(settings);
    }

    /** The first loaded source of each kind; a customer table (kind CUSTOMERS) serves as attributes. */
    private Map<SourceKind, DataSource> usedSources() {
        Map<SourceKind, DataSource> used = new EnumMap<>(SourceKind.class);
        for (DataSource source : data.sources()) {
            SourceKind kind = source.kind() == SourceKind.CUSTOMERS ? SourceKind.ATTRIBUTES : source.kind();
            if (source.table() != null) {
                used.putIfAbsent(kind, source);
            }
        }
        return used;
    }

    private void refreshSources() {
        Map<SourceKind, DataSource> used = usedSources();
        List<SourceUse> uses = new ArrayList<>();
        for (DataSource source : data.sources()) {
            SourceKind kind = source.kind() == SourceKind.CUSTOMERS ? SourceKind.ATTRIBUTES : source.kind();
            boolean isUsed = used.get(kind) == source;
            String role;
            if (source.table() == null) {
                role = source.problem() != null ? "Not read: " + source.problem()
                        : source.isLoading() ? "Being read…" : "Not read yet";
            } else if (!isUsed) {
                role = "Not used: the table takes the first file of each kind";
            } else {
                role = role(source.kind());
            }
            uses.add(new SourceUse(source.name(), source.kind(), role, isUsed));
        }
        sourceUses.setAll(uses);
    }

    static String role(SourceKind kind) {
        switch (kind) {
            case TRANSACTIONS:
                return "Purchases: recency, frequency, monetary value, basket";
            case EVENTS:
                return "Behaviour: sessions, event counts, trends";
            case ATTRIBUTES:
                return "Attributes joined by customer id";
            default:
                return "Customer columns used as they are";
        }
    }

    /** The day after the last purchase or event of the sources, the usual "as of now" for a snapshot. */
    Optional<LocalDate> defaultAsOf() {
        LocalDate last = null;
        for (DataSource source : data.sources()) {
            if (source.table() == null
                    || (source.kind() != SourceKind.TRANSACTIONS && source.kind() != SourceKind.EVENTS)) {
                continue;
            }
            LocalDate day = lastDay(source.table());
            if (day != null && (last == null || day.isAfter(last))) {
                last = day;
            }
        }
        return Optional.ofNullable(last).map(day -> day.plusDays(1));
    }

    private static LocalDate lastDay(ImportedTable imported) {
        return ProjectCustomers.lastDay(imported);
    }

    private Inputs inputs() {
        Map<SourceKind, DataSource> used = usedSources();
        Inputs inputs = new Inputs();
        inputs.transactions = tableOf(used.get(SourceKind.TRANSACTIONS));
        inputs.events = tableOf(used.get(SourceKind.EVENTS));
        inputs.attributes = tableOf(used.get(SourceKind.ATTRIBUTES));
        inputs.waiting = data.sources().stream().anyMatch(DataSource::isLoading);
        return inputs;
    }

    private static ImportedTable tableOf(DataSource source) {
        return source == null ? null : source.table();
    }

    /** The tables a build reads, taken on the FX thread. */
    private static final class Inputs {
        ImportedTable transactions;
        ImportedTable events;
        ImportedTable attributes;
        boolean waiting;
    }
}
