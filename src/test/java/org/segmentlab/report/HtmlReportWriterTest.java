package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;

class HtmlReportWriterTest {

    @TempDir
    Path dir;

    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void retailReportNamesEverySegmentAndHasAChartInEverySection() throws Exception {
        ReportModel model = ReportFixtures.retail(LocalDate.of(2026, 1, 1));
        Path file = dir.resolve("report.html");
        writer.write(model, file);
        String html = Files.readString(file, StandardCharsets.UTF_8);

        for (ReportModel.SegmentEntry s : model.segments()) {
            assertThat(html).contains(HtmlReportWriter.esc(s.name()));
        }
        for (String id : new String[] {"summary", "segments", "priorities", "appendix"}) {
            int start = html.indexOf("<section id=\"" + id + "\"");
            String section = html.substring(start, html.indexOf("</section>", start));
            assertThat(section).as(id).contains("<svg");
        }
        String[] cards = html.split("<div class=\"card\"");
        assertThat(cards).hasSize(model.populatedSegments().size() + 1);
        for (int i = 1; i < cards.length; i++) {
            assertThat(cards[i]).contains("<svg");
        }
        // self-contained: nothing fetched from elsewhere
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("<link");
    }

    @Test
    void userTextIsEscaped() throws Exception {
        ReportModel model = new ReportBuilder().build(ReportFixtures.hostileProject(dir), null, null,
                LocalDate.of(2026, 1, 1), Progress.none());
        String html = writer.render(model);

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>offer</b>").doesNotContain("<b>test</b>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Send &lt;b&gt;offer&lt;/b&gt; &amp; &quot;thanks&quot;")
                .contains("<title>Names &lt;b&gt;test&lt;/b&gt;</title>")
                .contains("A &amp; B");
    }

    @Test
    void sameProjectGivesTheSameBytesExceptTheDateLine() throws Exception {
        Path project = ReportFixtures.hostileProject(dir);
        ReportModel first = new ReportBuilder().build(project, null, null, LocalDate.of(2026, 1, 1), Progress.none());
        ReportModel second = new ReportBuilder().build(project, null, null, LocalDate.of(2027, 5, 9), Progress.none());

        String a = writer.render(first);
        String b = writer.render(second);

        assertThat(a).isNotEqualTo(b);
        assertThat(a.replace("prepared 1 January 2026", "DATE")).isEqualTo(b.replace("prepared 9 May 2027", "DATE"));
    }

    @Test
    void escapingCoversEveryHtmlSpecialCharacter() {
        assertThat(HtmlReportWriter.esc("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    }
}
