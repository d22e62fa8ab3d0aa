package org.segmentlab.report.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * One customer's prediction explained: from the average prediction (base value) each feature pushes
 * the score up (red) or down (blue) until it reaches this customer's prediction.
 */
public final class WaterfallChart {

    private WaterfallChart() {
    }

    /** One bar: its row label, its contribution, and where it starts and ends. */
    record Step(String label, double contribution, double from, double to) {
    }

    /**
     * @param valueAxis     what the numbers are, e.g. "Churn probability" or "Log-odds of churn"
     * @param baseValue     the model's average output
     * @param features      row labels, ideally with the customer's value ("recency_days = 210")
     * @param contributions each feature's SHAP value for this customer
     * @param maxRows       the largest this many contributions get a row; the rest share one "other features" row
     */
    public static JFreeChart chart(String title, String valueAxis, double baseValue, List<String> features,
                                   double[] contributions, int maxRows) {
        List<Step> steps = steps(baseValue, features, contributions, maxRows);
        double prediction = steps.isEmpty() ? baseValue : steps.get(steps.size() - 1).to();
        XYIntervalSeries up = new XYIntervalSeries("raises the prediction");
        XYIntervalSeries down = new XYIntervalSeries("lowers the prediction");
        // row 0 at the bottom is the first step, taken from the base value
        String[] rows = new String[steps.size()];
        double lo = Math.min(baseValue, prediction);
        double hi = Math.max(baseValue, prediction);
        for (int r = 0; r < steps.size(); r++) {
            Step s = steps.get(r);
            rows[r] = s.label();
            double a = Math.min(s.from(), s.to());
            double b = Math.max(s.from(), s.to());
            (s.contribution() >= 0 ? up : down).add(r, r - 0.5, r + 0.5, b, a, b);
            lo = Math.min(lo, a);
            hi = Math.max(hi, b);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(up);
        data.addSeries(down);
        SymbolAxis rowAxis = new SymbolAxis(null, rows);
        rowAxis.setGridBandsVisible(false);
        // room below the first row and above the last for the base value's and the prediction's labels
        rowAxis.setRange(-1.0, steps.size() + 0.1);
        rowAxis.setTickMarksVisible(false);
        NumberAxis value = new NumberAxis(valueAxis);
        double span = Math.max(hi - lo, 1e-9);
        // room at the right for the "+0.12" labels
        value.setRange(lo - span * 0.08, hi + span * 0.18);
        value.setAutoRangeIncludesZero(false);
        XYBarRenderer renderer = new XYBarRenderer(0.25);
        renderer.setUseYInterval(true);
        renderer.setDrawBarOutline(false);
        XYPlot plot = new XYPlot(data, rowAxis, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        Palette palette = ChartParts.palette();
        renderer.setSeriesPaint(0, palette.color("diverging.high"));
        renderer.setSeriesPaint(1, palette.color("diverging.low"));
        for (int r = 0; r < steps.size(); r++) {
            Step s = steps.get(r);
            double end = Math.max(s.from(), s.to());
            plot.addAnnotation(ChartParts.text(" " + ChartParts.signed(s.contribution(), places(span)), r, end,
                    ChartParts.SMALL, palette.color("text"), TextAnchor.CENTER_LEFT));
            if (r + 1 < steps.size()) {
                // a faint connector from where this bar ends to where the next starts
                plot.addAnnotation(new XYLineAnnotation(r + 0.35, s.to(), r + 0.65, s.to(), ChartParts.solid(0.8f),
                        palette.color("text.muted")));
            }
        }
        ChartParts.subtitle(chart, "From the average customer (base value), red features raise this customer's prediction and blue lower it");
        double middle = (value.getLowerBound() + value.getUpperBound()) / 2;
        plot.addRangeMarker(mark(baseValue, "base value " + ChartParts.decimal(baseValue, places(span)), false,
                baseValue > middle));
        plot.addRangeMarker(mark(prediction, "prediction " + ChartParts.decimal(prediction, places(span)), true,
                prediction > middle));
        return chart;
    }

    /** A dashed upright line labelled at its top or bottom end, on the side facing the middle so the label stays inside. */
    private static ValueMarker mark(double at, String label, boolean top, boolean labelOnLeft) {
        ValueMarker m = ChartParts.referenceLine(at, label, true);
        m.setPaint(ChartParts.text());
        if (top) {
            m.setLabelAnchor(labelOnLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(labelOnLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        } else {
            m.setLabelAnchor(labelOnLeft ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(labelOnLeft ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        }
        m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        return m;
    }

    /** Enough decimals to tell the contributions apart on this scale. */
    static int places(double span) {
        if (span >= 50) {
            return 0;
        }
        if (span >= 5) {
            return 1;
        }
        return span >= 0.05 ? 2 : 3;
    }

    /**
     * Contributions by size, largest last so it sits on top, smaller ones below it, the rest folded into one
     * "N other features" row at the bottom; the running total starts at the base value at the bottom.
     */
    static List<Step> steps(double baseValue, List<String> features, double[] contributions, int maxRows) {
        ChartParts.requireSameLength("contributions (one per feature)", features.size(), contributions.length);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < contributions.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> Math.abs(contributions[i])).reversed());
        int keep = Math.min(order.size(), Math.max(1, maxRows));
        if (keep == order.size() - 1) {
            keep = order.size();
        }
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        if (keep < order.size()) {
            double rest = 0;
            for (int i = keep; i < order.size(); i++) {
                rest += contributions[order.get(i)];
            }
            labels.add((order.size() - keep) + " other features");
            values.add(rest);
        }
        for (int i = keep - 1; i >= 0; i--) {
            labels.add(features.get(order.get(i)));
            values.add(contributions[order.get(i)]);
        }
        List<Step> steps = new ArrayList<>();
        double at = baseValue;
        for (int i = 0; i < labels.size(); i++) {
            steps.add(new Step(labels.get(i), values.get(i), at, at + values.get(i)));
            at += values.get(i);
        }
        return steps;
    }
}
