package org.segmentlab.report.charts;

import java.awt.Color;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.segmentlab.core.clv.HoldoutCheck;
import org.segmentlab.core.clv.SegmentValues;
import org.segmentlab.core.clv.ValueMatrix;

/**
 * The charts of a value model (shared by the Value step and the report): the P(alive) and expected
 * purchases matrices over frequency and recency, the cumulative tracking of repeat purchases against
 * the model with the as-of day marked, and CLV by segment. Each has a {@code tip} that says in words
 * what the mark under the mouse is.
 */
public final class ValueCharts {

    private static final int SHADES = 20;

    private ValueCharts() {
    }

    // ---- matrices

    /**
     * A heat map of a {@link ValueMatrix}: frequency across, recency up, darker for more.
     *
     * @param valueLabel what the colour means ("P(alive)", "Expected purchases in 365 days")
     * @param unit       the time unit's name in the plural ("weeks")
     * @param max        the value of the darkest shade (1 for a probability; NaN: the matrix's largest)
     */
    public static JFreeChart matrix(String title, String valueLabel, String unit, ValueMatrix m, double max) {
        int rows = m.rows();
        int columns = m.columns();
        double[] xs = new double[rows * columns];
        double[] ys = new double[rows * columns];
        double[] zs = new double[rows * columns];
        double top = 0;
        int finite = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int k = r * columns + c;
                xs[k] = m.frequency(c);
                ys[k] = m.recency(r);
                zs[k] = m.value(r, c);
                if (Double.isFinite(zs[k])) {
                    top = Math.max(top, zs[k]);
                    finite++;
                }
            }
        }
        double scaleMax = Double.isNaN(max) ? (top > 0 ? top : 1) : max;
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(valueLabel, new double[][] {xs, ys, zs});
        Palette palette = ChartParts.palette();
        Color low = palette.color("surface");
        Color high = palette.segment(1);
        LookupPaintScale scale = new LookupPaintScale(0, scaleMax * 1.0001, palette.color("segment.noise"));
        for (int s = 0; s < SHADES; s++) {
            scale.add(scaleMax * s / SHADES, Palette.mix(low, high, 0.05 + 0.95 * s / (SHADES - 1)));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        double xStep = columns > 1 ? (double) (m.frequency(columns - 1) - m.frequency(0)) / (columns - 1) : 1;
        double yStep = rows > 1 ? (m.recency(rows - 1) - m.recency(0)) / (rows - 1) : 1;
        renderer.setBlockWidth(Math.max(xStep, 1e-9));
        renderer.setBlockHeight(Math.max(yStep, 1e-9));
        NumberAxis x = ChartParts.numberAxis("Repeat purchases before the as-of day (frequency)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(m.frequency(0) - xStep / 2, m.frequency(columns - 1) + xStep / 2);
        NumberAxis y = ChartParts.numberAxis("Time from first to last purchase, " + unit + " (recency)");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setRange(m.recency(0) - yStep / 2, m.recency(rows - 1) + yStep / 2);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        ChartParts.subtitle(chart, "for a customer who first bought " + ChartParts.decimal(m.age(), 0) + " " + unit
                + " before the as-of day");
        if (finite < zs.length) {
            // a fit at its edge: say so rather than leave grey cells unexplained
            ChartParts.subtitle(chart, finite == 0 ? "The fit gives no value for any history here: its notes say why"
                    : "Grey cells: histories the fit gives no value for (its notes say why)");
        }
        chart.addSubtitle(legend(scale, valueLabel, scaleMax));
        return chart;
    }

    private static PaintScaleLegend legend(LookupPaintScale scale, String label, double max) {
        Palette palette = ChartParts.palette();
        NumberAxis axis = ChartParts.numberAxis(label);
        axis.setRange(0, max);
        axis.setLabelFont(ChartParts.SMALL);
        axis.setTickLabelFont(ChartParts.SMALL);
        axis.setTickLabelPaint(palette.color("text.muted"));
        axis.setLabelPaint(palette.color("text.muted"));
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setSubdivisionCount(SHADES * 10);
        legend.setStripWidth(10);
        legend.setStripOutlineVisible(false);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(10, 60, 4, 60));
        legend.setBackgroundPaint(palette.color("background"));
        return legend;
    }

    /** The cell under the mouse of a matrix chart, in words; null off the cells. */
    public static String matrixTip(ValueMatrix m, String valueLabel, String unit, int places, ChartEntity mark) {
        if (!(mark instanceof XYItemEntity item)) {
            return null;
        }
        int k = item.getItem();
        if (k < 0 || k >= m.rows() * m.columns()) {
            return null;
        }
        int r = k / m.columns();
        int c = k % m.columns();
        double v = m.value(r, c);
        int f = m.frequency(c);
        return String.format(Locale.ROOT, "%d repeat purchase%s, last %s %s after the first, %s %s before the "
                        + "as-of day%n%s: %s", f, f == 1 ? "" : "s", ChartParts.decimal(m.recency(r), 0), unit,
                ChartParts.decimal(m.age(), 0), unit, valueLabel, Double.isFinite(v) ? ChartParts.decimal(v, places)
                        : "no value (the fit cannot give one)");
    }

    // ---- tracking

    /** The series names of the tracking chart. */
    static final String ACTUAL = "Actual";
    static final String MODEL = "Model";

    /**
     * Cumulative repeat purchases week by week, what customers did against what the model expects from
     * each one's first purchase day, with a dashed line at the as-of day: left of it the model learned
     * from the purchases, right of it it predicts them.
     */
    public static JFreeChart tracking(String title, List<HoldoutCheck.TrackingPoint> points, LocalDate asOf) {
        XYSeries actual = new XYSeries(ACTUAL, false, true);
        XYSeries model = new XYSeries(MODEL, false, true);
        for (HoldoutCheck.TrackingPoint p : points) {
            double t = millis(p.day());
            actual.add(t, p.actual());
            model.add(t, p.expected());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(actual);
        data.addSeries(model);
        DateAxis x = new DateAxis(null);
        x.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        x.setDateFormatOverride(format);
        NumberAxis y = ChartParts.numberAxis("Repeat purchases since the first (cumulative)");
        y.setNumberFormatOverride(ChartParts.format("#,##0"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setInsets(ChartParts.ROOM_FOR_LAST_TICK);
        // the model's dashes over the actual line, which they often follow closely
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        Palette palette = ChartParts.palette();
        renderer.setSeriesPaint(0, palette.color("text"));
        renderer.setSeriesStroke(0, ChartParts.solid(3f));
        renderer.setSeriesPaint(1, palette.segment(2));
        renderer.setSeriesStroke(1, ChartParts.dashed(2f));
        ValueMarker line = ChartParts.referenceLine(millis(asOf), "as of " + asOf, true);
        plot.addDomainMarker(line);
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(ChartParts.LABEL);
        legend.setItemPaint(ChartParts.text());
        legend.setBackgroundPaint(ChartParts.withAlpha(palette.color("background"), 0.9));
        legend.setFrame(new BlockBorder(palette.color("grid")));
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 4));
        plot.addAnnotation(new org.jfree.chart.annotations.XYTitleAnnotation(0.02, 0.97, legend,
                org.jfree.chart.ui.RectangleAnchor.TOP_LEFT));
        return chart;
    }

    static double millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A week of the tracking chart in words: its day, the actual and the expected cumulative purchases. */
    public static String trackingTip(List<HoldoutCheck.TrackingPoint> points, LocalDate asOf, ChartEntity mark) {
        if (!(mark instanceof XYItemEntity item) || item.getItem() < 0 || item.getItem() >= points.size()) {
            return null;
        }
        HoldoutCheck.TrackingPoint p = points.get(item.getItem());
        return String.format(Locale.ROOT, "Up to %s (%s)%nActual: %s repeat purchases%nModel: %s", p.day(),
                p.day().isAfter(asOf) ? "holdout" : "calibration", ChartParts.count(p.actual()),
                ChartParts.format("#,##0.0").format(p.expected()));
    }

    // ---- holdout by frequency

    /**
     * Mean repeat purchases in the holdout per customer by calibration frequency (0 … 6, 7+), what
     * customers made next to what the model expected, as {@code lifetimes}' calibration-against-holdout
     * plot shows them. Groups without customers are left out.
     */
    public static JFreeChart holdoutByFrequency(String title, List<HoldoutCheck.FrequencyRow> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (HoldoutCheck.FrequencyRow row : rows) {
            if (row.customers() > 0) {
                data.addValue(row.actual(), ACTUAL, row.label());
                data.addValue(row.expected(), MODEL, row.label());
            }
        }
        CategoryAxis groups = new CategoryAxis("Repeat purchases before the as-of day");
        groups.setCategoryMargin(0.3);
        NumberAxis value = ChartParts.numberAxis("Mean per customer");
        value.setUpperMargin(0.1);
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, groups, value, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        Palette palette = ChartParts.palette();
        renderer.setSeriesPaint(0, palette.color("text.muted"));
        renderer.setSeriesPaint(1, palette.segment(2));
        chart.getLegend().setItemFont(ChartParts.LABEL);
        return chart;
    }

    /** A bar of the holdout chart in words: the group, its customers, actual and expected means. */
    public static String holdoutTip(List<HoldoutCheck.FrequencyRow> rows, ChartEntity mark) {
        if (!(mark instanceof CategoryItemEntity item)) {
            return null;
        }
        String label = String.valueOf(item.getColumnKey());
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().map(r -> String.format(Locale.ROOT,
                "%s repeat purchase%s before the as-of day: %s%nMean in the holdout: %s made, %s expected",
                r.label(), r.label().equals("1") ? "" : "s",
                r.customers() == 1 ? "1 customer" : ChartParts.count(r.customers()) + " customers",
                ChartParts.decimal(r.actual(), 2), ChartParts.decimal(r.expected(), 2))).orElse(null);
    }

    // ---- by segment

    /**
     * Horizontal bars of each segment's total (or mean) CLV, largest first, labelled with the share of
     * all CLV (total) or the value (mean).
     */
    public static JFreeChart bySegment(String title, String subtitle, SegmentValues values, boolean mean) {
        List<SegmentValues.Segment> sorted = sorted(values, mean);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = mean ? "Mean CLV" : "Total CLV";
        for (SegmentValues.Segment s : sorted) {
            data.addValue(mean ? s.meanClv() : s.totalClv(), series, s.name());
        }
        CategoryAxis names = new CategoryAxis(null);
        names.setCategoryMargin(0.25);
        names.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis value = ChartParts.numberAxis(mean ? "Mean CLV per customer" : "Total CLV");
        value.setNumberFormatOverride(ChartParts.format("#,##0"));
        value.setUpperMargin(0.16);
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, names, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        renderer.setSeriesPaint(0, ChartParts.palette().color("accent"));
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                SegmentValues.Segment s = sorted.get(column);
                return mean ? ChartParts.format("#,##0").format(s.meanClv())
                        : ChartParts.percent(s.clvShare(), s.clvShare() < 0.01 && s.clvShare() > 0 ? 1 : 0);
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartParts.SMALL);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        if (subtitle != null) {
            ChartParts.subtitle(chart, subtitle);
        }
        if (values.unvalued() > 0) {
            ChartParts.subtitle(chart, ChartParts.count(values.unvalued()) + " segmented "
                    + (values.unvalued() == 1 ? "customer has" : "customers have") + " no value (no purchase by the "
                    + "as-of day, or the model cannot value them)");
        }
        return chart;
    }

    /** The bars' order: largest first, ties by name. */
    static List<SegmentValues.Segment> sorted(SegmentValues values, boolean mean) {
        List<SegmentValues.Segment> sorted = new ArrayList<>(values.segments().stream()
                .filter(s -> s.customers() > 0).toList());
        Comparator<SegmentValues.Segment> by = Comparator.comparingDouble(s -> mean ? s.meanClv() : s.totalClv());
        sorted.sort(by.reversed().thenComparing(SegmentValues.Segment::name));
        return sorted;
    }

    /** A segment's bar in words: customers, total and mean CLV, share and mean P(alive). */
    public static String segmentTip(SegmentValues values, boolean mean, ChartEntity mark) {
        if (!(mark instanceof CategoryItemEntity item)) {
            return null;
        }
        Object key = item.getColumnKey();
        return values.of(String.valueOf(key)).map(s -> String.format(Locale.ROOT,
                "%s: %s%nTotal CLV %s (%s of all)%nMean CLV %s · mean P(alive) %s", s.name(),
                s.customers() == 1 ? "1 customer" : ChartParts.count(s.customers()) + " customers",
                ChartParts.format("#,##0").format(s.totalClv()), ChartParts.percent(s.clvShare(), 1),
                ChartParts.format("#,##0.00").format(s.meanClv()), ChartParts.decimal(s.meanPAlive(), 2)))
                .orElse(null);
    }
}
