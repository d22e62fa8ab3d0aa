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
    void aCampaignsSegmentIsReplacedByNameAndTheOthersByNumber() {
        String campaign = NamedSegment.CAMPAIGN_RUN;
        ProjectSettings settings = ProjectSettings.EMPTY
                .withSegment(new NamedSegment(campaign, 0, "North", null, null, 5))
                .withSegment(new NamedSegment(campaign, 0, "Central", null, null, 2))
                .withSegment(new NamedSegment("clusters", 0, "Big", null, null, 4))
                .withSegment(new NamedSegment("clusters", 0, "Big spenders", null, null, 1));

        // two campaign segments that were both numbered 0 in different files are two segments
        assertThat(settings.segments()).extracting(NamedSegment::name)
                .containsExactlyInAnyOrder("North", "Central", "Big spenders");
        settings = settings.withSegment(new NamedSegment(campaign, 3, "North", null, null, 1));
        assertThat(settings.segments()).filteredOn(s -> "North".equals(s.name())).singleElement()
                .satisfies(s -> assertThat(s.segmentId()).isEqualTo(3));
        // a campaign segment saved without a name (older versions) is replaced by number
        settings = ProjectSettings.EMPTY.withSegment(new NamedSegment(campaign, 1, null, null, "old", 3))
                .withSegment(new NamedSegment(campaign, 1, "South", null, "old", 4));
        assertThat(settings.segments()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("South"));
        assertThat(settings.segments().get(0).isSegment(campaign, 7, "South")).isTrue();
        assertThat(settings.segments().get(0).isSegment(campaign, 1, "North")).isFalse();
        assertThat(new NamedSegment("rfm", 1, "Champions!", null, null).isSegment("rfm", 1, "Champions")).isTrue();
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
