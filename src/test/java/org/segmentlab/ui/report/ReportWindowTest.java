package org.segmentlab.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.jfree.chart.JFreeChart;
import org.segmentlab.ui.common.ChartPicture;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.report.PdfReportWriter;
import org.segmentlab.report.ReportBuilder;
import org.segmentlab.report.ReportModel;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The retail sample's Report step: its pages, a new title, the exports; and a project with nothing to report. */
@ExtendWith(ApplicationExtension.class)
class ReportWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private static final Path RETAIL = Path.of("sample-projects/retail-rfm/retail-rfm.slproj.json");

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        window = WorkbenchWindow.show(stage, dialogs, dir.resolve("recovery"));
        workbench = window.workbench();
    }

    @AfterEach
    void stopWorkers() {
        window.close();
    }

    private ReportViewModel goToReport(FxRobot robot) {
        ReportStep step = window.goTo(robot, "Report", ReportStep.class);
        WaitForAsyncUtils.waitForFxEvents();
        return step.model();
    }

    private static void waitForPreview(ReportViewModel model, int built) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.previewsBuiltProperty().get() >= built
                && !model.buildingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The Report step, found in the navigator without showing it. */
    private static ReportStep reportStep(FxRobot robot) {
        ListView<WorkbenchStep> navigator = robot.lookup("#navigator").queryListView();
        return navigator.getItems().stream().filter(ReportStep.class::isInstance).map(ReportStep.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void previewShowsEveryPageAndFollowsANewTitle(FxRobot robot) throws Exception {
        // the test decides when typing has paused: no result depends on how fast keys arrive
        ReportModel direct = new ReportBuilder().build(RETAIL, null, null, LocalDate.now(), Progress.none());
        int directPages;
        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().render(direct))) {
            directPages = doc.getNumberOfPages();
        }
        window.openProject(robot, RETAIL);
        // the project's own Report step, before it is first shown
        ManualDebouncer pause = new ManualDebouncer();
        reportStep(robot).debounceWith(pause);
        ReportViewModel model = goToReport(robot);
        waitForPreview(model, 1);

        VBox pages = robot.lookup("#" + ReportView.PAGES).queryAs(VBox.class);
        assertThat(pages.getChildren()).hasSize(directPages).allMatch(node -> node instanceof ImageView);
        assertThat(robot.lookup("#" + ReportView.PAGE_LABEL).queryLabeled().getText())
                .isEqualTo("Page 1 of " + directPages);
        assertThat(robot.lookup("#" + ReportView.PREVIEW_MESSAGE).queryLabeled().isVisible()).isFalse();
        Screenshots.save(robot.window(0).getScene(), "report-preview");

        TextField title = robot.lookup("#" + ReportView.TITLE_FIELD).queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo("Retail customers");
        robot.clickOn(title);
        robot.interact(title::selectAll);
        robot.write("Who to look after first");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.model().currentProject().settings().report().title()).isEqualTo("Who to look after first");
        assertThat(workbench.model().isModified()).isTrue();
        // while keys keep coming, each asks for a preview and none is built
        assertThat(pause.waiting()).isGreaterThanOrEqualTo("Who to look after first".length());
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(1);
        assertThat(model.buildingProperty().get()).isFalse();

        robot.interact(pause::quietMomentPassed);
        waitForPreview(model, 2);
        // the pause after typing built one preview, of the whole new title
        assertThat(model.previewsBuiltProperty().get()).isEqualTo(2);
        assertThat(pdfText(model.previewProperty().get().pdf())).startsWith("Who to look after first");

        TabPane side = robot.lookup("#" + ReportView.SIDE_TABS).queryAs(TabPane.class);
        robot.interact(() -> side.getSelectionModel().select(1));
        PriorityRow hibernating = model.priorities().stream().filter(row -> row.name().equals("Hibernating"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> ease = robot.lookup("#" + ReportView.EASE_PREFIX + hibernating.segmentId())
                .queryAs(ChoiceBox.class);
        assertThat(ease.getValue()).isEqualTo(1);
        ChartPicture matrix = robot.lookup("#" + ReportView.PRIORITY_MATRIX).queryAs(ChartPicture.class);
        java.util.function.Supplier<JFreeChart> before = matrix.maker();
        int built = model.previewsBuiltProperty().get();
        robot.interact(() -> ease.setValue(4));
        assertThat(matrix.maker()).isNotNull().isNotSameAs(before);
        robot.interact(pause::quietMomentPassed);
        waitForPreview(model, built + 1);
        assertThat(hibernating.ease()).isEqualTo(4);
        assertThat(workbench.model().currentProject().settings().segments())
                .anyMatch(s -> s.runId().equals(NamedSegment.RFM_RUN) && s.segmentId() == hibernating.segmentId()
                        && Integer.valueOf(4).equals(s.ease()));

        robot.interact(() -> robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Next".equals(b.getText())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + ReportView.PAGE_LABEL).queryLabeled().getText())
                .isEqualTo("Page 2 of " + directPages);
        Screenshots.save(robot.window(0).getScene(), "report-step");
        robot.interact(() -> workbench.window().darkThemeProperty().set(true));
        Screenshots.save(robot.window(0).getScene(), "report-step-dark");
    }

    @Test
    void exportButtonsWriteTheReportAndTheListsWithEverySegment(FxRobot robot) throws Exception {
        window.openProject(robot, RETAIL);
        ReportViewModel model = goToReport(robot);
        waitForPreview(model, 1);
        List<String> segments = model.previewProperty().get().model().populatedSegments().stream()
                .map(ReportModel.SegmentEntry::name).toList();

        dialogs.saveWillChoose(dir.resolve("retail.html"));
        robot.interact(() -> robot.lookup("#" + ReportView.EXPORT_HTML).queryButton().fire());
        window.waitUntilIdle(60);
        dialogs.saveWillChoose(dir.resolve("retail.pdf"));
        robot.interact(() -> robot.lookup("#" + ReportView.EXPORT_PDF).queryButton().fire());
        window.waitUntilIdle(60);
        dialogs.folderWillChoose(dir.resolve("lists"));
        robot.interact(() -> robot.lookup("#" + ReportView.EXPORT_ACTIVATION).queryAs(ButtonBase.class).fire());
        window.waitUntilIdle(60);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors()).isEmpty();
        String html = Files.readString(dir.resolve("retail.html"));
        String pdf = pdfText(Files.readAllBytes(dir.resolve("retail.pdf")));
        String customers = Files.readString(dir.resolve("lists").resolve("customers.csv"));
        for (String name : segments) {
            assertThat(html).contains(name.replace("'", "&#39;"));
            assertThat(pdf).contains(name);
            assertThat(customers).contains("," + name + ",");
        }
        assertThat(robot.lookup("#" + ReportView.EXPORT_ACTIVATION).queryAs(ButtonBase.class).isDisabled()).isFalse();
        assertThat(model.exportMessageProperty().get()).startsWith("Wrote ").endsWith(dir.resolve("lists").toString());
        assertThat(workbench.model().statusProperty().get()).isEqualTo(model.exportMessageProperty().get());
        Screenshots.save(robot.window(0).getScene(), "report-exported");
    }

    @Test
    void anotherProjectOpenedOnTheStepIsPreviewedAndAKeptClusteringShowsItsNamedSegments(FxRobot robot)
            throws Exception {
        window.openProject(robot, RETAIL);
        ReportViewModel model = goToReport(robot);
        waitForPreview(model, 1);
        assertThat(workbench.model().isModified()).isFalse();

        Path mall = Path.of("sample-projects/mall-demographics/mall-demographics.slproj.json");
        window.openProject(robot, mall);
        // the mall project has a Report step of its own, and the workbench stays on it
        ReportViewModel old = model;
        model = goToReport(robot);
        assertThat(model).isNotSameAs(old);
        ReportViewModel mallModel = model;
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !mallModel.buildingProperty().get()
                && mallModel.previewProperty().get() != null
                && mallModel.previewProperty().get().model().title().equals("Mall customers: five segments"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.previewMessageProperty().get()).isNull();
        assertThat(model.priorities()).extracting(PriorityRow::name).contains("Young enthusiasts",
                "Affluent big spenders");
        String text = pdfText(model.previewProperty().get().pdf());
        assertThat(text).startsWith("Mall customers: five segments").contains("Young enthusiasts");
        assertThat(robot.lookup("#" + ReportView.PAGES).queryAs(VBox.class).getChildren())
                .hasSize(model.previewProperty().get().pages().size());
        Screenshots.save(robot.window(0).getScene(), "report-clustering");
    }

    @Test
    void aProjectWithNothingToReportSaysWhatToDoFirst(FxRobot robot) throws Exception {
        ReportViewModel model = goToReport(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.previewMessageProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + ReportView.PREVIEW_MESSAGE).queryLabeled().getText())
                .startsWith("Nothing to report on yet");
        assertThat(robot.lookup("#" + ReportView.PREVIEW_MESSAGE).queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#" + ReportView.EXPORT_PDF).queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#" + ReportView.PAGES).queryAs(VBox.class).getChildren()).isEmpty();
        Screenshots.save(robot.window(0).getScene(), "report-empty");
    }
}
