package org.segmentlab.core.segment.rfm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules that name customers by their RFM scores, for one bin count. The first rule that matches
 * wins; a customer no rule matches is in {@value #OTHERS}. Segment ids follow the rules: the
 * first rule is segment 1, the second 2 and so on, and {@value #OTHERS} is segment 0, so ids
 * stay put when a rule is added at the end.
 *
 * @param bins the bin count the scores must have for the map to apply (3 to 10)
 */
public record SegmentMap(int bins, List<SegmentRule> rules) {

    public static final String OTHERS = "Others";
    public static final int OTHERS_ID = 0;
    /** Segment ids are kept in one byte per customer. */
    public static final int MAX_RULES = 100;

    public SegmentMap {
        if (bins < 3 || bins > 10) {
            throw new IllegalArgumentException("a segment map is for 3 to 10 bins, not " + bins);
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
        if (rules.size() > MAX_RULES) {
            throw new IllegalArgumentException("a segment map has at most " + MAX_RULES + " rules, not " + rules.size());
        }
        Set<String> names = new HashSet<>();
        for (SegmentRule rule : rules) {
            if (rule.name().equalsIgnoreCase(OTHERS)) {
                throw new IllegalArgumentException("'" + OTHERS + "' is the name kept for customers no rule matches;"
                        + " give the rule another name");
            }
            if (!names.add(rule.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("segment '" + rule.name() + "' appears twice in the segment map");
            }
            int highest = Math.max(rule.rMax(), rule.fMax());
            if (rule.mMin() != null) {
                highest = Math.max(highest, rule.mMin());
            }
            if (rule.mMax() != null) {
                highest = Math.max(highest, rule.mMax());
            }
            if (highest > bins) {
                throw new IllegalArgumentException("segment '" + rule.name() + "' uses score " + highest
                        + " but the map is for " + bins + " bins");
            }
        }
    }

    /**
     * The 10-segment R×F grid widely used in public RFM work, for 5 bins. Each of the 25 (R, F)
     * cells is in exactly one segment; M does not move a customer between segments.
     */
    public static SegmentMap standard() {
        return new SegmentMap(5, List.of(
                rf("Champions", 5, 5, 4, 5,
                        "Reward them; early access to new products; ask for reviews and referrals"),
                rf("Loyal Customers", 3, 4, 4, 5,
                        "Upsell higher-value products; invite them to a loyalty programme; ask for reviews"),
                rf("Potential Loyalists", 4, 5, 2, 3,
                        "Offer a membership or loyalty programme; recommend products that go with past buys"),
                rf("New Customers", 5, 5, 1, 1,
                        "Welcome them: onboarding, early support, a reason for a second purchase"),
                rf("Promising", 4, 4, 1, 1,
                        "Build awareness: free trials or a small offer to bring them back"),
                rf("Need Attention", 3, 3, 3, 3,
                        "Limited-time offers based on past purchases; reactivate them before they slip"),
                rf("About To Sleep", 3, 3, 1, 2,
                        "Share popular products and useful content; a discount to reconnect"),
                rf("Can't Lose Them", 1, 2, 5, 5,
                        "Win them back personally: renewals, new products, talk to them; do not lose them to a competitor"),
                rf("At Risk", 1, 2, 3, 4,
                        "Win-back offer: personalised emails, renewals and helpful resources"),
                rf("Hibernating", 1, 2, 1, 2,
                        "Offer other relevant products and special discounts; otherwise spend little on them")));
    }

    private static SegmentRule rf(String name, int rMin, int rMax, int fMin, int fMax, String action) {
        return SegmentRule.onRecencyAndFrequency(name, rMin, rMax, fMin, fMax, action);
    }

    /** True when the map was made for scores with this many bins. */
    public boolean appliesTo(int scoreBins) {
        return bins == scoreBins;
    }

    /** The id of the segment for these scores: 1 + the index of the first matching rule, or 0 for Others. */
    public int segmentIdOf(int r, int f, int m) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).matches(r, f, m)) {
                return i + 1;
            }
        }
        return OTHERS_ID;
    }

    /** Number of segment ids, Others included: ids run from 0 to {@code segmentCount() - 1}. */
    public int segmentCount() {
        return rules.size() + 1;
    }

    public String nameOf(int segmentId) {
        return segmentId == OTHERS_ID ? OTHERS : rules.get(segmentId - 1).name();
    }

    public String actionOf(int segmentId) {
        return segmentId == OTHERS_ID ? "" : rules.get(segmentId - 1).action();
    }

    /** The (R, F) cells, as {r, f} pairs, where some M score falls to Others: the gaps an editor should show. */
    public List<int[]> uncoveredCells() {
        List<int[]> gaps = new ArrayList<>();
        for (int r = 1; r <= bins; r++) {
            for (int f = 1; f <= bins; f++) {
                for (int m = 1; m <= bins; m++) {
                    if (segmentIdOf(r, f, m) == OTHERS_ID) {
                        gaps.add(new int[] {r, f});
                        break;
                    }
                }
            }
        }
        return gaps;
    }
}
