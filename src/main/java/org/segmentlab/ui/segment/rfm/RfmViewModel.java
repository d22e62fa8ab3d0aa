package org.segmentlab.ui.segment.rfm;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.CustomerRfm;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.project.CancellationMode;
import org.segmentlab.core.project.RfmSettings;
import org.segmentlab.core.project.ScoreRange;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.RfmSegmenter;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentRule;
import org.segmentlab.core.segment.rfm.SegmentSummary;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.ChartSaving;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.dialog.FileType;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RFM view: which transactions and columns to score, as of which day, with how many bins;
 * the result with its segment map applied; the map itself, which the user edits and which is
 * applied again at once to the scores already computed; and the customers of a picked segment
 * or grid square.
 */
public final class RfmViewModel {

    /** The choice of an optional column that the file does not have or the user does not want. */
    public static final String NONE = "(none)";

    private static final Logger LOG = LoggerFactory.getLogger(RfmViewModel.class);
    private static final List<FileType> CSV_FILES = List.of(FileType.of("CSV files (*.csv)", "*.csv"));

    private final DataViewModel data;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RfmSettingsStore store;
    private final RfmSegmenter segmenter = new RfmSegmenter();

    private final ObservableList<DataSource> transactionSources = FXCollections.observableArrayList();
    private final ObjectProperty<DataSource> source = new SimpleObjectProperty<>(this, "source");
    private final ObservableList<String> columnNames = FXCollections.observableArrayList();
    private final ObservableList<String> optionalColumnNames = FXCollections.observableArrayList();
    private final StringProperty customerColumn = new SimpleStringProperty(this, "customerColumn");
    private final StringProperty dateColumn = new SimpleStringProperty(this, "dateColumn");
    private final StringProperty amountColumn = new SimpleStringProperty(this, "amountColumn", NONE);
    private final StringProperty quantityColumn = new SimpleStringProperty(this, "quantityColumn", NONE);
    private final StringProperty priceColumn = new SimpleStringProperty(this, "priceColumn", NONE);
    private final StringProperty invoiceColumn = new SimpleStringProperty(this, "invoiceColumn", NONE);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<Integer> bins = new SimpleObjectProperty<>(this, "bins", RfmOptions.DEFAULT_BINS);
    private final ObjectProperty<CancellationHandling> cancellations =
            new SimpleObjectProperty<>(this, "cancellations", CancellationHandling.EXCLUDED);

    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ObjectProperty<RfmResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObjectProperty<RfmSegmentation> segmentation = new SimpleObjectProperty<>(this, "segmentation");
    private final ObservableList<SegmentRow> segments = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<org.segmentlab.core.clv.SegmentValues> segmentValues =
            new javafx.beans.property.SimpleObjectProperty<>(this, "segmentValues");
    private final ObservableList<SegmentRule> rules = FXCollections.observableArrayList();
    private final ObservableList<SegmentRule> readOnlyRules = FXCollections.unmodifiableObservableList(rules);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty mapProblem = new SimpleStringProperty(this, "mapProblem");
    private final ObservableList<CustomerRfm> selectedCustomers = FXCollections.observableArrayList();
    private final StringProperty selectionTitle = new SimpleStringProperty(this, "selectionTitle", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    private final ChangeListener<ImportedTable> tableListener = (obs, old, now) -> tableArrived();
    private final ChangeListener<Object> kindListener = (obs, old, now) -> refreshSources();

    /** True when the rules were edited: the map is then for the bin count of the scores. */
    private boolean customMap;
    private RfmStepSettings settings = RfmStepSettings.DEFAULTS;
    private boolean autoRun;
    private ImportedTable scoredTable;
    private TaskHandle pending;
    private int runs;
    private Integer pickedSegment;
    private int[] pickedSquare;

    public RfmViewModel(DataViewModel data, TaskRunner tasks, DialogService dialogs, RfmSettingsStore store) {
        this.data = Objects.requireNonNull(data);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.store = Objects.requireNonNull(store);
        rules.setAll(SegmentMap.standard().rules());
        source.addListener((obs, old, now) -> {
            if (old != null) {
                old.tableProperty().removeListener(tableListener);
            }
            if (now != null) {
                now.tableProperty().addListener(tableListener);
            }
            tableArrived();
        });
        data.sources().addListener((ListChangeListener<DataSource>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(s -> s.kindProperty().removeListener(kindListener));
                change.getAddedSubList().forEach(s -> s.kindProperty().addListener(kindListener));
            }
            restoreIfChanged();
            refreshSources();
        });
        data.sources().forEach(s -> s.kindProperty().addListener(kindListener));
        restoreIfChanged();
        refreshSources();
    }

