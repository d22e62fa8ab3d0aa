package org.segmentlab.ui.value;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.clv.ClvCalculator;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.PurchaseModelKind;
import org.segmentlab.core.clv.SegmentValues;
import org.segmentlab.core.clv.ValueMatrix;
import org.segmentlab.core.clv.TimeUnit;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.project.ClvSettings;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;

/**
 * The Value step without its nodes: which transactions, the calibration end (as of), an optional
 * holdout end to check the fit on, the time unit and the purchase model; then the fitted BG/NBD (or
 * Pareto/NBD) and Gamma-Gamma models and each customer's P(alive), expected purchases and CLV. The
 * settings are kept in the project, so the report and {@code segmentlab clv} replay the same fit.
 */
public final class ValueViewModel {

    private final DataViewModel data;
    private final ProjectSettingsAccess project;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final FilteredList<DataSource> transactions;
    private final ObjectProperty<DataSource> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<LocalDate> holdoutEnd = new SimpleObjectProperty<>(this, "holdoutEnd");
    private final ObjectProperty<TimeUnit> timeUnit = new SimpleObjectProperty<>(this, "timeUnit");
    private final ObjectProperty<PurchaseModelKind> model = new SimpleObjectProperty<>(this, "model");
    private final ReadOnlyObjectWrapper<ClvResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<ValueMatrix> aliveMatrix = new ReadOnlyObjectWrapper<>(this, "aliveMatrix");
    private final ReadOnlyObjectWrapper<ValueMatrix> purchasesMatrix =
            new ReadOnlyObjectWrapper<>(this, "purchasesMatrix");
    private final StepColumns stepColumns;
    private final ReadOnlyObjectWrapper<org.segmentlab.core.clv.SupervisedComparison.Result> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    private final BooleanProperty comparing = new SimpleBooleanProperty(this, "comparing");
    private final StringProperty comparisonStatus = new SimpleStringProperty(this, "comparisonStatus", "");
    private TaskHandle currentComparison;
    private final javafx.collections.ObservableList<String> segmentColumns =
            javafx.collections.FXCollections.observableArrayList();
    private final ObjectProperty<String> segmentColumn = new SimpleObjectProperty<>(this, "segmentColumn");
    private final ReadOnlyObjectWrapper<SegmentValues> segmentValues =
            new ReadOnlyObjectWrapper<>(this, "segmentValues");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    static final String CHOOSE = "Choose the transactions and the day the model looks from, then Fit.";
    static final String NO_TRANSACTIONS = "This project has no transactions. The value models learn from purchases "
            + "(customer, date, amount): import them in the Data step, as Transactions, then Fit.";
    private final StringProperty status = new SimpleStringProperty(this, "status", CHOOSE);
    private TaskHandle current;
    /** The project came with a value model: fit it again as soon as its transactions are read. */
    private boolean replayPending;
    private final javafx.beans.value.ChangeListener<ImportedTable> tableArrived = (obs, old, now) -> replaySaved();

    public ValueViewModel(DataViewModel data, ProjectSettingsAccess project, TaskRunner tasks, DialogService dialogs) {
        this(data, project, tasks, dialogs, new StepColumns());
    }

    /**
     * @param stepColumns what the other steps of the project produced per customer: the RFM and
     *                    Clusters steps' segments give CLV by segment
     */
    public ValueViewModel(DataViewModel data, ProjectSettingsAccess project, TaskRunner tasks, DialogService dialogs,
                          StepColumns stepColumns) {
        this.stepColumns = Objects.requireNonNull(stepColumns);
        this.data = Objects.requireNonNull(data);
        this.project = Objects.requireNonNull(project);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.transactions = new FilteredList<>(data.sources(), s -> s.kind() == SourceKind.TRANSACTIONS);
        ClvSettings saved = saved();
        asOf.set(saved.asOf());
        holdoutEnd.set(saved.holdoutEnd());
        timeUnit.set(saved.toOptions().timeUnit());
        model.set(saved.toOptions().model());
        replayPending = project.settings().clv() != null;
        source.addListener((obs, old, now) -> {
            if (old != null) {
                old.tableProperty().removeListener(tableArrived);
            }
            if (now != null) {
                now.tableProperty().addListener(tableArrived);
            }
        });
        pickSource();
        data.sources().addListener((javafx.collections.ListChangeListener<DataSource>) change -> {
            pickSource();
            replaySaved();
        });
        stepColumns.revisionProperty().addListener((obs, old, now) -> segmentsChanged());
        segmentColumn.addListener((obs, old, now) -> updateSegmentValues());
        result.addListener((obs, old, now) -> {
            updateSegmentValues();
            // a comparison belongs to the fit it was made on
            cancelComparison();
            comparison.set(null);
            comparisonStatus.set(now == null || now.holdout() != null ? ""
                    : "Set a holdout end and fit again to compare the value model with a regression.");
        });
        segmentsChanged();
        replaySaved();
    }

