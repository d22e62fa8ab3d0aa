package org.segmentlab.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.project.AutosaveService;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.testing.DataOnlySessions;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.FakeReader;
import org.segmentlab.ui.testing.MemoryPreferences;
import org.segmentlab.ui.testing.RecordingDialogs;

/** "Read the guide" on the first-start screen: the sample's README.md, committed or freshly written. */
class SampleGuideTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> shown = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    private WorkbenchViewModel model() {
        DirectTaskRunner tasks = new DirectTaskRunner();
        return new WorkbenchViewModel(DataOnlySessions.of(new FakeReader(), dialogs), new ProjectStore(),
                (project, file) -> new AutosaveService(project, file, scheduler, dir.resolve("recovery"),
                        Duration.ofMinutes(10), Clock.systemUTC()),
                (name, folder, progress) -> {
                    written.add(folder);
                    Files.writeString(folder.resolve("README.md"), "# Guide to " + name + "\n");
                    return folder.resolve(name + ".slproj.json");
                },
                dialogs, tasks, new RecentProjects(new MemoryPreferences()), () -> { });
    }

    @Test
    void aSampleWithoutACommittedFolderIsWrittenAndItsGuideRead() {
        model().readSampleGuide("no-such-committed-sample", shown::add);

        assertThat(shown).containsExactly("# Guide to no-such-committed-sample\n");
        assertThat(written).singleElement().satisfies(folder ->
                assertThat(folder.getFileName().toString()).startsWith("segmentlab-no-such-committed-sample-"));
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void aCommittedSampleShowsItsReadmeWithoutWritingAnything() throws Exception {
        Path readme = Path.of("sample-projects", "saas-churn", "README.md");
        Assumptions.assumeTrue(Files.isRegularFile(readme), "no committed sample-projects here");

        model().readSampleGuide("saas-churn", shown::add);

        assertThat(shown).containsExactly(Files.readString(readme));
        assertThat(written).isEmpty();
    }

    @Test
    void aGuideThatCannotBeReadIsReportedInOneLine() {
        WorkbenchViewModel model = new WorkbenchViewModel(
                DataOnlySessions.of(new FakeReader(), dialogs), new ProjectStore(),
                (project, file) -> new AutosaveService(project, file, scheduler, dir.resolve("recovery"),
                        Duration.ofMinutes(10), Clock.systemUTC()),
                (name, folder, progress) -> {
                    throw new IllegalArgumentException("No sample project named \"" + name + "\"");
                },
                dialogs, new DirectTaskRunner(), new RecentProjects(new MemoryPreferences()), () -> { });

        model.readSampleGuide("nonsense", shown::add);

        assertThat(shown).isEmpty();
        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Cannot read the guide to \"nonsense\"");
            assertThat(error.message()).isEqualTo("No sample project named \"nonsense\"");
        });
    }
}
