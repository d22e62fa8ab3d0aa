package org.segmentlab.core.segment.rfm;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.segmentlab.core.features.rfm.CustomerRfm;
import org.segmentlab.core.features.rfm.RfmResult;

/**
 * An RFM result with a segment map applied: the segment of every customer, a summary per
 * segment and the R×F grid. Immutable.
 */
public final class RfmSegmentation {

    private final RfmResult rfm;
    private final SegmentMap map;
    private final byte[] segmentIds;
    private final List<SegmentSummary> summaries;
    private final RfmGrid grid;
    private final List<String> warnings;

    RfmSegmentation(RfmResult rfm, SegmentMap map, byte[] segmentIds, List<SegmentSummary> summaries,
                    RfmGrid grid, List<String> warnings) {
        this.rfm = rfm;
        this.map = map;
        this.segmentIds = segmentIds;
        this.summaries = List.copyOf(summaries);
        this.grid = grid;
        this.warnings = List.copyOf(warnings);
    }

    public RfmResult rfm() {
        return rfm;
    }

    public SegmentMap map() {
        return map;
    }

    /** True when the map was made for the result's bin count; otherwise every customer is in Others. */
    public boolean mapApplies() {
        return map.appliesTo(rfm.bins());
    }

    /** The segment id of customer i: 1 + rule index, or {@link SegmentMap#OTHERS_ID}. */
    public int segmentId(int i) {
        return segmentIds[i];
    }

    public String segmentName(int i) {
        return map.nameOf(segmentIds[i]);
    }

    public CustomerRfm customer(int i) {
        return rfm.customer(i).withSegment(segmentName(i));
    }

    /** Every customer with the segment filled in, as records made on demand. */
    public List<CustomerRfm> customers() {
        return new Customers();
    }

    /**
     * One summary per rule of the map, in map order (empty segments too), then Others when it has
     * customers.
     */
    public List<SegmentSummary> summaries() {
        return summaries;
    }

    public RfmGrid grid() {
        return grid;
    }

    /** What the user must be told, e.g. that the map does not fit the bin count. */
    public List<String> warnings() {
        return warnings;
    }

    private final class Customers extends AbstractList<CustomerRfm> implements RandomAccess {
        @Override
        public CustomerRfm get(int index) {
            return customer(index);
        }

        @Override
        public int size() {
            return segmentIds.length;
        }
    }
}
