package org.segmentlab.report.charts;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.XYDataset;
import org.segmentlab.core.track.Migration;

/**
 * Where the customers of one snapshot went by another, Sankey-style: the earlier segments as blocks
 * in a column on the left, the later segments as blocks on the right, each block as tall as its
 * customers, and one band from each earlier block to each later block as thick as the customers who
 * made that move. The blocks of a column are stacked in the order given, with a small gap between
 * them; within a block the bands are stacked in the order of the blocks they lead to (or come from),
 * so they do not cross inside a block. Each band and block carries its tooltip text.
 */
public final class FlowChart {

    /** The series of the dataset: the bands, the earlier blocks, the later blocks. */
    public static final int BANDS = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;

    /** The share of the height left blank between the blocks of a column, in all (at most 2% per gap). */
    static final double GAPS = 0.12;
    /** Where the blocks stand across the plot (0 = left edge, 1 = right edge); the labels go outside them. */
    static final double LEFT_X0 = 0.28;
    static final double LEFT_X1 = 0.31;
    static final double RIGHT_X0 = 0.69;
    static final double RIGHT_X1 = 0.72;
    /** Room above the blocks for the columns' titles, in the plot's height units. */
    static final double HEAD = 0.07;

    /**
     * One block: a segment in one column, {@code top} to {@code bottom} in 0..1 of the blocks' height
     * (0 at the top).
     */
    public record Block(int index, String name, long customers, double top, double bottom) {
        public double height() {
            return bottom - top;
        }
    }

    /**
     * One band: the customers who went from earlier segment {@code from} to later segment {@code to},
     * from {@code leftTop..leftBottom} on the left to {@code rightTop..rightBottom} on the right.
     */
    public record Band(int from, int to, long customers, double leftTop, double leftBottom, double rightTop,
                       double rightBottom) {
        public double thickness() {
            return leftBottom - leftTop;
        }
    }

    /** Where everything goes. Empty segments get no block. */
    public record Layout(List<Block> left, List<Block> right, List<Band> bands, long total) {
        public Layout {
            left = List.copyOf(left);
            right = List.copyOf(right);
            bands = List.copyOf(bands);
        }
    }

    private FlowChart() {
    }