    // ---- inputs

    /** The project's sources that hold transactions. */
    public ObservableList<DataSource> transactionSources() {
        return transactionSources;
    }

    public ObjectProperty<DataSource> sourceProperty() {
        return source;
    }

    /** The columns of the chosen source. */
    public ObservableList<String> columnNames() {
        return columnNames;
    }

    /** {@link #NONE} then the columns: the choices for amount, quantity, price and invoice. */
    public ObservableList<String> optionalColumnNames() {
        return optionalColumnNames;
    }

    public StringProperty customerColumnProperty() {
        return customerColumn;
    }

    public StringProperty dateColumnProperty() {
        return dateColumn;
    }

    /** {@link #NONE} when the amount is quantity × price. */
    public StringProperty amountColumnProperty() {
        return amountColumn;
    }

    public StringProperty quantityColumnProperty() {
        return quantityColumn;
    }

    public StringProperty priceColumnProperty() {
        return priceColumn;
    }

    public StringProperty invoiceColumnProperty() {
        return invoiceColumn;
    }

    /** Null means the day after the last purchase. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<Integer> binsProperty() {
        return bins;
    }

    public ObjectProperty<CancellationHandling> cancellationsProperty() {
        return cancellations;
    }

    // ---- results

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyObjectProperty<RfmResult> resultProperty() {
        return result;
    }

    public RfmResult result() {
        return result.get();
    }

    public ReadOnlyObjectProperty<RfmSegmentation> segmentationProperty() {
        return segmentation;
    }

    public RfmSegmentation segmentation() {
        return segmentation.get();
    }

    /**
     * Each segment's lifetime value by the project's value model (the Value step's fit), by segment
     * name; null while the project has none. Set by the session from the customer table's columns.
     */
    public javafx.beans.property.ObjectProperty<org.segmentlab.core.clv.SegmentValues> segmentValuesProperty() {
        return segmentValues;
    }

    /** One row per segment of the map (empty ones too), then Others when it has customers. */
    public ObservableList<SegmentRow> segments() {
        return segments;
    }

    /** The segment map being applied; change it through the rule commands below. */
    public ObservableList<SegmentRule> rules() {
        return readOnlyRules;
    }

    /** What the user must know about the result, in plain sentences. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** Why the edited map cannot be applied (the previous map stays applied), or null. */
    public ReadOnlyStringProperty mapProblemProperty() {
        return mapProblem;
    }

    /** The customers of the segment or grid square picked last. */
    public ObservableList<CustomerRfm> selectedCustomers() {
        return selectedCustomers;
    }

    public ReadOnlyStringProperty selectionTitleProperty() {
        return selectionTitle;
    }

    /** The last thing that happened, for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    // ---- commands

    /**
     * Computes RFM whenever the chosen source's table arrives and has not been scored yet; the view
     * turns this on when the step is first shown.
     */
    public void runAutomatically() {
        autoRun = true;
        tableArrived();
    }

    /** Computes RFM in the background with the chosen inputs; a run still going is cancelled. */
    public void run() {
        run(true);
    }

