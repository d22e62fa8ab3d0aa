package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.core.segment.Prioritisation;

class ClusteringReportTest {

    @TempDir
    Path dir;

    /**
     * Eight customers in two plain groups: c1..c6 spend 10 a visit over 2 visits, c7, c8 spend 100 over 10
     * visits. k-means with k = 2 puts the six in segment 0 (larger first) and the two in segment 1.
     */
    private Project hostile(Path folder) throws Exception {
        StringBuilder csv = new StringBuilder("id,visits,spend\n");
        for (int c = 1; c <= 8; c++) {
            boolean big = c > 6;
            csv.append('c').append(c).append(',').append(big ? 10 : 2).append(',').append(big ? 100 : 10)
                    .append('\n');
        }
        Path data = folder.resolve("people.csv");
        Files.writeString(data, csv);
        ClusteringRun run = new ClusteringRun("clusters", null, List.of("visits", "spend"), "zscore", "kmeans", 2,
                null, null, null, null, 42L, null, "people", ClusteringRun.TABLE_INPUT, "id");
        return Project.named("Hostile")
                .withSource(new DataSourceRef("people", SourceKind.CUSTOMERS, data.toString(), ImportSettings.DETECT))
                .withSettings(ProjectSettings.EMPTY.withClusteringRun(run)
                        .withSegment(new NamedSegment("clusters", 0, ReportFixtures.SCRIPT, null,
                                ReportFixtures.SCRIPT_ACTION, 2))
                        .withSegment(new NamedSegment("clusters", 1, ReportFixtures.FORMULA, null, "=cmd|x", 5)));
    }

    private ReportModel build(Project project, ReportOptions options, LocalDate day) throws Exception {
        return new ReportBuilder().build(project, null, options, day, Progress.none());
    }

    @Test
    void namesAndNotesAreEscapedInHtmlAndNeutralisedInCsv() throws Exception {
        ReportModel model = build(hostile(dir), ReportOptions.defaults(), LocalDate.of(2026, 1, 1));
        String html = new HtmlReportWriter().render(model);

        assertThat(model.segments()).extracting(ReportModel.SegmentEntry::name)
                .containsExactly(ReportFixtures.SCRIPT, ReportFixtures.FORMULA);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>offer</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "=HYPERLINK(&quot;x&quot;)",
                        "Send &lt;b&gt;offer&lt;/b&gt; &amp; &quot;thanks&quot;");