    /**
     * The blocks and bands of a flow matrix: {@code counts[row][column]} customers went from row to
     * column. Every customer is drawn at the same height per customer on both sides, so a band is
     * equally thick at both ends and a block is as tall as the bands that leave (or reach) it.
     */
    public static Layout layout(long[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        long[] rowTotal = new long[rows];
        long[] columnTotal = new long[columns];
        long total = 0;
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " columns, not " + columns);
            }
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] < 0) {
                    throw new IllegalArgumentException("a negative count in row " + r + ", column " + c);
                }
                rowTotal[r] += counts[r][c];
                columnTotal[c] += counts[r][c];
                total += counts[r][c];
            }
        }
        if (total == 0) {
            return new Layout(List.of(), List.of(), List.of(), 0);
        }
        int leftBlocks = nonZero(rowTotal);
        int rightBlocks = nonZero(columnTotal);
        int most = Math.max(leftBlocks, rightBlocks);
        double gap = most <= 1 ? 0 : Math.min(0.02, GAPS / (most - 1));
        // the same scale on both sides: the column with more blocks has the most gaps
        double scale = (1 - gap * (most - 1)) / total;
        double[] leftTop = new double[rows];
        double[] rightTop = new double[columns];
        List<Block> left = blocks(rowTotal, gap, scale, leftTop);
        List<Block> right = blocks(columnTotal, gap, scale, rightTop);
        // the bands within a block: ordered by the block at their other end
        double[] leftNext = leftTop.clone();
        double[] rightNext = rightTop.clone();
        List<Band> bands = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long n = counts[r][c];
                if (n == 0) {
                    continue;
                }
                double h = n * scale;
                bands.add(new Band(r, c, n, leftNext[r], leftNext[r] + h, rightNext[c], rightNext[c] + h));
                leftNext[r] += h;
                rightNext[c] += h;
            }
        }
        return new Layout(left, right, bands, total);
    }

    private static int nonZero(long[] totals) {
        int n = 0;
        for (long t : totals) {
            if (t > 0) {
                n++;
            }
        }
        return n;
    }

    private static List<Block> blocks(long[] totals, double gap, double scale, double[] tops) {
        List<Block> blocks = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < totals.length; i++) {
            tops[i] = y;
            if (totals[i] == 0) {
                continue;
            }
            double h = totals[i] * scale;
            blocks.add(new Block(i, null, totals[i], y, y + h));
            y += h + gap;
        }
        return blocks;
    }

    /**
     * The flow of a migration: its earlier segments (and the new customers) on the left, its later
     * segments (and those gone) on the right.
     *
     * @param coloured the segments in the order of their colours (see below)
     */
    public static JFreeChart chart(String title, Migration migration, List<String> coloured) {
        int n = migration.segments().size() + 1;
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(migration.rowName(i));
            columns.add(migration.columnName(i));
        }
        return chart(title, "On " + migration.fromAsOf(), "On " + migration.toAsOf(), rows, columns,
                migration.customers(), coloured);
    }

    /**
     * @param rows     the earlier segments, top first
     * @param columns  the later segments, top first
     * @param counts   {@code counts[row][column]} customers
     * @param coloured the segments in the order of their colours (segment i takes colour i + 1); a name
     *                 not among them (new customers, those gone) is grey
     */
    public static JFreeChart chart(String title, String leftTitle, String rightTitle, List<String> rows,
                                   List<String> columns, long[][] counts, List<String> coloured) {
        if (counts.length != rows.size() || (counts.length > 0 && counts[0].length != columns.size())) {
            throw new IllegalArgumentException("the counts must be rows × columns");
        }
        Layout layout = layout(counts);
        Layout named = new Layout(name(layout.left(), rows), name(layout.right(), columns), layout.bands(),
                layout.total());
        FlowData data = new FlowData(named, rows, columns, leftTitle, rightTitle);
        NumberAxis across = new NumberAxis();
        across.setRange(0, 1);
        across.setVisible(false);
        NumberAxis down = new NumberAxis();
        down.setRange(-HEAD, 1);
        down.setInverted(true);
        down.setVisible(false);
        XYPlot plot = new XYPlot(data, across, down, new FlowRenderer(coloured));
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        return chart;
    }

    private static List<Block> name(List<Block> blocks, List<String> names) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(new Block(b.index(), names.get(b.index()), b.customers(), b.top(), b.bottom()));
        }
        return out;
    }

    /** The layout as a dataset: the bands, then the blocks of each column; x and y are their centres. */
    public static final class FlowData extends AbstractXYDataset {
        private static final long serialVersionUID = 1L;

        private final transient Layout layout;
        private final List<String> rows;
        private final List<String> columns;
        private final String leftTitle;
        private final String rightTitle;

        FlowData(Layout layout, List<String> rows, List<String> columns, String leftTitle, String rightTitle) {
            this.layout = layout;
            this.rows = List.copyOf(rows);
            this.columns = List.copyOf(columns);
            this.leftTitle = leftTitle;
            this.rightTitle = rightTitle;
        }

        public Layout layout() {
            return layout;
        }

        @Override
        public int getSeriesCount() {
            return 3;
        }

        @Override
        public Comparable<String> getSeriesKey(int series) {
            return series == BANDS ? "bands" : series == LEFT ? "earlier" : "later";
        }

        @Override
        public int getItemCount(int series) {
            return series == BANDS ? layout.bands().size() : series == LEFT ? layout.left().size()
                    : layout.right().size();
        }

        @Override
        public Number getX(int series, int item) {
            return series == BANDS ? 0.5 : series == LEFT ? (LEFT_X0 + LEFT_X1) / 2 : (RIGHT_X0 + RIGHT_X1) / 2;
        }

        @Override
        public Number getY(int series, int item) {
            if (series == BANDS) {
                Band b = layout.bands().get(item);
                return (b.leftTop() + b.rightBottom()) / 2;
            }
            Block b = block(series, item);
            return (b.top() + b.bottom()) / 2;
        }

        Block block(int series, int item) {
            return series == LEFT ? layout.left().get(item) : layout.right().get(item);
        }

        /** What a band or block is, in words, for its tooltip. */
        public String describe(int series, int item) {
            if (series == BANDS) {
                Band b = layout.bands().get(item);
                long fromTotal = 0;
                for (Block block : layout.left()) {
                    if (block.index() == b.from()) {
                        fromTotal = block.customers();
                    }
                }
                String from = rows.get(b.from());
                String to = columns.get(b.to());
                return String.format(Locale.ROOT, "%s → %s: %s, %s of %s (%s)", from, to, customers(b.customers()),
                        percent((double) b.customers() / fromTotal), from, leftTitle.toLowerCase(Locale.ROOT));
            }
            Block b = block(series, item);
            return String.format(Locale.ROOT, "%s %s: %s, %s of all", b.name(),
                    (series == LEFT ? leftTitle : rightTitle).toLowerCase(Locale.ROOT), customers(b.customers()),
                    percent((double) b.customers() / layout.total()));
        }
    }

    static String customers(long n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "customer" : "customers");
    }

    static String percent(double share) {
        return share > 0 && share < 0.005 ? "less than 1%" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** Draws the bands as curved ribbons and the blocks as bars with their names beside them. */
    static final class FlowRenderer extends AbstractXYItemRenderer {
        private static final long serialVersionUID = 1L;
        private static final float BAND_ALPHA = 0.45f;

        private final List<String> coloured;
        /** The lowest label drawn so far in each column, so small blocks' labels do not overlap. */
        private transient double lastLabelLeft;
        private transient double lastLabelRight;

        FlowRenderer(List<String> coloured) {
            this.coloured = List.copyOf(coloured);
        }

        Color colourOf(String name) {
            int i = coloured.indexOf(name);
            return i < 0 ? ChartParts.palette().segment(-1) : ChartParts.palette().segment(i + 1);
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            FlowData data = (FlowData) dataset;
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            RectangleEdge yEdge = plot.getRangeAxisEdge();
            Shape shape;
            if (series == BANDS) {
                Band b = data.layout().bands().get(item);
                double x0 = domainAxis.valueToJava2D(LEFT_X1, dataArea, xEdge);
                double x1 = domainAxis.valueToJava2D(RIGHT_X0, dataArea, xEdge);
                double xm = (x0 + x1) / 2;
                double l0 = rangeAxis.valueToJava2D(b.leftTop(), dataArea, yEdge);
                double l1 = rangeAxis.valueToJava2D(b.leftBottom(), dataArea, yEdge);
                double r0 = rangeAxis.valueToJava2D(b.rightTop(), dataArea, yEdge);
                double r1 = rangeAxis.valueToJava2D(b.rightBottom(), dataArea, yEdge);
                // a hair-thin band still shows
                if (l1 - l0 < 1) {
                    l1 = l0 + 1;
                    r1 = r0 + 1;
                }
                GeneralPath path = new GeneralPath();
                path.moveTo(x0, l0);
                path.curveTo(xm, l0, xm, r0, x1, r0);
                path.lineTo(x1, r1);
                path.curveTo(xm, r1, xm, l1, x0, l1);
                path.closePath();
                shape = path;
                Composite before = g2.getComposite();
                g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, BAND_ALPHA));
                g2.setPaint(colourOf(data.rows.get(b.from())));
                g2.fill(path);
                g2.setComposite(before);
            } else {
                Block b = data.block(series, item);
                boolean left = series == LEFT;
                double x0 = domainAxis.valueToJava2D(left ? LEFT_X0 : RIGHT_X0, dataArea, xEdge);
                double x1 = domainAxis.valueToJava2D(left ? LEFT_X1 : RIGHT_X1, dataArea, xEdge);
                double y0 = rangeAxis.valueToJava2D(b.top(), dataArea, yEdge);
                double y1 = Math.max(y0 + 1, rangeAxis.valueToJava2D(b.bottom(), dataArea, yEdge));
                shape = new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
                g2.setPaint(colourOf(b.name()));
                g2.fill(shape);
                if (item == 0) {
                    title(g2, left ? data.leftTitle : data.rightTitle, (x0 + x1) / 2,
                            rangeAxis.valueToJava2D(-HEAD / 2, dataArea, yEdge));
                    if (left) {
                        lastLabelLeft = Double.NEGATIVE_INFINITY;
                    } else {
                        lastLabelRight = Double.NEGATIVE_INFINITY;
                    }
                }
                label(g2, b, left, left ? x0 - 6 : x1 + 6, (y0 + y1) / 2, dataArea);
            }
            EntityCollection entities = state.getEntityCollection();
            if (entities != null) {
                entities.add(new XYItemEntity(shape, dataset, series, item, data.describe(series, item), null));
            }
        }

        private static void title(Graphics2D g2, String text, double centre, double y) {
            g2.setFont(ChartParts.LABEL_BOLD);
            g2.setPaint(ChartParts.text());
            FontMetrics fm = g2.getFontMetrics();
            g2.drawString(text, (float) (centre - fm.stringWidth(text) / 2.0), (float) (y + fm.getAscent() / 2.0 - 1));
        }

        /** The block's name and size beside it, shortened to fit the room; left out where it would overlap the one above. */
        private void label(Graphics2D g2, Block b, boolean left, double x, double centre, Rectangle2D area) {
            g2.setFont(ChartParts.LABEL);
            FontMetrics fm = g2.getFontMetrics();
            double top = centre - fm.getHeight() / 2.0;
            double last = left ? lastLabelLeft : lastLabelRight;
            if (top < last) {
                return;
            }
            double room = left ? x - area.getMinX() : area.getMaxX() - x;
            String text = TextFit.shorten(b.name() + " " + String.format(Locale.ROOT, "%,d", b.customers()), room,
                    TextFit.of(fm));
            if (text.length() <= 1) {
                return;
            }
            g2.setPaint(ChartParts.text());
            float sx = (float) (left ? x - fm.stringWidth(text) : x);
            g2.drawString(text, sx, (float) (centre + fm.getAscent() / 2.0 - 1));
            if (left) {
                lastLabelLeft = top + fm.getHeight();
            } else {
                lastLabelRight = top + fm.getHeight();
            }
        }
    }
}
