package org.segmentlab.report.charts;

import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The tree of a hierarchical clustering: each merge a U joining two groups at the distance where they
 * merged, leaves ordered so no links cross, and the cut that gives the segments as a dashed line.
 */
public final class DendrogramChart {

    /** Above this many customers only the last merges are drawn, their leaves labelled with group sizes. */
    public static final int MAX_LEAVES = 200;
    /** How many groups a truncated tree shows at its foot (scipy's {@code truncate_mode='lastp'}, p = 30). */
    public static final int LAST_P = 30;
    /** More leaves than this and their labels would overlap: the axis shows none. */
    static final int MAX_LABELLED_LEAVES = 60;

    private static final int MIXED = Integer.MIN_VALUE;

    private DendrogramChart() {
    }

    /**
     * One merge, in the order they happened: for n customers (leaves 0..n-1), merge i joins {@code left} and
     * {@code right} into node n + i at distance {@code height}, as in scipy's linkage matrix.
     */
    public record Merge(int left, int right, double height) {
    }

    /**
     * Where everything sits: {@code leaves} are the shown leaf nodes left to right (original leaves, or whole
     * groups when truncated); {@code x}, {@code height} and {@code size} are indexed by node id; merges before
     * {@code firstShownMerge} are hidden inside the shown leaves.
     */
    record Layout(int leafCount, int[] leaves, double[] x, double[] height, int[] size, int firstShownMerge) {
        boolean truncated() {
            return firstShownMerge > 0;
        }
    }

    public static JFreeChart chart(String title, String heightAxis, List<Merge> merges, double cutHeight) {
        return chart(title, heightAxis, merges, cutHeight, null, null);
    }

    /**
     * @param leafNames    a label per customer (e.g. its id); null labels leaves by index
     * @param leafSegments the segment id of each customer; links inside one segment take its colour. Null for one colour.
     */
    public static JFreeChart chart(String title, String heightAxis, List<Merge> merges, double cutHeight,
                                   List<String> leafNames, int[] leafSegments) {
        Layout layout = layout(merges, MAX_LEAVES, LAST_P);
        int n = layout.leafCount();
        if (leafNames != null) {
            ChartParts.requireSameLength("leaf names (one per customer)", n, leafNames.size());
        }
        if (leafSegments != null) {
            ChartParts.requireSameLength("leaf segments (one per customer)", n, leafSegments.length);
        }
        int[] segmentOf = segments(merges, n, leafSegments);

        String[] labels = new String[layout.leaves().length];
        double[] positions = new double[layout.leaves().length];
        XYSeries foot = new XYSeries("leaves", false, true);
        for (int i = 0; i < labels.length; i++) {
            int node = layout.leaves()[i];
            positions[i] = i;
            labels[i] = node < n
                    ? (leafNames == null ? String.valueOf(node) : leafNames.get(node))
                    : "(" + ChartParts.count(layout.size()[node]) + ")";
            foot.add(i, 0);
        }
        LabelledAxis leafAxis = new LabelledAxis(layout.truncated() ? "Groups of customers (size in brackets)" : "Customers",
                layout.leaves().length <= MAX_LABELLED_LEAVES ? positions : new double[0],
                layout.leaves().length <= MAX_LABELLED_LEAVES ? labels : new String[0]);
        leafAxis.setRange(-0.5, Math.max(0.5, layout.leaves().length - 0.5));
        int longest = Arrays.stream(labels).mapToInt(String::length).max().orElse(1);
        // upright labels once side by side they would need more than about 80 characters of width
        leafAxis.setVerticalTickLabels(layout.leaves().length * (longest + 2) > 80);
        leafAxis.setTickMarksVisible(false);

        double top = 0;
        for (int i = layout.firstShownMerge(); i < merges.size(); i++) {
            top = Math.max(top, merges.get(i).height());
        }
        top = Math.max(top, cutHeight);
        NumberAxis heightAx = ChartParts.numberAxis(heightAxis);
        heightAx.setRange(0, top > 0 ? top * 1.08 : 1);

        // the leaves as invisible points: the plot then has data (and tooltips in the workbench) at the foot
        XYLineAndShapeRenderer footRenderer = new XYLineAndShapeRenderer(false, false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(foot), leafAxis, heightAx, footRenderer);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);

