package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmentlab.core.Progress;

/** Every segment card of every sample's report has an action: the analyst's, or one suggested from its profile. */
class SampleReportActionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"retail-rfm", "saas-churn", "cdp-events", "mall-demographics"})
    void everySegmentOfTheSampleReportHasAnAction(String sample) throws Exception {
        Path project = Path.of("sample-projects", sample, sample + ".slproj.json");
        ReportModel model = new ReportBuilder().build(project, null, null, LocalDate.of(2025, 1, 6), Progress.none());
        assertThat(model.populatedSegments()).isNotEmpty();
        for (ReportModel.SegmentEntry e : model.populatedSegments()) {
            assertThat(e.action()).as("action of %s in %s", e.name(), sample).isNotBlank();
        }
        StringBuilder html = new StringBuilder();
        Path out = Files.createTempFile("report", ".html");
        try {
            new HtmlReportWriter().write(model, out);
            html.append(Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
        assertThat(html.toString()).doesNotContainIgnoringCase("none written yet");
    }
}
