package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.ScoreRange;
import org.segmentlab.core.project.SegmentRule;

class PdfReportWriterTest {

    private static ReportModel retail;

    /** What the tests of this class share is let go once they are done: other classes need the memory. */
    @AfterAll
    static void release() {
        retail = null;
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void buildRetailModel() throws Exception {
        retail = ReportFixtures.retail(LocalDate.of(2026, 1, 1));
    }

    private static String text(PDDocument doc, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    @Test
    void summaryComesFirstThenCardsThenAppendixOnA4() throws Exception {
        Path file = dir.resolve("report.pdf");
        new PdfReportWriter().write(retail, file);

        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            PDRectangle size = doc.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());

            String first = text(doc, 1, 1);
            assertThat(first).contains("Retail customers", "RFM segments \u00b7 prepared 1 January 2026",
                    "Segments at a glance", "4,000 customers", "page 1 of " + pages);
            for (ReportModel.SegmentEntry s : retail.segments()) {
                assertThat(first).contains(s.name());
            }
            assertThat(text(doc, 2, 2)).startsWith("The segments");
            String cards = text(doc, 2, pages - 1);
            assertThat(cards).contains("Where to start", "Quick win");
            for (ReportModel.SegmentEntry s : retail.populatedSegments()) {
                assertThat(cards).contains(s.name(), "Recommended action: " + s.action().substring(0, 20));
            }
            String last = text(doc, pages, pages);
            assertThat(last).contains("Reproducibility",
                    retail.reproducibility().files().get(0).sha256().substring(0, 20));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Retail customers");
        }
    }

    @Test
    void pageCountAndTextAreTheSameEveryTime() throws Exception {
        PdfReportWriter writer = new PdfReportWriter();
        try (PDDocument a = Loader.loadPDF(writer.render(retail));
             PDDocument b = Loader.loadPDF(writer.render(retail))) {
            assertThat(a.getNumberOfPages()).isEqualTo(b.getNumberOfPages());
            assertThat(text(a, 1, a.getNumberOfPages())).isEqualTo(text(b, 1, b.getNumberOfPages()));
        }
    }

    @Test
    void aFoundTrueTypeFontIsEmbedded() throws Exception {
        assumeTrue(PdfReportWriter.FONT_CANDIDATES.stream().anyMatch(p -> Files.isReadable(Path.of(p.get(0)))),
                "no TrueType font in the usual folders of this machine");
        ReportModel model = new ReportBuilder().build(ReportFixtures.hostileProject(dir), null, null,
                LocalDate.of(2026, 1, 1), Progress.none());
        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().render(model))) {
            int fonts = 0;
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts++;
            }
            assertThat(fonts).isPositive();
            assertThat(text(doc, 1, 1)).contains("<script>alert(1)</scri", "A & B", "Send <b>offer</b> & \"thanks\"");
        }
    }

    @Test
    void withoutTrueTypeFontsHelveticaIsUsedAndUnknownCharactersBecomeQuestionMarks() throws Exception {
        ReportModel model = new ReportBuilder().build(ReportFixtures.hostileProject(dir), "Kunden \u9867\u5ba2 \u2013 2026",
                null, LocalDate.of(2026, 1, 1), Progress.none());
        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter(List.of()).render(model))) {
            String first = text(doc, 1, 1);
            assertThat(first).contains("Kunden ?? \u2013 2026", ReportFixtures.FORMULA);
        }
    }

    @Test
    void showableKeepsWinAnsiTextAndReplacesTheRest() {
        PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(PdfReportWriter.showable(helvetica, "R 4\u20135 \u00d7 caf\u00e9\tok\u03a9"))
                .isEqualTo("R 4\u20135 \u00d7 caf\u00e9 ok?");
    }

    @Test
    void aSegmentTableThatGoesOnToPageTwoRepeatsItsHeader() throws Exception {
        Path project = ReportFixtures.hostileProject(dir);
        ProjectStore store = new ProjectStore();
        Project loaded = store.load(project);
        List<SegmentRule> rules = new ArrayList<>();
        Map<String, String> actions = new HashMap<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                String name = "Cell " + r + f;
                rules.add(new SegmentRule(name,
                        ScoreRange.of(r), ScoreRange.of(f), null));
                actions.put(name, "A long action for cell " + r + f + " that needs a second line in the table of page one");
            }
        }
        store.save(loaded.withSettings(loaded.settings().withRfm(
                loaded.settings().rfm().withSegmentMap(rules).withActions(actions))), project);
        ReportModel model = new ReportBuilder().build(project, null, null, LocalDate.of(2026, 1, 1), Progress.none());

        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().render(model))) {
            String first = text(doc, 1, 1);
            String second = text(doc, 2, 2);
            assertThat(first).contains("Recommended action", "Cell 11");
            assertThat(second).contains("Recommended action", "Cell 55").doesNotContain("The segments");
            assertThat(text(doc, 3, 3)).startsWith("The segments");
        }
    }

    @Test
    void aTenThousandCharacterSegmentNameIsWrappedWholeIntoThePdf() throws Exception {
        String name = "N" + "abcdefghij".repeat(1_000).substring(1);
        ReportModel model = new ReportBuilder().build(ReportFixtures.hostileProject(dir, name), null, null,
                LocalDate.of(2026, 1, 1), Progress.none());
        Path file = dir.resolve("long.pdf");
        new PdfReportWriter().write(model, file);

        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String flat = text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", "");
            assertThat(flat).contains(name);
        }
    }
}
