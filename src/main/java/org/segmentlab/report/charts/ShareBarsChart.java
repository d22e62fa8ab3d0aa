package org.segmentlab.report.charts;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Two shares side by side per group, e.g. each segment's share of customers beside its share of
 * revenue: the chart that shows "20% of customers bring 60% of revenue".
 */
public final class ShareBarsChart {

    private ShareBarsChart() {
    }

    /** Shares are fractions (0..1); they are shown as percentages. */
    public static JFreeChart chart(String title, List<String> groups, String firstShare, double[] first,
                                   String secondShare, double[] second) {
        if (first.length != groups.size() || second.length != groups.size()) {
            throw new IllegalArgumentException("one share per group is needed");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < groups.size(); i++) {
            data.addValue(first[i] * 100, firstShare, groups.get(i));
            data.addValue(second[i] * 100, secondShare, groups.get(i));
        }
        // no axis title: the ticks carry their % sign and the legend names the shares, so the bars get the room
        NumberAxis value = new NumberAxis(null);
        value.setNumberFormatOverride(ChartParts.format("0'%'"));
        // room right of the longest bar for its value, or for both values of its group
        value.setUpperMargin(0.3);
        CategoryAxis groupAxis = new CategoryAxis(null);
        groupAxis.setCategoryMargin(0.08);
        groupAxis.setLowerMargin(0.02);
        groupAxis.setUpperMargin(0.02);
        ShareRenderer renderer = new ShareRenderer();
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2} {0}",
                ChartParts.format("0.0'%'")));
        CategoryPlot plot = new CategoryPlot(data, groupAxis, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // the percentages read along the bottom, like every other chart
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        Palette palette = Palette.standard();
        renderer.setSeriesPaint(0, palette.color("accent"));
        renderer.setSeriesPaint(1, palette.segment(2));
        return chart;
    }

    /** "11.3%" */
    static String percent(double value) {
        return ChartParts.decimal(value, 1) + "%";
    }

    /** How the values are written beside the bars, given the room a drawing leaves. */
    enum LabelMode {
        /** each bar's value at its end: the bars are as thick as a line of text */
        EACH_BAR,
        /** both values of a group after its longer bar ("11.3% · 18.2%"): the group is as tall as a line */
        PER_GROUP,
        /** no values: they would run into each other; the axis and the tooltips tell them */
        NONE;

        static LabelMode of(double barThickness, double groupThickness, double lineHeight) {
            if (barThickness >= lineHeight) {
                return EACH_BAR;
            }
            return groupThickness >= lineHeight ? PER_GROUP : NONE;
        }
    }

    /**
     * Bars with their values written where the text fits: at each bar's end when the bars are as thick as
     * the text is tall, else both values of a group once after its longer bar, else none.
     */
    static final class ShareRenderer extends BarRenderer {

        private static final long serialVersionUID = 1L;
        private static final double OFFSET = 4;

        /** The boxes of the values written in the last drawing, for tests to measure. */
        private transient List<Rectangle2D> written = new ArrayList<>();
        private transient LabelMode mode = LabelMode.NONE;
        private transient double barThickness;

        ShareRenderer() {
            setItemMargin(0);
            setDrawBarOutline(false);
        }

        List<Rectangle2D> written() {
            return List.copyOf(written);
        }

        LabelMode mode() {
            return mode;
        }

        /** How thick each bar was in the last drawing, in Java2D units. */
        double barThickness() {
            return barThickness;
        }

        @Override
        public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
                                                    int rendererIndex, PlotRenderingInfo info) {
            CategoryItemRendererState state = super.initialise(g2, dataArea, plot, rendererIndex, info);
            written = new ArrayList<>();
            double lineHeight = g2.getFontMetrics(ChartParts.SMALL).getHeight();
            int series = Math.max(1, plot.getDataset().getRowCount());
            barThickness = state.getBarWidth();
            mode = LabelMode.of(state.getBarWidth(), state.getBarWidth() * series, lineHeight);
            return state;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (pass != 0 || row != dataset.getRowCount() - 1 || mode == LabelMode.NONE) {
                return;
            }
            // the group's last bar is drawn: write its values
            g2.setFont(ChartParts.SMALL);
            FontMetrics metrics = g2.getFontMetrics();
            double bandStart = domainAxis.getCategoryStart(column, dataset.getColumnCount(), dataArea,
                    plot.getDomainAxisEdge());
            double barsStart = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea,
                    plot.getDomainAxisEdge()) - state.getBarWidth() * dataset.getRowCount() / 2;
            if (mode == LabelMode.EACH_BAR) {
                for (int r = 0; r < dataset.getRowCount(); r++) {
                    double centre = barsStart + state.getBarWidth() * (r + 0.5);
                    write(g2, metrics, dataset, List.of(r), column, centre, dataArea, plot, rangeAxis);
                }
            } else {
                List<Integer> rows = new ArrayList<>();
                for (int r = 0; r < dataset.getRowCount(); r++) {
                    rows.add(r);
                }
                double centre = barsStart + state.getBarWidth() * dataset.getRowCount() / 2.0;
                write(g2, metrics, dataset, rows, column, Math.max(centre, bandStart), dataArea, plot, rangeAxis);
            }
        }

        /** Writes the values of these bars of one group, in their bars' colours, after the longest of them. */
        private void write(Graphics2D g2, FontMetrics metrics, CategoryDataset dataset, List<Integer> rows,
                           int column, double centre, Rectangle2D dataArea, CategoryPlot plot, ValueAxis rangeAxis) {
            double longest = 0;
            List<String> texts = new ArrayList<>();
            for (int r : rows) {
                Number v = dataset.getValue(r, column);
                double value = v == null ? 0 : v.doubleValue();
                longest = Math.max(longest, value);
                texts.add(percent(value));
            }
            String separator = " \u00b7 ";
            double width = 0;
            for (int i = 0; i < texts.size(); i++) {
                width += metrics.stringWidth(texts.get(i)) + (i > 0 ? metrics.stringWidth(separator) : 0);
            }
            double end = rangeAxis.valueToJava2D(longest, dataArea, plot.getRangeAxisEdge());
            // past the plot's right edge the values go inside the end of the bar, on a pale box
            double left = Math.min(end + OFFSET, dataArea.getMaxX() - 1 - width);
            Rectangle2D box = new Rectangle2D.Double(left, centre - metrics.getHeight() / 2.0, width,
                    metrics.getHeight());
            if (left < end + OFFSET) {
                g2.setPaint(ChartParts.withAlpha(ChartParts.palette().color("background"), 0.85));
                g2.fill(box);
            }
            float x = (float) left;
            float baseline = (float) (box.getMinY() + metrics.getAscent());
            for (int i = 0; i < texts.size(); i++) {
                if (i > 0) {
                    g2.setPaint(ChartParts.muted());
                    g2.drawString(separator, x, baseline);
                    x += metrics.stringWidth(separator);
                }
                Color colour = (Color) lookupSeriesPaint(rows.get(i));
                // the bar colour, darkened enough to read as text on white
                g2.setPaint(rows.size() > 1 ? colour.darker() : ChartParts.text());
                g2.drawString(texts.get(i), x, baseline);
                x += metrics.stringWidth(texts.get(i));
            }
            written.add(box);
        }
    }
}
