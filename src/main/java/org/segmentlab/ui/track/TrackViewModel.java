package org.segmentlab.ui.track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.project.SavedTracking;
import org.segmentlab.core.project.TrackSettings;
import org.segmentlab.core.track.AsOfDays;
import org.segmentlab.core.track.Snapshot;
import org.segmentlab.core.track.StabilityBootstrap;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.core.track.TrackSummary;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;

/**
 * The Over time step without its nodes: which segmentation (the RFM segments, or a kept clustering run
 * of a log's customers, re-fitted each day or placed by its saved centres), the snapshot days (every
 * month from one day to another, or a list of days), the bootstrap's resamples and seed; then the
 * snapshots, the migration and drift between them, the stability of a clustering and a sentence that
 * sums it up. The choice is kept in the project ({@link TrackSettings}), so the report's "How the
 * segments move" shows the same.
 */
public final class TrackViewModel {

    /** How the snapshot days are given. */
    public enum DaysMode { MONTHLY, LIST }

    /**
     * A segmentation that can be tracked.
     *
     * @param runId {@link NamedSegment#RFM_RUN} for the RFM segments, else a kept clustering run's id
     */
    public record Segmentation(String runId, String label) {
        public boolean isRfm() {
            return NamedSegment.RFM_RUN.equals(runId);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final Segmentation RFM = new Segmentation(NamedSegment.RFM_RUN, "RFM segments");

    private final DataViewModel data;
    private final TrackProject project;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<Segmentation> segmentations = FXCollections.observableArrayList();
    private final ObjectProperty<Segmentation> segmentation = new SimpleObjectProperty<>(this, "segmentation");
    private final ObjectProperty<DaysMode> daysMode = new SimpleObjectProperty<>(this, "daysMode", DaysMode.MONTHLY);
    private final ObjectProperty<LocalDate> monthlyFrom = new SimpleObjectProperty<>(this, "monthlyFrom");
    private final ObjectProperty<LocalDate> monthlyTo = new SimpleObjectProperty<>(this, "monthlyTo");
    private final StringProperty days = new SimpleStringProperty(this, "days", "");
    private final BooleanProperty refit = new SimpleBooleanProperty(this, "refit");
    private final ObjectProperty<Integer> resamples = new SimpleObjectProperty<>(this, "resamples",
            StabilityBootstrap.DEFAULT_RESAMPLES);
    private final ObjectProperty<Long> seed = new SimpleObjectProperty<>(this, "seed");
    private final ReadOnlyObjectWrapper<TrackResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final IntegerProperty flowFrom = new SimpleIntegerProperty(this, "flowFrom");
    private final IntegerProperty flowTo = new SimpleIntegerProperty(this, "flowTo");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty status = new SimpleStringProperty(this, "status",
            "Choose the segmentation and the snapshot days, then Run.");
    private TaskHandle current;

    public TrackViewModel(DataViewModel data, TrackProject project, TaskRunner tasks, DialogService dialogs) {
        this.data = Objects.requireNonNull(data);
        this.project = Objects.requireNonNull(project);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        refreshSegmentations();
        restore(project.project().settings().track());
        flowFrom.addListener((obs, old, now) -> summarize());
        flowTo.addListener((obs, old, now) -> summarize());
    }

    /** Puts the saved choice back in the fields; nothing saved: the RFM segments, monthly over the whole data. */
    private void restore(TrackSettings saved) {
        seed.set(saved != null && saved.seed() != null ? saved.seed() : project.project().seed());
        if (saved == null) {
            return;
        }
        String asOf = saved.asOf().strip();
        if (asOf.toLowerCase(Locale.ROOT).startsWith(AsOfDays.MONTHLY)) {
            daysMode.set(DaysMode.MONTHLY);
            try {
                List<LocalDate> parsed = AsOfDays.parse(asOf);
                monthlyFrom.set(parsed.get(0));
                String[] range = asOf.substring(AsOfDays.MONTHLY.length()).split("\\.\\.");
                monthlyTo.set(LocalDate.parse(range[1].strip()));
            } catch (RuntimeException e) {
                status.set("The saved snapshot days '" + asOf + "' cannot be read: " + e.getMessage());
            }
        } else {
            daysMode.set(DaysMode.LIST);
            days.set(asOf);
        }
        refit.set(Boolean.TRUE.equals(saved.refit()));
        resamples.set(saved.bootstrap() == null ? StabilityBootstrap.DEFAULT_RESAMPLES : saved.bootstrap());
        String runId = saved.tracksRfm() ? NamedSegment.RFM_RUN : saved.runId();
        segmentation.set(segmentations.stream().filter(s -> s.runId().equals(runId)).findFirst()
                .orElse(usual(segmentations)));
        status.set("Saved in the project: " + describe(saved) + ". Run to see how the segments move.");
    }

    /** The RFM segments and the project's kept clustering runs of a log's customers (a table's rows carry no dates). */
    public void refreshSegmentations() {
        List<Segmentation> now = new ArrayList<>();
        now.add(RFM);
        for (ClusteringRun run : project.project().settings().clustering()) {
            if (run.clustersCustomers()) {
                now.add(new Segmentation(run.id(), label(run)));
            }
        }
        Segmentation chosen = segmentation.get();
        segmentations.setAll(now);
        segmentation.set(chosen == null ? usual(now) : now.stream().filter(s -> s.runId().equals(chosen.runId()))
                .findFirst().orElse(usual(now)));
    }

    /**
     * What the step tracks when nothing is saved or chosen: the RFM segments, unless the project keeps no
     * RFM settings and a clustering of customers (saas-churn, cdp-events: event logs, no purchases), whose
     * segments are then the ones it has.
     */
    private Segmentation usual(List<Segmentation> choices) {
        if (project.project().settings().rfm() != null) {
            return RFM;
        }
        return choices.stream().filter(s -> !s.isRfm()).findFirst().orElse(RFM);
    }

    static String label(ClusteringRun run) {
        String name = run.name() == null || run.name().isBlank() ? "Clustering " + run.id() : run.name();
        String algorithm = switch (run.algorithm() == null ? "" : run.algorithm()) {
            case "kmeans" -> "k-means";
            case "dbscan" -> "DBSCAN";
            case "hierarchical" -> "hierarchical";
            case "gmm" -> "Gaussian mixture";
            default -> run.algorithm();
        };
        return name + (algorithm == null ? "" : " (" + algorithm + (run.k() == null ? "" : ", k = " + run.k()) + ")");
    }

    // ---- state

    public ObservableList<Segmentation> segmentations() {
        return segmentations;
    }

    public ObjectProperty<Segmentation> segmentationProperty() {
        return segmentation;
    }

    public ObjectProperty<DaysMode> daysModeProperty() {
        return daysMode;
    }

    /** The first monthly snapshot; with the last one empty too: chosen from the data. */
    public ObjectProperty<LocalDate> monthlyFromProperty() {
        return monthlyFrom;
    }

    public ObjectProperty<LocalDate> monthlyToProperty() {
        return monthlyTo;
    }

    /** The snapshot days as a list, {@code 2011-06-04, 2011-12-10}. */
    public StringProperty daysProperty() {
        return days;
    }

    /** A clustering's snapshots hold it fitted afresh each day (else its saved centres place the customers). */
    public BooleanProperty refitProperty() {
        return refit;
    }

    /** Bootstrap resamples of a clustering's stability; 0: none. */
    public ObjectProperty<Integer> resamplesProperty() {
        return resamples;
    }

    public ObjectProperty<Long> seedProperty() {
        return seed;
    }

    /** The last run, or null before one. */
    public ReadOnlyObjectProperty<TrackResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public TrackResult result() {
        return result.get();
    }

    /** The snapshots the flow diagram and the summary compare (indices into the result's snapshots). */
    public IntegerProperty flowFromProperty() {
        return flowFrom;
    }

    public IntegerProperty flowToProperty() {
        return flowTo;
    }

    /** The plain-language sentence for the two chosen snapshots; empty before a run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The snapshot days as the project keeps them, or null to choose them from the data. */
    String asOfText() {
        if (daysMode.get() == DaysMode.LIST) {
            return days.get() == null || days.get().isBlank() ? "" : days.get().strip();
        }
        if (monthlyFrom.get() == null && monthlyTo.get() == null) {
            return null;
        }
        if (monthlyFrom.get() == null || monthlyTo.get() == null) {
            return "";
        }
        return AsOfDays.MONTHLY + monthlyFrom.get() + ".." + monthlyTo.get();
    }

    // ---- commands

    /** Computes the snapshots in the background and keeps the choice in the project. */
    public void run() {
        String asOf = asOfText();
        if (asOf != null) {
            String problem = checkDays(asOf);
            if (problem != null) {
                dialogs.showError("Cannot track the segments", problem);
                return;
            }
        }
        Segmentation chosen = segmentation.get() == null ? RFM : segmentation.get();
        Integer draws = resamples.get();
        if (!chosen.isRfm() && (draws == null || draws < 0)) {
            dialogs.showError("Cannot track the segments", "The bootstrap needs 0 or more resamples.");
            return;
        }
        TrackSettings settings = new TrackSettings(asOf == null ? "automatic" : asOf,
                chosen.isRfm() ? null : chosen.runId(), chosen.isRfm() || !refit.get() ? null : Boolean.TRUE,
                chosen.isRfm() ? null : draws, chosen.isRfm() ? null : seed.get());
        if (asOf != null) {
            project.update(s -> s.withTrack(settings));
        }
        Project now = project.project();
        Map<String, ImportedTable> loaded = new HashMap<>();
        for (DataSource source : data.sources()) {
            if (source.table() != null && !source.isLoading()) {
                loaded.put(source.id(), source.table());
            }
        }
        SavedSources sources = new SavedSources(now, project.projectFile(), loaded);
        cancel();
        running.set(true);
        String what = chosen.isRfm() ? "the RFM segments" : chosen.label();
        status.set("Computing " + what + (asOf == null ? " every month" : " as of each day") + "…");
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(BackgroundTask.of("Tracking " + what + " over time",
                        progress -> new SavedTracking().track(sources, asOf, settings, progress))
                .onSuccess(tracked -> {
                    if (asOf == null) {
                        project.update(s -> s.withTrack(tracked.settings()));
                        restoreDays(tracked.settings().asOf());
                    }
                    show(tracked.result());
                })
                .onFailure(this::failed)
                .onFinished(() -> {
                    if (current == handle[0]) {
                        current = null;
                        running.set(false);
                    }
                }));
        current = running.get() ? handle[0] : null;
    }

    private void restoreDays(String asOf) {
        List<LocalDate> parsed = AsOfDays.parse(asOf);
        String[] range = asOf.substring(AsOfDays.MONTHLY.length()).split("\\.\\.");
        monthlyFrom.set(parsed.get(0));
        monthlyTo.set(LocalDate.parse(range[1].strip()));
    }

    /** What is wrong with the days, or null. */
    static String checkDays(String asOf) {
        if (asOf.isEmpty()) {
            return "Give both the first and the last monthly snapshot day, or neither to take every month of the data.";
        }
        try {
            List<LocalDate> parsed = AsOfDays.parse(asOf);
            if (parsed.size() < 2) {
                return "Segments over time need at least two snapshot days; " + asOf + " gives one.";
            }
        } catch (IllegalArgumentException e) {
            return "The snapshot days cannot be read: " + e.getMessage() + ".";
        }
        return null;
    }

    private void show(TrackResult tracked) {
        result.set(tracked);
        int last = tracked.snapshots().size() - 1;
        flowFrom.set(0);
        flowTo.set(last);
        summarize();
        Snapshot first = tracked.snapshots().get(0);
        Snapshot end = tracked.snapshots().get(last);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d snapshots from %s (%s) to %s (%s).",
                tracked.snapshots().size(), first.asOf(), customers(first.size()), end.asOf(), customers(end.size())));
        if (!tracked.adjustedRand().isEmpty()) {
            List<String> ari = new ArrayList<>();
            for (int i = 0; i < tracked.snapshots().size(); i++) {
                double a = tracked.adjustedRand().get(i);
                if (!Double.isNaN(a)) {
                    ari.add(String.format(Locale.ROOT, "%.2f on %s", a, tracked.snapshots().get(i).asOf()));
                }
            }
            if (!ari.isEmpty()) {
                sb.append(" Saved centres against the clustering fitted afresh (adjusted Rand index, 1 = the same "
                        + "segments): ").append(String.join(", ", ari)).append('.');
            }
        }
        for (String w : tracked.warnings()) {
            sb.append(' ').append(w.endsWith(".") ? w : w + ".");
        }
        status.set(sb.toString());
    }

