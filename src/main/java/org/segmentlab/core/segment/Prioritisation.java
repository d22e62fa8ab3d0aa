package org.segmentlab.core.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where to act first: each segment placed by its value potential (customers × mean value) against
 * how easy it is to reach, as the analyst scored it from 1 (hard) to 5 (easy).
 *
 * <p>A segment is valuable when its potential is at least an even share of the total (1 / number of
 * segments), and easy when its ease is at least {@link #EASY_FROM}: an unscored segment (ease 3)
 * counts as within reach, so only a segment scored hard can end up deprioritised.
 */
public final class Prioritisation {

    /** The ease from which a segment counts as easy to reach. */
    public static final int EASY_FROM = 3;

    private Prioritisation() {
    }

    /** The four places, in the order to act on them. */
    public enum Quadrant {
        QUICK_WINS, BIG_BETS, FILL_INS, DEPRIORITISE
    }

    /**
     * A segment to place.
     *
     * @param meanValue the segment's mean of the value measure (spend, score); negative counts as 0
     * @param ease      1..5
     */
    public record Candidate(String name, long customers, double meanValue, int ease) {
        public Candidate {
            Objects.requireNonNull(name, "name");
            if (ease < 1 || ease > 5) {
                throw new IllegalArgumentException("the ease of '" + name + "' must be from 1 to 5, not " + ease);
            }
        }
    }

    /**
     * Where a segment lands.
     *
     * @param potential      customers × mean value
     * @param potentialShare its share of all segments' potential, 0..1
     * @param rank           1 = act first: by quadrant, then by potential
     */
    public record Placement(Candidate segment, double potential, double potentialShare, Quadrant quadrant,
                            int rank) {
    }

    /**
     * The placements, in rank order.
     *
     * @throws IllegalArgumentException when there is no segment
     */
    public static List<Placement> place(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no segment to prioritise");
        }
        double total = 0;
        double[] potential = new double[candidates.size()];
        for (int i = 0; i < potential.length; i++) {
            Candidate c = candidates.get(i);
            double mean = Double.isNaN(c.meanValue()) ? 0 : Math.max(0, c.meanValue());
            potential[i] = c.customers() * mean;
            total += potential[i];
        }
        double valuableFrom = threshold(candidates.size());
        List<Placement> placed = new ArrayList<>();
        for (int i = 0; i < potential.length; i++) {
            Candidate c = candidates.get(i);
            double share = total > 0 ? potential[i] / total : 0;
            boolean valuable = total > 0 && share >= valuableFrom;
            boolean easy = c.ease() >= EASY_FROM;
            Quadrant q = valuable ? (easy ? Quadrant.QUICK_WINS : Quadrant.BIG_BETS)
                    : (easy ? Quadrant.FILL_INS : Quadrant.DEPRIORITISE);
            placed.add(new Placement(c, potential[i], share, q, 0));
        }
        placed.sort(Comparator.comparingInt((Placement p) -> p.quadrant().ordinal())
                .thenComparing(Comparator.comparingDouble(Placement::potential).reversed()));
        List<Placement> ranked = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Placement p = placed.get(i);
            ranked.add(new Placement(p.segment(), p.potential(), p.potentialShare(), p.quadrant(), i + 1));
        }
        return List.copyOf(ranked);
    }

    /** The share of the total potential from which a segment counts as valuable: an even share. */
    public static double threshold(int segments) {
        return 1.0 / segments;
    }
}