    /** The segment columns of the customer table, the Clusters step's first; the choice kept where it can be. */
    private void segmentsChanged() {
        java.util.List<String> present = java.util.stream.Stream.of(ProjectCustomers.SEGMENT,
                ProjectCustomers.RFM_SEGMENT).filter(name -> stepColumns.get(name).isPresent()).toList();
        if (!segmentColumns.equals(present)) {
            segmentColumns.setAll(present);
        }
        String chosen = segmentColumn.get();
        if (chosen == null || !present.contains(chosen)) {
            segmentColumn.set(present.isEmpty() ? null : present.get(0));
        }
        updateSegmentValues();
    }

    /**
     * A project saved with a value model has it again when it opens: the saved fit is replayed once its
     * transactions are read, so its customers' values and its segments' value show without a new Fit.
     */
    private void replaySaved() {
        DataSource chosen = source.get();
        if (!replayPending || running.get() || chosen == null || chosen.table() == null) {
            return;
        }
        replayPending = false;
        fit();
    }

    private void updateSegmentValues() {
        ClvResult fitted = result.get();
        String column = segmentColumn.get();
        StepColumns.Column segments = column == null ? null : stepColumns.get(column).orElse(null);
        if (fitted == null || segments == null || segments.isNumeric()) {
            segmentValues.set(null);
            return;
        }
        segmentValues.set(SegmentValues.of(fitted.values(), segments.texts()));
    }

    private ClvSettings saved() {
        ClvSettings saved = project.settings().clv();
        return saved == null ? ClvSettings.DEFAULTS : saved;
    }

    private void pickSource() {
        sayWhatIsMissing();
        String wanted = saved().sourceId();
        DataSource chosen = source.get();
        if (chosen != null && transactions.contains(chosen)) {
            return;
        }
        source.set(transactions.stream().filter(s -> wanted == null || s.id().equals(wanted)).findFirst()
                .orElse(transactions.isEmpty() ? null : transactions.get(0)));
    }

    /** Before any fit: a project without transactions is told what the step needs, instead of an empty list. */
    private void sayWhatIsMissing() {
        String now = status.get();
        if (now.equals(CHOOSE) || now.equals(NO_TRANSACTIONS)) {
            status.set(transactions.isEmpty() ? NO_TRANSACTIONS : CHOOSE);
        }
    }

    // ---- state

    /** The project's transactions sources. */
    public javafx.collections.ObservableList<DataSource> sources() {
        return transactions;
    }

    public ObjectProperty<DataSource> sourceProperty() {
        return source;
    }

    /** The end of the calibration period; null for the day after the last purchase. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** The end of the holdout period the fit is checked on; null for none. */
    public ObjectProperty<LocalDate> holdoutEndProperty() {
        return holdoutEnd;
    }

    public ObjectProperty<TimeUnit> timeUnitProperty() {
        return timeUnit;
    }

    public ObjectProperty<PurchaseModelKind> modelProperty() {
        return model;
    }

    /** The last fit, or null before one. */
    public ReadOnlyObjectProperty<ClvResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ClvResult result() {
        return result.get();
    }

    /** P(alive) over frequency and recency at the fitted parameters; null before a fit. */
    public ReadOnlyObjectProperty<ValueMatrix> aliveMatrixProperty() {
        return aliveMatrix.getReadOnlyProperty();
    }

    /** Purchases expected over the horizon over frequency and recency; null before a fit. */
    public ReadOnlyObjectProperty<ValueMatrix> purchasesMatrixProperty() {
        return purchasesMatrix.getReadOnlyProperty();
    }