    /**
     * @param asked whether the user asked for it (Run, a changed input); a run by itself when the step is
     *              first shown changes nothing in the project, so looking at a project never makes it unsaved
     */
    private void run(boolean asked) {
        DataSource chosen = source.get();
        ImportedTable table = chosen == null ? null : chosen.table();
        if (table == null) {
            message.set(chosen == null ? "The project has no transactions source; import one in the Data step"
                    : chosen.name() + " is not read yet");
            return;
        }
        cancel();
        TransactionColumns columns = chosenColumns();
        RfmOptions options = new RfmOptions(asOf.get(), bins.get(), cancellations.get(), columns);
        scoredTable = table;
        int run = ++runs;
        running.set(true);
        if (asked) {
            saveSettings();
        }
        pending = tasks.run(BackgroundTask.of("RFM of " + chosen.name(), progress -> {
                    TransactionLog log = TransactionLog.from(table, columns, progress.slice(0, 0.5));
                    return new RfmCalculator().compute(log, options, progress.slice(0.5, 1));
                })
                .onSuccess(computed -> {
                    if (run == runs) {
                        result.set(computed);
                        resegment();
                        message.set(String.format(java.util.Locale.US, "RFM of %,d customers as of %s",
                                computed.size(), computed.asOf()));
                    }
                })
                .onFailure(error -> {
                    if (run == runs) {
                        reportFailure(error);
                    }
                })
                .onFinished(() -> {
                    if (run == runs) {
                        running.set(false);
                        pending = null;
                    }
                }));
    }

    /** Stops the run going on, if any; the last result stays. */
    public void cancel() {
        if (pending != null) {
            TaskHandle handle = pending;
            pending = null;
            runs++;
            running.set(false);
            handle.cancel();
        }
    }

    /** Replaces one rule and applies the map again to the scores already computed. */
    public void updateRule(int index, SegmentRule rule) {
        List<SegmentRule> changed = new ArrayList<>(rules);
        changed.set(index, rule);
        applyRules(changed);
    }

    /** Adds a rule at the end that takes no one until its ranges are set. */
    public void addRule() {
        int top = mapBins();
        String name = "New segment";
        for (int n = 2; hasRule(name); n++) {
            name = "New segment " + n;
        }
        List<SegmentRule> changed = new ArrayList<>(rules);
        changed.add(SegmentRule.onRecencyAndFrequency(name, top, top, top, top, ""));
        applyRules(changed);
    }

    public void removeRule(int index) {
        List<SegmentRule> changed = new ArrayList<>(rules);
        changed.remove(index);
        applyRules(changed);
    }

    /** Moves a rule one place up: since the first matching rule wins, this can move customers. */
    public void moveRuleUp(int index) {
        if (index > 0 && index < rules.size()) {
            List<SegmentRule> changed = new ArrayList<>(rules);
            changed.add(index - 1, changed.remove(index));
            applyRules(changed);
        }
    }

    public void moveRuleDown(int index) {
        if (index >= 0 && index < rules.size() - 1) {
            List<SegmentRule> changed = new ArrayList<>(rules);
            changed.add(index + 1, changed.remove(index));
            applyRules(changed);
        }
    }

    /** Back to the standard 10-segment map for 5 bins, with its actions. */
    public void resetMap() {
        customMap = false;
        rules.setAll(SegmentMap.standard().rules());
        mapProblem.set(null);
        resegment();
        saveSettings();
    }

    /** Sets the recommended action of a segment; the project keeps it. */
    public void setAction(String segmentName, String action) {
        String text = action == null ? "" : action.strip();
        for (int i = 0; i < rules.size(); i++) {
            SegmentRule r = rules.get(i);
            if (r.name().equals(segmentName) && !r.action().equals(text)) {
                rules.set(i, new SegmentRule(r.name(), r.rMin(), r.rMax(), r.fMin(), r.fMax(), r.mMin(), r.mMax(),
                        text));
                segments.stream().filter(row -> row.name().equals(segmentName))
                        .forEach(row -> row.actionProperty().set(text));
                saveSettings();
            }
        }
    }

    /** Shows the customers of one segment (by its id in the segmentation). */
    public void selectSegment(int segmentId) {
        pickedSegment = segmentId;
        pickedSquare = null;
        refreshSelection();
    }

