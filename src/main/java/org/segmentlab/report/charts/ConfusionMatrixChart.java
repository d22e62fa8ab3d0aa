package org.segmentlab.report.charts;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The 2×2 table of a classifier at its threshold: actual class down, predicted class across, each cell
 * with its count and share. Correct cells are green, mistakes red, deeper where the row has more of them.
 */
public final class ConfusionMatrixChart {

    private ConfusionMatrixChart() {
    }

    /** One cell as drawn: grid position (x predicted, y actual; 1 is positive), name, count and shares. */
    record Cell(int predicted, int actual, String name, long count, double shareOfAll, double shareOfRow, Color fill) {
    }

    /**
     * @param confusion     {@code [[tn, fp], [fn, tp]]}, as in metrics.json
     * @param negativeClass the name of the negative class, e.g. "Stays"
     * @param positiveClass the name of the positive class, e.g. "Churns"
     */
    public static JFreeChart chart(String title, long[][] confusion, String negativeClass, String positiveClass) {
        Cell[] cells = cells(confusion);
        double[][] xyz = new double[3][4];
        LookupPaintScale scale = new LookupPaintScale(-0.5, 3.5, Color.WHITE);
        for (int i = 0; i < 4; i++) {
            xyz[0][i] = cells[i].predicted();
            xyz[1][i] = cells[i].actual();
            xyz[2][i] = i;
            scale.add(i - 0.5, cells[i].fill());
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(0.98);
        renderer.setBlockHeight(0.97);
        SymbolAxis predicted = new SymbolAxis("Predicted", new String[] {negativeClass, positiveClass});
        predicted.setGridBandsVisible(false);
        predicted.setRange(-0.5, 1.5);
        predicted.setTickMarksVisible(false);
        predicted.setAxisLineVisible(false);
        SymbolAxis actual = new SymbolAxis("Actual", new String[] {negativeClass, positiveClass});
        actual.setGridBandsVisible(false);
        actual.setRange(-0.5, 1.5);
        actual.setInverted(true);
        actual.setTickMarksVisible(false);
        actual.setAxisLineVisible(false);
        XYPlot plot = new XYPlot(data, predicted, actual, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        Palette palette = ChartParts.palette();
        for (Cell c : cells) {
            plot.addAnnotation(ChartParts.text(c.name(), c.predicted(), c.actual() - 0.2, ChartParts.LABEL,
                    palette.color("text.muted"), TextAnchor.CENTER));
            plot.addAnnotation(ChartParts.text(ChartParts.count(c.count()), c.predicted(), c.actual(),
                    ChartParts.LABEL_BOLD.deriveFont(20f), palette.color("text"), TextAnchor.CENTER));
            plot.addAnnotation(ChartParts.text(ChartParts.percent(c.shareOfAll(), 1) + " of all · "
                            + ChartParts.percent(c.shareOfRow(), 1) + " of actual " + (c.actual() == 1 ? positiveClass : negativeClass),
                    c.predicted(), c.actual() + 0.2, ChartParts.LABEL, palette.color("text"), TextAnchor.CENTER));
        }
        long tn = confusion[0][0];
        long fp = confusion[0][1];
        long fn = confusion[1][0];
        long tp = confusion[1][1];
        long all = tn + fp + fn + tp;
        String precision = tp + fp == 0 ? "–" : ChartParts.percent(tp / (double) (tp + fp), 1);
        String recall = tp + fn == 0 ? "–" : ChartParts.percent(tp / (double) (tp + fn), 1);
        ChartParts.subtitle(chart, "accuracy " + ChartParts.percent(all == 0 ? 0 : (tn + tp) / (double) all, 1)
                + " · precision " + precision + " · recall " + recall + " · " + ChartParts.count(all) + " customers");
        return chart;
    }

    static Cell[] cells(long[][] confusion) {
        if (confusion.length != 2 || confusion[0].length != 2 || confusion[1].length != 2) {
            throw new IllegalArgumentException("a confusion matrix here is 2×2: [[tn, fp], [fn, tp]]");
        }
        long all = 0;
        for (long[] row : confusion) {
            for (long v : row) {
                if (v < 0) {
                    throw new IllegalArgumentException("a confusion matrix cannot hold a negative count: " + v);
                }
                all += v;
            }
        }
        String[][] names = {{"True negatives", "False positives"}, {"False negatives", "True positives"}};
        Palette palette = ChartParts.palette();
        Cell[] cells = new Cell[4];
        int i = 0;
        for (int a = 0; a < 2; a++) {
            long row = confusion[a][0] + confusion[a][1];
            for (int p = 0; p < 2; p++) {
                long n = confusion[a][p];
                double ofRow = row == 0 ? 0 : n / (double) row;
                Color base = a == p ? palette.color("positive") : palette.color("negative");
                Color fill = Palette.mix(palette.color("background"), base, 0.08 + 0.32 * ofRow);
                cells[i++] = new Cell(p, a, names[a][p], n, all == 0 ? 0 : n / (double) all, ofRow, fill);
            }
        }
        return cells;
    }
}
