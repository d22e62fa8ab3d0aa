package org.segmentlab.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Pieces the chart builders share: number formats, strokes, reference lines and labels.
 * The theme (ChartStyle) resets text annotations and subtitles, so builders add these after styling.
 */
final class ChartParts {

    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LABEL_BOLD = LABEL.deriveFont(Font.BOLD);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** Plot insets that leave room at the right for the last tick label ("100%") of a flat axis. */
    static final RectangleInsets ROOM_FOR_LAST_TICK = new RectangleInsets(4, 4, 4, 18);

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private ChartParts() {
    }

    static Palette palette() {
        return Palette.standard();
    }

    static Color text() {
        return palette().color("text");
    }

    static Color muted() {
        return palette().color("text.muted");
    }

    /**
     * Formats are made per call: DecimalFormat is not thread-safe and charts are built on worker threads.
     * Halves round up (1.25 → "1.3"), as readers round, not to even.
     */
    static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** Formats like {@code format} but leaves negative numbers blank: for axes of measures that cannot be negative. */
    static NumberFormat nonNegative(NumberFormat format) {
        return new NumberFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
                return number < -1e-9 ? toAppendTo : format.format(number, toAppendTo, pos);
            }

            @Override
            public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
                return number < 0 ? toAppendTo : format.format(number, toAppendTo, pos);
            }

            @Override
            public Number parse(String source, ParsePosition parsePosition) {
                return format.parse(source, parsePosition);
            }
        };
    }

    /** "104,223" whatever the machine's locale. */
    static String count(long n) {
        return format("#,##0").format(n);
    }

    static String decimal(double v, int places) {
        return format(places == 0 ? "0" : "0." + "0".repeat(places)).format(v);
    }

    /** A value rounded to {@code digits} significant digits for a label: 312.424 → "312", 0.012345 → "0.0123". */
    static String significant(double v, int digits) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return decimal(v, 0);
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(v)));
        int places = Math.max(0, digits - 1 - magnitude);
        return format(places == 0 ? "#,##0" : "#,##0." + "#".repeat(places)).format(v);
    }

    /** A signed value with a real minus sign, e.g. "+1.2" or "−0.4". */
    static String signed(double v, int places) {
        String s = decimal(Math.abs(v), places);
        if (s.matches("[0.]+")) {
            return s;
        }
        return (v < 0 ? "\u2212" : "+") + s;
    }

    /** A fraction as a percentage: 0.4312 → "43%" (places 0) or "43.1%" (places 1). */
    static String percent(double fraction, int places) {
        return decimal(fraction * 100, places) + "%";
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 21st… */
    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix;
        if (mod100 >= 11 && mod100 <= 13) {
            suffix = "th";
        } else if (n % 10 == 1) {
            suffix = "st";
        } else if (n % 10 == 2) {
            suffix = "nd";
        } else if (n % 10 == 3) {
            suffix = "rd";
        } else {
            suffix = "th";
        }
        return n + suffix;
    }

    static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
    }

    static Stroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Shape circle(double diameter) {
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    /** A name for every segment id: the caller's, or "Segment 3", or "Noise" for DBSCAN's -1. */
    static String segmentName(Map<Integer, String> names, int id) {
        String name = names == null ? null : names.get(id);
        if (name != null && !name.isBlank()) {
            return name;
        }
        return id < 0 ? "Noise" : "Segment " + id;
    }

    /**
     * A dashed reference line. On the domain axis of a vertical plot it stands upright and its label sits
     * at the top, right of the line; on the range axis it lies flat with its label above its right end.
     */
    static ValueMarker referenceLine(double value, String label, boolean onDomainAxis) {
        ValueMarker marker = new ValueMarker(value, muted(), dashed(1.2f));
        if (label != null) {
            marker.setLabel(label);
            marker.setLabelFont(LABEL);
            marker.setLabelPaint(text());
            marker.setLabelBackgroundColor(withAlpha(palette().color("background"), 0.85));
            if (onDomainAxis) {
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            } else {
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            }
        }
        return marker;
    }

    static XYTextAnnotation text(String text, double x, double y, Font font, Paint paint, TextAnchor anchor) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(font);
        a.setPaint(paint);
        a.setTextAnchor(anchor);
        return a;
    }

    /** A muted line under the title, e.g. how many customers a sample shows. Call after styling. */
    static TextTitle subtitle(JFreeChart chart, String text) {
        TextTitle title = new TextTitle(text, SUBTITLE);
        title.setPaint(muted());
        title.setHorizontalAlignment(HorizontalAlignment.CENTER);
        title.setPadding(new RectangleInsets(0, 4, 6, 4));
        chart.addSubtitle(title);
        return title;
    }

    /** A value axis whose ticks stand well apart (see {@link SparseTickAxis}). */
    static NumberAxis numberAxis(String label) {
        return new SparseTickAxis(label);
    }

    /**
     * JFreeChart packs ticks as tightly as their labels allow (30 on a tall plot); asking for about
     * three label heights (upright axes) or two label widths (flat axes) between ticks gives the 5–10 ticks a reader takes in.
     */
    static final class SparseTickAxis extends NumberAxis {

        private static final long serialVersionUID = 1L;

        SparseTickAxis(String label) {
            super(label);
        }

        @Override
        protected void selectVerticalAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            double label = estimateMaximumTickLabelHeight(g2);
            // about three label heights apart, closer on a short axis so it still gets four or five ticks
            double spacing = Math.max(label * 1.3, Math.min(label * 3, dataArea.getHeight() / 5));
            double length = getRange().getLength();
            if (dataArea.getHeight() <= 0 || length <= 0) {
                super.selectVerticalAutoTickUnit(g2, dataArea, edge);
                return;
            }
            TickUnitSource units = getStandardTickUnits();
            NumberTickUnit unit = (NumberTickUnit) units.getCeilingTickUnit(spacing * length / dataArea.getHeight());
            // a short panel (a k-sweep row) still gets three ticks to read a value by, while their labels fit
            double perPixel = length / dataArea.getHeight();
            // digits need about their line height less the leading below them
            double text = getTickLabelFont().getLineMetrics("0", g2.getFontRenderContext()).getHeight();
            while (ticksWithin(unit) < 3) {
                NumberTickUnit smaller = unit;
                for (double target = unit.getSize() * 0.45; smaller.getSize() >= unit.getSize() && target > 0
                        && target > unit.getSize() * 1e-3; target *= 0.45) {
                    smaller = (NumberTickUnit) units.getCeilingTickUnit(target);
                }
                if (smaller.getSize() >= unit.getSize() || smaller.getSize() / perPixel < text * 0.85) {
                    break;
                }
                unit = smaller;
            }
            setTickUnit(unit, false, false);
        }

        /** How many multiples of the unit lie on the axis's range. */
        int ticksWithin(NumberTickUnit unit) {
            double size = unit.getSize();
            return (int) (Math.floor(getRange().getUpperBound() / size) - Math.ceil(getRange().getLowerBound() / size)) + 1;
        }

        @Override
        protected double estimateMaximumTickLabelWidth(Graphics2D g2, TickUnit unit) {
            return super.estimateMaximumTickLabelWidth(g2, unit) * 2;
        }
    }

    /** An axis that shows whole numbers only (k, decile, …) spaced one apart. */
    static NumberAxis integerAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setTickUnit(new NumberTickUnit(1, format("0")));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** An axis for a share in [0, 1] shown as percentages. */
    static NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.2, format("0%")));
        return axis;
    }

    static void requireSameLength(String what, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalArgumentException(what + ": expected " + expected + " values, got " + actual);
        }
    }
}
