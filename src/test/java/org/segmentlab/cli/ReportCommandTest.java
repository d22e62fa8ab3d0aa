package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String PROJECT = "sample-projects/retail-rfm/retail-rfm.slproj.json";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesHtmlWithTheGivenTitleAndAuthor() throws Exception {
        Path report = dir.resolve("report.html");

        int code = run("report", "--project", PROJECT, "--out", report.toString(), "--title", "Q4 <review>",
                "--author", "Insight team");

        assertThat(code).isEqualTo(0);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("<title>Q4 &lt;review&gt;</title>", "Insight team", "Champions", "Hibernating");
        assertThat(err.toString()).contains("4,000 customers in 10 segments");
    }

    @Test
    void writesPdfByTheExtension() throws Exception {
        Path report = dir.resolve("report.PDF");

        assertThat(run("report", "--project", PROJECT, "--out", report.toString())).isEqualTo(0);

        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).contains("Retail customers", "Champions");
        }
    }

    @Test
    void otherExtensionsAreAUsageError() {
        assertThat(run("report", "--project", PROJECT, "--out", dir.resolve("report.docx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out must end in .html or .pdf");
    }

    @Test
    void aMissingProjectIsBadInputNamingTheFile() {
        int code = run("report", "--project", dir.resolve("nope.slproj.json").toString(), "--out",
                dir.resolve("r.html").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("nope.slproj.json").doesNotContain("Exception");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void sectionsAndLogoAreTakenFromTheCommandLine() throws Exception {
        Path logo = dir.resolve("logo.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", logo.toFile());
        Path report = dir.resolve("mall.html");

        int code = run("report", "--project", "sample-projects/mall-demographics/mall-demographics.slproj.json",
                "--out", report.toString(), "--logo", logo.toString(), "--sections", "summary,priorities");

        assertThat(code).isEqualTo(0);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("data:image/png;base64,", "Affluent big spenders", "Where to start")
                .doesNotContain("<section id=\"appendix\"");
        assertThat(err.toString()).contains("300 customers in 5 segments");
    }

    @Test
    void anUnknownSectionIsAUsageErrorNamingIt() {
        assertThat(run("report", "--project", PROJECT, "--out", dir.resolve("r.html").toString(), "--sections",
                "summary,extras")).isEqualTo(2);
        assertThat(err.toString()).contains("'extras'");
    }
}
