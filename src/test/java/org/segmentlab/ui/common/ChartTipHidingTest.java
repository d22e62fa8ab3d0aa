package org.segmentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart's tooltip shows while the mouse is over a mark and goes away when a dialog opens, the window
 * loses the focus, the chart leaves the window (another step), a new chart is asked for (another
 * project) or the chart's tab is left: it never stays drawn over a dialog or another step.
 */
@ExtendWith(ApplicationExtension.class)
class ChartTipHidingTest {

    static {
        org.segmentlab.ui.testing.HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private final ExecutorService painter = ChartPicture.newPainter();
    private ChartPicture picture;
    private StackPane place;
    private Stage stage;
    private Stage other;
    /** Where in the chart the hovered point is. */
    private Point2D hovered;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        picture = new ChartPicture(painter);
        picture.setTips(mark -> mark instanceof XYItemEntity item ? "point " + item.getItem() : null);
        place = new StackPane(picture);
        BorderPane root = new BorderPane(place);
        root.setTop(new Label("above the chart"));
        root.getTop().setStyle("-fx-min-height: 60px");
        stage.setScene(new Scene(root, 500, 400));
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (other != null) {
            robot.interact(other::close);
        }
        painter.shutdownNow();
    }

    private static JFreeChart scatter() {
        XYSeries points = new XYSeries("points");
        for (int i = 0; i < 5; i++) {
            points.add(i, i * i);
        }
        return ChartFactory.createScatterPlot("t", "x", "y", new XYSeriesCollection(points), 
                org.jfree.chart.plot.PlotOrientation.VERTICAL, false, false, false);
    }

    /** Draws the scatter, moves the mouse onto its third point and checks that its tooltip shows. */
    private void hoverAPoint(FxRobot robot) throws Exception {
        if (picture.maker() == null) {
            robot.interact(() -> picture.show(ChartTipHidingTest::scatter));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, picture::upToDate);
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(outside());
        @SuppressWarnings("unchecked")
        java.util.Collection<ChartEntity> marks = picture.shown().info().getEntityCollection().getEntities();
        ChartEntity point = marks.stream()
                .filter(entity -> entity instanceof XYItemEntity item && item.getItem() == 2)
                .findFirst().orElseThrow();
        Rectangle2D area = point.getArea().getBounds2D();
        double x = area.getCenterX() * picture.getWidth() / picture.shown().width();
        double y = area.getCenterY() * picture.getHeight() / picture.shown().height();
        hovered = new Point2D(x, y);
        robot.moveTo(WaitForAsyncUtils.asyncFx(() -> picture.localToScreen(x, y)).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tipsShowing()).as("the point's tooltip shows").containsExactly("point 2");
        assertThat(picture.tipText()).isEqualTo("point 2");
    }

    /** A point of the window above the chart. */
    private Point2D outside() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().localToScreen(20, 20)).get();
    }

    private static List<String> tipsShowing() throws Exception {
        return org.segmentlab.ui.testing.ChartPictures.tipsShowing();
    }

    @Test
    void aModalDialogHidesTheTooltipAndTheBlockedChartShowsNoneAgain(FxRobot robot) throws Exception {
        hoverAPoint(robot);

        robot.interact(() -> {
            other = new Stage();
            other.initOwner(stage);
            other.initModality(Modality.WINDOW_MODAL);
            other.setScene(new Scene(new Label("Unsaved changes"), 200, 100));
            // away from the mouse, so the chart's window gets no mouse exit from it
            other.setX(900);
            other.setY(600);
            other.show();
        });

        assertThat(tipsShowing()).as("no tooltip over the dialog").isEmpty();
        assertThat(picture.tipText()).isNull();

        // a mouse move that reaches the chart while the dialog is open does not bring the tooltip back
        Point2D at = WaitForAsyncUtils.asyncFx(() -> picture.localToScreen(hovered)).get();
        Point2D inScene = WaitForAsyncUtils.asyncFx(() -> picture.localToScene(hovered)).get();
        robot.interact(() -> picture.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_MOVED, inScene.getX(), inScene.getY(), at.getX(), at.getY(),
                javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false,
                false, false, false, null)));
        assertThat(tipsShowing()).as("blocked by the dialog").isEmpty();
        assertThat(picture.tipText()).isNull();
    }

    @Test
    void anApplicationModalDialogOfAnotherWindowBlocksTheChartsWindowToo(FxRobot robot) throws Exception {
        robot.interact(() -> {
            other = new Stage();
            other.initModality(Modality.APPLICATION_MODAL);
            other.setScene(new Scene(new Label("Unsaved changes"), 200, 100));
            // away from the mouse, so the chart's window gets no mouse exit from it
            other.setX(900);
            other.setY(600);
            other.show();
        });
        assertThat(WaitForAsyncUtils.asyncFx(() -> HoverTip.blockedByDialog(stage)).get()).isTrue();
        robot.interact(other::close);
        assertThat(WaitForAsyncUtils.asyncFx(() -> HoverTip.blockedByDialog(stage)).get()).isFalse();
    }

    @Test
    void theWindowLosingTheFocusHidesTheTooltip(FxRobot robot) throws Exception {
        hoverAPoint(robot);

        // Monocle keeps a window's focus flag when another window takes the focus; a desktop toolkit
        // reports the loss (as on opening a dialog or switching to another application), as this does
        robot.interact(() -> com.sun.javafx.stage.WindowHelper.setFocused(stage, false));

        assertThat(tipsShowing()).isEmpty();
        assertThat(picture.tipText()).isNull();
    }

    @Test
    void theChartLeavingTheWindowHidesTheTooltipAsAnotherStepDoes(FxRobot robot) throws Exception {
        hoverAPoint(robot);

        robot.interact(() -> place.getChildren().setAll(new Label("another step")));

        assertThat(tipsShowing()).isEmpty();
        assertThat(picture.tipText()).isNull();
    }

    @Test
    void aNewChartHidesTheTooltipOfTheOldOneAndItsPictureSaysNothingUntilTheNewOneIsDrawn(FxRobot robot)
            throws Exception {
        hoverAPoint(robot);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

        robot.interact(() -> picture.show(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return scatter();
        }));

        assertThat(tipsShowing()).as("the old project's tooltip is gone at once").isEmpty();
        // the old picture still shows while the new one is drawn: hovering it says nothing of the old data
        robot.moveBy(1, 0);
        robot.moveBy(-1, 0);
        assertThat(tipsShowing()).isEmpty();
        release.countDown();
        hoverAPoint(robot);
    }

    @Test
    void leavingTheChartsTabOrTheChartHidesTheTooltip(FxRobot robot) throws Exception {
        hoverAPoint(robot);
        robot.interact(() -> picture.setActive(false));
        assertThat(tipsShowing()).isEmpty();

        robot.interact(() -> picture.setActive(true));
        hoverAPoint(robot);
        robot.moveTo(outside());
        assertThat(tipsShowing()).isEmpty();
        assertThat(picture.tipText()).isNull();
    }
}
