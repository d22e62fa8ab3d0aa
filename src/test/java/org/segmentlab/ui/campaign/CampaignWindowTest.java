package org.segmentlab.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.SegmentReadout;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.testing.ChartPictures;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The email-campaign sample, Campaigns: Run reads the campaign out into words, a forest plot and a table. */
@ExtendWith(ApplicationExtension.class)
class CampaignWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private static final Path PROJECT = Path.of("sample-projects/email-campaign/email-campaign.slproj.json");

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = WorkbenchWindow.show(stage, dialogs, dir.resolve("recovery"));
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void runReadsTheSampleOutIntoTheReadingTheForestPlotAndTheTable(FxRobot robot) throws Exception {
        window.openProject(robot, PROJECT);
        CampaignStep step = window.goTo(robot, "Campaigns", CampaignStep.class);
        CampaignViewModel model = step.model();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.tableProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.resultsProperty().get().source()).as("the project's own source").isNotNull();
        assertThat(model.segmentationProperty().get().key()).isEqualTo("segment");
        assertThat(window.workbench().model().isModified()).as("looking changes nothing").isFalse();

        Button run = robot.lookup("#" + CampaignView.RUN_BUTTON).queryButton();
        robot.interact(run::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.readout() != null
                && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(window.workbench().model().isModified()).as("the readout is kept in the project").isTrue();

        Label reading = robot.lookup("#" + CampaignView.READING).queryAs(Label.class);
        assertThat(reading.isVisible()).isTrue();
        assertThat(reading.getText()).startsWith("The campaign (email against holdout) lifted conversion by 1.49 "
                + "points (0.82 to 2.16) overall. The lift is clear in 2 of 5 segments");
        assertThat(robot.lookup("#" + CampaignView.SAMPLE_RATIO).queryAs(Label.class).isVisible())
                .as("9,953 against 10,047 is chance").isFalse();
        TableView<?> table = robot.lookup("." + CampaignView.READOUT_TABLE).queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(6);
        assertThat(((SegmentReadout) table.getItems().get(0)).segment()).isEqualTo("All");

        List<ChartPicture> pictures = ChartPictures.waitUntilDrawn(robot);
        assertThat(pictures).hasSize(1);
        ChartPicture forest = pictures.get(0);
        assertThat(forest.image()).isNotNull();
        assertThat(forest.shown().chart().getTitle().getText()).isEqualTo("Difference in conversion, treated − control");
        Screenshots.save(robot.window(0).getScene(), "campaign-readout");

        // the point of the inbox-fatigued says its customers, rates, interval and p-values
        CampaignReadout readout = model.readout();
        int row = 0;
        while (!readout.rows().get(row).segment().equals("Inbox fatigued")) {
            row++;
        }
        double y = readout.rows().size() - 1 - row;
        XYItemEntity point = null;
        EntityCollection entities = forest.shown().info().getEntityCollection();
        for (int i = 0; i < entities.getEntityCount(); i++) {
            if (entities.getEntity(i) instanceof XYItemEntity e
                    && e.getDataset().getYValue(e.getSeriesIndex(), e.getItem()) == y) {
                point = e;
            }
        }
        assertThat(point).as("a mark for Inbox fatigued").isNotNull();
        java.awt.geom.Rectangle2D b = point.getArea().getBounds2D();
        robot.moveTo(forest.localToScreen(b.getCenterX() * forest.getWidth() / forest.shown().width(),
                b.getCenterY() * forest.getHeight() / forest.shown().height()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> forest.tipText() != null);
        SegmentReadout fatigued = readout.rows().get(row);
        assertThat(forest.tipText()).startsWith("Inbox fatigued")
                .contains(String.format(java.util.Locale.US, "%,d treated, %,d control", fatigued.treated(),
                        fatigued.control()))
                .contains("Difference -3.76 points (95% interval -4.94 to -2.64)")
                .contains("Holm p = < 0.0001");

        // another project (the readout not saved): the step is built anew and shows nothing of this campaign
        dialogs.saveChangesWillAnswer(org.segmentlab.ui.dialog.SaveChoice.DISCARD);
        Object before = window.workbench().session();
        window.openSample(robot, "retail-rfm");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.workbench().session() != before
                && window.workbench().data().sources().stream().allMatch(source -> source.table() != null));
        CampaignStep other = window.goTo(robot, "Campaigns", CampaignStep.class);
        window.waitUntilIdle(60);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(other).isNotSameAs(step);
        assertThat(other.model().readout()).isNull();
        assertThat(other.model().resultsChoices()).extracting(CampaignViewModel.Results::name)
                .containsExactly("transactions.csv");
        Label otherReading = robot.lookup("#" + CampaignView.READING).queryAs(Label.class);
        assertThat(otherReading.getText()).isEmpty();
        assertThat(otherReading.isVisible()).isFalse();
        TableView<?> otherTable = robot.lookup("." + CampaignView.READOUT_TABLE).queryAs(TableView.class);
        assertThat(otherTable.getItems()).isEmpty();
        assertThat(robot.lookup(".sl-chart-picture").queryAllAs(ChartPicture.class))
                .filteredOn(ChartPictures::shownOnScreen).isNotEmpty().allSatisfy(p -> assertThat(p.shown()).isNull());
        assertThat(dialogs.errors()).isEmpty();
    }
}
