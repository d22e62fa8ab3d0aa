package org.segmentlab.ui.segment.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The RFM charts of five customers (A bought 5 times, B 4, … E once; 10 segments in the default map)
 * are drawn on the painter's thread as pictures the size of their place, and saved on request.
 */
@ExtendWith(ApplicationExtension.class)
class RfmPanelPicturesTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private RfmPanel showPanel(FxRobot robot) throws IOException {
        Path file = dir.resolve("orders.csv");
        StringBuilder csv = new StringBuilder("InvoiceNo,CustomerID,InvoiceDate,Amount\n");
        String[] customers = {"A", "B", "C", "D", "E"};
        int invoice = 1;
        for (int c = 0; c < customers.length; c++) {
            for (int k = 0; k < 5 - c; k++) {
                csv.append(invoice++).append(',').append(customers[c]).append(",2024-01-")
                        .append(String.format("%02d", 10 - c - k)).append(" 12:00:00,").append(20 * (5 - c))
                        .append('\n');
            }
        }
        Files.writeString(file, csv);
        AtomicReference<RfmPanel> panel = new AtomicReference<>();
        robot.interact(() -> {
            DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);
            RfmViewModel model = new RfmViewModel(data, tasks, dialogs, new RfmViewModelTest.MemoryStore());
            panel.set(new RfmPanel(model));
            Scene scene = new Scene((javafx.scene.Parent) panel.get().node(), 1300, 800);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
            model.runAutomatically();
            data.replaceSources(List.of(DataSourceRef.of("transactions", SourceKind.TRANSACTIONS, file,
                    ImportSettings.DETECT)), null);
        });
        return panel.get();
    }

    private static void waitUntilDrawn(ChartPicture picture) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(picture::upToDate).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                return false;
            }
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    @Test
    void shareBarsArriveAsAPictureOfTheirSizeWithOneBarPairPerSegment(FxRobot robot) throws Exception {
        RfmPanel panel = showPanel(robot);
        ChartPicture shares = panel.sharesPicture();
        waitUntilDrawn(shares);

        double width = onFx(shares::getWidth);
        double height = onFx(shares::getHeight);
        Image image = onFx(shares::image);
        assertThat(width).isGreaterThan(100);
        assertThat(image.getWidth()).isEqualTo(Math.ceil(Math.floor(width)));
        assertThat(image.getHeight()).isEqualTo(Math.ceil(Math.floor(height)));
        CategoryPlot plot = shares.shown().chart().getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(10);
        assertThat(plot.getDataset().getRowKeys()).containsExactly("% of customers", "% of revenue");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void histogramsAreDrawnOnlyOnceTheDistributionsTabIsShown(FxRobot robot) throws Exception {
        RfmPanel panel = showPanel(robot);
        waitUntilDrawn(panel.sharesPicture());
        List<ChartPicture> histograms = panel.distributionPictures();
        for (ChartPicture histogram : histograms) {
            assertThat(onFx(histogram::image)).as("not drawn while hidden").isNull();
        }

        TabPane details = robot.lookup(".tab-pane").queryAs(TabPane.class);
        Tab distributions = details.getTabs().stream().filter(t -> t.getText().equals("Distributions"))
                .findFirst().orElseThrow();
        robot.interact(() -> details.getSelectionModel().select(distributions));
        for (ChartPicture histogram : histograms) {
            waitUntilDrawn(histogram);
            assertThat(onFx(histogram::image)).isNotNull();
        }
        XYPlot recency = histograms.get(0).shown().chart().getXYPlot();
        assertThat(histograms.get(0).shown().chart().getTitle().getText()).isEqualTo("Recency");
        // five customers, one recency each (1 to 5 days): the bars count five in all
        double total = 0;
        for (int i = 0; i < recency.getDataset().getItemCount(0); i++) {
            total += recency.getDataset().getYValue(0, i);
        }
        assertThat(total).isEqualTo(5);
    }

    @Test
    void aChartIsBuiltOnThePainterThreadNotTheFxThread(FxRobot robot) throws Exception {
        RfmPanel panel = showPanel(robot);
        ChartPicture shares = panel.sharesPicture();
        waitUntilDrawn(shares);
        AtomicReference<String> builtOn = new AtomicReference<>();
        AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        JFreeChart chart = shares.shown().chart();
        robot.interact(() -> shares.show(() -> {
            builtOn.set(Thread.currentThread().getName());
            onFxThread.set(Platform.isFxApplicationThread());
            return chart;
        }));
        waitUntilDrawn(shares);
        assertThat(builtOn.get()).isEqualTo("segmentlab-chart-painter");
        assertThat(onFxThread.get()).isFalse();
    }

    @Test
    void savingTheShareBarsWritesAPng(FxRobot robot) throws Exception {
        RfmPanel panel = showPanel(robot);
        Path png = dir.resolve("shares.png");
        dialogs.saveWillChoose(png);
        robot.interact(panel.sharesPicture()::save);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes[1]).isEqualTo((byte) 'P');
        assertThat(bytes[2]).isEqualTo((byte) 'N');
        assertThat(bytes[3]).isEqualTo((byte) 'G');
        assertThat(dialogs.errors()).isEmpty();
    }
}
