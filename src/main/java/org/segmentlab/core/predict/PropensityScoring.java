package org.segmentlab.core.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.segmentlab.core.Progress;

/** Scores customers with a trained model and builds the list of the most likely ones. */
public final class PropensityScoring {

    /** What a customer without a segment in the map is counted under. */
    public static final String NO_SEGMENT = "(no segment)";

    /** The probability of the positive class for every customer of the input. */
    public ScoredCustomers score(TrainedModel model, ModelInput input, Progress progress) {
        return new ScoredCustomers(input.customerIds(), model.probabilities(input, progress));
    }

    /**
     * The top {@code percent}% of customers by score (at least one; equal scores keep input order),
     * each with its {@code drivers} strongest SHAP drivers and, when {@code segmentOf} is given, its
     * segment and the segment mix of the list.
     *
     * @param segmentOf customer id → segment name; null when there are no segments
     */
    public TopList topList(TrainedModel model, ModelInput input, ScoredCustomers scores, double percent, int drivers,
                           Map<String, String> segmentOf, Progress progress) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("the top share must be in (0, 100] percent, not " + percent);
        }
        int n = scores.size();
        double[] s = scores.scores();
        int size = n == 0 ? 0 : Math.max(1, (int) Math.ceil(percent / 100 * n));
        int[] ranked = highest(s, size);
        TopList.Customer[] customers = new TopList.Customer[size];
        int chunk = 256;
        for (int from = 0; from < size; from += chunk) {
            progress.checkCancelled();
            progress.update((double) from / Math.max(1, size), "Explaining the top customers");
            int to = Math.min(size, from + chunk);
            IntStream.range(from, to).parallel().forEach(r -> {
                int row = ranked[r];
                List<Driver> top = drivers > 0 ? model.explain(input, row).topDrivers(drivers) : List.of();
                String id = input.customerIds().get(row);
                String segment = segmentOf == null ? null : segmentOf.getOrDefault(id, NO_SEGMENT);
                customers[r] = new TopList.Customer(r + 1, id, s[row], top, segment);
            });
        }
        progress.update(1, "Top list ready");
        List<TopList.SegmentShare> mix = segmentOf == null ? List.of() : mix(customers, input.customerIds(), segmentOf);
        return new TopList(percent, List.of(customers), mix);
    }

    /** Rows of the {@code k} highest scores, highest first, equal scores in input order. */
    static int[] highest(double[] s, int k) {
        if (k == 0) {
            return new int[0];
        }
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        double cut = sorted[s.length - k];
        int above = 0;
        for (double v : s) {
            above += v > cut ? 1 : 0;
        }
        int[] chosen = new int[k];
        int taken = 0;
        int atCut = k - above;
        for (int i = 0; i < s.length && taken < k; i++) {
            if (s[i] > cut) {
                chosen[taken++] = i;
            } else if (s[i] == cut && atCut > 0) {
                chosen[taken++] = i;
                atCut--;
            }
        }
        return IntStream.of(chosen).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -s[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static List<TopList.SegmentShare> mix(TopList.Customer[] listed, List<String> everyone,
                                                  Map<String, String> segmentOf) {
        Map<String, Integer> inList = new HashMap<>();
        for (TopList.Customer c : listed) {
            inList.merge(c.segment(), 1, Integer::sum);
        }
        Map<String, Integer> inAll = new HashMap<>();
        for (String id : everyone) {
            inAll.merge(segmentOf.getOrDefault(id, NO_SEGMENT), 1, Integer::sum);
        }
        List<TopList.SegmentShare> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : inList.entrySet()) {
            double shareOfList = (double) e.getValue() / listed.length;
            double shareOfAll = (double) inAll.get(e.getKey()) / everyone.size();
            out.add(new TopList.SegmentShare(e.getKey(), e.getValue(), shareOfList, shareOfAll,
                    shareOfList / shareOfAll));
        }
        out.sort(Comparator.comparingInt((TopList.SegmentShare x) -> -x.customers())
                .thenComparing(TopList.SegmentShare::segment));
        return out;
    }
}
