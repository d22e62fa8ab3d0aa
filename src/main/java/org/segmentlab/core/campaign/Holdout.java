package org.segmentlab.core.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A control group set aside at activation: in every segment, {@code round(share × size)} customers
 * drawn at random are held back from the campaign so its lift can be read out later. The draw
 * depends only on the seed, the segment and the customer ids (customers are put in id order before
 * the shuffle), so exporting the same segments again gives the same control group.
 *
 * @param control true for the customers held back, in the order of the ids given
 */
public record Holdout(double share, long seed, boolean[] control, List<SegmentCount> counts) {

    /** The default share held back. */
    public static final double DEFAULT_SHARE = 0.1;
    public static final String GROUP_COLUMN = "group";
    public static final String TREATMENT = "treatment";
    public static final String CONTROL = "control";
    /** The activation list of every customer with its arm, which a readout joins the outcomes to. */
    public static final String CUSTOMERS_FILE = "customers.csv";

    /** Customers of one segment in each arm. */
    public record SegmentCount(int segmentId, int treatment, int control) {
    }

    public Holdout {
        counts = List.copyOf(counts);
    }

    /** Draws the control group of each segment. */
    public static Holdout draw(List<String> customerIds, int[] segmentIds, double share, long seed) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("the holdout share must be between 0 and 1, not " + share);
        }
        if (customerIds.size() != segmentIds.length) {
            throw new IllegalArgumentException(customerIds.size() + " ids for " + segmentIds.length + " segments");
        }
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < segmentIds.length; i++) {
            members.computeIfAbsent(segmentIds[i], k -> new ArrayList<>()).add(i);
        }
        boolean[] control = new boolean[segmentIds.length];
        List<SegmentCount> counts = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            Integer[] rows = e.getValue().toArray(new Integer[0]);
            Arrays.sort(rows, Comparator.comparing(customerIds::get));
            Random random = new Random(seed * 1_000_003L + e.getKey());
            for (int i = rows.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            int held = (int) Math.round(share * rows.length);
            for (int k = 0; k < held; k++) {
                control[rows[k]] = true;
            }
            counts.add(new SegmentCount(e.getKey(), rows.length - held, held));
        }
        return new Holdout(share, seed, control, counts);
    }

    public int controlCount() {
        return counts.stream().mapToInt(SegmentCount::control).sum();
    }

    /** {@code treatment} or {@code control} for one customer. */
    public String groupOf(int row) {
        return control[row] ? CONTROL : TREATMENT;
    }
}
