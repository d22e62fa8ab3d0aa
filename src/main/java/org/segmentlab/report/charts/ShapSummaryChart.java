package org.segmentlab.report.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The SHAP summary (beeswarm): one row per feature, most important on top; each dot a customer at its
 * SHAP value, coloured from low (blue) through purple to high (red) value of the feature. Shows both how much a feature
 * matters and in which direction.
 */
public final class ShapSummaryChart {

    /** Half the height of a row that the densest part of a swarm fills. */
    static final double MAX_SPREAD = 0.38;
    private static final int DENSITY_BINS = 50;

    private ShapSummaryChart() {
    }

    /** The drawn points, exposed to tests: rows bottom (least important) to top, and per row the dot positions and colours. */
    record Swarm(List<Integer> featureOrder, double[][] x, double[][] y, Color[][] colour) {
    }

    /**
     * @param features      feature names
     * @param shap          {@code shap[customer][feature]}
     * @param featureValues {@code featureValues[customer][feature]}, for the colour; NaN is drawn grey
     * @param maxFeatures   the most important this many rows are drawn
     * @param seed          for the vertical jitter
     */
    public static JFreeChart chart(String title, List<String> features, double[][] shap, double[][] featureValues,
                                   int maxFeatures, long seed) {
        Swarm swarm = swarm(features.size(), shap, featureValues, maxFeatures, seed);
        int rows = swarm.featureOrder().size();
        XYSeriesCollection data = new XYSeriesCollection();
        String[] rowNames = new String[rows];
        for (int r = 0; r < rows; r++) {
            rowNames[r] = features.get(swarm.featureOrder().get(r));
            XYSeries series = new XYSeries(rowNames[r], false, true);
            for (int i = 0; i < swarm.x()[r].length; i++) {
                series.add(swarm.x()[r][i], swarm.y()[r][i]);
            }
            data.addSeries(series);
        }
        NumberAxis shapAxis = new NumberAxis("SHAP value (impact on the model's output)");
        shapAxis.setAutoRangeIncludesZero(true);
        SymbolAxis rowAxis = new SymbolAxis(null, rowNames);
        rowAxis.setGridBandsVisible(false);
        rowAxis.setRange(-0.6, rows - 0.4);
        rowAxis.setTickMarksVisible(false);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int series, int item) {
                return swarm.colour()[series][item];
            }
        };
        XYPlot plot = new XYPlot(data, shapAxis, rowAxis, dots);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        int customers = shap.length;
        double size = customers > 2_000 ? 3.5 : 5;
        for (int r = 0; r < rows; r++) {
            dots.setSeriesShape(r, ChartParts.circle(size));
        }
        plot.addDomainMarker(new ValueMarker(0, ChartParts.muted(), ChartParts.solid(1f)));

        Palette palette = ChartParts.palette();
        LabelledAxis lowHigh = new LabelledAxis("Feature value", new double[] {-1, 1}, new String[] {"Low", "High"});
        lowHigh.setRange(-1, 1);
        lowHigh.setLabelFont(ChartParts.SMALL);
        lowHigh.setTickLabelFont(ChartParts.SMALL);
        lowHigh.setLabelPaint(palette.color("text.muted"));
        lowHigh.setTickLabelPaint(palette.color("text.muted"));
        lowHigh.setTickMarksVisible(false);
        PaintScaleLegend legend = new PaintScaleLegend(new LowToHighScale(), lowHigh);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setSubdivisionCount(100);
        legend.setStripWidth(8);
        legend.setStripOutlineVisible(false);
        legend.setAxisOffset(3);
        legend.setMargin(new RectangleInsets(40, 10, 40, 4));
        legend.setBackgroundPaint(palette.color("background"));
        chart.addSubtitle(legend);
        String shown = rows < features.size() ? "the " + rows + " most important of " + features.size() + " features; " : "";
        ChartParts.subtitle(chart, shown + ChartParts.count(customers) + " customers, one dot each; rows sorted by mean |SHAP|");
        return chart;
    }

    /** Orders features by mean |SHAP|, places every dot (jittered more where the swarm is dense) and colours it. */
    static Swarm swarm(int featureCount, double[][] shap, double[][] featureValues, int maxFeatures, long seed) {
        ChartParts.requireSameLength("feature value rows (one per customer)", shap.length, featureValues.length);
        double[] meanAbs = new double[featureCount];
        for (double[] row : shap) {
            ChartParts.requireSameLength("SHAP values per customer (one per feature)", featureCount, row.length);
            for (int f = 0; f < featureCount; f++) {
                meanAbs[f] += Math.abs(row[f]) / shap.length;
            }
        }
        List<Integer> byImportance = new ArrayList<>();
        for (int f = 0; f < featureCount; f++) {
            byImportance.add(f);
        }
        byImportance.sort(Comparator.comparingDouble((Integer f) -> meanAbs[f]).reversed());
        List<Integer> kept = new ArrayList<>(byImportance.subList(0, Math.min(featureCount, Math.max(1, maxFeatures))));
        // row 0 is at the bottom of the plot: the least important of those kept
        Collections.reverse(kept);
        int n = shap.length;
        double[][] xs = new double[kept.size()][n];
        double[][] ys = new double[kept.size()][n];
        Color[][] colours = new Color[kept.size()][n];
        Random random = new Random(seed);
        Palette palette = ChartParts.palette();
        for (int r = 0; r < kept.size(); r++) {
            int f = kept.get(r);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] row : shap) {
                lo = Math.min(lo, row[f]);
                hi = Math.max(hi, row[f]);
            }
            int[] density = new int[DENSITY_BINS];
            for (double[] row : shap) {
                density[bin(row[f], lo, hi)]++;
            }
            int peak = Arrays.stream(density).max().orElse(1);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = featureValues[i][f];
            }
            double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
            // 5th..95th percentile, as the SHAP library does, so a few outliers do not wash out the colours
            double p5 = sorted.length == 0 ? 0 : sorted[(int) Math.floor(0.05 * (sorted.length - 1))];
            double p95 = sorted.length == 0 ? 0 : sorted[(int) Math.ceil(0.95 * (sorted.length - 1))];
            if (p95 <= p5 && sorted.length > 0) {
                p5 = sorted[0];
                p95 = sorted[sorted.length - 1];
            }
            for (int i = 0; i < n; i++) {
                double spread = MAX_SPREAD * density[bin(shap[i][f], lo, hi)] / (double) peak;
                xs[r][i] = shap[i][f];
                ys[r][i] = r + spread * (2 * random.nextDouble() - 1);
                double v = values[i];
                if (Double.isNaN(v)) {
                    colours[r][i] = palette.color("segment.noise");
                } else {
                    double t = p95 > p5 ? (Math.max(p5, Math.min(p95, v)) - p5) / (p95 - p5) : 0.5;
                    colours[r][i] = ChartParts.withAlpha(lowToHigh(t), 0.85);
                }
            }
        }
        return new Swarm(kept, xs, ys, colours);
    }

    /**
     * The diverging palette's two ends blended straight through (via purple), not through its white middle:
     * a white dot would vanish on the white plot.
     */
    static Color lowToHigh(double t) {
        Palette palette = Palette.standard();
        return Palette.mix(palette.color("diverging.low"), palette.color("diverging.high"), Math.max(0, Math.min(1, t)));
    }

    /** The legend's strip: -1 (low) to 1 (high) in the dots' colours. */
    static final class LowToHighScale implements PaintScale, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public double getLowerBound() {
            return -1;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            return lowToHigh((value + 1) / 2);
        }
    }

    private static int bin(double v, double lo, double hi) {
        if (hi <= lo) {
            return 0;
        }
        return Math.min(DENSITY_BINS - 1, (int) ((v - lo) / (hi - lo) * DENSITY_BINS));
    }
}
