package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmentlab.core.Progress;

/** Every sample project gives a report a reader can use: all its segments named, a chart in every section. */
class SampleReportsTest {

    private static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//|url\\(\\s*['\"]?https?:");

    @ParameterizedTest
    @ValueSource(strings = {"mall-demographics", "cdp-events", "saas-churn", "retail-rfm", "shop-clv", "email-campaign"})
    void theReportNamesEverySegmentAndHasAChartInEverySection(String sample) throws Exception {
        Path project = Path.of("sample-projects", sample, sample + ".slproj.json");
        ReportModel model = new ReportBuilder().build(project, null, null, LocalDate.of(2026, 1, 1), Progress.none());
        String html = new HtmlReportWriter().render(model);

        assertThat(model.populatedSegments()).hasSizeGreaterThanOrEqualTo(3);
        for (ReportModel.SegmentEntry s : model.segments()) {
            assertThat(html).contains(HtmlReportWriter.esc(s.name()));
        }
        for (ReportSection section : ReportSection.values()) {
            int start = html.indexOf("<section id=\"" + section.cliName() + "\"");
            assertThat(start).as(section.cliName()).isNotNegative();
            String part = html.substring(start, html.indexOf("</section>", start));
            assertThat(part).as(section.cliName()).contains("<svg");
        }
        String[] cards = html.split("<div class=\"card\"");
        assertThat(cards).hasSize(model.populatedSegments().size() + 1);
        assertThat(model.priorities()).hasSize(model.populatedSegments().size());
        assertThat(EXTERNAL.matcher(html).find()).as("fetches nothing from elsewhere").isFalse();
        assertThat(html).doesNotContain("<script").doesNotContain("<link");

        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().render(model))) {
            assertThat(doc.getNumberOfPages()).isBetween(5, 12);
            String text = new PDFTextStripper().getText(doc);
            for (ReportModel.SegmentEntry s : model.populatedSegments()) {
                assertThat(text).contains(s.name());
            }
            assertThat(text).contains("Where to start", "Reproducibility", "page 1 of " + doc.getNumberOfPages());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mall-demographics", "cdp-events", "saas-churn"})
    void clusteringSamplesShowTheAnalystsNamesAndActionsAndTheSweep(String sample) throws Exception {
        Path project = Path.of("sample-projects", sample, sample + ".slproj.json");
        ReportModel model = new ReportBuilder().build(project, null, null, LocalDate.of(2026, 1, 1), Progress.none());

        assertThat(model.kind()).isEqualTo(ReportModel.Kind.CLUSTERING);
        assertThat(model.sweep()).isNotNull();
        assertThat(model.method()).contains("k-means", model.sweep().reason());
        for (ReportModel.SegmentEntry s : model.populatedSegments()) {
            assertThat(s.action()).as(s.name()).isNotBlank();
            assertThat(s.easeScored()).as(s.name()).isTrue();
            assertThat(s.profile()).hasSize(model.customers().measures().size());
        }
    }
}