    private void failed(Throwable error) {
        if (error instanceof CancelledException) {
            status.set("Tracking cancelled.");
            return;
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        status.set("The segments could not be tracked: " + message);
        if (error instanceof IllegalArgumentException || error instanceof DataFileException) {
            dialogs.showError("Cannot track the segments", Character.toUpperCase(message.charAt(0))
                    + message.substring(1) + (message.endsWith(".") ? "" : "."));
        } else {
            dialogs.showException("Cannot track the segments", message, error);
        }
    }

    private void summarize() {
        TrackResult now = result.get();
        int from = flowFrom.get();
        int to = flowTo.get();
        if (now == null || from < 0 || to >= now.snapshots().size() || from >= to) {
            summary.set(now == null ? "" : "Compare an earlier snapshot with a later one.");
            return;
        }
        summary.set(TrackSummary.sentence(now, from, to));
    }

    public void cancel() {
        TaskHandle stop = current;
        current = null;
        running.set(false);
        if (stop != null) {
            stop.cancel();
        }
    }

    static String customers(long n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "customer" : "customers");
    }

    static String describe(TrackSettings s) {
        String what = s.tracksRfm() ? "the RFM segments" : "the clustering run '" + s.runId() + "'"
                + (Boolean.TRUE.equals(s.refit()) ? " re-fitted each day" : " placed by its saved centres");
        return what + " as of " + s.asOf();
    }
}
