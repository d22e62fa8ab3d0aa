package org.segmentlab.report.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.segmentlab.core.AtomicWrite;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Charts to files and strings: PNG for slides, SVG for the HTML report. Works without a display. */
public final class ChartExport {

    private ChartExport() {
    }

    public static BufferedImage image(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void writePng(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        ImageIO.write(image(chart, width, height), "png", out);
    }

    /**
     * The chart as an {@code <svg>} element, fit to inline in HTML. Element ids are derived from {@code idPrefix} so that
     * several charts inlined in one HTML page do not clash, and the same chart gives the same text.
     */
    public static String svg(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement();
    }

    /** Writes PNG or SVG by the file's extension, atomically. */
    public static void write(JFreeChart chart, int width, int height, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".svg")) {
            AtomicWrite.write(file, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + svg(chart, width, height, "c")).getBytes(StandardCharsets.UTF_8));
        } else if (name.endsWith(".png")) {
            AtomicWrite.write(file, out -> writePng(chart, width, height, out));
        } else {
            throw new IllegalArgumentException(file.getFileName() + ": choose a .png or .svg file name");
        }
    }
}
