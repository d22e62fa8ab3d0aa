package org.segmentlab.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.report.ReportModel;

class ReportServiceTest {

    private static final Path MALL = Path.of("sample-projects/mall-demographics");

    @TempDir
    Path dir;

    @Test
    void previewsReadTheDataOnceUntilTheFileChanges() throws Exception {
        Path data = Files.copy(MALL.resolve("customers.csv"), dir.resolve("customers.csv"));
        Path projectFile = Files.copy(MALL.resolve("mall-demographics.slproj.json"),
                dir.resolve("mall-demographics.slproj.json"));
        Project project = new ProjectStore().load(projectFile);
        ReportService service = new ReportService(() -> LocalDate.of(2026, 11, 24));

        ReportModel first = service.build(project, projectFile, Progress.none());
        // other numbers of the same length, and the file's time put back: only a re-read would see them
        FileTime before = Files.getLastModifiedTime(data);
        StringBuilder scores = new StringBuilder();
        for (String line : Files.readAllLines(data)) {
            int last = line.lastIndexOf(',') + 1;
            boolean header = scores.length() == 0;
            scores.append(line, 0, last).append(header ? line.substring(last) : line.substring(last)
                    .replace('1', '#').replace('7', '1').replace('#', '7')).append('\n');
        }
        Files.writeString(data, scores);
        Files.setLastModifiedTime(data, before);
        ReportModel again = service.build(project, projectFile, Progress.none());
        Files.setLastModifiedTime(data, FileTime.fromMillis(before.toMillis() + 60_000));
        ReportModel changed = service.build(project, projectFile, Progress.none());

        assertThat(again.segments()).isEqualTo(first.segments());
        assertThat(changed.segments()).isNotEqualTo(first.segments());
    }

    @Test
    void thePagesDrawnSideBySideAreThePagesDrawnOneByOne() throws Exception {
        Path projectFile = MALL.resolve("mall-demographics.slproj.json");
        Project project = new ProjectStore().load(projectFile);
        ReportModel model = new ReportService(() -> LocalDate.of(2026, 11, 24)).build(project, projectFile,
                Progress.none());
        byte[] pdf = new org.segmentlab.report.PdfReportWriter().render(model);
        org.segmentlab.testing.RecordingProgress recording = new org.segmentlab.testing.RecordingProgress();
        java.util.List<Double> seen = recording.fractions();

        java.util.List<java.awt.image.BufferedImage> pages = ReportService.pages(pdf, 1.0f, recording);

        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            assertThat(pages).hasSize(doc.getNumberOfPages()).hasSizeGreaterThan(2);
            for (int i = 0; i < pages.size(); i++) {
                java.awt.image.BufferedImage one = renderer.renderImage(i, 1.0f,
                        org.apache.pdfbox.rendering.ImageType.RGB);
                java.awt.image.BufferedImage drawn = pages.get(i);
                assertThat(drawn.getWidth()).isEqualTo(one.getWidth());
                assertThat(drawn.getHeight()).isEqualTo(one.getHeight());
                assertThat(drawn.getRGB(0, 0, drawn.getWidth(), drawn.getHeight(), null, 0, drawn.getWidth()))
                        .as("page %d", i + 1)
                        .isEqualTo(one.getRGB(0, 0, one.getWidth(), one.getHeight(), null, 0, one.getWidth()));
            }
        }
        // every page counted once, and the end said
        assertThat(seen).contains(1.0).hasSize(pages.size() + 1);
    }
}
