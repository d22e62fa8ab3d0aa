package org.segmentlab.ui.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ReportSettings;
import org.segmentlab.core.project.SavedClustering;
import org.segmentlab.core.project.SavedRfm;
import org.segmentlab.core.segment.Prioritisation;
import org.segmentlab.report.ActivationExport;
import org.segmentlab.report.ReportBuilder;
import org.segmentlab.report.ReportModel;
import org.segmentlab.report.ReportSection;
import org.segmentlab.report.charts.PriorityMatrixChart;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.dialog.FileType;
import org.segmentlab.ui.task.BackgroundJob;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Report step without its nodes: the report's title, author, logo, sections and segmentation (kept in
 * the project's report settings), the segments' ease scores and their priority matrix (kept with the
 * segments), a preview of the pages rebuilt in the background whenever the project changes, and the exports.
 *
 * <p>Only the newest preview counts: a change while a preview is being built cancels that build, and
 * the result of a build that was overtaken is dropped.
 */
public final class ReportViewModel {

    static final List<FileType> HTML_FILES = List.of(FileType.of("Web page (*.html)", "*.html", "*.htm"));
    static final List<FileType> PDF_FILES = List.of(FileType.of("PDF document (*.pdf)", "*.pdf"));
    static final List<FileType> IMAGE_FILES = List.of(FileType.of("Images (*.png, *.jpg)", "*.png", "*.jpg",
            "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
    static final String NOTHING_TO_REPORT = "Nothing to report on yet. Import a transactions file (customer, date "
            + "and amount of each purchase) in the Data step for RFM segments, run a clustering in Segments \u203a "
            + "Clusters, or read out a campaign by segment in Campaigns. The report of those segments then appears "
            + "here.";

    private static final Logger LOG = LoggerFactory.getLogger(ReportViewModel.class);

    private final ReportProject project;
    private final ReportService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Executor uiThread;
    private final Debouncer debouncer;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final ReadOnlyStringWrapper titlePrompt = new ReadOnlyStringWrapper(this, "titlePrompt", "");
    private final ReadOnlyBooleanWrapper reportable = new ReadOnlyBooleanWrapper(this, "reportable");
    private final Map<ReportSection, BooleanProperty> sections = new EnumMap<>(ReportSection.class);
    private final ReadOnlyObjectWrapper<Path> logo = new ReadOnlyObjectWrapper<>(this, "logo");
    private final ObservableList<PriorityRow> priorities = FXCollections.observableArrayList();
    private final ObservableList<PriorityRow> prioritiesView = FXCollections.unmodifiableObservableList(priorities);
    private final ReadOnlyObjectWrapper<PriorityMatrix> priorityMatrix = new ReadOnlyObjectWrapper<>(this,
            "priorityMatrix");
    private final ObservableList<Segmentation> segmentations = FXCollections.observableArrayList();
    private final ObjectProperty<Segmentation> segmentation = new SimpleObjectProperty<>(this, "segmentation");

    private final ReadOnlyObjectWrapper<ReportService.Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    /** One read-only view, kept: a new one a call would drop its listeners once collected. */
    private final ObservableList<BufferedImage> pagesView = FXCollections.unmodifiableObservableList(pages);
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(this, "building");
    private final ReadOnlyDoubleWrapper buildProgress = new ReadOnlyDoubleWrapper(this, "buildProgress", -1);
    private final ReadOnlyStringWrapper buildMessage = new ReadOnlyStringWrapper(this, "buildMessage", "");
    private final ReadOnlyStringWrapper previewMessage = new ReadOnlyStringWrapper(this, "previewMessage");
    private final ReadOnlyIntegerWrapper previewsBuilt = new ReadOnlyIntegerWrapper(this, "previewsBuilt");

    private final BooleanProperty bom = new SimpleBooleanProperty(this, "bom");
    private final BooleanProperty withScores = new SimpleBooleanProperty(this, "withScores");
    private final ReadOnlyBooleanWrapper scoresAvailable = new ReadOnlyBooleanWrapper(this, "scoresAvailable");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(this, "exportProgress", -1);
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");

    /** The project the newest preview was asked for; null before the first. */
    private Project previewed;
    private TaskHandle previewTask;
    private long generation;
    private TaskHandle exportTask;
    private boolean loading;

    /**
     * @param uiThread  runs progress updates where the properties may change (the FX thread)
     * @param debouncer holds back preview builds while changes keep coming
     */
    public ReportViewModel(ReportProject project, ReportService service, TaskRunner tasks, DialogService dialogs,
                           Executor uiThread, Debouncer debouncer) {
        this.project = Objects.requireNonNull(project);
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.debouncer = Objects.requireNonNull(debouncer);
        title.addListener((obs, old, now) -> saveReport(settings -> settings.withTitle(blankToNull(now))));
        author.addListener((obs, old, now) -> saveReport(settings -> settings.withAuthor(blankToNull(now))));
        segmentation.addListener((obs, old, now) -> {
            if (now != null) {
                saveReport(settings -> settings.withRunId(now.runId()));
            }
        });
        for (ReportSection section : ReportSection.values()) {
            BooleanProperty included = new SimpleBooleanProperty(this, section.cliName(), true);
            included.addListener((obs, old, now) -> saveSections());
            sections.put(section, included);
        }
        loadFields(project.current());
    }

    // ---- the report's settings

    /** The report's title; empty = the project's name, which {@link #titlePromptProperty()} shows. */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ReadOnlyStringProperty titlePromptProperty() {
        return titlePrompt.getReadOnlyProperty();
    }

    /** Whether the project has something to report on; when not, {@link #previewMessageProperty()} says what to do. */
    public ReadOnlyBooleanProperty reportableProperty() {
        return reportable.getReadOnlyProperty();
    }

    /** Whether the report includes this section; the last one included cannot be left out. */
    public BooleanProperty sectionProperty(ReportSection section) {
        return sections.get(section);
    }

    /** The logo at the top of the report, as a path the file system finds; null = none. */
    public ReadOnlyObjectProperty<Path> logoProperty() {
        return logo.getReadOnlyProperty();
    }

    /** The populated segments of the reported segmentation, in the report's order, with value potential and ease. */
    public ObservableList<PriorityRow> priorities() {
        return prioritiesView;
    }

    /** The priority matrix as the report draws it: a bubble per segment and the line between more and less value. */
    public record PriorityMatrix(List<PriorityMatrixChart.Bubble> bubbles, double potentialThreshold,
                                 String potential) {
        public PriorityMatrix {
            bubbles = List.copyOf(bubbles);
        }
    }

    /** Segments the report can be about: the RFM segments or a kept clustering run. */
    public record Segmentation(String runId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The matrix of the current ease scores; null while there are no segments. */
    public ReadOnlyObjectProperty<PriorityMatrix> priorityMatrixProperty() {
        return priorityMatrix.getReadOnlyProperty();
    }

    /** What the project can report on; more than one when it has RFM segments and kept clusterings. */
    public ObservableList<Segmentation> segmentations() {
        return segmentations;
    }

    /** The segments the report is about; choosing one saves it in the project. */
    public ObjectProperty<Segmentation> segmentationProperty() {
        return segmentation;
    }

    // ---- the preview

    public ReadOnlyObjectProperty<ReportService.Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The pages of the newest preview; empty while there is none. */
    public ObservableList<BufferedImage> pages() {
        return pagesView;
    }

    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    /** How far the preview build is, 0..1, or -1 when not known yet. */
    public ReadOnlyDoubleProperty buildProgressProperty() {
        return buildProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty buildMessageProperty() {
        return buildMessage.getReadOnlyProperty();
    }

    /** What the preview area says instead of pages: what to do first, or why the report could not be built. */
    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage.getReadOnlyProperty();
    }

    /** How many previews were built and shown so far. */
    public ReadOnlyIntegerProperty previewsBuiltProperty() {
        return previewsBuilt.getReadOnlyProperty();
    }

    // ---- the exports

    /** Start each activation file with a byte order mark, which older Excel needs to read accents. */
    public BooleanProperty bomProperty() {
        return bom;
    }

    /** Add each customer's model score and top drivers to the activation lists. */
    public BooleanProperty withScoresProperty() {
        return withScores;
    }

    /** Whether the project has a model whose scores the activation lists could carry. */
    public ReadOnlyBooleanProperty scoresAvailableProperty() {
        return scoresAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    /** What the running or last export did, in one line. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    // ---- commands

    /**
     * Takes in the project as it stands now: the fields follow its settings (another project may have been
     * opened) and the preview is rebuilt if anything in it changed since the last one.
     */
    public void refresh() {
        Project now = project.current();
        loadFields(now);
        if (!comparable(now).equals(previewed)) {
            // the first preview, and the note of a project with nothing to report, need not wait
            if (previewed == null || missing(now).isPresent()) {
                buildPreview();
            } else {
                requestPreview();
            }
        }
    }

    /** Builds the preview again once changes have stopped coming for a moment. */
    public void requestPreview() {
        debouncer.submit(this::buildPreview);
    }

    /** Builds the preview now, cancelling a build under way. */
    public void buildPreview() {
        if (previewTask != null) {
            previewTask.cancel();
            previewTask = null;
        }
        long ticket = ++generation;
        Project now = project.current();
        Path file = project.file();
        previewed = comparable(now);
        Optional<String> missing = missing(now);
        reportable.set(missing.isEmpty());
        if (missing.isPresent()) {
            showMessage(missing.get());
            building.set(false);
            return;
        }
        building.set(true);
        buildProgress.set(-1);
        buildMessage.set("Building the report");
        TaskHandle handle = tasks.run(BackgroundTask.of("Building the report preview",
                        relayed(progress -> service.preview(now, file, progress), ticket, true))
                .onSuccess(built -> {
                    if (ticket == generation) {
                        preview.set(built);
                        pages.setAll(built.pages());
                        showPriorities(now, built.model());
                        previewMessage.set(null);
                        previewsBuilt.set(previewsBuilt.get() + 1);
                    }
                })
                .onFailure(error -> {
                    if (ticket == generation) {
                        if (!isExpected(error)) {
                            LOG.error("The report preview could not be built", error);
                        }
                        showMessage("The report could not be built. " + describe(error));
                    }
                })
                .onFinished(() -> {
                    if (ticket == generation) {
                        building.set(false);
                        previewTask = null;
                    }
                }));
        if (ticket == generation && building.get()) {
            previewTask = handle;
        }
    }

    /** Asks for a PNG or JPEG file to show at the top of the report. */
    public void chooseLogo() {
        dialogs.chooseFileToOpen("Choose a logo for the report", IMAGE_FILES).ifPresent(chosen -> {
            Path file = chosen.toAbsolutePath().normalize();
            Path projectFile = project.file();
            Path folder = projectFile == null ? null : projectFile.toAbsolutePath().normalize().getParent();
            // under the project's folder the logo travels with the project, as the data do
            String kept = folder != null && file.startsWith(folder)
                    ? folder.relativize(file).toString().replace('\\', '/') : file.toString();
            logo.set(file);
            saveReport(settings -> settings.withLogo(kept));
        });
    }

    public void removeLogo() {
        logo.set(null);
        saveReport(settings -> settings.withLogo(null));
    }

    /** Asks for an HTML file and writes the report there in the background. */
    public void exportHtml() {
        if (!readyToExport()) {
            return;
        }
        dialogs.chooseFileToSave("Export the report as HTML", stem() + " report.html", HTML_FILES)
                .map(chosen -> withExtension(chosen, ".html", ".htm"))
                .ifPresent(file -> export("Exporting " + file.getFileName(),
                        progress -> {
                            service.writeHtml(project.current(), project.file(), file, progress);
                            return file;
                        },
                        done -> "Wrote the report to " + done, file));
    }

    /** Asks for a PDF file and writes the report there in the background. */
    public void exportPdf() {
        if (!readyToExport()) {
            return;
        }
        dialogs.chooseFileToSave("Export the report as PDF", stem() + " report.pdf", PDF_FILES)
                .map(chosen -> withExtension(chosen, ".pdf"))
                .ifPresent(file -> export("Exporting " + file.getFileName(),
                        progress -> {
                            service.writePdf(project.current(), project.file(), file, progress);
                            return file;
                        },
                        done -> "Wrote the report to " + done, file));
    }

    /**
     * Asks for a folder and writes the activation lists into it: every customer
     * with their segment, a summary of the segments, and one file per segment.
     */
    public void exportActivation() {
        if (!readyToExport()) {
            return;
        }
        boolean withBom = bom.get();
        boolean scores = withScores.get() && scoresAvailable.get();
        dialogs.chooseFolder("Export activation lists into a folder")
                .ifPresent(folder -> export("Exporting activation lists",
                        progress -> {
                            ActivationExport.Written written = service.writeActivation(project.current(),
                                    project.file(), folder, withBom, scores, progress);
                            return String.format(Locale.US, "Wrote %d files with %,d customers%s to %s",
                                    written.files().size(), written.customers(),
                                    written.withScores() ? " and their scores" : "", folder);
                        },
                        done -> done, folder));
    }

    /** Stops the export under way; nothing it left half-written is kept (every file is written atomically). */
    public void cancelExport() {
        if (exportTask != null) {
            exportTask.cancel();
        }
    }

    // ---- internals

    /** @param written the file or folder written, which the notification offers to open */
    private <T> void export(String title, BackgroundJob<T> job, Function<T, String> success, Path written) {
        exporting.set(true);
        exportProgress.set(-1);
        exportMessage.set(title);
        TaskHandle handle = tasks.run(BackgroundTask.of(title, relayed(job, -1, false))
                .onSuccess(value -> {
                    String message = success.apply(value);
                    exportMessage.set(message);
                    project.tell(message);
                    dialogs.showWritten("Export finished", message, written);
                })
                .onFailure(error -> {
                    String message = describe(error);
                    exportMessage.set("Export failed: " + message);
                    project.tell("Export failed: " + message);
                    if (isExpected(error)) {
                        dialogs.showError("Cannot export", message);
                    } else {
                        LOG.error("Export failed", error);
                        dialogs.showException("Cannot export", message, error);
                    }
                })
                .onFinished(() -> {
                    exporting.set(false);
                    exportTask = null;
                    if (exportMessage.get().equals(title)) {
                        exportMessage.set("Export cancelled");
                    }
                }));
        exportTask = exporting.get() ? handle : null;
    }

    private boolean readyToExport() {
        if (exporting.get()) {
            return false;
        }
        Optional<String> missing = missing(project.current());
        if (missing.isPresent()) {
            dialogs.showInformation("Nothing to export", missing.get());
            return false;
        }
        return true;
    }

    /** A job whose progress also moves this step's own indicator, on the UI thread, while it is current. */
    private <T> BackgroundJob<T> relayed(BackgroundJob<T> job, long ticket, boolean forPreview) {
        return progress -> job.run(new Relay(progress, ticket, forPreview));
    }

    private final class Relay implements Progress {
        private final Progress task;
        private final long ticket;
        private final boolean forPreview;
        private final AtomicBoolean queued = new AtomicBoolean();
        private volatile double fraction;
        private volatile String message;

        Relay(Progress task, long ticket, boolean forPreview) {
            this.task = task;
            this.ticket = ticket;
            this.forPreview = forPreview;
        }

        @Override
        public void update(double newFraction, String newMessage) {
            task.update(newFraction, newMessage);
            fraction = newFraction;
            if (newMessage != null) {
                message = newMessage;
            }
            // one hop to the UI thread at a time, carrying the newest values
            if (queued.compareAndSet(false, true)) {
                uiThread.execute(() -> {
                    queued.set(false);
                    show();
                });
            }
        }

        private void show() {
            if (forPreview && ticket == generation && building.get()) {
                buildProgress.set(fraction);
                if (message != null) {
                    buildMessage.set(message);
                }
            } else if (!forPreview && exporting.get()) {
                exportProgress.set(fraction);
                if (message != null) {
                    exportMessage.set(message);
                }
            }
        }

        @Override
        public boolean isCancelled() {
            return task.isCancelled();
        }
    }

    private void saveSections() {
        if (loading) {
            return;
        }
        List<String> chosen = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (sections.get(section).get()) {
                chosen.add(section.cliName());
            }
        }
        if (chosen.isEmpty()) {
            // a report of nothing is not a choice; the view keeps the last box ticked
            return;
        }
        saveReport(settings -> settings.withSections(chosen.size() == ReportSection.values().length ? null : chosen));
    }

    /**
     * The segments of the newest report, in its order; a row that stays (same segmentation, same segment)
     * keeps its node and its edits.
     */
    private void showPriorities(Project built, ReportModel model) {
        String runId = switch (model.kind()) {
            case RFM -> NamedSegment.RFM_RUN;
            case CAMPAIGN -> NamedSegment.CAMPAIGN_RUN;
            case CLUSTERING -> SavedClustering.chosenRun(built, reportOf(built.settings()).runId())
                    .map(ClusteringRun::id).orElse(NamedSegment.RFM_RUN);
        };
        Map<String, PriorityRow> known = new HashMap<>();
        priorities.forEach(row -> known.put(rowKey(row.runId(), row.segmentId(), row.name()), row));
        List<PriorityRow> rows = new ArrayList<>();
        ProjectSettings settings = project.current().settings();
        potentialWords = model.lifetime() != null ? PriorityMatrixChart.LIFETIME_VALUE_POTENTIAL
                : PriorityMatrixChart.MEAN_VALUE_POTENTIAL;
        loading = true;
        try {
            for (ReportModel.SegmentEntry entry : model.populatedSegments()) {
                PriorityRow row = known.get(rowKey(runId, entry.id(), entry.name()));
                int ease = savedEase(settings, runId, entry.id(), entry.name());
                if (row == null) {
                    PriorityRow created = new PriorityRow(runId, entry.id(), entry.colour(), ease);
                    created.easeProperty().addListener((obs, old, now) -> easeChanged(created));
                    row = created;
                } else {
                    row.easeProperty().set(ease);
                }
                row.show(entry.name(), entry.customers(), entry.potentialPerCustomer(model.lifetime() != null));
                rows.add(row);
            }
        } finally {
            loading = false;
        }
        if (!rows.equals(priorities)) {
            priorities.setAll(rows);
        }
        placePriorities();
    }

    /** What the rows' value potential is, for the matrix's subtitle: set with the rows. */
    private String potentialWords = PriorityMatrixChart.MEAN_VALUE_POTENTIAL;

    /** Places every row by value potential and ease, as the report does, and redraws the matrix. */
    private void placePriorities() {
        if (priorities.isEmpty()) {
            priorityMatrix.set(null);
            return;
        }
        List<Prioritisation.Candidate> candidates = new ArrayList<>();
        for (PriorityRow row : priorities) {
            candidates.add(new Prioritisation.Candidate(row.name(), row.customersProperty().get(),
                    row.meanValueProperty().get(), row.ease()));
        }
        List<PriorityMatrixChart.Bubble> bubbles = new ArrayList<>();
        for (Prioritisation.Placement placement : Prioritisation.place(candidates)) {
            for (int i = 0; i < candidates.size(); i++) {
                // by identity: two segments may look alike
                if (candidates.get(i) == placement.segment()) {
                    PriorityRow row = priorities.get(i);
                    row.place(placement);
                    bubbles.add(new PriorityMatrixChart.Bubble(row.colour(), row.name(), row.ease(),
                            placement.potentialShare(), row.customersProperty().get()));
                }
            }
        }
        priorityMatrix.set(new PriorityMatrix(bubbles, Prioritisation.threshold(priorities.size()), potentialWords));
    }

    /** A row stays while its segment does: the same number in the same run, and for a campaign's, the same name. */
    private static String rowKey(String runId, int segmentId, String name) {
        return runId + "/" + segmentId + (NamedSegment.CAMPAIGN_RUN.equals(runId) ? "/" + name : "");
    }

    private static int savedEase(ProjectSettings settings, String runId, int segmentId, String name) {
        return named(settings, runId, segmentId, name).map(NamedSegment::easeOrDefault)
                .orElse(NamedSegment.DEFAULT_EASE);
    }

    /** The analyst's settings of a segment: known by name first (a campaign's), then by number. */
    private static Optional<NamedSegment> named(ProjectSettings settings, String runId, int segmentId, String name) {
        return NamedSegment.find(settings.segments(), runId, segmentId, name);
    }

    private void easeChanged(PriorityRow row) {
        if (loading) {
            return;
        }
        int ease = Math.max(NamedSegment.MIN_EASE, Math.min(NamedSegment.MAX_EASE, row.ease()));
        // A new entry has no name: for RFM segments a saved name would take the place of the map's. A
        // campaign's segment is saved with the name its results file gives it, which it is known by.
        boolean campaign = NamedSegment.CAMPAIGN_RUN.equals(row.runId());
        project.update(settings -> settings.withSegment(named(settings, row.runId(), row.segmentId(), row.name())
                .map(s -> campaign ? new NamedSegment(s.runId(), row.segmentId(), row.name(), s.colour(), s.notes(),
                        s.ease()) : s)
                .orElse(new NamedSegment(row.runId(), row.segmentId(), campaign ? row.name() : null, null, null))
                .withEase(ease)));
        placePriorities();
        requestPreview();
    }

    private void showMessage(String message) {
        preview.set(null);
        pages.clear();
        previewMessage.set(message);
    }

    private void saveReport(UnaryOperator<ReportSettings> change) {
        if (loading) {
            return;
        }
        project.update(settings -> settings.withReport(change.apply(reportOf(settings))));
        requestPreview();
    }

    private void loadFields(Project now) {
        loading = true;
        try {
            ReportSettings report = reportOf(now.settings());
            title.set(report.title() == null ? "" : report.title());
            author.set(report.author() == null ? "" : report.author());
            titlePrompt.set(now.name());
            List<ReportSection> included = includedSections(report);
            for (ReportSection section : ReportSection.values()) {
                sections.get(section).set(included.contains(section));
            }
            logo.set(logoOf(report, project.file()));
            for (PriorityRow row : priorities) {
                row.easeProperty().set(savedEase(now.settings(), row.runId(), row.segmentId(), row.name()));
            }
            if (!priorities.isEmpty()) {
                placePriorities();
            }
            loadSegmentations(now, report);
            reportable.set(missing(now).isEmpty());
        } finally {
            loading = false;
        }
    }

    private static List<ReportSection> includedSections(ReportSettings report) {
        try {
            return ReportSection.parseAll(report.sections());
        } catch (IllegalArgumentException e) {
            // a section this version does not know: the build reports it; the boxes show all
            return List.of(ReportSection.values());
        }
    }

    private static Path logoOf(ReportSettings report, Path projectFile) {
        if (report.logo() == null || report.logo().isBlank()) {
            return null;
        }
        Path given = Path.of(report.logo());
        Path folder = projectFile == null ? null : projectFile.toAbsolutePath().normalize().getParent();
        return given.isAbsolute() || folder == null ? given : folder.resolve(given).normalize();
    }

    private static ReportSettings reportOf(ProjectSettings settings) {
        return settings.report() == null ? new ReportSettings(null, null, null, null, null) : settings.report();
    }

    private void loadSegmentations(Project now, ReportSettings report) {
        List<Segmentation> choices = new ArrayList<>();
        if (hasTransactions(now)) {
            choices.add(new Segmentation(NamedSegment.RFM_RUN, "RFM segments"));
        }
        for (ClusteringRun run : now.settings().clustering()) {
            choices.add(new Segmentation(run.id(), label(run)));
        }
        Optional<String> campaignColumn = ReportBuilder.campaignSegmentColumn(now);
        campaignColumn.ifPresent(column -> choices.add(new Segmentation(NamedSegment.CAMPAIGN_RUN,
                "Campaign segments ('" + column + "')")));
        if (!choices.equals(segmentations)) {
            segmentations.setAll(choices);
        }
        String chosen = report.runId() != null ? report.runId() : ReportBuilder.defaultRunId(now);
        segmentation.set(choices.stream().filter(c -> c.runId().equals(chosen)).findFirst().orElse(null));
        scoresAvailable.set(now.settings().predict() != null);
    }

    /** "Clustering of customers.csv: k-means, 5 segments" */
    static String label(ClusteringRun run) {
        StringBuilder label = new StringBuilder("Clustering");
        if (run.name() != null && !run.name().isBlank()) {
            label.append(" of ").append(run.name().strip());
        }
        List<String> parts = new ArrayList<>();
        if (run.algorithm() != null) {
            parts.add(run.algorithm().equals("kmeans") ? "k-means" : run.algorithm());
        }
        if (run.k() != null) {
            parts.add(run.k() + " segments");
        }
        if (!parts.isEmpty()) {
            label.append(": ").append(String.join(", ", parts));
        }
        return label.toString();
    }

    private static boolean hasTransactions(Project project) {
        return SavedRfm.source(project).isPresent();
    }

    /** What the project lacks before there is anything to report on; empty when nothing is missing. */
    static Optional<String> missing(Project project) {
        return hasTransactions(project) || !project.settings().clustering().isEmpty()
                || ReportBuilder.campaignSegmentColumn(project).isPresent() ? Optional.empty()
                : Optional.of(NOTHING_TO_REPORT);
    }

    /** The project as far as the report is concerned: where the user was in the window does not count. */
    private static Project comparable(Project project) {
        return project.withUi(null);
    }

    /** Problems the user can act on: bad data or project files, settings that do not fit, files not written. */
    private static boolean isExpected(Throwable error) {
        return error instanceof DataFileException || error instanceof ProjectFileException
                || error instanceof IllegalArgumentException || error instanceof IOException;
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            message = error.getClass().getSimpleName();
        }
        if (error instanceof AccessDeniedException) {
            return message + ": access denied";
        }
        if (error instanceof NoSuchFileException) {
            return message + ": no such file or folder";
        }
        return message;
    }

    /** A file name from the project's name, without characters file systems refuse. */
    private String stem() {
        return project.current().name().replaceAll("[\\\\/:*?\"<>|]", "_").strip();
    }

    private static Path withExtension(Path file, String extension, String... alsoAccepted) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(extension)) {
            return file;
        }
        for (String other : alsoAccepted) {
            if (name.endsWith(other)) {
                return file;
            }
        }
        return file.resolveSibling(file.getFileName() + extension);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