    /** Shows the customers of one square of the R×F grid. */
    public void selectCell(int r, int f) {
        pickedSquare = new int[] {r, f};
        pickedSegment = null;
        refreshSelection();
    }

    /** Asks where to write every customer's segment, then writes it in the background. */
    public void export() {
        RfmSegmentation current = segmentation.get();
        if (current == null) {
            dialogs.showInformation("Nothing to export", "Compute RFM first; Export writes each customer's segment.");
            return;
        }
        dialogs.chooseFileToSave("Export customer segments", "rfm-segments.csv", CSV_FILES)
                .ifPresent(file -> export(file));
    }

    /** Writes {@code customer_id,segment_id,segment_name,recency_days,frequency,monetary}, atomically. */
    public void export(Path file) {
        RfmSegmentation current = segmentation.get();
        if (current == null) {
            return;
        }
        tasks.run(BackgroundTask.of("Exporting " + file.getFileName(),
                        progress -> SegmentAssignmentsCsv.write(current, file, progress))
                .onSuccess(written -> message.set(String.format(java.util.Locale.US,
                        "Exported the segments of %,d customers to %s", current.rfm().size(), written)))
                .onFailure(error -> {
                    LOG.warn("Export to {} failed", file, error);
                    dialogs.showError("Cannot export " + file.getFileName(), file + ": " + oneLine(error));
                }));
    }

    /** Asks where to save, then builds and writes the chart (PNG or SVG by the file's name) on a background task. */
    public void exportChart(java.util.function.Supplier<org.jfree.chart.JFreeChart> chart, String suggestedName) {
        ChartSaving.save(dialogs, tasks, chart, suggestedName, message::set);
    }

    // ---- internals

    private boolean hasRule(String name) {
        return rules.stream().anyMatch(r -> r.name().equalsIgnoreCase(name));
    }

    /** Bins of the map being edited: the scores' bins once the user has made the map their own. */
    private int mapBins() {
        if (!customMap) {
            return SegmentMap.standard().bins();
        }
        RfmResult current = result.get();
        return current != null ? current.bins() : bins.get();
    }

    private void applyRules(List<SegmentRule> changed) {
        customMap = true;
        rules.setAll(changed);
        resegment();
        saveSettings();
    }

    /** Applies the map to the scores at hand: one pass over the customers, no reading of transactions. */
    private void resegment() {
        RfmResult current = result.get();
        SegmentMap map;
        try {
            map = new SegmentMap(mapBins(), rules);
            mapProblem.set(null);
        } catch (IllegalArgumentException e) {
            mapProblem.set("The segment map cannot be applied: " + e.getMessage());
            refreshWarnings();
            return;
        }
        if (current == null) {
            refreshWarnings();
            return;
        }
        RfmSegmentation applied = segmenter.segment(current, map);
        List<SegmentRow> rows = new ArrayList<>();
        for (SegmentSummary summary : applied.summaries()) {
            SegmentRow row = new SegmentRow(summary);
            row.actionProperty().addListener((obs, old, now) -> setAction(row.name(), now));
            rows.add(row);
        }
        segmentation.set(applied);
        segments.setAll(rows);
        refreshWarnings();
        refreshSelection();
    }

    private void refreshWarnings() {
        List<String> all = new ArrayList<>();
        RfmResult current = result.get();
        if (current != null) {
            all.addAll(current.warnings());
        }
        RfmSegmentation applied = segmentation.get();
        if (applied != null && applied.rfm() == current) {
            all.addAll(applied.warnings());
        }
        if (mapProblem.get() != null) {
            all.add(mapProblem.get());
        }
        warnings.setAll(all);
    }