        Path out = dir.resolve("export");
        ActivationExport.Written written = new ActivationExport().write(model, out, false, true);
        List<String> lines = Files.readAllLines(out.resolve("customers.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("customer_id,segment_id,segment_name,visits,spend");
        assertThat(lines).contains("c1,0,<script>alert(1)</script>,2,10", "c8,1,\"'=HYPERLINK(\"\"x\"\")\",10,100");
        assertThat(written.withScores()).as("no model, no scores").isFalse();
        List<String> summary = Files.readAllLines(out.resolve("segment_summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary.get(0)).isEqualTo("segment_id,segment_name,customers,customer_percent,value,value_percent,"
                + "mean_visits,mean_spend,action");
        // 6 × 10 = 60 of 260 spend; 2 × 100 = 200
        assertThat(summary).contains("0,<script>alert(1)</script>,6,75.00,60.00,23.08,2.00,10.00,"
                + "\"Send <b>offer</b> & \"\"thanks\"\"\"", "1,\"'=HYPERLINK(\"\"x\"\")\",2,25.00,200.00,76.92,10.00,100.00,"
                + "'=cmd|x");
    }

    @Test
    void segmentsAreDescribedAndPrioritisedFromTheirValueAndEase() throws Exception {
        ReportModel model = build(hostile(dir), ReportOptions.defaults(), LocalDate.of(2026, 1, 1));

        ReportModel.SegmentEntry small = model.segments().get(1);
        assertThat(small.customers()).isEqualTo(2);
        assertThat(small.meanValue()).isCloseTo(100, within(1e-9));
        assertThat(small.meanEngagement()).isCloseTo(10, within(1e-9));
        assertThat(small.valueShare()).isCloseTo(200.0 / 260, within(1e-12));
        assertThat(small.traits()).contains("high spend", "high visits");
        // spend: mean 32.5, population sd sqrt((6 × 22.5² + 2 × 67.5²) / 8) = 38.97; z = 67.5 / 38.97 = 1.73
        assertThat(small.profile().get(1).z()).isCloseTo(67.5 / Math.sqrt((6 * 22.5 * 22.5 + 2 * 67.5 * 67.5) / 8),
                within(1e-9));
        // potential shares 200/260 and 60/260 against an even share of 0.5; ease 5 and 2
        assertThat(model.priorities()).extracting(ReportModel.Priority::name)
                .containsExactly(ReportFixtures.FORMULA, ReportFixtures.SCRIPT);
        assertThat(model.priorities()).extracting(ReportModel.Priority::quadrant)
                .containsExactly(Prioritisation.Quadrant.QUICK_WINS, Prioritisation.Quadrant.DEPRIORITISE);
        assertThat(model.matrix().valueThreshold()).isCloseTo(10, within(1e-9));
    }

    @Test
    void theSameProjectGivesTheSameHtmlExceptTheDateLine() throws Exception {
        Path mall = Path.of("sample-projects/mall-demographics/mall-demographics.slproj.json");
        ReportModel first = new ReportBuilder().build(mall, null, null, LocalDate.of(2026, 1, 1), Progress.none());
        ReportModel second = new ReportBuilder().build(mall, null, null, LocalDate.of(2027, 5, 9), Progress.none());

        String a = new HtmlReportWriter().render(first);
        String b = new HtmlReportWriter().render(second);

        assertThat(a).isNotEqualTo(b);
        assertThat(a.replace("prepared 1 January 2026", "DATE")).isEqualTo(b.replace("prepared 9 May 2027", "DATE"));
    }

    @Test
    void chosenSectionsTitleAuthorAndLogoReachBothFormats() throws Exception {
        Path logo = dir.resolve("logo.png");
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", logo.toFile());
        ReportOptions options = ReportOptions.defaults().withTitle("Board pack").withAuthor("Ana")
                .withLogo(logo).withSections(List.of(ReportSection.PRIORITIES, ReportSection.SUMMARY));
        ReportModel model = build(hostile(dir), options, LocalDate.of(2026, 1, 1));

        assertThat(model.sections()).containsExactly(ReportSection.SUMMARY, ReportSection.PRIORITIES);
        String html = new HtmlReportWriter().render(model);
        assertThat(html).contains("<title>Board pack</title>", "Ana", "src=\"data:image/png;base64,",
                "<section id=\"summary\"", "<section id=\"priorities\"")
                .doesNotContain("<section id=\"segments\"").doesNotContain("<section id=\"appendix\"");

        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().render(model))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc)).contains("Board pack", "Where to start")
                    .doesNotContain("Reproducibility");
            int images = 0;
            for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
                    PDImageXObject x = (PDImageXObject) doc.getPage(0).getResources().getXObject(name);
                    images += x.getWidth() == 40 && x.getHeight() == 20 ? 1 : 0;
                }
            }
            assertThat(images).as("the logo on page 1").isEqualTo(1);
        }
    }

    @Test
    void aLogoThatIsNoImageIsRefusedNamingTheFile() throws Exception {
        Path logo = dir.resolve("logo.txt");
        Files.writeString(logo, "not an image");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> build(hostile(dir),
                        ReportOptions.defaults().withLogo(logo), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("logo.txt").hasMessageContaining("PNG or JPEG");
    }

    @Test
    void theProjectsReportSettingsGiveTheOptionsWithTheLogoBesideTheProject() throws Exception {
        Project project = hostile(dir).withSettings(hostile(dir).settings().withReport(
                new org.segmentlab.core.project.ReportSettings("T", "A", List.of("appendix", "summary"))
                        .withLogo("brand/logo.png")));
        Path file = dir.resolve("p" + ProjectStore.EXTENSION);

        ReportOptions options = ReportOptions.of(project, file);

        assertThat(options.logo()).isEqualTo(dir.resolve("brand/logo.png").toAbsolutePath());
        assertThat(options.sections()).containsExactly(ReportSection.SUMMARY, ReportSection.APPENDIX);
        assertThat(options.title()).isEqualTo("T");
    }
}
