package org.segmentlab.core.segment.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A first action for a segment nobody has written one for, drawn from what sets it apart (its
 * largest |z| features, read with the same words the names use) and always marked "Suggested:", so
 * a reader knows no analyst wrote it. The analyst's own action replaces it.
 */
public final class ActionSuggester {

    /** What every suggestion starts with. */
    public static final String PREFIX = "Suggested: ";

    private ActionSuggester() {
    }

    /** The action written, or a suggestion from the profile when none is. */
    public static String actionOrSuggestion(String written, SegmentProfile profile) {
        return written != null && !written.isBlank() ? written.strip() : suggest(profile);
    }

    /** Whether an action is a suggestion rather than the analyst's. */
    public static boolean isSuggestion(String action) {
        return action != null && action.startsWith(PREFIX);
    }

    /** A suggestion for the segment, from its notable features (|z| at least {@link SegmentProfiler#NOTABLE_Z}). */
    public static String suggest(SegmentProfile profile) {
        if (profile.segmentId() < 0) {
            return PREFIX + "look at these customers one by one: they fit no segment, and some may be errors in the"
                    + " data or customers worth a personal call.";
        }
        List<String> words = new ArrayList<>();
        List<String> apart = new ArrayList<>();
        for (String feature : profile.distinguishing()) {
            double z = profile.feature(feature).zScore();
            words.add(SegmentNamer.word(feature, z > 0));
            apart.add((z > 0 ? "high " : "low ") + SegmentNamer.readable(feature));
        }
        if (words.isEmpty()) {
            return PREFIX + "the core of the base: keep the regular programme, and test one change on part of them"
                    + " against a holdout before rolling it out.";
        }
        String first = words.get(0);
        if (words.contains("Lapsed") && (words.contains("High spend") || words.contains("Frequent"))) {
            return PREFIX + "win them back before they are lost: a personal reminder of what they bought and an"
                    + " offer worth their while; measure the return against a holdout.";
        }
        if (words.contains("Lapsed")) {
            return PREFIX + "a low-cost win-back (reminder, small incentive) to those still reachable; stop paid"
                    + " contact for those who do not respond.";
        }
        if (words.contains("Recent") && (words.contains("Frequent") || words.contains("High spend"))) {
            return PREFIX + "reward and keep them: early access, loyalty perks, a thank-you; ask them for reviews"
                    + " and referrals rather than discounts.";
        }
        if ("New".equals(first) || words.contains("Recent") && words.contains("Infrequent")) {
            return PREFIX + "onboard them: a welcome series that leads to the second purchase or the first habit.";
        }
        if (words.contains("Frequent") && words.contains("Low spend") || words.contains("Small baskets")) {
            return PREFIX + "grow the basket: bundles, cross-sell and a spend threshold for free delivery.";
        }
        if (words.contains("High spend") || words.contains("Big baskets")) {
            return PREFIX + "look after them personally: service first, premium and new lines before discounts.";
        }
        if (words.contains("Infrequent") || words.contains("Low spend")) {
            return PREFIX + "nurture at low cost: useful content and one timely offer; keep paid contact small.";
        }
        String feature = profile.distinguishing().get(0);
        String key = SegmentNamer.key(feature);
        if (key.contains("support") || key.contains("complaint") || key.contains("ticket")) {
            return PREFIX + "find out what brings them to support and fix it; a check-in from a success manager for"
                    + " the largest accounts.";
        }
        if (key.contains("abandon")) {
            return PREFIX + "follow up abandoned carts with a reminder, and look for what stops the checkout.";
        }
        return PREFIX + String.format(Locale.ROOT, "find out what lies behind their %s, and test one offer built on"
                + " it on part of them against a holdout.", String.join(" and ", apart));
    }
}
