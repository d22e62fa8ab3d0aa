package org.segmentlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.ReadoutReading;

class SavedReadoutTest {

    private static final Path SAMPLE = Path.of(System.getProperty("basedir", "."))
            .resolve("sample-projects/email-campaign/email-campaign.slproj.json");

    @Test
    void theEmailCampaignSampleReadsOutFromItsProjectFile() throws Exception {
        Project project = new ProjectStore().load(SAMPLE);
        SavedReadout.Result result = SavedReadout.run(project, SAMPLE, Progress.none()).orElseThrow();
        CampaignReadout r = result.readout();
        assertThat(r.overall().treated() + r.overall().control()).isEqualTo(20_000);
        assertThat(r.segments()).hasSize(5);
        assertThat(result.notes()).isEmpty();
        // the same figures as the sample's README (+1.49 points, 0.82 to 2.16)
        assertThat(ReadoutReading.overall(r, "The e-mail"))
                .isEqualTo("The e-mail lifted conversion by 1.49 points (0.82 to 2.16) overall.");
        assertThat(ReadoutReading.bySegment(r)).isEqualTo("The lift is clear in 2 of 5 segments (Lapsing customers, "
                + "Loyal regulars). Conversion clearly fell in Inbox fatigued (-3.76 points, -4.94 to -2.64). "
                + "No clear effect in Deal seekers, New customers.");
    }

    @Test
    void aProjectWithoutAReadoutHasNone() throws Exception {
        assertThat(SavedReadout.run(Project.named("none"), SAMPLE, Progress.none())).isEmpty();
    }
}