        Palette palette = ChartParts.palette();
        Stroke stroke = ChartParts.solid(1.4f);
        // links joining different segments in a light neutral grey, apart from every segment colour
        Color above = Palette.mix(palette.color("text.muted"), palette.color("background"), 0.4);
        for (int i = layout.firstShownMerge(); i < merges.size(); i++) {
            Merge m = merges.get(i);
            int node = n + i;
            Color colour;
            if (leafSegments == null) {
                colour = m.height() <= cutHeight ? palette.color("accent") : above;
            } else {
                colour = segmentOf[node] == MIXED ? above : palette.segment(segmentOf[node]);
            }
            double xl = layout.x()[m.left()];
            double xr = layout.x()[m.right()];
            plot.addAnnotation(new XYLineAnnotation(xl, layout.height()[m.left()], xl, m.height(), stroke, colour));
            plot.addAnnotation(new XYLineAnnotation(xl, m.height(), xr, m.height(), stroke, colour));
            plot.addAnnotation(new XYLineAnnotation(xr, layout.height()[m.right()], xr, m.height(), stroke, colour));
        }
        int segmentsAtCut = 1;
        for (Merge m : merges) {
            if (m.height() > cutHeight) {
                segmentsAtCut++;
            }
        }
        plot.addRangeMarker(ChartParts.referenceLine(cutHeight, "cut at " + ChartParts.significant(cutHeight, 3)
                + " → " + segmentsAtCut + " segments", false));
        String note = layout.truncated()
                ? "showing the last " + (merges.size() - layout.firstShownMerge()) + " of " + ChartParts.count(merges.size())
                        + " merges; each leaf is a group of customers"
                : ChartParts.count(n) + " customers";
        ChartParts.subtitle(chart, note);
        return chart;
    }

    /** Checks the merges, orders the leaves by walking the tree left branch first (so no links cross), and places every node. */
    static Layout layout(List<Merge> merges, int maxLeaves, int lastP) {
        int m = merges.size();
        int n = m + 1;
        boolean[] used = new boolean[n + m];
        for (int i = 0; i < m; i++) {
            Merge merge = merges.get(i);
            for (int child : new int[] {merge.left(), merge.right()}) {
                if (child < 0 || child >= n + i) {
                    throw new IllegalArgumentException("merge " + i + " joins node " + child
                            + ", which does not exist yet (nodes 0.." + (n + i - 1) + ")");
                }
                if (used[child]) {
                    throw new IllegalArgumentException("merge " + i + " joins node " + child + ", which was already merged");
                }
                used[child] = true;
            }
            if (merge.left() == merge.right()) {
                throw new IllegalArgumentException("merge " + i + " joins node " + merge.left() + " with itself");
            }
        }
        int first = n > maxLeaves ? Math.max(0, m - (lastP - 1)) : 0;
        int[] size = new int[n + m];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
        }
        for (int i = 0; i < m; i++) {
            size[n + i] = size[merges.get(i).left()] + size[merges.get(i).right()];
        }
        double[] x = new double[n + m];
        double[] height = new double[n + m];
        int[] order = new int[m - first + 1];
        int count = 0;
        // iterative, since a chain-like tree of thousands of customers would overflow the stack
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(n + m - 1);
        while (!stack.isEmpty()) {
            int node = stack.pop();
            if (node >= n + first) {
                Merge merge = merges.get(node - n);
                stack.push(merge.right());
                stack.push(merge.left());
            } else {
                x[node] = count;
                order[count++] = node;
            }
        }
        for (int i = first; i < m; i++) {
            Merge merge = merges.get(i);
            x[n + i] = (x[merge.left()] + x[merge.right()]) / 2;
            height[n + i] = merge.height();
        }
        return new Layout(n, order, x, height, size, first);
    }

    /** The segment of every node: its leaves' one segment, or MIXED. */
    private static int[] segments(List<Merge> merges, int n, int[] leafSegments) {
        int[] seg = new int[n + merges.size()];
        if (leafSegments == null) {
            Arrays.fill(seg, MIXED);
            return seg;
        }
        System.arraycopy(leafSegments, 0, seg, 0, n);
        for (int i = 0; i < merges.size(); i++) {
            int a = seg[merges.get(i).left()];
            int b = seg[merges.get(i).right()];
            seg[n + i] = a == b ? a : MIXED;
        }
        return seg;
    }
}
