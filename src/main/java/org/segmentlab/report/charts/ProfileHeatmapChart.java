package org.segmentlab.report.charts;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Segment profiles at a glance: one row per segment, one column per feature, each cell the segment's
 * mean in standard deviations from the all-customer mean. Red is above average, blue below.
 */
public final class ProfileHeatmapChart {

    /** z-scores beyond ±CAP get the strongest colour; the number in the cell stays exact. */
    public static final double CAP = 2.5;

    /** Feature names longer than this are shortened on the axis. */
    static final int MAX_LABEL = 18;

    private ProfileHeatmapChart() {
    }

    /**
     * @param segments segment names, top to bottom
     * @param features feature names, left to right
     * @param z        {@code z[segment][feature]}; NaN where a feature is missing
     */
    public static JFreeChart chart(String title, List<String> segments, List<String> features, double[][] z) {
        ChartParts.requireSameLength("rows of z (one per segment)", segments.size(), z.length);
        int cells = segments.size() * features.size();
        double[] xs = new double[cells];
        double[] ys = new double[cells];
        double[] zs = new double[cells];
        int c = 0;
        for (int s = 0; s < segments.size(); s++) {
            ChartParts.requireSameLength("z of " + segments.get(s) + " (one per feature)", features.size(), z[s].length);
            for (int f = 0; f < features.size(); f++) {
                xs[c] = f;
                ys[c] = s;
                zs[c] = z[s][f];
                c++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("z", new double[][] {xs, ys, zs});

        SymbolAxis x = new FittingSymbolAxis(features.toArray(new String[0]));
        x.setGridBandsVisible(false);
        x.setRange(-0.5, features.size() - 0.5);
        x.setTickMarksVisible(false);
        x.setAxisLineVisible(false);
        SymbolAxis y = new SymbolAxis(null, segments.toArray(new String[0]));
        y.setGridBandsVisible(false);
        y.setRange(-0.5, segments.size() - 0.5);
        y.setInverted(true);
        y.setTickMarksVisible(false);
        y.setAxisLineVisible(false);

        DivergingScale scale = new DivergingScale(CAP);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(0.97);
        renderer.setBlockHeight(0.94);
        // the full names, where the axis had to shorten them
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            double v = zs[item];
            return segments.get((int) Math.round(dataset.getYValue(series, item))) + " \u00b7 "
                    + features.get((int) Math.round(dataset.getXValue(series, item))) + ": "
                    + (Double.isNaN(v) ? "missing" : ChartParts.signed(v, 2) + " sd from the average");
        });
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);

