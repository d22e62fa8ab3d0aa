package org.segmentlab.ui.common;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;

/**
 * Finds the mark under the mouse among the areas a chart recorded while it was drawn, without
 * looking at all of them: each mark is filed under the squares of a grid its area (widened by the
 * distance a near miss may have) touches, so a question reads one square. Built once per drawing,
 * off the JavaFX thread; asked on every mouse move.
 */
final class MarkIndex {

    private static final double CELL = 24;

    private final List<ChartEntity> marks = new ArrayList<>();
    private final List<Shape> areas = new ArrayList<>();
    private final List<Rectangle2D> bounds = new ArrayList<>();
    /** Square (packed x, y) → indexes of the marks filed under it, in drawing order. */
    private final Map<Long, int[]> squares = new HashMap<>();
    private final double near;

    MarkIndex(EntityCollection entities, double near) {
        this.near = near;
        Map<Long, List<Integer>> filing = new HashMap<>();
        int count = entities == null ? 0 : entities.getEntityCount();
        for (int i = 0; i < count; i++) {
            ChartEntity entity = entities.getEntity(i);
            if (!(entity instanceof XYItemEntity) && !(entity instanceof CategoryItemEntity)) {
                continue;
            }
            Shape area = entity.getArea();
            Rectangle2D box = area.getBounds2D();
            int index = marks.size();
            marks.add(entity);
            areas.add(area);
            bounds.add(box);
            long x0 = cell(box.getMinX() - near);
            long x1 = cell(box.getMaxX() + near);
            long y0 = cell(box.getMinY() - near);
            long y1 = cell(box.getMaxY() + near);
            for (long cx = x0; cx <= x1; cx++) {
                for (long cy = y0; cy <= y1; cy++) {
                    filing.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(index);
                }
            }
        }
        filing.forEach((square, list) -> squares.put(square, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    int size() {
        return marks.size();
    }

    /**
     * The topmost mark (drawn last) whose area holds the point, else the one whose centre is nearest
     * within the near distance; null when there is none.
     */
    ChartEntity at(double x, double y) {
        int[] candidates = squares.get(key(cell(x), cell(y)));
        if (candidates == null) {
            return null;
        }
        ChartEntity nearest = null;
        double best = near * near;
        for (int k = candidates.length - 1; k >= 0; k--) {
            int i = candidates[k];
            if (areas.get(i).contains(x, y)) {
                return marks.get(i);
            }
            Rectangle2D box = bounds.get(i);
            double dx = box.getCenterX() - x;
            double dy = box.getCenterY() - y;
            double d = dx * dx + dy * dy;
            if (d < best) {
                best = d;
                nearest = marks.get(i);
            }
        }
        return nearest;
    }
}
