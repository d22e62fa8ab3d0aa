package org.segmentlab.report.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The silhouette plot: each segment's customers as thin bars of their silhouette value, longest first,
 * one block per segment. A thin or mostly negative block is a segment that does not hold together.
 */
public final class SilhouetteChart {

    /** Above this many customers each segment is thinned, evenly along its sorted values. */
    public static final int MAX_VALUES = 10_000;

    private SilhouetteChart() {
    }

    /** One segment's block: its id, its (possibly thinned) values sorted descending, and where it starts. */
    record Block(int segment, double[] values, int shownFrom, int customers, double mean) {
    }

    /** The layout of the plot, exposed to tests. */
    record Layout(List<Block> blocks, int gap, int shown, int total, double mean) {
    }

    /**
     * @param segments   the segment id of each customer (1-based; -1 noise, drawn last)
     * @param silhouette each customer's silhouette value, in [-1, 1]
     * @param names      segment names by id; missing ids are called "Segment n"
     */
    public static JFreeChart chart(String title, int[] segments, double[] silhouette, Map<Integer, String> names) {
        Layout layout = layout(segments, silhouette, MAX_VALUES);
        XYSeriesCollection data = new XYSeriesCollection();
        double[] centres = new double[layout.blocks().size()];
        String[] labels = new String[layout.blocks().size()];
        double lowest = 0;
        for (int b = 0; b < layout.blocks().size(); b++) {
            Block block = layout.blocks().get(b);
            XYSeries series = new XYSeries(ChartParts.segmentName(names, block.segment()), false, true);
            // each customer is a bar one position tall: a step at both of its edges
            for (int i = 0; i < block.values().length; i++) {
                series.add(block.shownFrom() + i, block.values()[i]);
                series.add(block.shownFrom() + i + 1, block.values()[i]);
                lowest = Math.min(lowest, block.values()[i]);
            }
            data.addSeries(series);
            centres[b] = block.shownFrom() + block.values().length / 2.0;
            labels[b] = ChartParts.segmentName(names, block.segment());
        }
        int end = layout.blocks().isEmpty() ? 1
                : layout.blocks().get(layout.blocks().size() - 1).shownFrom()
                        + layout.blocks().get(layout.blocks().size() - 1).values().length;
        LabelledAxis position = new LabelledAxis(null, centres, labels);
        // room above the first block for the average's label
        position.setRange(-3 * layout.gap(), end + layout.gap());
        position.setInverted(true);
        position.setTickMarksVisible(false);
        NumberAxis value = new NumberAxis("Silhouette value (−1 to 1; higher means the customer fits its segment better)");
        value.setRange(Math.min(-0.1, Math.floor(lowest * 10) / 10), 1);
        value.setTickUnit(new NumberTickUnit(0.2, ChartParts.format("0.0")));
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setOutline(false);
        XYPlot plot = new XYPlot(data, position, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        Palette palette = ChartParts.palette();
        for (int b = 0; b < layout.blocks().size(); b++) {
            renderer.setSeriesPaint(b, palette.segment(layout.blocks().get(b).segment()));
        }
        String customers = layout.shown() < layout.total()
                ? "showing " + ChartParts.count(layout.shown()) + " of " + ChartParts.count(layout.total())
                        + " customers, evenly spaced within each segment"
                : ChartParts.count(layout.total()) + " customers";
        ChartParts.subtitle(chart, customers);
        plot.addRangeMarker(averageLine(layout.mean()));
        plot.addRangeMarker(new ValueMarker(0, ChartParts.palette().color("grid"), ChartParts.solid(1f)));
        return chart;
    }

    private static ValueMarker averageLine(double mean) {
        // in a horizontal plot the range axis runs across, so its marker stands upright: label at the top
        ValueMarker marker = ChartParts.referenceLine(mean, "average " + ChartParts.decimal(mean, 2), true);
        marker.setPaint(ChartParts.text());
        return marker;
    }

    /** Groups, sorts and (above {@code max} values) thins the values; blocks are ordered by segment id, noise last. */
    static Layout layout(int[] segments, double[] silhouette, int max) {
        ChartParts.requireSameLength("silhouette values (one per customer)", segments.length, silhouette.length);
        Map<Integer, List<Double>> bySegment = new TreeMap<>((a, b) -> {
            if (a < 0 != b < 0) {
                return a < 0 ? 1 : -1;
            }
            return Integer.compare(a, b);
        });
        double sum = 0;
        int total = 0;
        for (int i = 0; i < segments.length; i++) {
            if (Double.isNaN(silhouette[i])) {
                continue;
            }
            bySegment.computeIfAbsent(segments[i], s -> new ArrayList<>()).add(silhouette[i]);
            sum += silhouette[i];
            total++;
        }
        int gap = Math.max(1, (int) Math.round(Math.min(total, max) * 0.025));
        int[] quotas = quotas(bySegment.values().stream().mapToInt(List::size).toArray(), total, max);
        List<Block> blocks = new ArrayList<>();
        int at = 0;
        int shown = 0;
        int b = 0;
        for (Map.Entry<Integer, List<Double>> e : bySegment.entrySet()) {
            double[] values = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(values);
            reverse(values);
            double mean = Arrays.stream(values).average().orElse(Double.NaN);
            double[] kept = thin(values, quotas[b++]);
            blocks.add(new Block(e.getKey(), kept, at, values.length, mean));
            at += kept.length + gap;
            shown += kept.length;
        }
        return new Layout(blocks, gap, shown, total, total == 0 ? Double.NaN : sum / total);
    }

    /**
     * How many values each segment keeps so that together they keep exactly {@code max}: shares in proportion
     * to size, the rounding remainder going to the largest fractions, and every segment keeps at least one.
     */
    static int[] quotas(int[] sizes, int total, int max) {
        int[] quota = sizes.clone();
        if (total <= max) {
            return quota;
        }
        double[] fraction = new double[sizes.length];
        int given = 0;
        for (int i = 0; i < sizes.length; i++) {
            double exact = sizes[i] * (double) max / total;
            quota[i] = Math.max(1, (int) Math.floor(exact));
            fraction[i] = exact - Math.floor(exact);
            given += quota[i];
        }
        Integer[] order = new Integer[sizes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, c) -> Double.compare(fraction[c], fraction[a]));
        for (int i = 0; given < max && i < order.length; i++) {
            if (quota[order[i]] < sizes[order[i]]) {
                quota[order[i]]++;
                given++;
            }
        }
        return quota;
    }

    /** {@code quota} values picked evenly along sorted values, keeping the first and last so the block keeps its shape. */
    private static double[] thin(double[] sorted, int quota) {
        if (quota >= sorted.length) {
            return sorted;
        }
        if (quota == 1) {
            return new double[] {sorted[sorted.length / 2]};
        }
        double[] out = new double[quota];
        for (int j = 0; j < quota; j++) {
            out[j] = sorted[(int) Math.round(j * (sorted.length - 1) / (double) (quota - 1))];
        }
        return out;
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
