package org.segmentlab.core.segment.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the k of a sweep that most criteria point to, and says why. Each criterion votes for one k:
 * the highest silhouette, the highest Calinski–Harabasz, the lowest Davies–Bouldin, the elbow of
 * the WCSS curve and, for Gaussian mixtures, the lowest BIC. The k with most votes wins; on a tie,
 * the one with the higher silhouette. No single criterion is trusted alone: silhouette often
 * prefers 2, Calinski–Harabasz grows with k on data without clear groups.
 */
final class KChoice {

    record Suggestion(int k, String reason, int elbowK) {
    }

    private KChoice() {
    }

    static Suggestion suggest(List<KSweepRow> rows, boolean withBic) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("an empty sweep has no suggestion");
        }
        if (rows.size() == 1) {
            return new Suggestion(rows.get(0).k(), "k = " + rows.get(0).k() + ": the only k tried", 0);
        }
        double[] ks = new double[rows.size()];
        double[] wcss = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ks[i] = rows.get(i).k();
            wcss[i] = rows.get(i).wcss();
        }
        int elbowAt = KneeFinder.elbowOfDecreasing(ks, wcss);
        int elbowK = elbowAt < 0 ? 0 : rows.get(elbowAt).k();

        // Each criterion: its choice and the phrase describing it.
        Map<String, Integer> choice = new LinkedHashMap<>();
        Map<String, String> phrase = new LinkedHashMap<>();
        KSweepRow bestSil = best(rows, KSweepRow::silhouette, true);
        if (bestSil != null) {
            choice.put("silhouette", bestSil.k());
            phrase.put("silhouette", String.format(Locale.ROOT, "highest silhouette (%.2f)", bestSil.silhouette()));
        }
        KSweepRow bestCh = best(rows, KSweepRow::calinskiHarabasz, true);
        if (bestCh != null) {
            choice.put("ch", bestCh.k());
            phrase.put("ch", String.format(Locale.ROOT, "highest Calinski–Harabasz (%.1f)",
                    bestCh.calinskiHarabasz()));
        }
        KSweepRow bestDb = best(rows, KSweepRow::daviesBouldin, false);
        if (bestDb != null) {
            choice.put("db", bestDb.k());
            phrase.put("db", String.format(Locale.ROOT, "lowest Davies–Bouldin (%.2f)", bestDb.daviesBouldin()));
        }
        if (elbowK > 0) {
            choice.put("elbow", elbowK);
            phrase.put("elbow", "the elbow flattens after " + elbowK);
        }
        if (withBic) {
            KSweepRow bestBic = best(rows, KSweepRow::bic, false);
            if (bestBic != null) {
                choice.put("bic", bestBic.k());
                phrase.put("bic", String.format(Locale.ROOT, "lowest BIC (%.0f)", bestBic.bic()));
            }
        }
        if (choice.isEmpty()) {
            int k = rows.get(0).k();
            return new Suggestion(k, "k = " + k + ": no criterion could be computed, the smallest k is shown", 0);
        }

        Map<Integer, Integer> votes = new LinkedHashMap<>();
        choice.values().forEach(k -> votes.merge(k, 1, Integer::sum));
        int winner = -1;
        for (KSweepRow row : rows) {
            int v = votes.getOrDefault(row.k(), 0);
            if (v == 0) {
                continue;
            }
            if (winner < 0) {
                winner = row.k();
                continue;
            }
            int w = votes.get(winner);
            double silRow = Double.isNaN(row.silhouette()) ? Double.NEGATIVE_INFINITY : row.silhouette();
            double silWinner = silhouetteOf(rows, winner);
            if (v > w || (v == w && silRow > silWinner)) {
                winner = row.k();
            }
        }
        List<String> agree = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        for (Map.Entry<String, Integer> e : choice.entrySet()) {
            if (e.getValue() == winner) {
                agree.add(phrase.get(e.getKey()));
            } else {
                disagree.add(otherChoice(e.getKey(), e.getValue()));
            }
        }
        StringBuilder reason = new StringBuilder("k = ").append(winner).append(": ").append(join(agree));
        if (!disagree.isEmpty()) {
            reason.append("; ").append(String.join(", ", disagree));
        }
        return new Suggestion(winner, reason.toString(), elbowK);
    }

    private static String otherChoice(String criterion, int k) {
        switch (criterion) {
            case "silhouette":
                return "silhouette prefers " + k;
            case "ch":
                return "Calinski–Harabasz prefers " + k;
            case "db":
                return "Davies–Bouldin prefers " + k;
            case "elbow":
                return "the elbow flattens after " + k;
            case "bic":
                return "BIC prefers " + k;
            default:
                throw new IllegalStateException(criterion);
        }
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static double silhouetteOf(List<KSweepRow> rows, int k) {
        for (KSweepRow r : rows) {
            if (r.k() == k && !Double.isNaN(r.silhouette())) {
                return r.silhouette();
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    private static KSweepRow best(List<KSweepRow> rows, java.util.function.ToDoubleFunction<KSweepRow> measure,
                                  boolean highest) {
        KSweepRow best = null;
        for (KSweepRow r : rows) {
            double v = measure.applyAsDouble(r);
            if (!Double.isFinite(v)) {
                continue;
            }
            if (best == null || (highest ? v > measure.applyAsDouble(best) : v < measure.applyAsDouble(best))) {
                best = r;
            }
        }
        return best;
    }
}
