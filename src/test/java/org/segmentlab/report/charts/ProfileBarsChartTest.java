package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class ProfileBarsChartTest {

    private static final List<String> FEATURES = List.of("Annual Income (k$)", "Spending Score (1-100)", "Age");

    @Test
    void eachFeatureIsABarAtItsZScoreLabelledInStandardDeviations() {
        JFreeChart chart = ProfileBarsChart.chart(null, FEATURES, new double[] {1.24, -0.8, Double.NaN});
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset data = plot.getDataset();

        assertThat(data.getColumnKeys()).containsExactly("Annual Income (k$)", "Spending Score (1-100)", "Age");
        assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(1.24);
        assertThat(data.getValue(0, 2).doubleValue()).as("no value draws no bar").isEqualTo(0.0);
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertThat(labels.generateLabel(data, 0, 0)).isEqualTo("+1.2 sd");
        assertThat(labels.generateLabel(data, 0, 1)).isEqualTo("\u22120.8 sd");
        assertThat(labels.generateLabel(data, 0, 2)).isEqualTo("no value");
        // at least ±1.5 sd, so that small differences look small
        assertThat(((NumberAxis) plot.getRangeAxis()).getUpperBound()).isEqualTo(2.0);
        assertThat(((NumberAxis) plot.getRangeAxis()).getLowerBound()).isEqualTo(-2.0);
    }

    @Test
    void barsAboveTheAverageAreRedAndBelowBlueAtCardSize() {
        JFreeChart chart = ProfileBarsChart.chart(null, List.of("a", "b"), new double[] {2.5, -2.5});
        BufferedImage image = ChartExport.image(chart, 640, 84);
        Palette p = Palette.standard();
        int red = count(image, p.diverging(1));
        int blue = count(image, p.diverging(-1));

        // each bar is about a third of the plot's width long and several pixels thick
        assertThat(red).isGreaterThan(100 * 6);
        assertThat(blue).isGreaterThan(100 * 6);
    }

    @Test
    void aWiderReachFitsALargeZ() {
        JFreeChart chart = ProfileBarsChart.chart("t", List.of("a"), new double[] {-4.2});
        assertThat(((NumberAxis) chart.getCategoryPlot().getRangeAxis()).getLowerBound()).isLessThan(-4.2);
        assertThatThrownBy(() -> ProfileBarsChart.chart("t", List.of("a"), new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int count(BufferedImage image, Color colour) {
        int n = 0;
        int wanted = colour.getRGB() & 0xffffff;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) == wanted ? 1 : 0;
            }
        }
        return n;
    }
}
