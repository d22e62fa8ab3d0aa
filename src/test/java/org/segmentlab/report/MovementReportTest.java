package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.TrackSettings;
import org.segmentlab.core.track.Migration;
import org.segmentlab.core.track.TrackResult;

/** "How the segments move": built from the segments over time the project keeps. */
class MovementReportTest {

    private static final Path RETAIL = Path.of("sample-projects", "retail-rfm", "retail-rfm.slproj.json");

    @TempDir
    Path dir;

    private static Project retailTracked() throws Exception {
        Project project = new ProjectStore().load(RETAIL);
        return project.withSettings(project.settings().withTrack(TrackSettings.rfm("monthly:2024-01-31..2024-12-31")));
    }

    @Test
    void theSettingsAreKeptInTheProjectFile() throws Exception {
        Project tracked = retailTracked().withSettings(retailTracked().settings().withTrack(
                new TrackSettings("2024-06-30,2024-12-31", "run1", true, 50, 7L)));
        Path file = dir.resolve("p.slproj.json");
        new ProjectStore().save(tracked, file);
        assertThat(new ProjectStore().load(file).settings().track())
                .isEqualTo(new TrackSettings("2024-06-30,2024-12-31", "run1", true, 50, 7L));
        assertThat(new ProjectStore().load(RETAIL).settings().track()).isNull();
    }

    @Test
    void theReportShowsHowTheRfmSegmentsMoveWithItsFourCharts() throws Exception {
        ReportModel model = new ReportBuilder().build(retailTracked(), RETAIL.toAbsolutePath(),
                ReportOptions.of(retailTracked(), RETAIL), LocalDate.of(2026, 1, 1), Progress.none());
        TrackResult movement = model.movement();
        assertThat(movement).isNotNull();
        assertThat(movement.snapshots()).hasSize(12);
        assertThat(movement.migrations()).hasSize(11);
        Migration overall = MovementFindings.overall(movement);
        assertThat(overall.toCustomers() + overall.gone())
                .isEqualTo(movement.snapshots().get(11).size() + overall.gone());

        String html = new HtmlReportWriter().render(model);
        int start = html.indexOf("<section id=\"movement\"");
        assertThat(start).isNotNegative().isLessThan(html.indexOf("<section id=\"appendix\""));
        String part = html.substring(start, html.indexOf("</section>", start));
        assertThat(part).contains("How the segments move").contains("The segment shares drifted");
        // sizes, flow, migration, drift (no stability for RFM)
        assertThat(part.split("<svg", -1)).hasSize(5);
        assertThat(part).contains("How the customers moved from 2024-01-31 to 2024-12-31");
        List<String> lines = MovementFindings.lines(movement);
        assertThat(lines.get(0)).startsWith("From 2024-01-31 to 2024-12-31, ");
        // Champions come first in the map; most of those who left went to Loyal Customers (the heat map's largest
        // off-diagonal cell of their row)
        int champions = overall.segments().indexOf("Champions");
        int loyal = overall.segments().indexOf("Loyal Customers");
        for (int c = 0; c <= overall.segments().size(); c++) {
            if (c != champions) {
                assertThat(overall.customers()[champions][loyal]).isGreaterThanOrEqualTo(overall.customers()[champions][c]);
            }
        }
        assertThat(lines.get(1)).isEqualTo(ReportText.percent(overall.rowShare(champions, loyal))
                + " of the Champions of January 2024 had moved to Loyal Customers by December 2024; "
                + ReportText.percent(overall.rowShare(champions, champions)) + " stayed.");
        for (String line : lines) {
            assertThat(part).contains(HtmlReportWriter.esc(line));
        }

        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().render(model))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("How the segments move", "Customers per segment over time",
                    "Where the customers went, first snapshot to last");
        }
    }

    @Test
    void aProjectWithoutSegmentsOverTimeHasNoSuchSection() throws Exception {
        Project project = new ProjectStore().load(RETAIL);
        ReportModel model = new ReportBuilder().build(project, RETAIL.toAbsolutePath(), ReportOptions.of(project, RETAIL),
                LocalDate.of(2026, 1, 1), Progress.none());
        assertThat(model.movement()).isNull();
        assertThat(new HtmlReportWriter().render(model)).doesNotContain("id=\"movement\"");
    }
}
