package org.segmentlab.ui.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.campaign.CampaignColumns;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.CampaignTable;
import org.segmentlab.core.campaign.ReadoutParams;
import org.segmentlab.core.campaign.ReadoutReading;
import org.segmentlab.core.campaign.SampleRatioCheck;
import org.segmentlab.core.campaign.SegmentReadout;
import org.segmentlab.core.campaign.TestPlanner;
import org.segmentlab.core.campaign.UpliftModeling;
import org.segmentlab.core.campaign.UpliftParams;
import org.segmentlab.core.campaign.UpliftResult;
import org.segmentlab.core.campaign.UpliftTarget;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ColumnType;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.predict.ModelParams;
import org.segmentlab.core.project.CampaignSettings;
import org.segmentlab.core.project.HoldoutRecord;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.SavedReadout;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.report.CampaignFiles;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.dialog.FileType;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;

/**
 * The Campaigns step without its nodes: which results file (a source of the project or a file picked),
 * the group column with its treatment and control values, the outcome, revenue and the segmentation (a
 * column of the file, the project's segments joined by customer id, or a holdout drawn at activation);
 * then the readout per segment, the sample-ratio check, an uplift model with "who to target next", the
 * test planner and the readout in plain words. What is run is kept in the project
 * ({@code settings.campaign.readout}), so the report reads the same campaign out.
 */
public final class CampaignViewModel {

    /** Customers of "who to target next" shown in the table at most; the export has them all. */
    public static final int TARGETS_SHOWN = 1_000;
    private static final int GROUP_VALUES = 50;
    /** What a control group is usually called. */
    private static final List<String> CONTROL_NAMES = List.of("control", "holdout", "held back", "no e-mail",
            "no email", "none", "no mail", "a");
    private static final List<FileType> DATA_FILES = List.of(
            FileType.of("Data files (*.csv, *.tsv, *.txt, *.xlsx)", "*.csv", "*.tsv", "*.txt", "*.CSV", "*.TSV",
                    "*.xlsx"),
            FileType.of("All files", "*.*"));

    /** Where the results come from: a source of the project, or a file picked outside it. */
    public record Results(String name, DataSource source, Path file) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** How customers are split into segments for the readout. */
    public enum SegmentationKind { NONE, COLUMN, PROJECT, HOLDOUT }

    /**
     * One way of splitting customers.
     *
     * @param key the column of the results (COLUMN), of the customer table (PROJECT), or the holdout's day
     */
    public record Segmentation(SegmentationKind kind, String key, String label) {
        @Override
        public String toString() {
            return label;
        }

        boolean sameAs(Segmentation other) {
            return other != null && kind == other.kind && Objects.equals(key, other.key);
        }
    }

    /** What a run gives. */
    record Run(SavedReadout.Result readout, UpliftResult uplift, List<UpliftTarget> targets) {
    }

    /** A segment's row of the planner: the lift its customers can detect. */
    public record PlanRow(String segment, int treated, int control, double baseline, double detectable) {
    }

    private final DataViewModel data;
    private final ProjectSettingsAccess project;
    private final Supplier<Path> projectFile;
    private final StepColumns stepColumns;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<Results> resultsChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Results> results = new SimpleObjectProperty<>(this, "results");
    private final ReadOnlyObjectWrapper<ImportedTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> numericColumns = FXCollections.observableArrayList();
    private final StringProperty group = new SimpleStringProperty(this, "group");
    private final ObservableList<String> groupValues = FXCollections.observableArrayList();
    private final StringProperty treatment = new SimpleStringProperty(this, "treatment");
    private final StringProperty control = new SimpleStringProperty(this, "control");
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome");
    private final StringProperty revenue = new SimpleStringProperty(this, "revenue");
    private final StringProperty idColumn = new SimpleStringProperty(this, "idColumn");
    private final ObservableList<Segmentation> segmentations = FXCollections.observableArrayList();
    private final ObjectProperty<Segmentation> segmentation = new SimpleObjectProperty<>(this, "segmentation");
    private final BooleanProperty upliftWanted = new SimpleBooleanProperty(this, "upliftWanted", true);
    private final ObjectProperty<ModelKind> modelKind = new SimpleObjectProperty<>(this, "modelKind",
            ModelKind.LOGISTIC);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", UpliftParams.DEFAULT_SEED);
    private final ObservableList<String> featureChoices = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> featureChosen = new HashMap<>();
    private List<String> savedFeatures;