    private void refreshSelection() {
        RfmSegmentation applied = segmentation.get();
        if (applied == null || (pickedSegment == null && pickedSquare == null)) {
            selectedCustomers.clear();
            selectionTitle.set("");
            return;
        }
        RfmResult rfm = applied.rfm();
        List<CustomerRfm> picked = new ArrayList<>();
        for (int i = 0; i < rfm.size(); i++) {
            boolean in = pickedSegment != null ? applied.segmentId(i) == pickedSegment
                    : rfm.rScore(i) == pickedSquare[0] && rfm.fScore(i) == pickedSquare[1];
            if (in) {
                picked.add(applied.customer(i));
            }
        }
        selectedCustomers.setAll(picked);
        String what = pickedSegment != null
                ? (pickedSegment < applied.map().segmentCount() ? applied.map().nameOf(pickedSegment) : "Segment")
                : "R " + pickedSquare[0] + ", F " + pickedSquare[1];
        selectionTitle.set(String.format(java.util.Locale.US, "%s: %,d customers", what, picked.size()));
    }

    private void refreshSources() {
        List<DataSource> found = new ArrayList<>();
        for (DataSource s : data.sources()) {
            if (s.kind() == SourceKind.TRANSACTIONS) {
                found.add(s);
            }
        }
        transactionSources.setAll(found);
        DataSource current = source.get();
        if (current == null || !found.contains(current)) {
            String wanted = settings.rfm().sourceId();
            source.set(found.stream().filter(s -> s.id().equals(wanted)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0)));
        }
    }

    /** Takes the settings of a newly opened project; the results of the previous one go. */
    private void restoreIfChanged() {
        RfmStepSettings loaded = store.load();
        if (loaded.equals(settings)) {
            return;
        }
        settings = loaded;
        RfmSettings rfm = loaded.rfm();
        cancel();
        asOf.set(rfm.asOf());
        bins.set(rfm.bins() == null ? RfmOptions.DEFAULT_BINS : rfm.bins());
        cancellations.set(rfm.cancellations() == CancellationMode.NET ? CancellationHandling.NETTED
                : CancellationHandling.EXCLUDED);
        Map<String, String> defaultActions = new HashMap<>();
        SegmentMap.standard().rules().forEach(r -> defaultActions.put(r.name(), r.action()));
        List<SegmentRule> restored = new ArrayList<>();
        if (rfm.segmentMap() == null) {
            customMap = false;
            restored.addAll(SegmentMap.standard().rules());
        } else {
            customMap = true;
            for (org.segmentlab.core.project.SegmentRule r : rfm.segmentMap()) {
                ScoreRange m = r.monetary();
                restored.add(new SegmentRule(r.segment(), r.recency().from(), r.recency().to(), r.frequency().from(),
                        r.frequency().to(), m == null ? null : m.from(), m == null ? null : m.to(),
                        defaultActions.getOrDefault(r.segment(), "")));
            }
        }
        for (int i = 0; i < restored.size(); i++) {
            SegmentRule r = restored.get(i);
            String action = loaded.actions().get(r.name());
            if (action != null) {
                restored.set(i, new SegmentRule(r.name(), r.rMin(), r.rMax(), r.fMin(), r.fMax(), r.mMin(), r.mMax(),
                        action));
            }
        }
        rules.setAll(restored);
        scoredTable = null;
        result.set(null);
        segmentation.set(null);
        segments.clear();
        pickedSegment = null;
        pickedSquare = null;
        refreshWarnings();
        refreshSelection();
        source.set(null);
    }

    private void saveSettings() {
        DataSource chosen = source.get();
        List<org.segmentlab.core.project.SegmentRule> map = null;
        if (customMap) {
            int top = mapBins();
            map = new ArrayList<>();
            for (SegmentRule r : rules) {
                ScoreRange m = r.mMin() == null && r.mMax() == null ? null
                        : new ScoreRange(r.mMin() == null ? 1 : r.mMin(), r.mMax() == null ? top : r.mMax());
                map.add(new org.segmentlab.core.project.SegmentRule(r.name(), new ScoreRange(r.rMin(), r.rMax()),
                        new ScoreRange(r.fMin(), r.fMax()), m));
            }
        }
        RfmSettings rfm = new RfmSettings(chosen == null ? settings.rfm().sourceId() : chosen.id(), asOf.get(),
                bins.get(), cancellations.get() == CancellationHandling.NETTED ? CancellationMode.NET
                : CancellationMode.EXCLUDE, map);
        Map<String, String> defaultActions = new HashMap<>();
        SegmentMap.standard().rules().forEach(r -> defaultActions.put(r.name(), r.action()));
        Map<String, String> actions = new HashMap<>();
        for (SegmentRule r : rules) {
            if (!r.action().equals(defaultActions.getOrDefault(r.name(), ""))) {
                actions.put(r.name(), r.action());
            }
        }
        TransactionColumns columns = source.get() == null || source.get().table() == null ? settings.columns()
                : chosenColumns();
        // Columns found by their names need not be kept: the project stays as it was until the user picks one.
        if (settings.columns() == null && columns != null && columns.equals(detectedColumns)) {
            columns = null;
        }
        RfmStepSettings next = new RfmStepSettings(rfm, columns, actions);
        if (!next.equals(settings)) {
            settings = next;
            store.save(next);
        }
    }

    /** The chosen source's table came (or changed): fill in the columns, and run when asked to. */
    private void tableArrived() {
        DataSource chosen = source.get();
        ImportedTable table = chosen == null ? null : chosen.table();
        if (table == null) {
            columnNames.clear();
            optionalColumnNames.setAll(NONE);
            return;
        }
        List<String> names = table.report().columns().stream().map(ColumnInfo::name).toList();
        columnNames.setAll(names);
        List<String> optional = new ArrayList<>();
        optional.add(NONE);
        optional.addAll(names);
        optionalColumnNames.setAll(optional);
        prefillColumns(chosen, table);
        if (autoRun && table != scoredTable && !running.get()) {
            run(false);
        }
    }

    private void prefillColumns(DataSource chosen, ImportedTable table) {
        TransactionColumns wanted = settings.columns() != null
                && (settings.rfm().sourceId() == null || settings.rfm().sourceId().equals(chosen.id()))
                ? settings.columns() : TransactionColumns.detect();
        TransactionColumns found;
        try {
            found = wanted.resolve(table.report().columns(), chosen.name());
        } catch (IllegalArgumentException e) {
            try {
                found = TransactionColumns.detect().resolve(table.report().columns(), chosen.name());
            } catch (IllegalArgumentException again) {
                message.set(again.getMessage());
                customerColumn.set(null);
                dateColumn.set(null);
                return;
            }
        }
        customerColumn.set(found.customer());
        dateColumn.set(found.timestamp());
        amountColumn.set(orNone(found.amount()));
        quantityColumn.set(orNone(found.quantity()));
        priceColumn.set(orNone(found.price()));
        invoiceColumn.set(orNone(found.invoice()));
        detectedColumns = settings.columns() == null ? chosenColumns() : null;
    }

    /** The columns found by their names when the project named none; null when it names them. */
    private TransactionColumns detectedColumns;

    /** The columns as chosen; without an amount column the amount is quantity × price. */
    TransactionColumns chosenColumns() {
        String amount = orNull(amountColumn.get());
        return new TransactionColumns(customerColumn.get(), dateColumn.get(), amount,
                orNull(quantityColumn.get()), amount == null ? orNull(priceColumn.get()) : null,
                orNull(invoiceColumn.get()));
    }

    private static String orNone(String column) {
        return column == null ? NONE : column;
    }

    private static String orNull(String choice) {
        return choice == null || NONE.equals(choice) ? null : choice;
    }

    private void reportFailure(Throwable error) {
        if (error instanceof CancelledException) {
            return;
        }
        if (error instanceof IllegalArgumentException) {
            dialogs.showError("Cannot compute RFM", oneLine(error));
        } else {
            LOG.error("RFM failed", error);
            dialogs.showException("Cannot compute RFM", oneLine(error), error);
        }
        message.set("RFM not computed: " + oneLine(error));
    }

    private static String oneLine(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }
}