    /** The segment columns the project has ({@value ProjectCustomers#SEGMENT}, {@value ProjectCustomers#RFM_SEGMENT}). */
    public javafx.collections.ObservableList<String> segmentColumns() {
        return segmentColumns;
    }

    /** Which segments CLV is shown by. */
    public ObjectProperty<String> segmentColumnProperty() {
        return segmentColumn;
    }

    /** CLV per segment of the chosen column; null without a fit or without segments. */
    public ReadOnlyObjectProperty<SegmentValues> segmentValuesProperty() {
        return segmentValues.getReadOnlyProperty();
    }

    /** The last supervised comparison, made on the shown fit; null before one. */
    public ReadOnlyObjectProperty<org.segmentlab.core.clv.SupervisedComparison.Result> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public BooleanProperty comparingProperty() {
        return comparing;
    }

    public StringProperty comparisonStatusProperty() {
        return comparisonStatus;
    }

    /**
     * Sets a gradient-boosted regression of next-period spend against the fitted value model on the
     * holdout, in the background, with the seed kept in the project (written there the first time).
     */
    public void compare() {
        ClvResult fitted = result.get();
        DataSource chosen = source.get();
        ImportedTable table = chosen == null ? null : chosen.table();
        if (fitted == null || table == null) {
            dialogs.showInformation("Nothing to compare", "Fit the value model with a holdout end first.");
            return;
        }
        if (fitted.holdout() == null) {
            dialogs.showInformation("Nothing to compare", "The methods are compared on the purchases after the as-of "
                    + "day: set a holdout end and fit again.");
            return;
        }
        ClvSettings kept = saved();
        long seed = kept.comparisonSeed();
        if (kept.seed() == null) {
            project.update(s -> s.withClv(saved().withSeed(seed)));
        }
        cancelComparison();
        comparing.set(true);
        comparisonStatus.set("Training the regression on the period before the as-of day…");
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(BackgroundTask.of("Comparing the value model with a regression", progress -> {
                    TransactionLog log = TransactionLog.from(table, kept.transactionColumns(), progress.slice(0, 0.2));
                    return new org.segmentlab.core.clv.SupervisedComparison().compare(log, fitted, seed,
                            progress.slice(0.2, 1));
                })
                .onSuccess(done -> {
                    if (result.get() != fitted) {
                        return;
                    }
                    comparison.set(done);
                    comparisonStatus.set(String.format(java.util.Locale.ROOT, "On the %d days after %s: %,d customers "
                            + "spent %,.0f. The regression learnt from %,d customers as of %s (seed %d).",
                            done.holdoutDays(), fitted.summary().asOf(), done.customers(), done.actualSpend(),
                            done.trainingCustomers(), done.trainingAsOf(), done.seed()));
                })
                .onFailure(error -> {
                    if (error instanceof CancelledException) {
                        comparisonStatus.set("Comparison cancelled.");
                        return;
                    }
                    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
                    comparisonStatus.set("The regression could not be trained: " + message);
                })
                .onFinished(() -> {
                    if (currentComparison == handle[0]) {
                        currentComparison = null;
                        comparing.set(false);
                    }
                }));
        currentComparison = comparing.get() ? handle[0] : null;
    }

    /** Stops a comparison under way. */
    public void cancelComparison() {
        TaskHandle going = currentComparison;
        currentComparison = null;
        comparing.set(false);
        if (going != null) {
            going.cancel();
        }
    }