    private final ReadOnlyObjectWrapper<CampaignReadout> readout = new ReadOnlyObjectWrapper<>(this, "readout");
    private final ReadOnlyObjectWrapper<UpliftResult> uplift = new ReadOnlyObjectWrapper<>(this, "uplift");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sampleRatioWarning = new ReadOnlyStringWrapper(this, "sampleRatioWarning");
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper(this, "reading", "");
    private final ObservableList<UpliftTarget> targets = FXCollections.observableArrayList();
    private List<UpliftTarget> ranked = List.of();
    private final IntegerProperty targetShare = new SimpleIntegerProperty(this, "targetShare", 10);
    private final DoubleProperty plannerBaseline = new SimpleDoubleProperty(this, "plannerBaseline", 5);
    private final DoubleProperty plannerLift = new SimpleDoubleProperty(this, "plannerLift", 1);
    private final DoubleProperty plannerPower = new SimpleDoubleProperty(this, "plannerPower", 80);
    private final DoubleProperty plannerSignificance = new SimpleDoubleProperty(this, "plannerSignificance", 5);
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper(this, "plan", "");
    private final ObservableList<PlanRow> planRows = FXCollections.observableArrayList();

    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty status = new SimpleStringProperty(this, "status",
            "Choose the campaign's results, its group column and outcome, then Run.");
    private TaskHandle current;
    /** Until the user picks a segmentation, the one saved (or the usual one) is chosen as the choices arrive. */
    private boolean userChoseSegmentation;
    private boolean settingSegmentation;
    /** The saved results file, chosen until the project's sources show it is one of them. */
    private Results restoredPlaceholder;
    /** Run was asked for while the results file was still being read. */
    private boolean runWhenRead;
    private TaskHandle fileRead;
    /** The saved readout has been shown again (or could not be) since the project opened. */
    private boolean replayed;
    private final ChangeListener<ImportedTable> sourceTable = (obs, old, now) -> showTable(now);

    public CampaignViewModel(DataViewModel data, ProjectSettingsAccess project, Supplier<Path> projectFile,
                             StepColumns stepColumns, TaskRunner tasks, DialogService dialogs) {
        this.data = Objects.requireNonNull(data);
        this.project = Objects.requireNonNull(project);
        this.projectFile = Objects.requireNonNull(projectFile);
        this.stepColumns = Objects.requireNonNull(stepColumns);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        CampaignSettings.ReadoutSettings saved = saved();
        if (saved != null) {
            group.set(saved.group());
            treatment.set(saved.treatment());
            control.set(saved.control());
            outcome.set(saved.outcome());
            revenue.set(saved.revenue());
            idColumn.set(saved.id());
            if (saved.uplift() != null) {
                modelKind.set(ModelKind.parse(saved.uplift().model()));
                seed.set(saved.uplift().seed());
                savedFeatures = saved.uplift().features();
            } else {
                upliftWanted.set(false);
            }
        }
        results.addListener((obs, old, now) -> resultsChosen(old, now));
        refreshResultsChoices();
        data.sources().addListener((ListChangeListener<DataSource>) change -> {
            refreshResultsChoices();
            restoreWhenSourcesArrive();
        });
        group.addListener((obs, old, now) -> refreshGroupValues());
        for (StringProperty p : List.of(group, outcome, revenue, idColumn)) {
            p.addListener((obs, old, now) -> refreshFeatures());
        }
        segmentation.addListener((obs, old, now) -> segmentationChosen(now));
        stepColumns.revisionProperty().addListener((obs, old, now) -> refreshSegmentations());
        for (DoubleProperty p : List.of(plannerBaseline, plannerLift, plannerPower, plannerSignificance)) {
            p.addListener((obs, old, now) -> replan());
        }
        targetShare.addListener((obs, old, now) -> showTargets());
        if (saved != null) {
            results.set(restoredResults(saved));
        }
        refreshSegmentations();
        replan();
    }

    private CampaignSettings campaign() {
        CampaignSettings c = project.settings().campaign();
        return c == null ? CampaignSettings.EMPTY : c;
    }

    private CampaignSettings.ReadoutSettings saved() {
        return campaign().readout();
    }

    // ---- the results

    /**
     * The project's sources may arrive after the step is built: the saved results then turn out to be one
     * of them rather than a file of their own.
     */
    private void restoreWhenSourcesArrive() {
        Results placeholder = restoredPlaceholder;
        if (placeholder == null || results.get() != placeholder) {
            restoredPlaceholder = null;
            return;
        }
        Results source = matchingSource(saved());
        if (source != null) {
            restoredPlaceholder = null;
            results.set(source);
            resultsChoices.remove(placeholder);
        }
    }

    private void refreshResultsChoices() {
        List<Results> picked = resultsChoices.stream().filter(r -> r.source() == null).toList();
        List<Results> all = new ArrayList<>();
        for (DataSource s : data.sources()) {
            // The readout reads its results from a file; a database table is not offered (pick its export).
            if (s.database() == null) {
                all.add(new Results(s.name(), s, null));
            }
        }
        all.addAll(picked);
        Results chosen = results.get();
        resultsChoices.setAll(all);
        if ((chosen == null && saved() == null) || (chosen != null && !all.contains(chosen))) {
            // a table of customers is likelier to hold a campaign's results than transactions are
            results.set(all.stream().filter(r -> r.source() != null && r.source().kind() == SourceKind.CUSTOMERS)
                    .findFirst().orElse(all.isEmpty() ? null : all.get(0)));
        }
    }

