package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.core.segment.cluster.Dendrogram;
import org.segmentlab.core.segment.cluster.KSweepRow;
import org.segmentlab.core.segment.cluster.Linkage;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tree, k-distance and BIC tabs of the mall customers: each shows what its method found. */
@ExtendWith(ApplicationExtension.class)
class ClustersMethodsWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private static final String SAMPLE = "mall-demographics";

    private MallPanel mall;

    @Start
    void start(Stage stage) {
        mall = MallPanel.show(stage);
    }

    @AfterEach
    void close() {
        mall.close();
    }

    private void onIncomeAndSpending(ClusteringAlgorithm algorithm) {
        ClustersViewModel model = mall.model();
        model.features().setAll(MallPanel.INCOME, MallPanel.SPENDING);
        model.algorithmProperty().set(algorithm);
        model.minKProperty().set(2);
        model.maxKProperty().set(8);
    }

    private static List<ValueMarker> rangeMarkers(XYPlot plot) {
        return plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null ? List.of()
                : plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> (ValueMarker) m).collect(java.util.stream.Collectors.toList());
    }

    private static List<ValueMarker> allRangeMarkers(XYPlot plot) {
        List<ValueMarker> all = new java.util.ArrayList<>(rangeMarkers(plot));
        if (plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND) != null) {
            plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).forEach(m -> all.add((ValueMarker) m));
        }
        return all;
    }

    private static List<ValueMarker> allDomainMarkers(XYPlot plot) {
        List<ValueMarker> all = new java.util.ArrayList<>();
        for (org.jfree.chart.ui.Layer layer : org.jfree.chart.ui.Layer.values()) {
            if (plot.getDomainMarkers(layer) != null) {
                plot.getDomainMarkers(layer).forEach(m -> all.add((ValueMarker) m));
            }
        }
        return all;
    }

    @Test
    void wardTreeIsCutWhereItLeavesTheChosenNumberOfSegments(FxRobot robot) throws Exception {
        mall.load(robot);
        mall.run(robot, () -> {
            onIncomeAndSpending(ClusteringAlgorithm.HIERARCHICAL);
            mall.model().linkageProperty().set(Linkage.WARD);
        });

        assertThat(mall.dialogs.shown()).isEmpty();
        ClusterOutcome outcome = mall.model().outcome();
        int k = outcome.k();
        assertThat(mall.model().segments()).hasSize(k);
        assertThat(ChartTabs.titles(robot)).endsWith("Value × engagement, Tree");
        JFreeChart tree = ChartTabs.show(robot, "Tree").shown().chart();
        assertThat(tree.getTitle().getText()).isEqualTo("Merge tree, cut into " + k + " segments");
        // the cut line lies above the merges kept and below the k − 1 undone: counted from the tree itself
        Dendrogram dendrogram = outcome.result().dendrogram();
        ValueMarker cut = allRangeMarkers(tree.getXYPlot()).get(0);
        long undone = dendrogram.merges().stream().filter(m -> m.height() > cut.getValue()).count();
        assertThat(undone).isEqualTo(k - 1);
        assertThat(cut.getLabel()).endsWith("→ " + k + " segments");
        assertThat(((TextTitle) tree.getSubtitle(0)).getText()).endsWith("of 299 merges; each leaf is a group of customers");
        ChartTabs.shoot(robot, "Tree", "tree", SAMPLE);
    }

    @Test
    void dbscanLeavesOutliersAndItsKDistanceCurveHasEveryCustomer(FxRobot robot) throws Exception {
        mall.load(robot);
        mall.run(robot, () -> {
            onIncomeAndSpending(ClusteringAlgorithm.DBSCAN);
            mall.model().epsProperty().set(0.3);
            mall.model().minPointsProperty().set(6);
        });

        assertThat(mall.dialogs.shown()).isEmpty();
        ClusterOutcome outcome = mall.model().outcome();
        long outliers = Arrays.stream(outcome.result().assignments()).filter(s -> s < 0).count();
        assertThat(outliers).as("customers in no segment").isPositive().isEqualTo(outcome.result().noiseCount());
        SegmentRow noise = mall.model().segments().stream().filter(r -> r.segmentId() < 0).findFirst().orElseThrow();
        assertThat((long) noise.size()).isEqualTo(outliers);
        assertThat(mall.model().segments().stream().mapToInt(SegmentRow::size).sum()).isEqualTo(300);
        assertThat(ChartTabs.charts(robot).getTabs()).extracting(Tab::getText).doesNotContain("k sweep")
                .endsWith("k-distance");

        JFreeChart curve = ChartTabs.show(robot, "k-distance").shown().chart();
        XYPlot plot = curve.getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(300);
        double[] sorted = outcome.result().kDistance().distances().clone();
        Arrays.sort(sorted);
        assertThat(plot.getDataset().getYValue(0, 299)).isEqualTo(sorted[299]);
        assertThat(allRangeMarkers(plot)).singleElement()
                .satisfies(m -> assertThat(m.getValue()).isEqualTo(outcome.result().kDistance().suggestedEps()));
        ChartTabs.shoot(robot, "k-distance", "k-distance", SAMPLE);
    }

    @Test
    void mixtureBicHasOnePointPerComponentCountTried(FxRobot robot) throws Exception {
        mall.load(robot);
        mall.run(robot, () -> onIncomeAndSpending(ClusteringAlgorithm.GMM));

        assertThat(mall.dialogs.shown()).isEmpty();
        ClusterOutcome outcome = mall.model().outcome();
        JFreeChart bic = ChartTabs.show(robot, "BIC").shown().chart();
        XYPlot plot = bic.getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(7);
        List<KSweepRow> rows = outcome.sweep().rows();
        for (int i = 0; i < 7; i++) {
            assertThat(plot.getDataset().getXValue(0, i)).isEqualTo(2.0 + i);
            assertThat(plot.getDataset().getYValue(0, i)).isEqualTo(rows.get(i).bic());
        }
        assertThat(allDomainMarkers(plot)).singleElement()
                .satisfies(m -> assertThat(m.getValue()).isEqualTo(outcome.k()));
        assertThat(mall.model().segments()).hasSize(outcome.k());
        ChartTabs.shoot(robot, "BIC", "bic", SAMPLE);
    }
}
