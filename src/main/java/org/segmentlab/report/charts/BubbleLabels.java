package org.segmentlab.report.charts;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * Where bubble charts put their segments' names: inside a circle when the name fits, else beside it; a
 * name never covers another name or a reserved box (a corner label) and stays inside the plot, moving
 * further out with a thin line back to its circle when it must. Covering other circles is avoided where
 * it can be.
 */
final class BubbleLabels {

    /** Gap between a circle and its name, in Java2D units. */
    static final double GAP = 3;
    /** Room either side of a name's text inside its box. */
    private static final double PAD = 3;

    private BubbleLabels() {
    }

    /**
     * Where a name is drawn.
     *
     * @param inside whether it sits inside its circle
     * @param leader whether it was moved away from its circle and a line leads back
     */
    record Spot(Rectangle2D box, boolean inside, boolean leader) {
    }

    /**
     * Places the names in the order given (largest segment first, so the big ones keep the best spots).
     *
     * @param names    one per circle; a null or empty name gets a null spot
     * @param reserved boxes no name may cover, such as the corner labels
     * @param metrics  of the font the names are drawn in
     */
    static List<Spot> layOut(List<String> names, List<Ellipse2D> circles, List<Rectangle2D> reserved,
                             Rectangle2D area, FontMetrics metrics) {
        List<Rectangle2D> taken = new ArrayList<>(reserved);
        List<Spot> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isEmpty()) {
                out.add(null);
                continue;
            }
            Spot spot = place(metrics.stringWidth(name) + 2 * PAD, metrics.getHeight(), i, circles, taken, area);
            taken.add(spot.box());
            out.add(spot);
        }
        return out;
    }

    /** Draws a placed name in the current font: light on its circle's colour inside it, else on a pale box. */
    static void draw(Graphics2D g2, String name, Spot spot, Ellipse2D circle) {
        Palette palette = ChartParts.palette();
        Rectangle2D box = spot.box();
        if (!spot.inside()) {
            if (spot.leader()) {
                double[] from = nearestOnCircle(circle, box);
                g2.setPaint(palette.color("text.muted"));
                g2.setStroke(ChartParts.solid(0.8f));
                g2.draw(new Line2D.Double(from[0], from[1],
                        clamp(from[0], box.getMinX(), box.getMaxX()), clamp(from[1], box.getMinY(), box.getMaxY())));
            }
            g2.setPaint(ChartParts.withAlpha(palette.color("background"), 0.8));
            g2.fill(box);
        }
        g2.setPaint(spot.inside() ? palette.color("background") : palette.color("text"));
        TextUtils.drawAlignedString(name, g2, (float) box.getCenterX(), (float) box.getCenterY(), TextAnchor.CENTER);
    }

    private static Spot place(double w, double h, int index, List<Ellipse2D> circles, List<Rectangle2D> taken,
                              Rectangle2D area) {
        Ellipse2D c = circles.get(index);
        double cx = c.getCenterX();
        double cy = c.getCenterY();
        double r = c.getWidth() / 2;
        List<Spot> candidates = new ArrayList<>();
        if (w - 2 * PAD < 1.7 * r && h < 1.2 * r) {
            candidates.add(new Spot(new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h), true, false));
        }
        boolean upFirst = cy > area.getCenterY();
        double above = cy - r - GAP - h;
        double below = cy + r + GAP;
        for (int step = 0; step <= 8; step++) {
            double shift = step * (h + 2);
            boolean leader = step > 0;
            double first = upFirst ? above - shift : below + shift;
            double second = upFirst ? below + shift : above - shift;
            candidates.add(new Spot(box(cx - w / 2, first, w, h, area), false, leader));
            candidates.add(new Spot(box(cx - w / 2, second, w, h, area), false, leader));
            if (step == 0) {
                candidates.add(new Spot(box(cx + r + GAP, cy - h / 2, w, h, area), false, false));
                candidates.add(new Spot(box(cx - r - GAP - w, cy - h / 2, w, h, area), false, false));
            }
        }
        Spot best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Spot candidate : candidates) {
            double cost = 100 * hardCost(candidate.box(), taken, area) + softCost(candidate, index, circles);
            if (cost == 0) {
                return candidate;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = candidate;
            }
        }
        if (hardCost(best.box(), taken, area) == 0) {
            return best;
        }
        Spot free = nearestFree(w, h, index, circles, taken, area);
        return free != null ? free : best;
    }

    /**
     * When nothing beside the circle is free (a crowded corner of a small plot), the free place nearest
     * the circle anywhere in the plot, preferring places that cover no circle.
     */
    private static Spot nearestFree(double w, double h, int index, List<Ellipse2D> circles, List<Rectangle2D> taken,
                                    Rectangle2D area) {
        Ellipse2D c = circles.get(index);
        Spot best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        double stepX = Math.max(3, w / 8);
        double stepY = Math.max(3, h / 3);
        for (double y = area.getMinY() + 1; y + h <= area.getMaxY() - 1; y += stepY) {
            for (double x = area.getMinX() + 1; x + w <= area.getMaxX() - 1; x += stepX) {
                Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
                if (hardCost(box, taken, area) > 0) {
                    continue;
                }
                double dx = clamp(c.getCenterX(), box.getMinX(), box.getMaxX()) - c.getCenterX();
                double dy = clamp(c.getCenterY(), box.getMinY(), box.getMaxY()) - c.getCenterY();
                double distance = Math.max(0, Math.hypot(dx, dy) - c.getWidth() / 2);
                Spot spot = new Spot(box, false, distance > 2 * GAP);
                // a circle's worth of overlap counts as much as moving a few names' heights further away
                double score = distance + 3 * softCost(spot, index, circles) / h;
                if (score < bestScore) {
                    bestScore = score;
                    best = spot;
                }
            }
        }
        return best;
    }

    /** Area of the box over names, reserved boxes and outside the plot: zero where a name may go. */
    private static double hardCost(Rectangle2D box, List<Rectangle2D> taken, Rectangle2D area) {
        double cost = 0;
        for (Rectangle2D other : taken) {
            cost += overlap(box, other);
        }
        if (!area.contains(box)) {
            cost += box.getWidth() * box.getHeight() - overlap(box, area);
        }
        return cost;
    }

    /** Roughly the area of the box over circles (its own, unless it sits inside it). */
    private static double softCost(Spot spot, int index, List<Ellipse2D> circles) {
        double cost = 0;
        for (int j = 0; j < circles.size(); j++) {
            if (j != index || !spot.inside()) {
                // the circle's bounding square counts for about the circle's area (pi/4 of it)
                cost += 0.8 * overlap(spot.box(), circles.get(j).getBounds2D());
            }
        }
        return cost;
    }

    static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** A name's box, moved sideways (never up or down) to stay within the plot where it is narrow enough. */
    private static Rectangle2D box(double x, double y, double w, double h, Rectangle2D area) {
        double left = w >= area.getWidth() ? area.getMinX() : clamp(x, area.getMinX() + 1, area.getMaxX() - 1 - w);
        return new Rectangle2D.Double(left, y, w, h);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The point of the circle's rim closest to the box. */
    private static double[] nearestOnCircle(Ellipse2D circle, Rectangle2D box) {
        double cx = circle.getCenterX();
        double cy = circle.getCenterY();
        double tx = clamp(cx, box.getMinX(), box.getMaxX()) - cx;
        double ty = clamp(cy, box.getMinY(), box.getMaxY()) - cy;
        double d = Math.hypot(tx, ty);
        double r = circle.getWidth() / 2;
        return d == 0 ? new double[] {cx, cy} : new double[] {cx + tx / d * r, cy + ty / d * r};
    }
}
