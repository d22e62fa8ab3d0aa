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
import org.segmentlab.ui.testing.DataOnlySessions;
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

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    private WorkbenchViewModel model(SampleWriter samples) {
        model = new WorkbenchViewModel(DataOnlySessions.of(new FakeReader(), dialogs), store,
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
        model.data().columns().get(1).roleProperty().set(ColumnRole.ATTRIBUTE);
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
        DataSource source = model.data().selected();
        assertThat(source.id()).isEqualTo("transactions");
        assertThat(source.table().rowCount()).isEqualTo(4);
        assertThat(source.table().report().columns().get(1).role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(model.recent().files()).containsExactly(file);
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void aDataFileChangedSinceTheProjectTookItIsNamedAndTheNewDataCanBeTaken() throws Exception {
        model();
        Path data = dir.resolve("orders-3.csv");
        Files.writeString(data, "CustomerID,InvoiceDate,Amount\na,2024-01-02,10\nb,2024-01-03,7\nc,2024-01-04,3\n");
        Path file = dir.resolve("shop.slproj.json");
        store.save(Project.named("shop").withSources(List.of(DataSourceRef.of("transactions",
                SourceKind.TRANSACTIONS, data, ImportSettings.withRoles(Map.of())))), file);
        Files.writeString(data, "CustomerID,InvoiceDate,Amount\na,2024-01-02,10\n");

        model.openProject(file);

        assertThat(model.title()).isEqualTo("shop — SegmentLab");
        assertThat(model.sourceNotices()).singleElement().satisfies(n -> {
            assertThat(n.sourceId()).isEqualTo("transactions");
            assertThat(n.changed()).isTrue();
            assertThat(n.message()).startsWith("orders-3.csv changed since the project took it: size ")
                    .contains("content differs");
        });
        assertThat(model.statusProperty().get()).contains("1 data file has changed or gone");

        model.useNewData("transactions");

        assertThat(model.sourceNotices()).isEmpty();
        assertThat(model.isModified()).isTrue();
        model.saveProject();
        Project saved = store.load(file);
        assertThat(saved.sources().get(0).fingerprint())
                .isEqualTo(org.segmentlab.core.project.SourceFingerprint.of(data));
        model.openProject(file);
        assertThat(model.sourceNotices()).isEmpty();
    }

    @Test
    void aProjectThatReadsFilesOutsideItsFolderSaysWhichBeforeReadingThem() throws Exception {
        model();
        Path data = dir.resolve("orders-3.csv");
        Files.writeString(data, "CustomerID,InvoiceDate,Amount\na,2024-01-02,10\n");
        Path folder = Files.createDirectories(dir.resolve("elsewhere"));
        Path file = folder.resolve("shop.slproj.json");
        store.save(Project.named("shop").withSources(List.of(DataSourceRef.of("transactions",
                SourceKind.TRANSACTIONS, data, ImportSettings.withRoles(Map.of())))), file);

        dialogs.confirmWillAnswer(false);
        model.openProject(file);

        assertThat(dialogs.shown()).last().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("confirm");
            assertThat(d.title()).isEqualTo("This project reads files outside its folder");
            assertThat(d.message()).contains(data.toString());
        });
        assertThat(model.title()).isEqualTo("Untitled — SegmentLab");
        assertThat(model.data().sources()).isEmpty();

        dialogs.confirmWillAnswer(true);
        model.openProject(file);
        assertThat(model.title()).isEqualTo("shop — SegmentLab");
        assertThat(model.data().sources()).hasSize(1);
    }

    @Test
    void newProjectAsksFirstAndCancelKeepsEverything() {
        model();
        model.importFiles(Path.of("orders-3.csv"));
        dialogs.saveChangesWillAnswer(SaveChoice.CANCEL);

        model.newProject();

        assertThat(dialogs.saveQuestions()).isEqualTo(1);
        assertThat(model.data().sources()).hasSize(1);
        assertThat(model.isModified()).isTrue();
    }

    @Test
    void newProjectAfterDiscardStartsEmpty() {
        model();
        model.importFiles(Path.of("orders-3.csv"));
        dialogs.saveChangesWillAnswer(SaveChoice.DISCARD);

        model.newProject();

        assertThat(model.data().sources()).isEmpty();
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
        assertThat(model.data().selected().table().rowCount()).isEqualTo(5);
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
        assertThat(model.data().selected().table().rowCount()).isEqualTo(7);
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

    @Test
    void openingAProjectReplacesTheSessionWholeAndClosesTheOldOne() throws Exception {
        model();
        model.importFiles(Path.of("orders-3.csv"));
        ProjectSession first = model.session();
        dialogs.saveChangesWillAnswer(SaveChoice.DISCARD);

        model.openProject(projectWithOneSource("retail"));

        ProjectSession second = model.session();
        assertThat(second).isNotSameAs(first);
        assertThat(first.isOpen()).isFalse();
        assertThat(second.isOpen()).isTrue();
        assertThat(second.data()).isNotSameAs(first.data());
        assertThat(model.data().sources()).extracting(DataSource::name).containsExactly("orders-4.csv");
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void aClosedSessionCanNeitherChangeTheNewProjectNorStartOrFinishWork() throws Exception {
        HeldTasks held = new HeldTasks();
        model = new WorkbenchViewModel(DataOnlySessions.of(new FakeReader(), dialogs), store,
                (project, file) -> new AutosaveService(project, file, scheduler, dir.resolve("recovery"),
                        Duration.ofMinutes(10), Clock.systemUTC()),
                (name, folder, progress) -> folder, dialogs, held, new RecentProjects(new MemoryPreferences()),
                windowClosed::incrementAndGet);
        SessionScope old = model.session().scope();
        List<String> reported = new java.util.ArrayList<>();
        old.run(org.segmentlab.ui.task.BackgroundTask.of("slow fit", progress -> "old result")
                .onSuccess(reported::add)
                .onFailure(error -> reported.add("failed"))
                .onFinished(() -> reported.add("finished")));
        assertThat(held.waiting()).isEqualTo(1);

        model.newProject();
        held.finishAll();
        old.updateSettings(settings -> settings.withRfm(org.segmentlab.core.project.RfmSettings.DEFAULTS));
        old.status("old news");
        old.run(org.segmentlab.ui.task.BackgroundTask.of("late", progress -> "late").onSuccess(reported::add));

        assertThat(reported).isEmpty();
        assertThat(held.cancelled()).isEqualTo(1);
        assertThat(held.waiting()).isZero();
        assertThat(model.currentProject().settings()).isEqualTo(org.segmentlab.core.project.ProjectSettings.EMPTY);
        assertThat(model.isModified()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("New project");
    }

    @Test
    void workOfTheOpenSessionStillReportsBack() {
        model();
        List<String> reported = new java.util.ArrayList<>();

        model.session().scope().run(org.segmentlab.ui.task.BackgroundTask.of("fit", progress -> "done")
                .onSuccess(reported::add).onFinished(() -> reported.add("finished")));
        model.session().scope().updateSettings(settings -> settings.withRfm(org.segmentlab.core.project.RfmSettings.DEFAULTS));

        assertThat(reported).containsExactly("done", "finished");
        assertThat(model.currentProject().settings().rfm()).isEqualTo(org.segmentlab.core.project.RfmSettings.DEFAULTS);
        assertThat(model.isModified()).isTrue();
    }

    /** Holds every session task until the test lets it finish; counts the ones cancelled. */
    private static final class HeldTasks implements org.segmentlab.ui.task.TaskRunner {
        private final List<Runnable> held = new java.util.ArrayList<>();
        private int cancelled;

        @Override
        public <T> org.segmentlab.ui.task.TaskHandle run(org.segmentlab.ui.task.BackgroundTask<T> task) {
            Runnable finish = () -> {
                try {
                    task.succeeded(task.job().run(org.segmentlab.core.Progress.none()));
                } catch (Exception e) {
                    task.failed(e);
                }
            };
            if (!task.title().equals("slow fit")) {
                finish.run();
                return () -> { };
            }
            held.add(finish);
            // Like a real task, a cancelled job may still end with a value: the session must not pass it on.
            return () -> cancelled++;
        }

        int waiting() {
            return held.size();
        }

        void finishAll() {
            List<Runnable> all = List.copyOf(held);
            held.clear();
            all.forEach(Runnable::run);
        }

        int cancelled() {
            return cancelled;
        }
    }
}
