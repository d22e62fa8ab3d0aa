package org.segmentlab.core.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Customer lifetime value per segment: each segment's customers' total and mean CLV, its share of the
 * CLV of all segmented customers the model values, and their mean P(alive). A segmented customer the
 * model does not know (no purchase by the as-of day) or cannot value (a fit at its edge) adds nothing
 * and is counted as unvalued.
 *
 * @param segments the segments in the order first met (or the order asked), each with its value
 * @param unvalued segmented customers without a CLV
 */
public record SegmentValues(List<Segment> segments, int unvalued) {

    public SegmentValues {
        segments = List.copyOf(segments);
    }

    /**
     * One segment's value.
     *
     * @param customers  its customers with a CLV
     * @param unvalued   its customers without one
     * @param clvShare   its total CLV over the total of all segments (0 when that total is not positive)
     */
    public record Segment(String name, int customers, int unvalued, double totalClv, double meanClv, double clvShare,
                          double meanPAlive) {
    }

    /** The segment of that name, if it has customers. */
    public Optional<Segment> of(String name) {
        return segments.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Sum of CLV over all segments. */
    public double totalClv() {
        return segments.stream().mapToDouble(Segment::totalClv).sum();
    }

    /**
     * @param values    the fit's per-customer values
     * @param segmentOf segment name by customer id; customers without a segment are left out. The
     *                  segments come in name order, whatever order the customers come in
     */
    public static SegmentValues of(CustomerValues values, Map<String, String> segmentOf) {
        return of(segmentOf, id -> {
            OptionalInt row = values.rowOf(id);
            return row.isEmpty() ? null : new double[] {values.clv(row.getAsInt()), values.pAlive(row.getAsInt())};
        });
    }

    /**
     * The same from a customer table's columns: CLV and P(alive) by customer id (a customer missing from
     * {@code clv} or with NaN there has no value).
     */
    public static SegmentValues of(Map<String, String> segmentOf, Map<String, Double> clv, Map<String, Double> pAlive) {
        return of(segmentOf, id -> {
            Double value = clv.get(id);
            Double alive = pAlive.get(id);
            return value == null ? null : new double[] {value, alive == null ? Double.NaN : alive};
        });
    }

    /** @param valueOf {CLV, P(alive)} of a customer id, or null for a customer the model does not know */
    private static SegmentValues of(Map<String, String> segmentOf,
                                    java.util.function.Function<String, double[]> valueOf) {
        Map<String, double[]> sums = new java.util.TreeMap<>();
        double total = 0;
        int unvalued = 0;
        for (Map.Entry<String, String> e : segmentOf.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            // {clv sum, p(alive) sum, valued, unvalued}
            double[] sum = sums.computeIfAbsent(e.getValue(), s -> new double[4]);
            double[] value = valueOf.apply(e.getKey());
            if (value == null || !Double.isFinite(value[0])) {
                sum[3]++;
                unvalued++;
                continue;
            }
            sum[0] += value[0];
            sum[1] += value[1];
            sum[2]++;
            total += value[0];
        }
        List<Segment> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            int n = (int) s[2];
            out.add(new Segment(e.getKey(), n, (int) s[3], s[0], n == 0 ? Double.NaN : s[0] / n,
                    total > 0 ? s[0] / total : 0, n == 0 ? Double.NaN : s[1] / n));
        }
        return new SegmentValues(out, unvalued);
    }
}
