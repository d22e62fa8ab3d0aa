package org.segmentlab.report.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/** Reading back what a chart builder put into a chart. */
final class ChartTesting {

    private ChartTesting() {
    }

    static List<String> subtitles(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle) {
                out.add(((TextTitle) t).getText());
            }
        }
        return out;
    }

    static List<String> texts(XYPlot plot) {
        List<String> out = new ArrayList<>();
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof XYTextAnnotation) {
                out.add(((XYTextAnnotation) a).getText());
            }
        }
        return out;
    }

    static List<ValueMarker> domainMarkers(XYPlot plot) {
        return valueMarkers(plot.getDomainMarkers(Layer.FOREGROUND));
    }

    static List<ValueMarker> rangeMarkers(XYPlot plot) {
        return valueMarkers(plot.getRangeMarkers(Layer.FOREGROUND));
    }

    @SuppressWarnings("rawtypes")
    private static List<ValueMarker> valueMarkers(java.util.Collection markers) {
        List<ValueMarker> out = new ArrayList<>();
        if (markers != null) {
            for (Object m : markers) {
                if (m instanceof ValueMarker) {
                    out.add((ValueMarker) m);
                }
            }
        }
        return out;
    }

    static String label(Marker m) {
        return m.getLabel();
    }

    /** The colour without its transparency, to compare a translucent dot with its palette colour. */
    static int rgb(java.awt.Paint paint) {
        return ((Color) paint).getRGB() | 0xFF000000;
    }
}
