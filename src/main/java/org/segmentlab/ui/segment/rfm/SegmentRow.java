package org.segmentlab.ui.segment.rfm;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.segmentlab.core.segment.rfm.SegmentSummary;

/** One line of the segment table: the segment's figures and its editable recommended action. */
public final class SegmentRow {

    private final SegmentSummary summary;
    private final StringProperty action;

    SegmentRow(SegmentSummary summary) {
        this.summary = summary;
        this.action = new SimpleStringProperty(this, "action", summary.action());
    }

    public SegmentSummary summary() {
        return summary;
    }

    public int id() {
        return summary.id();
    }

    public String name() {
        return summary.name();
    }

    public StringProperty actionProperty() {
        return action;
    }

    public String action() {
        return action.get();
    }
}
