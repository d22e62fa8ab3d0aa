package org.segmentlab.report.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A numeric axis whose only ticks are given positions with given labels: segment blocks in a
 * silhouette plot, leaves of a dendrogram. Unlike SymbolAxis the positions need not be 0, 1, 2….
 */
final class LabelledAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    private final double[] positions;
    private final String[] labels;

    LabelledAxis(String label, double[] positions, String[] labels) {
        super(label);
        if (positions.length != labels.length) {
            throw new IllegalArgumentException("one label per position is needed");
        }
        this.positions = positions.clone();
        this.labels = labels.clone();
        setAutoRangeIncludesZero(false);
        setMinorTickMarksVisible(false);
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor;
        TextAnchor rotationAnchor;
        double angle = 0;
        if (RectangleEdge.isTopOrBottom(edge)) {
            if (isVerticalTickLabels()) {
                anchor = TextAnchor.CENTER_RIGHT;
                rotationAnchor = TextAnchor.CENTER_RIGHT;
                angle = edge == RectangleEdge.TOP ? Math.PI / 2 : -Math.PI / 2;
            } else {
                anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
                rotationAnchor = anchor;
            }
        } else {
            anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
            rotationAnchor = anchor;
        }
        List<NumberTick> ticks = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            if (getRange().contains(positions[i])) {
                ticks.add(new NumberTick(positions[i], labels[i], anchor, rotationAnchor, angle));
            }
        }
        return ticks;
    }
}
