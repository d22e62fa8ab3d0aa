package org.segmentlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedSegmentTest {

    @TempDir
    Path dir;

    @Test
    void aFileFromBeforeEaseLoadsWithTheNeutralEaseAndWritesNoEase() throws Exception {
        Path file = dir.resolve("old.slproj.json");
        Files.writeString(file, "{\"schemaVersion\":1,\"name\":\"Old\",\"settings\":{\"segments\":[{\"runId\":\"clusters\","
                + "\"segmentId\":2,\"name\":\"Big spenders\",\"notes\":\"Call them\"}],"
                + "\"report\":{\"title\":\"T\",\"sections\":[\"summary\"]}}}", StandardCharsets.UTF_8);

        Project project = new ProjectStore().load(file);

        NamedSegment s = project.settings().segments().get(0);
        assertThat(s.ease()).isNull();
        assertThat(s.easeOrDefault()).isEqualTo(3);
        assertThat(s.notes()).isEqualTo("Call them");
        assertThat(project.settings().report().logo()).isNull();
        new ProjectStore().save(project, file);
        assertThat(Files.readString(file)).doesNotContain("ease").doesNotContain("logo");
    }

    @Test
    void easeAndLogoSurviveARoundTrip() throws Exception {
        Path file = dir.resolve("p.slproj.json");
        Project project = Project.named("P").withSettings(ProjectSettings.EMPTY
                .withSegment(new NamedSegment("rfm", 1, null, null, null).withEase(5))
                .withReport(new ReportSettings("T", "A", List.of("summary", "priorities")).withLogo("brand/logo.png")
                        .withRunId("clusters")));

        new ProjectStore().save(project, file);
        Project loaded = new ProjectStore().load(file);

        assertThat(loaded.settings().segments()).containsExactly(new NamedSegment("rfm", 1, null, null, null, 5));
        assertThat(loaded.settings().report()).isEqualTo(new ReportSettings("T", "A", List.of("summary", "priorities"),
                "brand/logo.png", "clusters"));
    }

    @Test
    void anEaseOutsideOneToFiveIsRefusedNamingTheSegment() {
        NamedSegment s = new NamedSegment("clusters", 0, "Lapsed", null, null);
        assertThatThrownBy(() -> s.withEase(6)).hasMessageContaining("Lapsed").hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> s.withEase(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.withEase(1).ease()).isEqualTo(1);
        assertThat(s.withEase(null).easeOrDefault()).isEqualTo(NamedSegment.DEFAULT_EASE);
    }
}
