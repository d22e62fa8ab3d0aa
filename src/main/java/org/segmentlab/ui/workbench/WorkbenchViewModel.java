package org.segmentlab.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.segmentlab.Version;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.dialog.FileType;
import org.segmentlab.ui.dialog.SaveChoice;
import org.segmentlab.ui.task.TaskRunner;

/**
 * The workbench as a whole: which project is open, whether it has unsaved changes, and the
 * commands of the File and Help menus.
 */
public final class WorkbenchViewModel implements WorkbenchCommands {

    public static final String UNTITLED = "Untitled";
    /** How project files end. */
    public static final String PROJECT_SUFFIX = ".slproj.json";
    public static final List<FileType> DATA_FILES = List.of(
            FileType.of("Data files (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt", "*.CSV", "*.TSV"),
            FileType.of("All files", "*.*"));
    public static final List<FileType> PROJECT_FILES = List.of(
            FileType.of("SegmentLab projects (*" + PROJECT_SUFFIX + ")", "*" + PROJECT_SUFFIX));
    public static final List<FileType> CSV_FILES = List.of(FileType.of("CSV files (*.csv)", "*.csv"));

    private final DataViewModel data;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final RecentProjects recent;
    private final Runnable closeWindow;

    private final StringProperty projectName = new SimpleStringProperty(this, "projectName", UNTITLED);
    private final ObjectProperty<Path> projectFile = new SimpleObjectProperty<>(this, "projectFile");
    private final BooleanProperty modified;
    private final StringProperty status = new SimpleStringProperty(this, "status", "Ready");
    private final StringBinding title;
    private final BooleanBinding canExport;

    /**
     * @param modified the project's "unsaved changes" flag, shared with the steps that change the project
     */
    public WorkbenchViewModel(DataViewModel data, BooleanProperty modified, DialogService dialogs, TaskRunner tasks,
                              RecentProjects recent, Runnable closeWindow) {
        this.data = Objects.requireNonNull(data);
        this.modified = Objects.requireNonNull(modified);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.tasks = Objects.requireNonNull(tasks);
        this.recent = Objects.requireNonNull(recent);
        this.closeWindow = Objects.requireNonNull(closeWindow);
        title = Bindings.createStringBinding(
                () -> (modified.get() ? "• " : "") + projectName.get() + " — SegmentLab", projectName, modified);
        data.messageProperty().addListener((obs, old, now) -> status.set(now));
        canExport = Bindings.createBooleanBinding(() -> {
            DataSource source = data.selected();
            return source != null && source.table() != null;
        }, data.selectedProperty(), data.sources());
    }

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

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public RecentProjects recent() {
        return recent;
    }

    public DataViewModel data() {
        return data;
    }

    // ---- commands

    @Override
    public void newProject() {
        if (!changesMayBeLost()) {
            return;
        }
        data.replaceSources(List.of());
        projectName.set(UNTITLED);
        projectFile.set(null);
        modified.set(false);
        status.set("New project");
    }

    @Override
    public void openProject() {
        dialogs.chooseFileToOpen("Open project", PROJECT_FILES).ifPresent(this::openProject);
    }

    @Override
    public void openRecent(Path project) {
        openProject(project);
    }

    /** Opens a project file in the background (after asking about unsaved changes). */
    public void openProject(Path file) {
        if (!changesMayBeLost()) {
            return;
        }
        dialogs.showInformation("Open project", "Opening projects is not available yet: " + file.getFileName());
    }

    @Override
    public void saveProject() {
        dialogs.showInformation("Save project", "Saving projects is not available yet.");
    }

    @Override
    public void saveProjectAs() {
        saveProject();
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
                data.importFile(file);
            }
        }
    }

    @Override
    public void export() {
        DataSource source = data.selected();
        if (source == null || source.table() == null) {
            dialogs.showInformation("Nothing to export", "Import a data file first; Export writes the selected table as CSV.");
            return;
        }
        String suggested = source.name().replaceFirst("\\.[^.]*$", "") + "-export.csv";
        dialogs.chooseFileToSave("Export table as CSV", suggested, CSV_FILES).ifPresent(data::exportSelected);
    }

    @Override
    public void exit() {
        if (changesMayBeLost()) {
            closeWindow.run();
        }
    }

    /** Asked when the window is closing; false keeps it open. */
    public boolean mayClose() {
        return changesMayBeLost();
    }

    @Override
    public void about() {
        dialogs.showInformation("About SegmentLab",
                "SegmentLab " + Version.current() + "\n\nA desktop workbench for customer segmentation: RFM, "
                        + "behavioural features, clustering, churn and propensity models.\n\n"
                        + "Free software under the GNU General Public License, version 3 or later.");
    }

    /** True when nothing unsaved would be lost, or the user saved or chose to discard it. */
    private boolean changesMayBeLost() {
        if (!modified.get()) {
            return true;
        }
        SaveChoice choice = dialogs.askToSaveChanges(projectName.get());
        if (choice == SaveChoice.SAVE) {
            saveProject();
            return !modified.get();
        }
        return choice == SaveChoice.DISCARD;
    }

    TaskRunner tasks() {
        return tasks;
    }
}