    /** The step a segment column comes from, in words. */
    public static String segmentColumnName(String column) {
        return ProjectCustomers.RFM_SEGMENT.equals(column) ? "RFM segments" : "Clustered segments";
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    // ---- commands

    /** Fits the models in the background and keeps the settings in the project. */
    public void fit() {
        DataSource chosen = source.get();
        ImportedTable table = chosen == null ? null : chosen.table();
        if (table == null) {
            dialogs.showInformation("Nothing to fit", chosen == null
                    ? "Import a transactions file (customer, date, amount) in the Data step first."
                    : chosen.name() + " is still being read; fit again in a moment.");
            return;
        }
        if (asOf.get() != null && holdoutEnd.get() != null && !holdoutEnd.get().isAfter(asOf.get())) {
            dialogs.showError("Cannot fit", "The holdout must end after the as-of day (" + asOf.get() + ").");
            return;
        }
        ClvSettings settings = saved().withSourceId(chosen.id()).withAsOf(asOf.get()).withHoldoutEnd(holdoutEnd.get())
                .withTimeUnit(timeUnit.get()).withModel(model.get());
        replayPending = false;
        if (!sameFit(settings, project.settings().clv(), chosen)) {
            project.update(s -> s.withClv(settings));
        }
        cancel();
        running.set(true);
        status.set("Fitting " + ValueView.name(model.get()) + " and Gamma-Gamma to " + chosen.name() + "…");
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(BackgroundTask.of("Fitting the value model to " + chosen.name(), progress -> {
                    TransactionLog log = TransactionLog.from(table, settings.transactionColumns(), progress.slice(0, 0.2));
                    ClvResult fitted = new ClvCalculator().compute(log, settings.toOptions(), progress.slice(0.2, 0.95));
                    progress.update(0.95, "Value matrices");
                    double horizon = fitted.options().horizonDays() / fitted.summary().unit().days();
                    Fitted done = new Fitted(fitted, ValueMatrix.pAlive(fitted.purchaseModel(), fitted.summary()),
                            ValueMatrix.expectedPurchases(fitted.purchaseModel(), fitted.summary(), horizon));
                    progress.update(1, String.format(java.util.Locale.ROOT, "Valued %,d customer%s",
                            fitted.values().size(), fitted.values().size() == 1 ? "" : "s"));
                    return done;
                })
                .onSuccess(done -> {
                    ClvResult fitted = done.result();
                    aliveMatrix.set(done.alive());
                    purchasesMatrix.set(done.purchases());
                    result.set(fitted);
                    status.set(String.format(java.util.Locale.US,
                            "%,d customers as of %s: %s.%s", fitted.values().size(),
                            fitted.summary().asOf(), valueInAll(fitted),
                            fitted.warnings().isEmpty() ? "" : " " + String.join(" ", fitted.warnings().stream()
                                    .map(w -> w.endsWith(".") ? w : w + ".").toList())));
                })
                .onFailure(error -> {
                    if (error instanceof CancelledException) {
                        status.set("Fit cancelled.");
                        return;
                    }
                    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
                    status.set("The model could not be fitted: " + message);
                    if (error instanceof IllegalArgumentException) {
                        dialogs.showError("Cannot fit the value model", message);
                    } else {
                        dialogs.showException("Cannot fit the value model", message, error);
                    }
                })
                .onFinished(() -> {
                    if (current == handle[0]) {
                        current = null;
                        running.set(false);
                    }
                }));
        current = running.get() ? handle[0] : null;
    }

    /** True when the project's settings already stand for this fit (defaults written or not). */
    private boolean sameFit(ClvSettings wanted, ClvSettings kept, DataSource chosen) {
        if (kept == null) {
            return false;
        }
        boolean sameSource = kept.sourceId() == null ? !transactions.isEmpty() && transactions.get(0) == chosen
                : kept.sourceId().equals(chosen.id());
        return sameSource && wanted.toOptions().equals(kept.toOptions())
                && wanted.transactionColumns().equals(kept.transactionColumns());
    }

    public void cancel() {
        cancelComparison();
        TaskHandle running = current;
        current = null;
        this.running.set(false);
        if (running != null) {
            running.cancel();
        }
    }

    /** What a fit gives the step: the result and its two matrices, computed off the JavaFX thread. */
    private record Fitted(ClvResult result, ValueMatrix alive, ValueMatrix purchases) {
    }

    /** "expected 365-day value 968,218 in all", over the customers the fit can value. */
    static String valueInAll(ClvResult fitted) {
        org.segmentlab.core.clv.CustomerValues v = fitted.values();
        double total = 0;
        int valued = 0;
        for (int i = 0; i < v.size(); i++) {
            if (Double.isFinite(v.clv(i))) {
                total += v.clv(i);
                valued++;
            }
        }
        String days = fmt(fitted.options().horizonDays());
        if (valued == 0) {
            return "the fit values none of them";
        }
        return valued == v.size() ? String.format(java.util.Locale.US, "expected %s-day value %,.0f in all", days, total)
                : String.format(java.util.Locale.US, "expected %s-day value %,.0f for the %,d it can value", days, total,
                        valued);
    }

    private static String fmt(double days) {
        return days == Math.rint(days) ? Long.toString((long) days) : Double.toString(days);
    }
}
