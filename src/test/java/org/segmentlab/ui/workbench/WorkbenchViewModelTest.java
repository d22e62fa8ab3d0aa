package org.segmentlab.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.project.AutosaveService;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.SaveChoice;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.FakeReader;
import org.segmentlab.ui.testing.MemoryPreferences;
import org.segmentlab.ui.testing.RecordingDialogs;

class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final AtomicInteger windowClosed = new AtomicInteger();
    private final ProjectStore store = new ProjectStore();
    private WorkbenchViewModel model;
    private DataViewModel data;

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    private WorkbenchViewModel model(SampleWriter samples) {
        data = new DataViewModel(new FakeReader(), tasks, dialogs);
        model = new WorkbenchViewModel(data, store,
                (project, file) -> new AutosaveService(project, file, scheduler, dir.resolve("recovery"),
                        Duration.ofMinutes(10), Clock.systemUTC()),
                samples, dialogs, tasks, new RecentProjects(new MemoryPreferences()), windowClosed::incrementAndGet);
        return model;
    }

    private WorkbenchViewModel model() {
        return model((name, folder, progress) -> {
            throw new IllegalArgumentException("No sample project named \"" + name + "\"");
        });
    }

    private Path projectWithOneSource(String name) throws Exception {
        Path file = dir.resolve(name + ".slproj.json");
        Project project = Project.named(name).withSources(List.of(DataSourceRef.of("transactions",
                SourceKind.TRANSACTIONS, dir.resolve("orders-4.csv"), ImportSettings.withRoles(Map.of("Amount", ColumnRole.IGNORE)))));
        store.save(project, file);
        return file;
    }

    @Test
    void titleNamesTheProjectAndMarksUnsavedChanges() {
        model();
        assertThat(model.title()).isEqualTo("Untitled — SegmentLab");

        model.importFiles(Path.of("orders-3.csv"));

        assertThat(model.title()).isEqualTo("• Untitled — SegmentLab");
        assertThat(model.statusProperty().get()).isEqualTo("Imported orders-3.csv: 3 rows, 2 columns");
    }

    @Test
    void saveAsWritesTheSourcesAndRoleOverridesAndNamesTheProjectAfterTheFile() throws Exception {
        model();
        model.importFiles(dir.resolve("orders-3.csv"));
        data.columns().get(1).roleProperty().set(ColumnRole.ATTRIBUTE);
        Path target = dir.resolve("spring-campaign");
        dialogs.saveWillChoose(target);

        model.saveProjectAs();

        Path written = dir.resolve("spring-campaign.slproj.json");
        Project saved = store.load(written);
        assertThat(saved.name()).isEqualTo("spring-campaign");
        assertThat(saved.sources()).singleElement().satisfies(source -> {
            assertThat(source.id()).isEqualTo("attributes");
            assertThat(Path.of(source.path())).isEqualTo(dir.resolve("orders-3.csv"));
            assertThat(source.options().roles()).isEqualTo(Map.of("Amount", ColumnRole.ATTRIBUTE));
        });
        assertThat(Files.readString(written)).contains("\"path\": \"orders-3.csv\"");
        assertThat(model.title()).isEqualTo("spring-campaign — SegmentLab");
        assertThat(model.isModified()).isFalse();
        assertThat(model.recent().files()).containsExactly(written);
    }

    @Test
    void openedProjectReadsItsSourcesWithTheirRoleOverrides() throws Exception {
        model();
        Path file = projectWithOneSource("retail");

        model.openProject(file);

        assertThat(model.title()).isEqualTo("retail — SegmentLab");
        assertThat(model.isModified()).isFalse();
        DataSource source = data.selected();
        assertThat(source.id()).isEqualTo("transactions");
        assertThat(source.table().rowCount()).isEqualTo(4);
        assertThat(source.table().report().columns().get(1).role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(model.recent().files()).containsExactly(file);
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void newProjectAsksFirstAndCancelKeepsEverything() {
        model();
        model.importFiles(Path.of("orders-3.csv"));
        dialogs.saveChangesWillAnswer(SaveChoice.CANCEL);

        model.newProject();

        assertThat(dialogs.saveQuestions()).isEqualTo(1);
        assertThat(data.sources()).hasSize(1);
        assertThat(model.isModified()).isTrue();
    }

    @Test
    void newProjectAfterDiscardStartsEmpty() {
        model();
        model.importFiles(Path.of("orders-3.csv"));
        dialogs.saveChangesWillAnswer(SaveChoice.DISCARD);

        model.newProject();

        assertThat(data.sources()).isEmpty();
        assertThat(model.title()).isEqualTo("Untitled — SegmentLab");
        assertThat(model.canExportProperty().get()).isFalse();
    }

    @Test
    void exitWithSaveChoiceSavesThenClosesTheWindow() throws Exception {
        model();
        model.importFiles(dir.resolve("orders-2.csv"));
        dialogs.saveChangesWillAnswer(SaveChoice.SAVE).saveWillChoose(dir.resolve("kept.slproj.json"));

        model.exit();

        assertThat(store.load(dir.resolve("kept.slproj.json")).sources()).hasSize(1);
        assertThat(windowClosed).hasValue(1);
    }

    @Test
    void exitWithoutChangesClosesAtOnce() {
        model();

        model.exit();

        assertThat(dialogs.saveQuestions()).isZero();
        assertThat(windowClosed).hasValue(1);
    }

    @Test
    void recentProjectThatIsGoneIsReportedAndForgotten() throws Exception {
        model();
        Path file = projectWithOneSource("old");
        model.openProject(file);
        Files.delete(file);

        model.openRecent(file);

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Cannot open project");
            assertThat(shown.message()).isEqualTo("old.slproj.json: file not found");
        });
        assertThat(model.recent().files()).isEmpty();
        assertThat(model.title()).isEqualTo("old — SegmentLab");
    }

    @Test
    void startOffersToRestoreWhatACrashedSessionLeftAndRestoresIt() throws Exception {
        Project lost = Project.named("lost work").withSources(List.of(DataSourceRef.of("transactions",
                SourceKind.TRANSACTIONS, dir.resolve("orders-5.csv"), ImportSettings.DETECT)));
        AutosaveService crashed = new AutosaveService(() -> lost, () -> null, scheduler, dir.resolve("recovery"),
                Duration.ofMinutes(10), Clock.systemUTC());
        crashed.saveNow();
        model();
        dialogs.confirmWillAnswer(true);

        model.start(Optional.empty(), Optional.of("retail-rfm"));

        assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::title).containsExactly("Restore unsaved work?");
        assertThat(model.title()).isEqualTo("• lost work — SegmentLab");
        assertThat(data.selected().table().rowCount()).isEqualTo(5);
        assertThat(crashed.recoveryFile()).doesNotExist();
        model.close();
    }

    @Test
    void startWithAProjectArgumentOpensIt() throws Exception {
        model();
        Path file = projectWithOneSource("given");

        model.start(Optional.of(file), Optional.empty());

        assertThat(model.title()).isEqualTo("given — SegmentLab");
        assertThat(dialogs.shown()).isEmpty();
        model.close();
    }

    @Test
    void sampleNotInTheWorkingFolderIsWrittenToATemporaryFolderAndOpened() {
        model((name, folder, progress) -> {
            Path file = folder.resolve(name + ".slproj.json");
            try {
                new ProjectStore().save(Project.named(name).withSources(List.of(DataSourceRef.of("transactions",
                        SourceKind.TRANSACTIONS, folder.resolve("sample-7.csv"), ImportSettings.DETECT))), file);
            } catch (ProjectFileException e) {
                throw new IOException(e);
            }
            return file;
        });

        model.openSample("no-such-committed-sample");

        assertThat(model.title()).isEqualTo("no-such-committed-sample — SegmentLab");
        assertThat(data.selected().table().rowCount()).isEqualTo(7);
        assertThat(model.projectFileProperty().get().getParent().getFileName().toString())
                .startsWith("segmentlab-no-such-committed-sample-");
    }

    @Test
    void unknownSampleIsReportedInOneLine() {
        model();

        model.openSample("no-such-sample");

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("error");
            assertThat(shown.message()).isEqualTo("No sample project named \"no-such-sample\"");
        });
    }
}
