package org.segmentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.Test;

class MarkIndexTest {

    private static final double NEAR = 8;

    /** What a look at every mark gives: the topmost holding the point, else the nearest centre within NEAR. */
    private static ChartEntity everyMark(EntityCollection entities, double x, double y) {
        ChartEntity nearest = null;
        double best = NEAR * NEAR;
        for (int i = entities.getEntityCount() - 1; i >= 0; i--) {
            ChartEntity e = entities.getEntity(i);
            if (!(e instanceof XYItemEntity)) {
                continue;
            }
            if (e.getArea().contains(x, y)) {
                return e;
            }
            Rectangle2D b = e.getArea().getBounds2D();
            double d = Math.pow(b.getCenterX() - x, 2) + Math.pow(b.getCenterY() - y, 2);
            if (d < best) {
                best = d;
                nearest = e;
            }
        }
        return nearest;
    }

    private static XYItemEntity mark(Shape area, int item) {
        return new XYItemEntity(area, null, 0, item, null, null);
    }

    @Test
    void findsTheSameMarkAsLookingAtEveryOne() {
        Random random = new Random(3);
        EntityCollection entities = new StandardEntityCollection();
        entities.add(new ChartEntity(new Rectangle2D.Double(0, 0, 1000, 700))); // the plot: not a mark
        for (int i = 0; i < 3000; i++) {
            double x = random.nextDouble() * 1000;
            double y = random.nextDouble() * 700;
            double r = 1 + random.nextDouble() * 4;
            entities.add(mark(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), i));
        }
        // a few big overlapping bars, drawn last, on top
        for (int i = 0; i < 5; i++) {
            entities.add(mark(new Rectangle2D.Double(100 + 150 * i, 300, 200, 300), 3000 + i));
        }
        MarkIndex index = new MarkIndex(entities, NEAR);

        assertThat(index.size()).isEqualTo(3005);
        int found = 0;
        for (int q = 0; q < 5000; q++) {
            double x = random.nextDouble() * 1040 - 20;
            double y = random.nextDouble() * 740 - 20;
            ChartEntity expected = everyMark(entities, x, y);
            assertThat(index.at(x, y)).as("at %.2f, %.2f", x, y).isSameAs(expected);
            if (expected != null) {
                found++;
            }
        }
        assertThat(found).as("most points find a mark").isGreaterThan(2500);
    }

    @Test
    void aPointNearAThinLinesPointFindsItAndOneFarAwayNothing() {
        EntityCollection entities = new StandardEntityCollection();
        entities.add(mark(new Rectangle2D.Double(100, 100, 1, 1), 0));
        MarkIndex index = new MarkIndex(entities, NEAR);

        assertThat(index.at(106, 104)).isNotNull();
        assertThat(index.at(120, 100)).isNull();
        assertThat(new MarkIndex(null, NEAR).at(1, 1)).isNull();
    }
}
