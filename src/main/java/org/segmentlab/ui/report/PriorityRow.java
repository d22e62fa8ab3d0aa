package org.segmentlab.ui.report;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * One segment in the prioritisation table: what it is worth going after and how easy it is to reach, which
 * the analyst scores from 1 (hard) to 5 (easy). The row stays while the segment does, so an edit in
 * progress survives a rebuilt report.
 */
public final class PriorityRow {

    private final int segmentId;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyLongWrapper customers = new ReadOnlyLongWrapper(this, "customers");
    private final ReadOnlyDoubleWrapper revenueShare = new ReadOnlyDoubleWrapper(this, "revenueShare");
    private final ReadOnlyDoubleWrapper valuePotential = new ReadOnlyDoubleWrapper(this, "valuePotential",
            Double.NaN);
    private final IntegerProperty ease = new SimpleIntegerProperty(this, "ease");

    PriorityRow(int segmentId, int ease) {
        this.segmentId = segmentId;
        this.ease.set(ease);
    }

    /** The segment's number in its segmentation, as in the exports. */
    public int segmentId() {
        return segmentId;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyLongProperty customersProperty() {
        return customers.getReadOnlyProperty();
    }

    /** Share of all revenue, 0..1. */
    public ReadOnlyDoubleProperty revenueShareProperty() {
        return revenueShare.getReadOnlyProperty();
    }

    /** What the segment is worth going after, 0..1; NaN while not known. */
    public ReadOnlyDoubleProperty valuePotentialProperty() {
        return valuePotential.getReadOnlyProperty();
    }

    /** 1 (hard to reach) to 5 (easy). */
    public IntegerProperty easeProperty() {
        return ease;
    }

    public int ease() {
        return ease.get();
    }

    void show(String newName, long newCustomers, double newRevenueShare, double newValuePotential) {
        name.set(newName);
        customers.set(newCustomers);
        revenueShare.set(newRevenueShare);
        valuePotential.set(newValuePotential);
    }
}
