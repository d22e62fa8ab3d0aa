package org.segmentlab.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.segment.Prioritisation;
import org.segmentlab.report.PdfReportWriter;
import org.segmentlab.report.ReportBuilder;
import org.segmentlab.report.ReportModel;
import org.segmentlab.report.ReportSection;
import org.segmentlab.report.charts.PriorityMatrixChart;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.HeldTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

class ReportViewModelTest {

    static final Path RETAIL = Path.of("sample-projects/retail-rfm/retail-rfm.slproj.json");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The retail sample's report as the builder and PDF writer make it without the step. */
    private static ReportModel direct;

    /** What the tests of this class share is let go once they are done: other classes need the memory. */
    @AfterAll
    static void release() {
        direct = null;
    }
    private static int directPages;

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ReportService service = new ReportService(() -> TODAY);

    @BeforeAll
    static void buildDirectly() throws Exception {
        direct = new ReportBuilder().build(RETAIL, null, null, TODAY, Progress.none());
        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().render(direct))) {
            directPages = doc.getNumberOfPages();
        }
    }

    private static Project retail() throws Exception {
        return new ProjectStore().load(RETAIL);
    }

    private ReportViewModel model(ReportProject project) {
        return new ReportViewModel(project, service, tasks, dialogs, Runnable::run, Debouncer.immediate());
    }

    /** For tests of settings alone: previews are asked for and never built. */
    private ReportViewModel withoutPreviews(ReportProject project) {
        return new ReportViewModel(project, service, tasks, dialogs, Runnable::run, action -> { });
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void previewHasAPicturePerPageOfTheReportTheBuilderMakes() throws Exception {
        ReportViewModel model = model(ReportProject.inMemory(retail(), RETAIL.toAbsolutePath()));

        model.refresh();

        assertThat(model.previewMessageProperty().get()).isNull();
        assertThat(model.buildingProperty().get()).isFalse();
        assertThat(model.pages()).hasSize(directPages);
        // A4 (595.28 × 841.89 points) at 1.5 pixels a point
        assertThat(model.pages().get(0).getWidth()).isEqualTo(892);
        assertThat(model.pages().get(0).getHeight()).isEqualTo(1262);
        assertThat(model.previewProperty().get().model().segments()).isEqualTo(direct.segments());
        assertThat(model.titleProperty().get()).isEqualTo("Retail customers");
        assertThat(model.reportableProperty().get()).isTrue();
    }

    @Test
    void aNewTitleIsSavedInTheProjectAndThePreviewShowsIt() throws Exception {
        ReportProject project = ReportProject.inMemory(retail(), RETAIL.toAbsolutePath());
        ReportViewModel model = model(project);
        model.refresh();
        int before = model.previewsBuiltProperty().get();

        model.titleProperty().set("Who to call first");
        model.authorProperty().set("Marketing analytics");

        assertThat(project.current().settings().report().title()).isEqualTo("Who to call first");
        assertThat(project.current().settings().report().author()).isEqualTo("Marketing analytics");
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(before + 2);
        String text = pdfText(model.previewProperty().get().pdf());
        assertThat(text).startsWith("Who to call first").contains("Marketing analytics");
    }

    @Test
    void typingATitleBuildsOnePreviewOnceTheKeysPause() throws Exception {
        ReportProject project = ReportProject.inMemory(retail(), RETAIL.toAbsolutePath());
        ManualDebouncer pause = new ManualDebouncer();
        ReportViewModel model = new ReportViewModel(project, service, tasks, dialogs, Runnable::run, pause);
        model.refresh();
        assertThat(model.previewsBuiltProperty().get()).as("the first preview does not wait").isEqualTo(1);

        String typed = "";
        for (char key : "Top ten".toCharArray()) {
            typed += key;
            model.titleProperty().set(typed);
        }
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(1);
        assertThat(pause.waiting()).isGreaterThanOrEqualTo(7);

        pause.quietMomentPassed();
        pause.quietMomentPassed();

        assertThat(model.previewsBuiltProperty().get()).isEqualTo(2);
        assertThat(pause.requestsPerRun()).hasSize(1);
        assertThat(pdfText(model.previewProperty().get().pdf())).startsWith("Top ten");
    }

    @Test
    void anEmptiedTitleFallsBackToTheProjectName() throws Exception {
        ReportProject project = ReportProject.inMemory(retail(), RETAIL.toAbsolutePath());
        ReportViewModel model = model(project);

        model.titleProperty().set("   ");

        assertThat(project.current().settings().report().title()).isNull();
        assertThat(model.titlePromptProperty().get()).isEqualTo("Retail RFM sample");
        assertThat(pdfText(model.previewProperty().get().pdf())).startsWith("Retail RFM sample");
    }

    @Test
    void refreshingAnUnchangedProjectBuildsNothing() throws Exception {
        ReportViewModel model = model(ReportProject.inMemory(retail(), RETAIL.toAbsolutePath()));
        model.refresh();
        int titles = tasks.titles().size();

        model.refresh();
        model.refresh();

        assertThat(tasks.titles()).hasSize(titles);
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(1);
    }

    @Test
    void aProjectWithoutTransactionsSaysWhatToDoFirstAndExportsNothing() throws Exception {
        Project attributesOnly = new ProjectStore().load(
                Path.of("sample-projects/mall-demographics/mall-demographics.slproj.json"));
        attributesOnly = attributesOnly.withSettings(attributesOnly.settings().withClustering(List.of()));
        // the note needs no build, so it shows at once, without waiting for changes to settle
        ReportViewModel model = withoutPreviews(ReportProject.inMemory(attributesOnly, null));

        model.refresh();
        model.exportHtml();

        assertThat(model.reportableProperty().get()).isFalse();
        assertThat(model.pages()).isEmpty();
        assertThat(model.previewMessageProperty().get()).startsWith("Nothing to report on yet")
                .contains("Data step");
        assertThat(tasks.titles()).isEmpty();
        assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::title).containsExactly("Nothing to export");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void dataThatCannotBeReadShowsOneLineInThePreviewNotADialog() throws Exception {
        Project retail = retail();
        DataSourceRef source = retail.sources().get(0);
        Project broken = retail.withSource(source.withPath(dir.resolve("gone.csv").toString()));
        ReportViewModel model = model(ReportProject.inMemory(broken, RETAIL.toAbsolutePath()));

        model.refresh();

        assertThat(model.pages()).isEmpty();
        assertThat(model.previewMessageProperty().get()).startsWith("The report could not be built.")
                .contains("gone.csv").doesNotContain("Exception").doesNotContain("\n\tat ");
        assertThat(model.buildingProperty().get()).isFalse();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void exportsWriteHtmlPdfAndActivationListsNamingEverySegment() throws Exception {
        ReportViewModel model = model(ReportProject.inMemory(retail(), RETAIL.toAbsolutePath()));
        List<String> segments = direct.populatedSegments().stream().map(ReportModel.SegmentEntry::name).toList();
        assertThat(segments).hasSizeGreaterThan(3);

        dialogs.saveWillChoose(dir.resolve("report"));
        model.exportHtml();
        dialogs.saveWillChoose(dir.resolve("report.pdf"));
        model.exportPdf();
        dialogs.folderWillChoose(dir.resolve("lists"));
        model.bomProperty().set(true);
        model.exportActivation();

        assertThat(dialogs.errors()).isEmpty();
        // each export ends with a notification that offers to open what it wrote
        assertThat(dialogs.written()).containsExactly(dir.resolve("report.html"), dir.resolve("report.pdf"),
                dir.resolve("lists"));
        String html = Files.readString(dir.resolve("report.html"));
        String pdf = pdfText(Files.readAllBytes(dir.resolve("report.pdf")));
        Path folder = dir.resolve("lists");
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().collect(Collectors.toList());
        }
        byte[] customers = Files.readAllBytes(folder.resolve("customers.csv"));
        String customersText = new String(customers, 3, customers.length - 3, StandardCharsets.UTF_8);
        for (String name : segments) {
            assertThat(html).contains(name.replace("'", "&#39;"));
            assertThat(pdf).contains(name);
            assertThat(customersText).contains("," + name + ",");
        }
        assertThat(customers[0] & 0xff).isEqualTo(0xEF);
        // customers.csv, segment_summary.csv and one file per segment with customers
        assertThat(files).hasSize(2 + segments.size());
        assertThat(customersText.lines().count()).isEqualTo(1 + direct.customers().ids().size());
        List<String> messages = new ArrayList<>();
        dialogs.shown().forEach(shown -> messages.add(shown.message()));
        assertThat(messages).containsExactly("Wrote the report to " + dir.resolve("report.html"),
                "Wrote the report to " + dir.resolve("report.pdf"),
                String.format(java.util.Locale.US, "Wrote %d files with %,d customers to %s", files.size(),
                        direct.customers().ids().size(), folder));
        assertThat(model.exportingProperty().get()).isFalse();
    }

    @Test
    void aFolderThatIsAFileIsRefusedInOneMessage() throws Exception {
        ReportViewModel model = model(ReportProject.inMemory(retail(), RETAIL.toAbsolutePath()));
        Path file = Files.writeString(dir.resolve("taken"), "x");

        dialogs.folderWillChoose(file);
        model.exportActivation();

        assertThat(dialogs.errors()).extracting(RecordingDialogs.Shown::kind).containsExactly("error");
        assertThat(dialogs.errors().get(0).message()).contains("taken").contains("choose a folder");
        assertThat(model.exportMessageProperty().get()).startsWith("Export failed");
    }

    @Test
    void aChangeDuringABuildCancelsItAndOnlyTheNewestPreviewIsShown() throws Exception {
        HeldTaskRunner held = new HeldTaskRunner();
        ReportProject project = ReportProject.inMemory(retail(), RETAIL.toAbsolutePath());
        ReportViewModel model = new ReportViewModel(project, service, held, dialogs, Runnable::run,
                Debouncer.immediate());

        model.refresh();
        assertThat(model.buildingProperty().get()).isTrue();
        model.titleProperty().set("Second title");

        assertThat(held.started()).isEqualTo(2);
        assertThat(held.cancelled()).containsExactly(true, false);
        held.finish(1);
        assertThat(model.buildingProperty().get()).isFalse();
        assertThat(pdfText(model.previewProperty().get().pdf())).startsWith("Second title");
        // the overtaken build, finishing late, changes nothing
        held.finishAsIfNotCancelled(0);
        assertThat(pdfText(model.previewProperty().get().pdf())).startsWith("Second title");
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(1);
    }

    @Test
    void sectionsLeftOutAreSavedAndAllSectionsAreSavedAsTheDefault() throws Exception {
        ReportProject project = ReportProject.inMemory(retail(), RETAIL.toAbsolutePath());
        ReportViewModel model = withoutPreviews(project);

        model.sectionProperty(ReportSection.APPENDIX).set(false);
        model.sectionProperty(ReportSection.SEGMENTS).set(false);
        assertThat(project.current().settings().report().sections()).containsExactly("summary", "priorities");

        model.sectionProperty(ReportSection.APPENDIX).set(true);
        model.sectionProperty(ReportSection.SEGMENTS).set(true);
        assertThat(project.current().settings().report().sections()).isNull();
        assertThat(project.current().settings().report().title()).isEqualTo("Retail customers");
    }

    @Test
    void noSectionAtAllIsNotSaved() throws Exception {
        ReportProject project = ReportProject.inMemory(retail(), RETAIL.toAbsolutePath());
        ReportViewModel model = withoutPreviews(project);

        for (ReportSection section : ReportSection.values()) {
            model.sectionProperty(section).set(false);
        }

        assertThat(project.current().settings().report().sections()).containsExactly("appendix");
    }

    @Test
    void aLogoBesideTheProjectIsKeptRelativeToItAndOneElsewhereByItsFullPath() throws Exception {
        Path projectFile = dir.resolve("shop").resolve("shop" + ProjectStore.EXTENSION);
        Path beside = logo(dir.resolve("shop").resolve("art").resolve("logo.png"));
        Path elsewhere = logo(dir.resolve("brand.png"));
        ReportProject project = ReportProject.inMemory(retail(), projectFile);
        ReportViewModel model = withoutPreviews(project);

        dialogs.openWillChoose(beside);
        model.chooseLogo();
        assertThat(project.current().settings().report().logo()).isEqualTo("art/logo.png");
        assertThat(model.logoProperty().get()).isEqualTo(beside);

        model.buildPreview();
        int withLogo = imagesOnPageOne(model.previewProperty().get().pdf());

        dialogs.openWillChoose(elsewhere);
        model.chooseLogo();
        assertThat(project.current().settings().report().logo()).isEqualTo(elsewhere.toString());

        model.removeLogo();
        assertThat(project.current().settings().report().logo()).isNull();
        assertThat(model.logoProperty().get()).isNull();
        model.buildPreview();
        assertThat(imagesOnPageOne(model.previewProperty().get().pdf())).isEqualTo(withLogo - 1);
    }

    private static int imagesOnPageOne(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().isImageXObject(name)) {
                    images++;
                }
            }
            return images;
        }
    }

    private static Path logo(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void priorityRowsAreTheReportedSegmentsWithTheirSavedEaseAndValuePotential() throws Exception {
        ReportViewModel model = model(ReportProject.inMemory(retail(), RETAIL.toAbsolutePath()));
        model.refresh();

        List<ReportModel.SegmentEntry> segments = direct.populatedSegments();
        assertThat(model.priorities()).extracting(PriorityRow::name)
                .isEqualTo(segments.stream().map(ReportModel.SegmentEntry::name).toList());
        // the sample scores Champions (rule 1) 5 and Hibernating (rule 10) 1
        assertThat(row(model, "Champions").ease()).isEqualTo(5);
        assertThat(row(model, "Hibernating").ease()).isEqualTo(1);
        double total = 0;
        for (ReportModel.SegmentEntry s : segments) {
            total += s.customers() * s.meanValue();
        }
        for (ReportModel.SegmentEntry s : segments) {
            assertThat(row(model, s.name()).valuePotentialProperty().get())
                    .isCloseTo(s.customers() * s.meanValue() / total, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(model.priorityMatrixProperty().get().potentialThreshold()).isEqualTo(1.0 / segments.size());
        assertThat(model.priorityMatrixProperty().get().bubbles()).hasSize(segments.size());
    }

    private static PriorityRow row(ReportViewModel model, String name) {
        return model.priorities().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anEaseScoreIsSavedWithItsSegmentAndMovesItInTheMatrixAtOnce() throws Exception {
        ReportProject project = ReportProject.inMemory(retail(), RETAIL.toAbsolutePath());
        ReportViewModel model = model(project);
        model.refresh();
        PriorityRow hibernating = row(model, "Hibernating");
        boolean valuable = hibernating.valuePotentialProperty().get() >= 1.0 / model.priorities().size();
        assertThat(hibernating.quadrantProperty().get())
                .isEqualTo(valuable ? Prioritisation.Quadrant.BIG_BETS : Prioritisation.Quadrant.DEPRIORITISE);
        int built = model.previewsBuiltProperty().get();

        hibernating.easeProperty().set(4);

        NamedSegment saved = project.current().settings().segments().stream()
                .filter(s -> s.runId().equals(NamedSegment.RFM_RUN) && s.segmentId() == hibernating.segmentId())
                .findFirst().orElseThrow();
        assertThat(saved.ease()).isEqualTo(4);
        assertThat(saved.name()).isNull();
        assertThat(project.current().settings().segments()).hasSize(10);
        assertThat(hibernating.quadrantProperty().get())
                .isEqualTo(valuable ? Prioritisation.Quadrant.QUICK_WINS : Prioritisation.Quadrant.FILL_INS);
        assertThat(model.priorityMatrixProperty().get().bubbles()).filteredOn(b -> b.name().equals("Hibernating"))
                .extracting(PriorityMatrixChart.Bubble::ease).containsExactly(4.0);
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(built + 1);
        assertThat(model.previewProperty().get().model().priorities()).filteredOn(p -> p.name().equals("Hibernating"))
                .extracting(ReportModel.Priority::ease).containsExactly(4);
        // the same row object, so that a table keeps its cell
        assertThat(model.priorities()).contains(hibernating);
    }

    @Test
    void aCampaignProjectIsReportedByItsSegmentsAndTheirEasesAreSavedWithThem() throws Exception {
        Path file = Path.of("sample-projects/email-campaign/email-campaign.slproj.json");
        ReportProject project = ReportProject.inMemory(new ProjectStore().load(file), file.toAbsolutePath());
        ReportViewModel model = model(project);

        model.refresh();

        assertThat(model.reportableProperty().get()).isTrue();
        assertThat(model.previewMessageProperty().get()).isNull();
        assertThat(model.segmentations()).extracting(ReportViewModel.Segmentation::label)
                .containsExactly("Campaign segments ('segment')");
        assertThat(model.segmentationProperty().get().runId()).isEqualTo(NamedSegment.CAMPAIGN_RUN);
        assertThat(model.previewProperty().get().model().kind()).isEqualTo(ReportModel.Kind.CAMPAIGN);
        PriorityRow lapsing = row(model, "Lapsing customers");
        assertThat(lapsing.runId()).isEqualTo(NamedSegment.CAMPAIGN_RUN);

        lapsing.easeProperty().set(5);

        assertThat(project.current().settings().segments()).singleElement().satisfies(saved -> {
            assertThat(saved.runId()).isEqualTo(NamedSegment.CAMPAIGN_RUN);
            assertThat(saved.segmentId()).isEqualTo(lapsing.segmentId());
            // known by the name its results file gives it, which a later file cannot renumber
            assertThat(saved.name()).isEqualTo("Lapsing customers");
            assertThat(saved.ease()).isEqualTo(5);
        });
        assertThat(model.previewProperty().get().model().priorities())
                .filteredOn(p -> p.name().equals("Lapsing customers"))
                .extracting(ReportModel.Priority::ease).containsExactly(5);
    }

    @Test
    void aKeptClusteringIsReportedWithTheNamesAndEasesOfItsSegments() throws Exception {
        Path file = Path.of("sample-projects/mall-demographics/mall-demographics.slproj.json");
        Project mall = new ProjectStore().load(file);
        ReportProject project = ReportProject.inMemory(mall, file.toAbsolutePath());
        ReportViewModel model = model(project);
        model.refresh();

        assertThat(model.previewMessageProperty().get()).isNull();
        assertThat(model.segmentations()).extracting(ReportViewModel.Segmentation::runId).containsExactly("clusters");
        assertThat(model.priorities()).extracting(PriorityRow::name).containsExactlyInAnyOrder("Middle of the road",
                "Affluent big spenders", "Affluent but careful", "Young enthusiasts", "Budget-conscious");
        assertThat(row(model, "Affluent but careful").ease()).isEqualTo(2);
        assertThat(row(model, "Young enthusiasts").ease()).isEqualTo(5);
        assertThat(model.priorities()).allMatch(r -> r.runId().equals("clusters"));
        for (ReportModel.SegmentEntry entry : model.previewProperty().get().model().populatedSegments()) {
            assertThat(row(model, entry.name()).colour()).isEqualTo(entry.colour());
            // clustering segments count from 0, their colours from 1
            assertThat(entry.colour()).isEqualTo(entry.id() + 1);
        }

        row(model, "Budget-conscious").easeProperty().set(3);

        assertThat(project.current().settings().segments()).filteredOn(s -> s.name().equals("Budget-conscious"))
                .extracting(NamedSegment::ease).containsExactly(3);
        String text = pdfText(model.previewProperty().get().pdf());
        assertThat(text).startsWith("Mall customers: five segments").contains("Young enthusiasts");
    }

    @Test
    void withRfmAndAKeptClusteringTheReportIsAboutTheChosenOneAndItsSegmentsAreListed() throws Exception {
        Project retail = retail();
        ClusteringRun run = new ClusteringRun("clusters", "Customers of transactions.csv",
                List.of("recency_days", "frequency", "monetary"), "log-zscore", "kmeans", 3, null, null, null, null,
                42L, null, "transactions", ClusteringRun.CUSTOMERS_INPUT, null);
        ReportProject project = ReportProject.inMemory(retail.withSettings(retail.settings().withClusteringRun(run)),
                RETAIL.toAbsolutePath());
        ReportViewModel model = model(project);
        model.refresh();

        assertThat(model.segmentations()).extracting(ReportViewModel.Segmentation::runId)
                .containsExactly(NamedSegment.RFM_RUN, "clusters");
        assertThat(model.segmentations().get(1).label())
                .isEqualTo("Clustering of Customers of transactions.csv: k-means, 3 segments");
        // without a choice the report is about the latest clustering
        assertThat(model.segmentationProperty().get().runId()).isEqualTo("clusters");
        assertThat(model.previewMessageProperty().get()).isNull();
        assertThat(model.priorities()).hasSize(3).allMatch(row -> row.runId().equals("clusters"));

        model.segmentationProperty().set(model.segmentations().get(0));

        assertThat(project.current().settings().report().runId()).isEqualTo(NamedSegment.RFM_RUN);
        assertThat(model.priorities()).extracting(PriorityRow::name)
                .isEqualTo(direct.populatedSegments().stream().map(ReportModel.SegmentEntry::name).toList());
        assertThat(model.priorities()).allMatch(row -> row.runId().equals(NamedSegment.RFM_RUN));
    }

    @Test
    void aCancelledExportSaysSoAndLeavesNoDialog() throws Exception {
        HeldTaskRunner held = new HeldTaskRunner();
        ReportViewModel model = new ReportViewModel(ReportProject.inMemory(retail(), RETAIL.toAbsolutePath()),
                service, held, dialogs, Runnable::run, action -> { });
        dialogs.saveWillChoose(dir.resolve("report.pdf"));

        model.exportPdf();
        assertThat(model.exportingProperty().get()).isTrue();
        assertThat(model.exportMessageProperty().get()).isEqualTo("Exporting report.pdf");
        model.cancelExport();
        held.task(0).cancelled();

        assertThat(held.cancelled()).containsExactly(true);
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(model.exportMessageProperty().get()).isEqualTo("Export cancelled");
        assertThat(dialogs.shown()).isEmpty();
        assertThat(dir.resolve("report.pdf")).doesNotExist();
    }

    @Test
    void theFirstPreviewIsBuiltAtOnceAndLaterOnesWaitUntilChangesSettle() throws Exception {
        List<Runnable> held = new ArrayList<>();
        ReportProject project = ReportProject.inMemory(retail(), RETAIL.toAbsolutePath());
        ReportViewModel model = new ReportViewModel(project, service, tasks, dialogs, Runnable::run, held::add);

        model.refresh();
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(1);

        model.titleProperty().set("A");
        model.titleProperty().set("AB");
        model.authorProperty().set("C");
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(1);
        assertThat(held).hasSize(3);

        // the debouncer runs only the last request
        held.get(held.size() - 1).run();
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(2);
        assertThat(pdfText(model.previewProperty().get().pdf())).startsWith("AB").contains("C");
        model.refresh();
        assertThat(held).hasSize(3);
    }
}
