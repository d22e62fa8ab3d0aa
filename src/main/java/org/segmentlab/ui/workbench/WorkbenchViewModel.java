package org.segmentlab.ui.workbench;

import java.util.function.UnaryOperator;
import org.segmentlab.core.project.ProjectSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.project.AutosaveService;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.SourceCheck;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.Recovery;
import org.segmentlab.ui.common.Follow;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.dialog.FileType;
import org.segmentlab.ui.dialog.SaveChoice;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench as a whole: which project is open, whether it has unsaved changes, and the
 * commands of the File and Help menus. Project files are read and written in the background.
 */
public final class WorkbenchViewModel implements WorkbenchCommands {

    public static final String UNTITLED = "Untitled";
    /** How project files end. */
    public static final String PROJECT_SUFFIX = ProjectStore.EXTENSION;
    public static final List<FileType> DATA_FILES = List.of(
            FileType.of("Data files (*.csv, *.tsv, *.txt, *.xlsx)", "*.csv", "*.tsv", "*.txt", "*.CSV", "*.TSV",
                    "*.xlsx", "*.xlsm", "*.XLSX"),
            FileType.of("All files", "*.*"));
    public static final List<FileType> PROJECT_FILES = List.of(
            FileType.of("SegmentLab projects (*" + PROJECT_SUFFIX + ")", "*" + PROJECT_SUFFIX));
    public static final List<FileType> CSV_FILES = List.of(FileType.of("CSV files (*.csv)", "*.csv"));

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchViewModel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.US);

    private final ProjectSession.Factory sessions;
    private final ProjectStore store;
    private final AutosaveService autosave;
    private final SampleWriter samples;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final RecentProjects recent;
    private final Runnable closeWindow;

    private final StringProperty projectName = new SimpleStringProperty(this, "projectName", UNTITLED);
    private final ObjectProperty<Path> projectFile = new SimpleObjectProperty<>(this, "projectFile");
    private final BooleanProperty modified = new SimpleBooleanProperty(this, "modified");
    private final StringProperty status = new SimpleStringProperty(this, "status", "Ready");
    private final ObservableList<SourceNotice> sourceNotices = javafx.collections.FXCollections.observableArrayList();
    private final StringBinding title;
    private final BooleanProperty canExport = new SimpleBooleanProperty(this, "canExport");
    private final ObjectProperty<ProjectSession> session = new SimpleObjectProperty<>(this, "session");
    /** The session whose sources the project has; none while the next one is being built. */
    private ProjectSession active;
    /** Held here: bindings are only weakly referenced by what they observe. */
    private Follow<DataSource, ImportedTable> selectedTable;
    private final javafx.beans.value.ChangeListener<String> dataMessage = (obs, old, now) -> status.set(now);
    private final javafx.beans.value.ChangeListener<Number> dataRevision = (obs, old, now) -> projectChanged();

    /** The project as last opened or saved; its step settings pass through unchanged. */
    private Project base = Project.named(UNTITLED);
    /** What autosave writes: read on its own thread, replaced on the FX thread. */
    private volatile Project snapshot = base;
    private volatile Path snapshotFile;

    /**
     * @param closeWindow closes the workbench window (after the user settled unsaved changes)
     */
    public WorkbenchViewModel(ProjectSession.Factory sessions, ProjectStore store, AutosaveFactory autosaves,
                              SampleWriter samples, DialogService dialogs, TaskRunner tasks, RecentProjects recent,
                              Runnable closeWindow) {
        this.sessions = Objects.requireNonNull(sessions);
        this.store = Objects.requireNonNull(store);
        this.samples = Objects.requireNonNull(samples);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.tasks = Objects.requireNonNull(tasks);
        this.recent = Objects.requireNonNull(recent);
        this.closeWindow = Objects.requireNonNull(closeWindow);
        this.autosave = autosaves.create(() -> snapshot, () -> snapshotFile);
        title = Bindings.createStringBinding(
                () -> (modified.get() ? "• " : "") + projectName.get() + " — SegmentLab", projectName, modified);
        projectFile.addListener((obs, old, now) -> snapshotFile = now);
        replaceSession(base);
    }

    /**
     * Closes the open project's session and builds a new one over {@link #base}: the old steps' work is
     * cancelled and can no longer report back, and their views go with them.
     */
    private ProjectSession replaceSession(Project project) {
        ProjectSession old = session.get();
        active = null;
        if (old != null) {
            old.close();
            old.data().messageProperty().removeListener(dataMessage);
            old.data().revisionProperty().removeListener(dataRevision);
            canExport.unbind();
        }
        ProjectSession next = sessions.create(new SessionScope(this, tasks));
        DataViewModel data = next.data();
        // The sources are in place before anyone is shown the session, so no step sees it empty first.
        if (!project.sources().isEmpty()) {
            data.replaceSources(project.sources(), project.ui() == null ? null : project.ui().selectedSourceId());
        }
        selectedTable = Follow.of(data.selectedProperty(), DataSource::tableProperty, null);
        canExport.bind(selectedTable.isNotNull());
        data.messageProperty().addListener(dataMessage);
        data.revisionProperty().addListener(dataRevision);
        active = next;
        session.set(next);
        return next;
    }

    // ---- state

    public StringBinding titleProperty() {
        return title;
    }

    public String title() {
        return title.get();
    }

    public StringProperty projectNameProperty() {
        return projectName;
    }

    public ObjectProperty<Path> projectFileProperty() {
        return projectFile;
    }

    public BooleanProperty modifiedProperty() {
        return modified;
    }

    public boolean isModified() {
        return modified.get();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canExportProperty() {
        return canExport;
    }

    /** The open project's session; replaced whole when a project is opened or created. */
    public javafx.beans.property.ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return session;
    }

    public ProjectSession session() {
        return session.get();
    }

    public RecentProjects recent() {
        return recent;
    }

    /** The data sources of the open project. */
    public DataViewModel data() {
        return session.get().data();
    }

    public AutosaveService autosave() {
        return autosave;
    }

    /** The project as it stands now, as Save would write it. */
    public Project currentProject() {
        // While a session is being built its steps read the project being opened, sources included.
        return active == null ? base.withName(projectName.get())
                : base.withName(projectName.get()).withSources(active.data().sourceRefs());
    }

    // ---- start and end of a session

    /**
     * Offers to restore work a crashed session left behind; otherwise opens what the workbench was
     * started with. Then starts autosaving.
     */
    public void start(Optional<Path> project, Optional<String> sample) {
        tasks.run(BackgroundTask.of("Looking for unsaved work", progress -> autosave.findRecovery())
                .onSuccess(found -> {
                    if (found.isEmpty() || !offerRecovery(found.get())) {
                        project.ifPresent(this::openProject);
                        if (project.isEmpty()) {
                            sample.ifPresent(this::openSample);
                        }
                    }
                    autosave.start();
                })
                .onFailure(error -> {
                    LOG.warn("Looking for recovery files failed", error);
                    autosave.start();
                }));
    }

    /** A clean end: stops autosaving and removes this session's recovery copy. */
    public void close() {
        try {
            autosave.close();
        } catch (IOException e) {
            LOG.warn("Recovery copy not removed: {}", e.getMessage());
        }
    }

    private boolean offerRecovery(Recovery recovery) {
        String when = WHEN.format(recovery.savedAt().atZone(ZoneId.systemDefault()));
        String where = recovery.original().map(p -> " (" + p.getFileName() + ")").orElse(" (never saved)");
        boolean restore = dialogs.confirm("Restore unsaved work?",
                "SegmentLab was not closed properly. It kept a copy of \"" + recovery.project().name() + "\"" + where
                        + " from " + when + ".\n\nRestore it? If you don't, the copy is deleted.",
                "Restore", "Discard");
        if (restore) {
            base = recovery.project();
            projectName.set(base.name());
            projectFile.set(recovery.originalPath());
            replaceSession(base);
            projectChanged();
            status.set("Restored \"" + base.name() + "\" from the copy of " + when + "; save it to keep it");
        }
        tasks.run(BackgroundTask.of("Removing recovery copy", progress -> {
            autosave.discard(recovery);
            return recovery.file();
        }).onFailure(error -> LOG.warn("Recovery copy {} not removed: {}", recovery.file(), error.toString())));
        return restore;
    }

    // ---- commands

    @Override
    public void newProject() {
        whenChangesSettled(() -> {
            applyOpened(Project.named(UNTITLED), null);
            status.set("New project");
        });
    }

    @Override
    public void openProject() {
        whenChangesSettled(() -> dialogs.chooseFileToOpen("Open project", PROJECT_FILES).ifPresent(this::load));
    }

    @Override
    public void openRecent(Path project) {
        openProject(project);
    }

    /** Opens a project file in the background, after the user settled unsaved changes. */
    public void openProject(Path file) {
        whenChangesSettled(() -> load(file));
    }

    /**
     * Opens the sample project {@code sample-projects/NAME/NAME.slproj.json} under the working folder,
     * or, where there is none, writes the sample into a new temporary folder and opens that.
     */
    public void openSample(String name) {
        Path committed = Path.of("sample-projects", name, name + PROJECT_SUFFIX);
        if (Files.isRegularFile(committed)) {
            openProject(committed.toAbsolutePath());
            return;
        }
        whenChangesSettled(() -> tasks.run(BackgroundTask.of("Writing sample " + name, progress -> {
                    Path folder = Files.createTempDirectory("segmentlab-" + name + "-");
                    Path file = samples.write(name, folder, progress.slice(0, 0.9));
                    progress.update(0.95, "Opening " + file.getFileName());
                    return new Opened(store.load(file), file);
                })
                .onSuccess(opened -> {
                    applyOpened(opened.project(), opened.file());
                    status.set("Opened sample \"" + name + "\" from " + opened.file().getParent());
                })
                .onFailure(error -> showFailure("Cannot open sample \"" + name + "\"", error))));
    }

    /**
     * Reads the guide of a sample, {@code sample-projects/NAME/README.md} under the working folder or,
     * where there is none, the one written with the sample into a new temporary folder.
     */
    public void readSampleGuide(String name, java.util.function.Consumer<String> show) {
        tasks.run(BackgroundTask.of("Reading the guide to " + name, progress -> {
                    Path committed = Path.of("sample-projects", name, "README.md");
                    if (Files.isRegularFile(committed)) {
                        return Files.readString(committed);
                    }
                    Path folder = Files.createTempDirectory("segmentlab-" + name + "-");
                    Path file = samples.write(name, folder, progress.slice(0, 0.9));
                    return Files.readString(file.resolveSibling("README.md"));
                })
                .onSuccess(show::accept)
                .onFailure(error -> showFailure("Cannot read the guide to \"" + name + "\"", error)));
    }

    @Override
    public void saveProject() {
        save(null);
    }

    @Override
    public void saveProjectAs() {
        chooseSaveFile().ifPresent(file -> saveTo(file, null));
    }

    @Override
    public void importData() {
        dialogs.chooseFileToOpen("Import data", DATA_FILES).ifPresent(this::importFiles);
    }

    /** Imports data files (from the chooser or dropped on the window); a project file is opened instead. */
    public void importFiles(Path file) {
        importFiles(List.of(file));
    }

    public void importFiles(List<Path> files) {
        for (Path file : files) {
            if (file.getFileName().toString().endsWith(PROJECT_SUFFIX)) {
                openProject(file);
            } else {
                data().importFile(file);
            }
        }
    }

    @Override
    public void export() {
        DataSource source = data().selected();
        if (source == null || source.table() == null) {
            dialogs.showInformation("Nothing to export",
                    "Import a data file first; Export writes the selected table as CSV.");
            return;
        }
        // a file loses its extension; a database table (schema.table) keeps both parts
        String suggested = (source.database() != null ? source.name().replace('.', '_')
                : source.name().replaceFirst("\\.[^.]*$", "")) + "-export.csv";
        DataViewModel data = data();
        dialogs.chooseFileToSave("Export table as CSV", suggested, CSV_FILES).ifPresent(data::exportSelected);
    }

    @Override
    public void exit() {
        whenChangesSettled(closeWindow);
    }

    // ---- internals

    private record Opened(Project project, Path file, List<SourceCheck.Status> checked) {
        Opened(Project project, Path file) {
            this(project, file, List.of());
        }
    }

    private void load(Path file) {
        tasks.run(BackgroundTask.of("Opening " + file.getFileName(), progress -> {
                    Project project = store.load(file);
                    progress.update(0.5, "Checking the data files");
                    return new Opened(project, file, SourceCheck.check(project, file));
                })
                .onSuccess(opened -> {
                    if (!readsOutsideAccepted(opened)) {
                        status.set("Not opened: " + file);
                        return;
                    }
                    applyOpened(opened.project(), opened.file());
                    sourceNotices.setAll(notices(opened.checked()));
                    status.set("Opened " + file + (sourceNotices.isEmpty() ? ""
                            : "; " + sourceNotices.size() + (sourceNotices.size() == 1 ? " data file has" : " data files have")
                            + " changed or gone"));
                })
                .onFailure(error -> {
                    if (!Files.exists(file)) {
                        recent.remove(file);
                    }
                    showFailure("Cannot open project", error);
                }));
    }

    /**
     * A project that reads files outside its own folder says which before it reads them: a project
     * file from someone else should not quietly read (and show) files of this machine. A project
     * among the recent ones (saved or opened here before) is not asked about again.
     */
    private boolean readsOutsideAccepted(Opened opened) {
        if (recent.files().contains(opened.file().toAbsolutePath().normalize())) {
            return true;
        }
        List<String> outside = opened.checked().stream().filter(s -> s.outside() && s.refused().isEmpty())
                .map(s -> "  " + s.file()).toList();
        if (outside.isEmpty()) {
            return true;
        }
        return dialogs.confirm("This project reads files outside its folder",
                opened.file().getFileName() + " reads " + (outside.size() == 1 ? "this file" : "these files")
                        + " from outside " + opened.file().toAbsolutePath().getParent() + ":\n"
                        + String.join("\n", outside) + "\n\nOpen the project and read them?", "Open", "Cancel");
    }

    /** What to tell about the sources checked: those changed since the project took them, gone or refused. */
    static List<SourceNotice> notices(List<SourceCheck.Status> checked) {
        List<SourceNotice> out = new java.util.ArrayList<>();
        for (SourceCheck.Status s : checked) {
            String name = s.file().getFileName().toString();
            if (s.refused().isPresent()) {
                out.add(new SourceNotice(s.source().id(), name + " " + s.refused().get() + ".", false, true));
            } else if (s.missing()) {
                out.add(new SourceNotice(s.source().id(), name + " is not where the project keeps it (" + s.file()
                        + ").", false, true));
            } else if (s.changed()) {
                out.add(new SourceNotice(s.source().id(), name + " changed since the project took it: "
                        + String.join(", ", s.changes()) + ". The steps show the data as it is now.", true, true));
            }
        }
        return out;
    }

    /**
     * A data file the project found changed or gone on opening.
     *
     * @param changed true for a changed file ("use the new data" applies), false for a missing or refused one
     * @param locate  whether "locate the old file" applies
     */
    public record SourceNotice(String sourceId, String message, boolean changed, boolean locate) {
    }

    /** The data files found changed or gone when the project was opened; empty when all are as they were. */
    public ObservableList<SourceNotice> sourceNotices() {
        return sourceNotices;
    }

    /** Takes a changed source's file as it is now: the project compares with it from now on (saved with it). */
    public void useNewData(String sourceId) {
        DataViewModel data = data();
        Path file = data.source(sourceId).map(s -> s.options().file()).orElse(null);
        if (file == null) {
            return;
        }
        tasks.run(BackgroundTask.of("Taking the new " + file.getFileName(),
                        progress -> org.segmentlab.core.project.SourceFingerprint.of(file))
                .onSuccess(now -> {
                    data.acceptFileAsItIs(sourceId, now);
                    sourceNotices.removeIf(n -> n.sourceId().equals(sourceId));
                    status.set("The project takes " + file.getFileName() + " as it is now");
                })
                .onFailure(error -> showFailure("Cannot read " + file.getFileName(), error)));
    }

    /** Asks where the file the project knew is now and points the source at it, comparing it with what was known. */
    public void locateOldFile(String sourceId) {
        DataViewModel data = data();
        DataSource source = data.source(sourceId).orElse(null);
        if (source == null) {
            return;
        }
        dialogs.chooseFileToOpen("Locate " + source.name(), DATA_FILES).ifPresent(chosen -> {
            org.segmentlab.core.project.SourceFingerprint known = source.fingerprint();
            tasks.run(BackgroundTask.of("Checking " + chosen.getFileName(), progress ->
                            known == null ? List.<String>of()
                                    : known.changesTo(org.segmentlab.core.project.SourceFingerprint.of(chosen)))
                    .onSuccess(changes -> {
                        data.relocate(sourceId, chosen);
                        sourceNotices.removeIf(n -> n.sourceId().equals(sourceId));
                        // the time a copy was made differs; only size and content tell another file
                        List<String> differs = changes.stream().filter(c -> !c.startsWith("modified")).toList();
                        if (!differs.isEmpty()) {
                            sourceNotices.add(new SourceNotice(sourceId, chosen.getFileName()
                                    + " is not the file the project took either: " + String.join(", ", differs)
                                    + ".", true, true));
                        }
                        status.set("The project reads " + sourceId + " from " + chosen);
                    })
                    .onFailure(error -> showFailure("Cannot read " + chosen.getFileName(), error)));
        });
    }

    private void applyOpened(Project project, Path file) {
        sourceNotices.clear();
        base = project;
        projectName.set(project.name());
        projectFile.set(file == null ? null : file.toAbsolutePath().normalize());
        modified.set(false);
        replaceSession(project);
        snapshot = currentProject();
        if (file != null) {
            recent.add(file);
        }
        Project opened = snapshot;
        tasks.run(BackgroundTask.of("Autosave", progress -> {
            autosave.saved(opened);
            return opened;
        }).onFailure(error -> LOG.warn("Autosave not reset: {}", error.toString())));
    }

    /** Saves to the project's file, asking for one the first time; then runs {@code next}, if any. */
    private void save(Runnable next) {
        Path file = projectFile.get();
        if (file == null) {
            chooseSaveFile().ifPresent(chosen -> saveTo(chosen, next));
        } else {
            saveTo(file, next);
        }
    }

    private Optional<Path> chooseSaveFile() {
        String suggested = projectName.get().replaceAll("[\\\\/:*?\"<>|]", "_") + PROJECT_SUFFIX;
        return dialogs.chooseFileToSave("Save project", suggested, PROJECT_FILES).map(WorkbenchViewModel::withSuffix);
    }

    private static Path withSuffix(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(PROJECT_SUFFIX)) {
            return file;
        }
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return file.resolveSibling(stem + PROJECT_SUFFIX);
    }

    private void saveTo(Path file, Runnable next) {
        Path target = file.toAbsolutePath().normalize();
        String name = UNTITLED.equals(projectName.get()) ? stem(target) : projectName.get();
        Project toSave = currentProject().withName(name);
        DataViewModel data = data();
        long revisionSaved = data.revisionProperty().get();
        tasks.run(BackgroundTask.of("Saving " + target.getFileName(), progress -> {
                    store.save(toSave, target);
                    snapshotFile = target;
                    autosave.saved(toSave);
                    return target;
                })
                .onSuccess(saved -> {
                    base = toSave;
                    projectName.set(name);
                    projectFile.set(saved);
                    // Changes made while the file was being written are still unsaved.
                    modified.set(session.get().data() == data ? data.revisionProperty().get() != revisionSaved
                            : modified.get());
                    snapshot = currentProject();
                    recent.add(saved);
                    status.set("Saved " + saved);
                    if (next != null) {
                        next.run();
                    }
                })
                .onFailure(error -> showFailure("Cannot save project", error)));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(PROJECT_SUFFIX) ? name.substring(0, name.length() - PROJECT_SUFFIX.length()) : name;
    }

    /** Changes the step settings of the open project, which then has unsaved changes. */
    public void updateSettings(UnaryOperator<ProjectSettings> change) {
        ProjectSettings before = base.settings();
        ProjectSettings after = change.apply(before);
        if (Objects.equals(before, after)) {
            return;
        }
        base = base.withSettings(after);
        projectChanged();
    }

    private void projectChanged() {
        modified.set(true);
        snapshot = currentProject();
    }

    /** Runs {@code action} at once, or once the user has saved or discarded the unsaved changes. */
    private void whenChangesSettled(Runnable action) {
        if (!modified.get()) {
            action.run();
            return;
        }
        SaveChoice choice = dialogs.askToSaveChanges(projectName.get());
        if (choice == SaveChoice.SAVE) {
            save(action);
        } else if (choice == SaveChoice.DISCARD) {
            action.run();
        }
    }

    private void showFailure(String title, Throwable error) {
        if (error instanceof ProjectFileException || error instanceof IllegalArgumentException) {
            dialogs.showError(title, error.getMessage());
        } else {
            LOG.error(title, error);
            String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            dialogs.showException(title, message, error);
        }
    }
}
