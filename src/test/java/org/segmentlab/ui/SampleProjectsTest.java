package org.segmentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;

class SampleProjectsTest {

    @Test
    void writesTheNamedSampleAndReturnsAProjectFileThatOpens(@TempDir Path dir) throws Exception {
        Path file = SampleProjects.write("retail-rfm", dir, Progress.none());

        Project project = new ProjectStore().load(file);
        assertThat(file.getParent()).isEqualTo(dir);
        assertThat(project.sources()).extracting(source -> Path.of(source.path()).getParent()).containsOnly(dir);
        assertThat(project.seed()).isEqualTo(42L);
    }

    @Test
    void unknownNameListsTheSamplesThereAre(@TempDir Path dir) {
        assertThatThrownBy(() -> SampleProjects.write("retail", dir, Progress.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No sample project named \"retail\"; the samples are ")
                .hasMessageContaining("retail-rfm");
    }
}