        Palette palette = ChartParts.palette();
        for (int i = 0; i < cells; i++) {
            double v = zs[i];
            boolean strong = !Double.isNaN(v) && Math.abs(v) / CAP > 0.6;
            plot.addAnnotation(ChartParts.text(Double.isNaN(v) ? "–" : ChartParts.signed(v, 1), xs[i], ys[i],
                    ChartParts.LABEL, strong ? palette.color("background") : palette.color("text"), TextAnchor.CENTER));
        }
        chart.addSubtitle(legend(scale, "z-score (standard deviations from the average customer)", CAP, 10, 60));
        return chart;
    }

    /** The colour bar under a diverging heatmap, from −cap to +cap. */
    static PaintScaleLegend legend(PaintScale scale, String label, double cap, double stripWidth, double sideMargin) {
        Palette palette = ChartParts.palette();
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(-cap, cap);
        axis.setTickUnit(new NumberTickUnit(0.5, ChartParts.format("+0.0;\u22120.0")));
        axis.setLabelFont(ChartParts.SMALL);
        axis.setTickLabelFont(ChartParts.SMALL);
        axis.setTickLabelPaint(palette.color("text.muted"));
        axis.setLabelPaint(palette.color("text.muted"));
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setSubdivisionCount(200);
        legend.setStripWidth(stripWidth);
        legend.setStripOutlineVisible(false);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(stripWidth, sideMargin, 4, sideMargin));
        legend.setBackgroundPaint(palette.color("background"));
        return legend;
    }

    /**
     * Feature names lie flat, on a second line where one is too narrow for a name (broken after a space,
     * underscore or hyphen) and shortened with "…" only where two lines are not enough; they stand upright
     * (shortened to {@link #MAX_LABEL} characters) only when the columns are too narrow for even a short word.
     * Decided at drawing time, as the same chart is drawn on a wide page and in a small card, where upright
     * names would take all the height and leave no room for cells.
     */
    static final class FittingSymbolAxis extends SymbolAxis {

        private static final long serialVersionUID = 1L;
        /** Columns narrower than this (Java2D units) get upright names. */
        static final double NARROWEST_FLAT = 45;

        private boolean upright;

        FittingSymbolAxis(String[] symbols) {
            super(null, symbols);
        }

        private double column(Rectangle2D area) {
            return 0.95 * area.getWidth() / Math.max(1, getSymbols().length);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            if (RectangleEdge.isTopOrBottom(edge) && getSymbols().length > 0) {
                upright = column(dataArea) < NARROWEST_FLAT;
            }
            return super.refreshTicks(g2, state, dataArea, edge);
        }

        @Override
        public boolean isVerticalTickLabels() {
            return upright;
        }

        @Override
        public String valueToString(double value) {
            String name = super.valueToString(value);
            return upright ? abbreviate(name) : name;
        }

        /** The lines each name takes lying flat under a column this wide. */
        List<List<String>> flatLabels(FontMetrics metrics, double column) {
            List<List<String>> out = new ArrayList<>();
            for (String symbol : getSymbols()) {
                out.add(lines(symbol, metrics, column));
            }
            return out;
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected double findMaximumTickLabelHeight(List ticks, Graphics2D g2, Rectangle2D drawArea, boolean vertical) {
            if (vertical) {
                return super.findMaximumTickLabelHeight(ticks, g2, drawArea, vertical);
            }
            // the plot asks after the segment names took their width, so drawArea is as wide as the cells
            FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
            int most = 1;
            for (List<String> lines : flatLabels(metrics, column(drawArea))) {
                most = Math.max(most, lines.size());
            }
            return getTickLabelInsets().getTop() + getTickLabelInsets().getBottom() + most * metrics.getHeight();
        }

        @Override
        protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
                                                   Rectangle2D dataArea, RectangleEdge edge) {
            if (edge != RectangleEdge.BOTTOM || !isTickLabelsVisible()) {
                return super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge);
            }
            AxisState state = new AxisState(cursor);
            List<?> ticks = refreshTicks(g2, state, dataArea, edge);
            state.setTicks(ticks);
            if (upright) {
                return super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge);
            }
            g2.setFont(getTickLabelFont());
            g2.setPaint(getTickLabelPaint());
            FontMetrics metrics = g2.getFontMetrics();
            List<List<String>> labels = flatLabels(metrics, column(dataArea));
            double top = cursor + getTickLabelInsets().getTop();
            int most = 1;
            for (int i = 0; i < labels.size(); i++) {
                double x = valueToJava2D(i, dataArea, edge);
                List<String> lines = labels.get(i);
                most = Math.max(most, lines.size());
                for (int line = 0; line < lines.size(); line++) {
                    String text = lines.get(line);
                    g2.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0),
                            (float) (top + line * metrics.getHeight() + metrics.getAscent()));
                }
            }
            state.cursorDown(getTickLabelInsets().getTop() + getTickLabelInsets().getBottom()
                    + most * metrics.getHeight());
            return state;
        }
    }

    /**
     * A name in at most two lines no wider than {@code width}: whole when it fits, else broken after the
     * last space, underscore or hyphen that lets the first line fit, and cut with "…" where a line still
     * does not fit.
     */
    static List<String> lines(String name, FontMetrics metrics, double width) {
        if (metrics.stringWidth(name) <= width) {
            return List.of(name);
        }
        List<Integer> breaks = new ArrayList<>();
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i - 1);
            if (c == ' ' || c == '_' || c == '-') {
                breaks.add(i);
            }
        }
        int cut = TextFit.lastFittingBreak(name, breaks, width, TextFit.of(metrics));
        if (cut < 0) {
            // no break fits: the first word, shortened, and the rest
            int space = firstBreak(name);
            String first = space < 0 ? name : name.substring(0, space);
            String rest = space < 0 ? "" : name.substring(space).trim();
            return rest.isEmpty() ? List.of(fit(first, metrics, width)) : List.of(fit(first, metrics, width),
                    fit(rest, metrics, width));
        }
        return List.of(name.substring(0, cut).trim(), fit(name.substring(cut).trim(), metrics, width));
    }

    private static int firstBreak(String name) {
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i - 1);
            if (c == ' ' || c == '_' || c == '-') {
                return i;
            }
        }
        return -1;
    }

    /** The longest start of the text that fits with "…" after it, or the text when it fits whole. */
    static String fit(String text, FontMetrics metrics, double width) {
        return TextFit.shorten(text, width, TextFit.of(metrics));
    }

    static String abbreviate(String name) {
        return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1) + "…";
    }

    /** z → the palette's diverging colour, saturating at ±cap; missing cells are the surface grey. */
    static final class DivergingScale implements PaintScale, Serializable {

        private static final long serialVersionUID = 1L;

        private final double cap;

        DivergingScale(double cap) {
            this.cap = cap;
        }

        @Override
        public double getLowerBound() {
            return -cap;
        }

        @Override
        public double getUpperBound() {
            return cap;
        }

        @Override
        public Paint getPaint(double value) {
            Palette palette = Palette.standard();
            if (Double.isNaN(value)) {
                return palette.color("surface");
            }
            return palette.diverging(value / cap);
        }
    }
}
