package org.segmentlab.ui.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.predict.ConfusionMatrix;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.segmentlab.ui.testing.ChartPictures;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The SaaS churn sample, Predict: train a logistic model on the accounts and move the threshold. */
@ExtendWith(ApplicationExtension.class)
class PredictWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private static final Path PROJECT = Path.of("sample-projects/saas-churn/saas-churn.slproj.json");

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

    /** Fired rather than clicked: on a small headless screen the button may lie outside the window. */
    private static void pressTrain(FxRobot robot) {
        Button train = robot.lookup("#" + PredictView.TRAIN_BUTTON).queryButton();
        assertThat(train.isDisabled()).isFalse();
        robot.interact(train::fire);
    }

    private static void selectTab(FxRobot robot, String name) {
        TabPane tabs = robot.lookup("#" + PredictView.RESULT_TABS).queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> t.getText().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void logisticModelOnTheAccountsRecountsItsMatrixAsTheThresholdMoves(FxRobot robot) throws Exception {
        window.openProject(robot, PROJECT);
        assertThat(workbench.data().sources()).hasSize(2);
        PredictStep predict = window.goTo(robot, "Predict", PredictStep.class);
        PredictViewModel model = predict.model();
        // the sample's model learns from the customer table, the outcome joined from accounts.csv
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.customersInputProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.customerTableProperty().get()).isTrue();
        assertThat(model.sourceProperty().get().id()).isEqualTo("accounts");
        assertThat(model.idColumnProperty().get()).isEqualTo("customer_id");
        assertThat(model.labelColumnProperty().get()).isEqualTo("churned");
        assertThat(model.positiveValueProperty().get()).isEqualTo("true");
        assertThat(model.features()).containsExactlyElementsOf(
                workbench.model().currentProject().settings().predict().features());
        robot.interact(() -> model.modelKindProperty().set(ModelKind.LOGISTIC));
        Screenshots.save(robot.window(0).getScene(), "predict-inputs");

        // the sample keeps a logistic model: it is trained again as the project opens, with nothing pressed
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.runs().size() == 1
                && model.selectedRunProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get()).startsWith("Trained again as the project keeps it: ");
        assertThat(model.selectedRunProperty().get().result().model().kind()).isEqualTo(ModelKind.LOGISTIC);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.selectedRunProperty().get().testLabels()).hasSize(1000);
        ChartPictures.waitUntilDrawn(robot);
        Screenshots.save(robot.window(0).getScene(), "predict-compare");

        selectTab(robot, "Threshold & costs");
        Slider slider = robot.lookup("#" + PredictView.THRESHOLD_SLIDER).queryAs(Slider.class);
        robot.interact(() -> slider.setValue(0.2));
        WaitForAsyncUtils.waitForFxEvents();
        ConfusionMatrix low = model.confusionProperty().get();
        String lowText = robot.lookup("#" + PredictView.CONFUSION_TEXT).queryLabeled().getText();
        robot.interact(() -> slider.setValue(0.3));
        WaitForAsyncUtils.waitForFxEvents();
        ConfusionMatrix high = model.confusionProperty().get();
        String highText = robot.lookup("#" + PredictView.CONFUSION_TEXT).queryLabeled().getText();
        assertThat(high.tp() + high.fp()).isLessThan(low.tp() + low.fp());
        assertThat(high.total()).isEqualTo(low.total()).isEqualTo(1000);
        assertThat(lowText).contains("TP " + low.tp() + " · FP " + low.fp());
        assertThat(highText).contains("TP " + high.tp() + " · FP " + high.fp()).isNotEqualTo(lowText);
        Screenshots.save(robot.window(0).getScene(), "predict-threshold");

        robot.interact(() -> model.modelKindProperty().set(ModelKind.FOREST));
        pressTrain(robot);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.runs().size() == 2
                && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedRunProperty().get().shap()).isNotNull();
        selectTab(robot, "Compare models");
        TableView<?> models = robot.lookup("." + PredictView.MODEL_TABLE).queryAs(TableView.class);
        assertThat(models.getItems()).hasSize(2);
        List<ChartPicture> curves = ChartPictures.waitUntilDrawn(robot);
        assertThat(curves).hasSize(2);
        for (ChartPicture curve : curves) {
            assertThat(curve.image()).isNotNull();
            // one curve per trained model, and the diagonal of chance
            assertThat(curve.shown().chart().getXYPlot().getDataset().getSeriesCount()).isGreaterThanOrEqualTo(2);
        }
        Screenshots.save(robot.window(0).getScene(), "predict-compare-two");
        // a point of the first ROC curve says its model, its rates and the threshold behind it
        ChartPicture roc = curves.get(0);
        org.jfree.chart.entity.XYItemEntity point = null;
        org.jfree.chart.entity.EntityCollection entities = roc.shown().info().getEntityCollection();
        for (int i = 0; i < entities.getEntityCount(); i++) {
            if (entities.getEntity(i) instanceof org.jfree.chart.entity.XYItemEntity e && e.getSeriesIndex() == 0
                    && e.getItem() == e.getDataset().getItemCount(0) / 2) {
                point = e;
            }
        }
        assertThat(point).isNotNull();
        java.awt.geom.Rectangle2D b = point.getArea().getBounds2D();
        double lx = b.getCenterX() * roc.getWidth() / roc.shown().width();
        double ly = b.getCenterY() * roc.getHeight() / roc.shown().height();
        robot.moveTo(roc.localToScreen(lx, ly));
        WaitForAsyncUtils.waitForFxEvents();
        // neighbouring points overlap: the tip speaks of the topmost one there
        javafx.geometry.Point2D mouse = roc.screenToLocal(robot.robotContext().getBaseRobot().retrieveMouse());
        org.jfree.chart.entity.XYItemEntity under = (org.jfree.chart.entity.XYItemEntity) roc.markAt(mouse.getX(),
                mouse.getY());
        assertThat(under.getSeriesIndex()).isZero();
        org.segmentlab.core.predict.CurvePoint expected = model.runs().get(0).result().evaluation().rocCurve()
                .get(under.getItem());
        assertThat(roc.tipText()).isNotNull().startsWith(model.runs().get(0).name())
                .contains(String.format(java.util.Locale.US, "True positive rate %.1f%%", 100 * expected.y()))
                .contains(String.format(java.util.Locale.US, "flagging scores ≥ %.3f", expected.threshold()));
        selectTab(robot, "Drivers");
        assertThat(ChartPictures.waitUntilDrawn(robot)).as("the permutation importance and the SHAP summary").hasSize(2);
        Screenshots.save(robot.window(0).getScene(), "predict-drivers");
        selectTab(robot, "Lift & calibration");
        assertThat(ChartPictures.waitUntilDrawn(robot)).as("gains and calibration").hasSize(2);
        Screenshots.save(robot.window(0).getScene(), "predict-lift");
        selectTab(robot, "Customers");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<PredictViewModel.ScoredRow> table = robot.lookup("." + PredictView.SCORED_TABLE)
                .queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5000);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.explanationProperty().get().customerId()).isEqualTo(table.getItems().get(0).customerId());
        Screenshots.save(robot.window(0).getScene(), "predict-customers");

        assertThat(workbench.model().currentProject().settings().predict().features())
                .contains("count_logins", "activity_trend", "plan");
        assertThat(workbench.model().currentProject().settings().predict().learnsFromCustomers()).isTrue();
    }
}
