package org.segmentlab.core.segment.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests segment names from what sets each segment apart, in marketing words where the feature
 * is a known one ("High spend · Recent · Frequent", "Lapsed big spenders") and as
 * "High &lt;feature&gt; · Low &lt;feature&gt;" otherwise. Names are unique within a run: when two
 * segments would share one, the later gets the next feature added, or a number as a last resort.
 */
public final class SegmentNamer {

    /** The name of DBSCAN's noise. */
    public static final String NOISE_NAME = "Outliers (no segment)";
    /** The name of a segment no feature sets apart. */
    public static final String AVERAGE_NAME = "Close to average";

    private static final int MAX_WORDS = 3;
    private static final String SEPARATOR = " · ";
    private static final Map<String, String[]> WORDS = new HashMap<>();

    static {
        words(new String[] {"Lapsed", "Recent"}, "recency_days", "recency", "days_since_last_purchase",
                "days_since_last_order", "days_since_last_visit");
        words(new String[] {"Frequent", "Infrequent"}, "frequency", "orders", "order_count", "number_of_orders",
                "invoices", "purchases", "purchase_count");
        words(new String[] {"High spend", "Low spend"}, "monetary", "monetary_total", "total_spend", "spend",
                "revenue", "total_revenue", "sales");
        words(new String[] {"Big baskets", "Small baskets"}, "monetary_mean", "avg_order_value",
                "average_order_value", "aov", "mean_order_value");
        words(new String[] {"Long-standing", "New"}, "tenure_days", "tenure", "tenure_months");
        words(new String[] {"Older", "Younger"}, "age");
    }

    private SegmentNamer() {
    }

    private static void words(String[] highLow, String... keys) {
        for (String key : keys) {
            WORDS.put(key, highLow);
        }
    }

    /**
     * One name per segment, in the order given.
     *
     * @param features the feature names
     * @param ids      segment ids (−1 for noise), in order of preference for the plainer names
     * @param z        per segment, the z-score of each feature's segment mean against the population
     */
    public static List<String> suggest(List<String> features, int[] ids, double[][] z) {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (int s = 0; s < ids.length; s++) {
            if (ids[s] < 0) {
                names.add(NOISE_NAME);
                used.add(sameWords(NOISE_NAME));
                continue;
            }
            Integer[] order = SegmentProfiler.byAbsDescending(z[s]);
            int notable = 0;
            while (notable < Math.min(MAX_WORDS, order.length)
                    && Math.abs(z[s][order[notable]]) >= SegmentProfiler.NOTABLE_Z) {
                notable++;
            }
            List<String> candidates = new ArrayList<>();
            candidates.add(notable == 0 ? AVERAGE_NAME : phrase(features, z[s], order, notable));
            for (int m = Math.max(notable + 1, 1); m <= order.length; m++) {
                candidates.add(phrase(features, z[s], order, m));
            }
            String chosen = null;
            for (String c : candidates) {
                if (!used.contains(sameWords(c))) {
                    chosen = c;
                    break;
                }
            }
            if (chosen == null) {
                String base = candidates.get(0);
                int number = 2;
                while (used.contains(sameWords(base + " " + number))) {
                    number++;
                }
                chosen = base + " " + number;
            }
            used.add(sameWords(chosen));
            names.add(chosen);
        }
        return names;
    }

    /** "Low A · Low B" and "Low B · Low A" say the same: both count as one name. */
    private static String sameWords(String name) {
        String[] parts = name.toLowerCase(Locale.ROOT).split(" · ");
        java.util.Arrays.sort(parts);
        return String.join(SEPARATOR, parts);
    }

    /** The words for the first m features of {@code order}. */
    private static String phrase(List<String> features, double[] z, Integer[] order, int m) {
        List<String> parts = new ArrayList<>();
        int lapsedAt = -1;
        int bigSpendAt = -1;
        for (int p = 0; p < m; p++) {
            int f = order[p];
            String word = word(features.get(f), z[f] > 0);
            if ("Lapsed".equals(word)) {
                lapsedAt = parts.size();
            } else if ("High spend".equals(word)) {
                bigSpendAt = parts.size();
            }
            parts.add(word);
        }
        // Customers who spent much but stopped coming: the segment win-back campaigns look for.
        if (lapsedAt >= 0 && bigSpendAt >= 0) {
            int first = Math.min(lapsedAt, bigSpendAt);
            int second = Math.max(lapsedAt, bigSpendAt);
            parts.remove(second);
            parts.set(first, "Lapsed big spenders");
        }
        return String.join(SEPARATOR, parts);
    }

    /** The word for a high (or low) value of a feature. */
    static String word(String feature, boolean high) {
        String key = key(feature);
        String[] known = WORDS.get(key);
        if (known == null) {
            // the customer table names a windowed count by its window: monetary_90d is still spend
            known = WORDS.get(key.replaceFirst("_\\d+d$", ""));
        }
        if (known != null) {
            return high ? known[0] : known[1];
        }
        return (high ? "High " : "Low ") + readable(feature);
    }

    /** "Annual Income (k$)" → "annual_income_k", so spellings of one feature meet. */
    static String key(String feature) {
        return feature.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    /** "Annual Income (k$)" → "Annual Income", "support_calls" → "support calls". */
    static String readable(String feature) {
        String s = feature.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replace('_', ' ').trim();
        return s.isEmpty() ? feature.trim() : s;
    }
}