    private Results restoredResults(CampaignSettings.ReadoutSettings saved) {
        if (saved == null) {
            return null;
        }
        Results source = matchingSource(saved);
        if (source != null) {
            return source;
        }
        Path file = SavedReadout.resultsFile(saved, projectFile.get());
        Results picked = new Results(file.getFileName().toString(), null, file.toAbsolutePath().normalize());
        resultsChoices.add(picked);
        restoredPlaceholder = picked;
        return picked;
    }

    private Results matchingSource(CampaignSettings.ReadoutSettings saved) {
        if (saved == null) {
            return null;
        }
        for (Results r : resultsChoices) {
            if (r.source() == null) {
                continue;
            }
            if (saved.source() != null && r.source().id().equals(saved.source())) {
                return r;
            }
        }
        Path file = SavedReadout.resultsFile(saved, projectFile.get());
        for (Results r : resultsChoices) {
            if (r.source() == null) {
                continue;
            }
            Path sourceFile = r.source().options().file();
            if (sourceFile != null && (sourceFile.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())
                    || (!file.isAbsolute() && projectFile.get() == null
                    && sourceFile.getFileName().equals(file.getFileName())))) {
                return r;
            }
        }
        return null;
    }

    private void resultsChosen(Results old, Results now) {
        if (old != null && old.source() != null) {
            old.source().tableProperty().removeListener(sourceTable);
        }
        runWhenRead = false;
        if (fileRead != null) {
            fileRead.cancel();
            fileRead = null;
        }
        if (now == null) {
            showTable(null);
        } else if (now.source() != null) {
            now.source().tableProperty().addListener(sourceTable);
            showTable(now.source().table());
        } else {
            showTable(null);
            if (now != restoredPlaceholder) {
                readFile(now);
            }
        }
    }

    private void readFile(Results chosen) {
        status.set("Reading " + chosen.name() + "…");
        TaskHandle[] handle = new TaskHandle[1];
        boolean[] finished = new boolean[1];
        handle[0] = tasks.run(BackgroundTask.of("Reading " + chosen.name(),
                        progress -> new TableImporter().read(ImportOptions.of(chosen.file()), progress))
                .onSuccess(read -> {
                    if (results.get() == chosen) {
                        showTable(read);
                        status.set(String.format(Locale.US, "%s: %,d rows. Choose the group column and outcome, "
                                + "then Run.", chosen.name(), read.rowCount()));
                        if (runWhenRead) {
                            runWhenRead = false;
                            run();
                        }
                    }
                })
                .onFailure(error -> {
                    runWhenRead = false;
                    if (!(error instanceof CancelledException)) {
                        status.set(chosen.name() + " could not be read: " + message(error));
                        dialogs.showError("Cannot read the results", chosen.file() + ": " + message(error));
                    }
                })
                .onFinished(() -> {
                    finished[0] = true;
                    if (fileRead == handle[0]) {
                        fileRead = null;
                    }
                }));
        fileRead = finished[0] ? null : handle[0];
    }

    private void showTable(ImportedTable now) {
        table.set(now);
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        if (now != null) {
            for (ColumnInfo c : now.report().columns()) {
                if (now.table().containsColumn(c.name())) {
                    names.add(c.name());
                    if (c.type() == ColumnType.INTEGER || c.type() == ColumnType.DECIMAL) {
                        numbers.add(c.name());
                    }
                }
            }
        }
        columns.setAll(names);
        numericColumns.setAll(numbers);
        if (now != null) {
            guessColumns(now);
        }
        refreshGroupValues();
        refreshFeatures();
        refreshSegmentations();
        applyHoldoutArms(segmentation.get());
        if (now != null) {
            replaySaved();
        }
    }

    /** Fills what is still empty with the usual names: customer id, group, converted/conversion, revenue/spend. */
    private void guessColumns(ImportedTable now) {
        if (idColumn.get() == null || !columns.contains(idColumn.get())) {
            String id = now.column(ColumnRole.CUSTOMER_ID).map(ColumnInfo::name).orElse(null);
            if (id == null) {
                id = first(List.of("customer_id", "CustomerID", "customer", "id"));
            }
            idColumn.set(id);
        }
        if (group.get() == null) {
            group.set(first(List.of("group", "arm", "variant", "treatment")));
        }
        if (group.get() == null) {
            // a text column of a few values, one of which names a control group
            for (ColumnInfo c : now.report().columns()) {
                if (group.get() == null && c.type() == ColumnType.TEXT && now.table().containsColumn(c.name())) {
                    List<String> values = CampaignTable.values(now.table(), c.name(), 11);
                    if (values.size() >= 2 && values.size() <= 10 && pick(values, CONTROL_NAMES, -1) != null) {
                        group.set(c.name());
                    }
                }
            }
        }
        if (outcome.get() == null) {
            outcome.set(first(List.of("converted", "conversion", "outcome", "purchased")));
        }
        if (revenue.get() == null && saved() == null) {
            String r = first(List.of("revenue", "spend", "sales", "amount"));
            revenue.set(r != null && numericColumns.contains(r) ? r : null);
        }
    }

    private String first(List<String> wanted) {
        for (String w : wanted) {
            for (String c : columns) {
                if (c.equalsIgnoreCase(w)) {
                    return c;
                }
            }
        }
        return null;
    }

    private void refreshGroupValues() {
        ImportedTable t = table.get();
        String g = group.get();
        List<String> values = new ArrayList<>();
        Segmentation seg = segmentation.get();
        if (t != null && g != null && columns.contains(g)) {
            values = CampaignTable.values(t.table(), g, GROUP_VALUES);
        } else if (seg != null && seg.kind() == SegmentationKind.HOLDOUT) {
            values = List.of(org.segmentlab.core.campaign.Holdout.TREATMENT,
                    org.segmentlab.core.campaign.Holdout.CONTROL);
        }
        groupValues.setAll(values);
        if (values.size() >= 2) {
            if (treatment.get() == null || !containsIgnoringCase(values, treatment.get())) {
                treatment.set(pick(values, List.of("treatment", "email", "e-mail", "treated", "test", "b"), 0));
            }
            if (control.get() == null || !containsIgnoringCase(values, control.get())
                    || control.get().equalsIgnoreCase(treatment.get())) {
                String c = pick(values, CONTROL_NAMES, -1);
                if (c == null || c.equalsIgnoreCase(treatment.get())) {
                    c = values.stream().filter(v -> !v.equalsIgnoreCase(treatment.get())).findFirst().orElse(null);
                }
                control.set(c);
            }
        }
    }

    private static boolean containsIgnoringCase(List<String> values, String v) {
        return values.stream().anyMatch(x -> x.equalsIgnoreCase(v.strip()));
    }

    /** The first value named as one of {@code usual}, else the value at {@code fallback} (−1: none). */
    private static String pick(List<String> values, List<String> usual, int fallback) {
        for (String u : usual) {
            for (String v : values) {
                if (v.equalsIgnoreCase(u)) {
                    return v;
                }
            }
        }
        return fallback < 0 ? null : values.get(fallback);
    }

    private void refreshFeatures() {
        ImportedTable t = table.get();
        List<String> candidates = new ArrayList<>();
        if (t != null) {
            for (ColumnInfo c : t.report().columns()) {
                String n = c.name();
                boolean role = n.equalsIgnoreCase(nz(group.get())) || n.equalsIgnoreCase(nz(outcome.get()))
                        || n.equalsIgnoreCase(nz(revenue.get())) || n.equalsIgnoreCase(nz(idColumn.get()));
                boolean usable = c.type() == ColumnType.INTEGER || c.type() == ColumnType.DECIMAL
                        || c.type() == ColumnType.TEXT || c.type() == ColumnType.BOOLEAN;
                if (!role && usable && t.table().containsColumn(n)) {
                    candidates.add(n);
                }
            }
        }
        for (String c : candidates) {
            featureChosen.computeIfAbsent(c, k -> new SimpleBooleanProperty(savedFeatures == null
                    || savedFeatures.contains(k)));
        }
        featureChoices.setAll(candidates);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void refreshSegmentations() {
        List<Segmentation> all = new ArrayList<>();
        all.add(new Segmentation(SegmentationKind.NONE, null, "Everyone together"));
        if (stepColumns.get(ProjectCustomers.SEGMENT).isPresent()) {
            all.add(new Segmentation(SegmentationKind.PROJECT, ProjectCustomers.SEGMENT,
                    "The project's segments (by customer id)"));
        }
        if (stepColumns.get(ProjectCustomers.RFM_SEGMENT).isPresent()) {
            all.add(new Segmentation(SegmentationKind.PROJECT, ProjectCustomers.RFM_SEGMENT,
                    "The project's RFM segments (by customer id)"));
        }
        for (HoldoutRecord h : campaign().holdouts()) {
            if (all.stream().noneMatch(s -> s.kind() == SegmentationKind.HOLDOUT && s.key().equals(h.date()))) {
                all.add(new Segmentation(SegmentationKind.HOLDOUT, h.date(), String.format(Locale.US,
                        "Holdout of %s (%s held back)", h.date(), percent(h.share()))));
            }
        }
        ImportedTable t = table.get();
        if (t != null) {
            for (ColumnInfo c : t.report().columns()) {
                if ((c.type() == ColumnType.TEXT || c.type() == ColumnType.INTEGER || c.type() == ColumnType.BOOLEAN)
                        && t.table().containsColumn(c.name()) && !c.name().equalsIgnoreCase(nz(group.get()))
                        && !c.name().equalsIgnoreCase(nz(outcome.get()))
                        && !c.name().equalsIgnoreCase(nz(idColumn.get()))) {
                    all.add(new Segmentation(SegmentationKind.COLUMN, c.name(), "Column " + c.name()));
                }
            }
        }
        Segmentation chosen = segmentation.get();
        // The step's list box answers new items by changing its value, which is not the user choosing:
        // taken for a choice, it kept "Everyone together" (all there was before the results were read)
        // over the saved segmentation once they were.
        settingSegmentation = true;
        try {
            segmentations.setAll(all);
            Segmentation keep = chosen == null || !userChoseSegmentation ? null
                    : all.stream().filter(chosen::sameAs).findFirst().orElse(null);
            if (keep == null) {
                keep = savedSegmentation(all);
            }
            segmentation.set(keep);
        } finally {
            settingSegmentation = false;
        }
    }

    private Segmentation savedSegmentation(List<Segmentation> all) {
        CampaignSettings.ReadoutSettings s = saved();
        Segmentation wanted = null;
        if (s != null && s.holdout() != null) {
            wanted = new Segmentation(SegmentationKind.HOLDOUT, s.holdout(), "");
        } else if (s != null && s.segments() != null) {
            wanted = new Segmentation(SegmentationKind.PROJECT, s.segments(), "");
        } else if (s != null && s.by() != null) {
            wanted = new Segmentation(SegmentationKind.COLUMN, s.by(), "");
        } else if (s == null) {
            // the project's segments when there are some, else a holdout recorded at activation
            wanted = all.stream().filter(x -> x.kind() == SegmentationKind.PROJECT
                    || x.kind() == SegmentationKind.HOLDOUT).reduce((a, b) -> b.kind() == SegmentationKind.HOLDOUT
                    ? b : a).orElse(null);
        }
        Segmentation w = wanted;
        return all.stream().filter(x -> x.sameAs(w)).findFirst().orElse(all.get(0));
    }

    private void segmentationChosen(Segmentation now) {
        if (!settingSegmentation) {
            userChoseSegmentation = true;
        }
        applyHoldoutArms(now);
    }

    private void applyHoldoutArms(Segmentation now) {
        if (now != null && now.kind() == SegmentationKind.HOLDOUT && table.get() != null
                && (group.get() == null || !columns.contains(group.get()))) {
            // the arms come from the activation list: no further set-up
            group.set(org.segmentlab.core.campaign.Holdout.GROUP_COLUMN);
            refreshGroupValues();
            treatment.set(org.segmentlab.core.campaign.Holdout.TREATMENT);
            control.set(org.segmentlab.core.campaign.Holdout.CONTROL);
        }
    }

    // ---- state

    public ObservableList<Results> resultsChoices() {
        return resultsChoices;
    }

    public ObjectProperty<Results> resultsProperty() {
        return results;
    }

    /** The chosen results as read; null while they are read or when none is chosen. */
    public ReadOnlyObjectProperty<ImportedTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<String> numericColumns() {
        return numericColumns;
    }

    public StringProperty groupProperty() {
        return group;
    }

    /** The values of the group column, for the treatment and control. */
    public ObservableList<String> groupValues() {
        return groupValues;
    }

    public StringProperty treatmentProperty() {
        return treatment;
    }

    public StringProperty controlProperty() {
        return control;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    /** The revenue column; null for none. */
    public StringProperty revenueProperty() {
        return revenue;
    }

    /** The customer id column; null to number the data rows from 1. */
    public StringProperty idColumnProperty() {
        return idColumn;
    }

    public ObservableList<Segmentation> segmentations() {
        return segmentations;
    }

    public ObjectProperty<Segmentation> segmentationProperty() {
        return segmentation;
    }

    public BooleanProperty upliftWantedProperty() {
        return upliftWanted;
    }

    public ObjectProperty<ModelKind> modelKindProperty() {
        return modelKind;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** The columns an uplift model may learn from. */
    public ObservableList<String> featureChoices() {
        return featureChoices;
    }

    /** Whether the model learns from this column. */
    public BooleanProperty featureProperty(String column) {
        return featureChosen.computeIfAbsent(column, k -> new SimpleBooleanProperty(true));
    }

    public List<String> chosenFeatures() {
        return featureChoices.stream().filter(f -> featureProperty(f).get()).toList();
    }

    /** The last readout, or null before one. */
    public ReadOnlyObjectProperty<CampaignReadout> readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    public CampaignReadout readout() {
        return readout.get();
    }

    /** The last uplift model, or null. */
    public ReadOnlyObjectProperty<UpliftResult> upliftProperty() {
        return uplift.getReadOnlyProperty();
    }

    public UpliftResult uplift() {
        return uplift.get();
    }

    /** Rows left out, customers without a segment, anything else the reader should know. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** The sample-ratio warning in words; null when the arms have the sizes meant. */
    public ReadOnlyStringProperty sampleRatioWarningProperty() {
        return sampleRatioWarning.getReadOnlyProperty();
    }

    /** The readout in plain words; empty before one. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** "Who to target next": the top share of customers by predicted uplift (at most {@value #TARGETS_SHOWN}). */
    public ObservableList<UpliftTarget> targets() {
        return targets;
    }

    /** Every customer of the top share, for the export. */
    public List<UpliftTarget> targetsToExport() {
        return ranked.subList(0, topCount());
    }

    /** The share of customers to target next, in percent. */
    public IntegerProperty targetShareProperty() {
        return targetShare;
    }

    /** The control group's conversion rate the planner starts from, in percent. */
    public DoubleProperty plannerBaselineProperty() {
        return plannerBaseline;
    }

    /** The rise in conversion to detect, in percentage points. */
    public DoubleProperty plannerLiftProperty() {
        return plannerLift;
    }

    /** Power in percent (80). */
    public DoubleProperty plannerPowerProperty() {
        return plannerPower;
    }

    /** Significance (two-sided) in percent (5). */
    public DoubleProperty plannerSignificanceProperty() {
        return plannerSignificance;
    }

    /** The customers each arm needs, in words. */
    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The lift each segment of the last readout can detect. */
    public ObservableList<PlanRow> planRows() {
        return planRows;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    // ---- commands

    /** Picks a results file outside the project and reads it. */
    public void chooseFile() {
        dialogs.chooseFileToOpen("Choose the campaign's results", DATA_FILES).ifPresent(file -> {
            Path f = file.toAbsolutePath().normalize();
            Results picked = resultsChoices.stream().filter(r -> f.equals(r.file())).findFirst()
                    .orElseGet(() -> {
                        Results r = new Results(f.getFileName().toString(), null, f);
                        resultsChoices.add(r);
                        return r;
                    });
            if (results.get() == picked) {
                readFile(picked);
            } else {
                results.set(picked);
            }
        });
    }

    /** Reads the campaign out (and fits the uplift model when wanted) in the background; keeps the settings. */
    public void run() {
        readPlaceholder();
        Results chosen = results.get();
        ImportedTable t = table.get();
        if (chosen != null && chosen.file() != null && t == null && fileRead != null) {
            runWhenRead = true;
            status.set("Reading " + chosen.name() + "; the readout runs once it is read.");
            return;
        }
        if (chosen == null || t == null) {
            dialogs.showInformation("Nothing to read out", chosen == null
                    ? "Import the campaign's results in the Data step, or choose a file."
                    : chosen.name() + " is still being read; run again in a moment.");
            return;
        }
        String problem = problem();
        if (problem != null) {
            dialogs.showError("Cannot read out the campaign", problem);
            return;
        }
        Segmentation seg = segmentation.get() == null ? segmentations.get(0) : segmentation.get();
        CampaignSettings.ReadoutSettings settings = settings(chosen, seg);
        Map<String, String> segmentsById = seg.kind() == SegmentationKind.PROJECT
                ? stepColumns.get(seg.key()).map(StepColumns.Column::texts).map(LinkedHashMap::new).orElse(null)
                : null;
        project.update(s -> s.withCampaign(campaign().withReadout(settings)));
        start(chosen, t, settings, segmentsById, upliftWanted.get(), false);
    }

    /**
     * Shows the project's saved readout again once its results are at hand, as the Value step shows
     * its saved fit: read out in the background without a word unless it fails, and without the uplift
     * model (fitting it again takes long; Run does it). Once per opening, and only while nothing has
     * run. A readout by the project's own segments waits for Run: they may not be worked out yet.
     */
    private void replaySaved() {
        CampaignSettings.ReadoutSettings s = saved();
        Results chosen = results.get();
        ImportedTable t = table.get();
        if (replayed || s == null || chosen == null || t == null || readout.get() != null || current != null) {
            return;
        }
        replayed = true;
        boolean savedResults = chosen.source() != null ? chosen == matchingSource(s) : chosen.file() != null
                && chosen.file().equals(SavedReadout.resultsFile(s, projectFile.get()).toAbsolutePath().normalize());
        if (!savedResults || s.segments() != null) {
            return;
        }
        start(chosen, t, s, null, false, true);
    }

    private void start(Results chosen, ImportedTable t, CampaignSettings.ReadoutSettings settings,
                       Map<String, String> segmentsById, boolean fitUplift, boolean replay) {
        CampaignSettings campaign = campaign();
        Path file = projectFile.get();
        List<String> features = chosenFeatures();
        UpliftParams params = UpliftParams.defaults(modelKind.get()).withModel(ModelParams.defaults(modelKind.get()))
                .withSeed(seed.get());
        cancel();
        running.set(true);
        status.set((replay ? "Showing the saved readout of " : "Reading out ") + chosen.name() + "…");
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(BackgroundTask.of("Reading out the campaign in " + chosen.name(), progress -> {
                    SavedReadout.Result read = SavedReadout.read(settings, t.table(), campaign, file, segmentsById,
                            progress.slice(0, fitUplift ? 0.2 : 1));
                    UpliftResult fitted = null;
                    List<UpliftTarget> top = List.of();
                    if (fitUplift) {
                        CampaignColumns withFeatures = read.columns().withFeatures(features);
                        CampaignTable.Read forModel = CampaignTable.read(read.table(), withFeatures);
                        fitted = new UpliftModeling().fit(forModel.features(), forModel.outcomes(), params,
                                progress.slice(0.2, 1));
                        top = UpliftTarget.ranked(fitted, read.outcomes().segments());
                    }
                    return new Run(read, fitted, top);
                })
                .onSuccess(done -> {
                    if (current == handle[0]) {
                        show(done);
                        if (replay && settings.uplift() != null) {
                            status.set(status.get() + " Run to fit the uplift model again.");
                        }
                    }
                })
                .onFailure(error -> {
                    if (current != handle[0] && current != null) {
                        return;
                    }
                    if (error instanceof CancelledException) {
                        status.set("Readout cancelled.");
                        return;
                    }
                    if (replay) {
                        // nothing was asked for: the step says why and waits for Run
                        status.set("The saved readout could not be shown again: " + message(error)
                                + " Check the settings, then Run.");
                        return;
                    }
                    status.set("The campaign could not be read out: " + message(error));
                    if (error instanceof IllegalArgumentException) {
                        dialogs.showError("Cannot read out the campaign", message(error));
                    } else {
                        dialogs.showException("Cannot read out the campaign", message(error), error);
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

    /** The saved results file is read when first wanted, from where the project now is. */
    private void readPlaceholder() {
        Results chosen = results.get();
        if (chosen != null && chosen == restoredPlaceholder && table.get() == null) {
            Path file = SavedReadout.resultsFile(saved(), projectFile.get()).toAbsolutePath().normalize();
            restoredPlaceholder = null;
            if (file.equals(chosen.file())) {
                readFile(chosen);
            } else {
                Results resolved = new Results(file.getFileName().toString(), null, file);
                resultsChoices.set(resultsChoices.indexOf(chosen), resolved);
                results.set(resolved);
            }
        }
    }

    /** Stops the run under way; what it would have shown is dropped. */
    public void cancel() {
        TaskHandle was = current;
        current = null;
        running.set(false);
        if (was != null) {
            was.cancel();
            status.set("Readout cancelled.");
        }
    }

    /** Writes the top share of customers by predicted uplift, with their segments, to a CSV file. */
    public void exportTargets() {
        List<UpliftTarget> rows = targetsToExport();
        if (rows.isEmpty()) {
            dialogs.showInformation("Nothing to export", "Run the readout with an uplift model first.");
            return;
        }
        dialogs.chooseFileToSave("Export who to target next", "target-next.csv",
                List.of(FileType.of("CSV files (*.csv)", "*.csv"))).ifPresent(path -> {
                    tasks.run(BackgroundTask.of("Writing " + path.getFileName(), progress -> {
                                CampaignFiles.writeTargets(path, rows);
                                return path;
                            })
                            .onSuccess(written -> dialogs.showWritten("Exported", String.format(Locale.US,
                                    "%s written: the %s of highest predicted uplift.", written.getFileName(),
                                    customers(rows.size())), written))
                            .onFailure(error -> dialogs.showError("Cannot export", path + ": " + message(error))));
                });
    }

    // ---- what a run shows

    private void show(Run done) {
        CampaignReadout r = done.readout().readout();
        List<String> said = new ArrayList<>(done.readout().notes());
        r.warnings().stream().filter(w -> !w.startsWith("sample-ratio")).forEach(said::add);
        notes.setAll(said.stream().map(CampaignViewModel::sentence).toList());
        sampleRatioWarning.set(sampleRatioText(r.sampleRatio()));
        reading.set(ReadoutReading.of(r, treatment.get(), control.get()));
        readout.set(r);
        uplift.set(done.uplift());
        ranked = done.targets();
        showTargets();
        SegmentReadout all = r.overall();
        if (Double.isFinite(all.rateControl()) && all.rateControl() > 0) {
            plannerBaseline.set(Math.round(all.rateControl() * 10_000) / 100.0);
        }
        replan();
        status.set(String.format(Locale.US, "%s treated and %s in the control; %s.", count(all.treated()),
                count(all.control()), r.segments().isEmpty() ? "no segments"
                        : r.segments().size() == 1 ? "1 segment" : r.segments().size() + " segments"));
    }

    private void showTargets() {
        int n = topCount();
        targets.setAll(ranked.subList(0, Math.min(n, TARGETS_SHOWN)));
    }

    private int topCount() {
        int share = Math.max(1, Math.min(100, targetShare.get()));
        return (int) Math.min(ranked.size(), Math.ceil(ranked.size() * share / 100.0));
    }

    /** The sample-ratio check in words when it fires; null otherwise. */
    static String sampleRatioText(SampleRatioCheck check) {
        if (check == null || !check.mismatch()) {
            return null;
        }
        return String.format(Locale.US, "The arms are not the sizes the split meant: %s treated and %s in the control "
                + "(%.1f%% treated, %s intended; chi-square %.1f, p = %.2g). Check how customers were assigned "
                + "before trusting the readout.", count(check.treated()), count(check.control()),
                100 * check.observedTreatedShare(), percent(check.intendedTreatedShare()), check.chiSquare(),
                check.pValue());
    }

    /** A forest plot's tooltip: the segment's customers, rates, interval and p-values. */
    static String tip(SegmentReadout r, double confidence) {
        return String.format(Locale.US, "%s%n%s treated, %s control%nConversion %.2f%% treated, %.2f%% control%n"
                        + "Difference %+.2f points (%d%% interval %+.2f to %+.2f)%np = %s, Holm p = %s", r.segment(),
                count(r.treated()), count(r.control()), 100 * r.rateTreated(), 100 * r.rateControl(),
                100 * r.difference().estimate(), Math.round(100 * confidence), 100 * r.difference().low(),
                100 * r.difference().high(), p(r.pValue()), p(r.pValueHolm()));
    }

    static String p(double p) {
        if (!Double.isFinite(p)) {
            return "–";
        }
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.US, "%.4f", p);
    }

    private void replan() {
        double alpha = plannerSignificance.get() / 100;
        double power = plannerPower.get() / 100;
        double base = plannerBaseline.get() / 100;
        double lift = plannerLift.get() / 100;
        String text;
        try {
            TestPlanner.ArmSizes sizes = TestPlanner.customersNeeded(base, lift, alpha, power, 0.5);
            text = String.format(Locale.US, "To detect a change from %s to %s with %s power at %s significance "
                            + "(two-sided): %s per arm, %s in all.", pct(base), pct(base + lift), percent(power),
                    percent(alpha), customers(sizes.treated()), customers(sizes.total()));
        } catch (IllegalArgumentException e) {
            text = "Cannot plan: " + e.getMessage() + ".";
        }
        plan.set(text);
        List<PlanRow> rows = new ArrayList<>();
        CampaignReadout r = readout.get();
        if (r != null) {
            for (SegmentReadout s : r.rows()) {
                double b = s.rateControl();
                double d = Double.NaN;
                if (s.treated() > 0 && s.control() > 0 && b > 0 && b < 1 && alpha > 0 && alpha < 1 && power > 0
                        && power < 1) {
                    d = TestPlanner.detectableDifference(b, s.treated(), s.control(), alpha, power);
                }
                rows.add(new PlanRow(s.segment(), s.treated(), s.control(), b, d));
            }
        }
        planRows.setAll(rows);
    }

    private String problem() {
        if (blank(group.get()) || blank(treatment.get()) || blank(control.get()) || blank(outcome.get())) {
            return "Choose the group column, its treatment and control values, and the outcome column.";
        }
        if (treatment.get().strip().equalsIgnoreCase(control.get().strip())) {
            return "The treatment and the control are the same value ('" + treatment.get() + "').";
        }
        Segmentation seg = segmentation.get();
        if (seg != null && (seg.kind() == SegmentationKind.PROJECT || seg.kind() == SegmentationKind.HOLDOUT)
                && blank(idColumn.get())) {
            return "Joining segments by customer id needs the column of the results that holds the customer id.";
        }
        if (upliftWanted.get() && chosenFeatures().isEmpty()) {
            return "Choose at least one column for the uplift model to learn from, or turn the model off.";
        }
        return null;
    }

    private CampaignSettings.ReadoutSettings settings(Results chosen, Segmentation seg) {
        String path;
        if (chosen.source() != null && chosen.source().options().file() != null) {
            path = relative(chosen.source().options().file());
        } else {
            path = relative(chosen.file());
        }
        double treatedShare = saved() == null ? 0.5 : saved().treatedShare();
        CampaignSettings.UpliftSettings upliftSettings = upliftWanted.get()
                ? new CampaignSettings.UpliftSettings(modelKind.get().cliName(), seed.get(), chosenFeatures()) : null;
        return new CampaignSettings.ReadoutSettings(path, group.get().strip(), treatment.get().strip(),
                control.get().strip(), outcome.get(), blank(revenue.get()) ? null : revenue.get(),
                seg.kind() == SegmentationKind.COLUMN ? seg.key() : null, blank(idColumn.get()) ? null : idColumn.get(),
                saved() == null ? ReadoutParams.DEFAULT_CONFIDENCE : saved().confidence(), treatedShare,
                seg.kind() == SegmentationKind.PROJECT ? seg.key() : null,
                seg.kind() == SegmentationKind.HOLDOUT ? seg.key() : null,
                chosen.source() == null ? null : chosen.source().id(), upliftSettings);
    }

    /** Relative to the project's folder (with /) when inside it, else absolute. */
    private String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path project = projectFile.get();
        Path folder = project == null ? null : project.toAbsolutePath().normalize().getParent();
        if (folder != null && abs.startsWith(folder)) {
            return folder.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String sentence(String s) {
        String t = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    static String count(int n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String customers(int n) {
        return String.format(Locale.US, "%,d customer%s", n, n == 1 ? "" : "s");
    }

    private static String percent(double share) {
        double p = 100 * share;
        return p == Math.rint(p) ? String.format(Locale.US, "%.0f%%", p) : String.format(Locale.US, "%.1f%%", p);
    }

    private static String pct(double share) {
        return String.format(Locale.US, "%.2f%%", 100 * share);
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
