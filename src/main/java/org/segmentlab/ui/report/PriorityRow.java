package org.segmentlab.ui.report;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.segmentlab.core.segment.Prioritisation;

/**
 * One segment in the prioritisation table: its value potential (customers × mean value, or its total
 * lifetime value when the project has a value model, as a share of all segments') and how easy it is to reach, which the analyst scores from 1 (hard) to 5 (easy). The row
 * stays while the segment does, so an edit in progress survives a rebuilt report.
 */
public final class PriorityRow {

    private final String runId;
    private final int segmentId;
    private final int colour;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyLongWrapper customers = new ReadOnlyLongWrapper(this, "customers");
    private final ReadOnlyDoubleWrapper meanValue = new ReadOnlyDoubleWrapper(this, "meanValue");
    private final ReadOnlyDoubleWrapper valuePotential = new ReadOnlyDoubleWrapper(this, "valuePotential",
            Double.NaN);
    private final ReadOnlyObjectWrapper<Prioritisation.Quadrant> quadrant = new ReadOnlyObjectWrapper<>(this,
            "quadrant");
    private final ReadOnlyIntegerWrapper rank = new ReadOnlyIntegerWrapper(this, "rank");
    private final IntegerProperty ease = new SimpleIntegerProperty(this, "ease");

    /**
     * @param runId  the segmentation the segment belongs to: a clustering run's id, or {@code rfm}
     * @param colour palette segment id (1-based; −1 grey)
     */
    PriorityRow(String runId, int segmentId, int colour, int ease) {
        this.runId = runId;
        this.segmentId = segmentId;
        this.colour = colour;
        this.ease.set(ease);
    }

    public String runId() {
        return runId;
    }

    /** The segment's number in its segmentation, as in the exports. */
    public int segmentId() {
        return segmentId;
    }

    /** Palette segment id (1-based; −1 grey), as the report's charts colour it. */
    public int colour() {
        return colour;
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

    /** Mean of the value measure (spend for RFM) per customer. */
    public ReadOnlyDoubleProperty meanValueProperty() {
        return meanValue.getReadOnlyProperty();
    }

    /** Share of all segments' value potential, 0..1; NaN while not placed. */
    public ReadOnlyDoubleProperty valuePotentialProperty() {
        return valuePotential.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Prioritisation.Quadrant> quadrantProperty() {
        return quadrant.getReadOnlyProperty();
    }

    /** 1 = act first. */
    public ReadOnlyIntegerProperty rankProperty() {
        return rank.getReadOnlyProperty();
    }

    /** 1 (hard to reach) to 5 (easy). */
    public IntegerProperty easeProperty() {
        return ease;
    }

    public int ease() {
        return ease.get();
    }

    void show(String newName, long newCustomers, double newMeanValue) {
        name.set(newName);
        customers.set(newCustomers);
        meanValue.set(newMeanValue);
    }

    void place(Prioritisation.Placement placement) {
        valuePotential.set(placement.potentialShare());
        quadrant.set(placement.quadrant());
        rank.set(placement.rank());
    }
}
