package org.segmentlab.report.charts;

import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One segment against the population: a bar per feature, the segment's mean in standard deviations
 * from the all-customer mean, red above and blue below, as the profile heatmap colours them. Made
 * to read at the size of a segment card, a few hundred pixels wide and a row of bars high.
 */
public final class ProfileBarsChart {

    /** Axis reach at least this many standard deviations each way, so small differences look small. */
    static final double MIN_REACH = 1.5;

    private ProfileBarsChart() {
    }

    /**
     * @param features feature names, top to bottom
     * @param z        the segment's z-score per feature; NaN where it has no value
     */
    public static JFreeChart chart(String title, List<String> features, double[] z) {
        ChartParts.requireSameLength("z-scores (one per feature)", features.size(), z.length);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double reach = MIN_REACH;
        for (int f = 0; f < features.size(); f++) {
            double v = Double.isNaN(z[f]) ? 0 : z[f];
            data.addValue(v, "z", shorten(features.get(f)) + suffix(features, f));
            reach = Math.max(reach, Math.abs(v));
        }
        reach = Math.ceil(reach * 2 + 0.6) / 2;
        CategoryAxis names = new CategoryAxis(null);
        names.setCategoryMargin(0.3);
        names.setLowerMargin(0.08);
        names.setUpperMargin(0.08);
        names.setMaximumCategoryLabelWidthRatio(0.3f);
        names.setTickLabelFont(ChartParts.LABEL);
        NumberAxis values = ChartParts.numberAxis("standard deviations from the average customer");
        values.setRange(-reach, reach);
        values.setTickUnit(new NumberTickUnit(reach > 3 ? 1 : 0.5, ChartParts.format("+0.0;\u22120.0")));
        values.setLabelFont(ChartParts.SMALL);
        values.setTickLabelFont(ChartParts.SMALL);
        DivergingBars renderer = new DivergingBars(z);
        CategoryPlot plot = new CategoryPlot(data, names, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setInsets(new RectangleInsets(2, 4, 2, 12));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        ValueMarker zero = new ValueMarker(0, ChartParts.muted(), ChartParts.solid(1f));
        plot.addRangeMarker(zero);
        renderer.setMaximumBarWidth(0.5);
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultItemLabelGenerator(new SdLabels(z));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartParts.SMALL);
        renderer.setDefaultItemLabelPaint(ChartParts.text());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(3);
        return chart;
    }

    /** Feature names longer than this are shortened. */
    static final int MAX_LABEL = 30;

    static String shorten(String name) {
        return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    /** Two features that shorten to the same label keep apart by their position. */
    private static String suffix(List<String> features, int f) {
        String label = shorten(features.get(f));
        for (int g = 0; g < f; g++) {
            if (shorten(features.get(g)).equals(label)) {
                return " (" + (f + 1) + ")";
            }
        }
        return "";
    }

    /** "+1.2 sd" beside each bar; "no value" where the segment has none. */
    static final class SdLabels extends StandardCategoryItemLabelGenerator {

        private static final long serialVersionUID = 1L;

        private final double[] z;

        SdLabels(double[] z) {
            this.z = z.clone();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return Double.isNaN(z[column]) ? "no value" : ChartParts.signed(z[column], 1) + " sd";
        }
    }

    /** Each bar coloured by its own z on the diverging scale, so the sign reads without the axis. */
    static final class DivergingBars extends BarRenderer {

        private static final long serialVersionUID = 1L;

        private final double[] z;

        DivergingBars(double[] z) {
            this.z = z.clone();
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            double v = z[column];
            if (Double.isNaN(v)) {
                return ChartParts.palette().color("segment.noise");
            }
            // never the near-white middle of the scale: a small difference still shows as a bar
            double t = Math.signum(v) * Math.max(0.35, Math.min(1, Math.abs(v) / ProfileHeatmapChart.CAP));
            return ChartParts.palette().diverging(t);
        }
    }
}
