package org.segmentlab.core.track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableBuilder;
import org.segmentlab.core.features.CustomerTableParams;
import org.segmentlab.core.features.CustomerTableSources;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.segment.cluster.AdjustedRandIndex;
import org.segmentlab.core.segment.cluster.ClusteringParams;
import org.segmentlab.core.segment.cluster.Refit;
import org.segmentlab.core.segment.cluster.SegmentationModel;

/**
 * A kept clustering as of several days. For each day the customers of the log get the features of
 * their history up to that day (from the log's first day, the day itself included); then the saved
 * centres place every customer in the nearest segment, and the clustering is also fitted afresh on
 * that day's customers. The adjusted Rand index between the two says how much re-fitting would move
 * people. Re-fitted segments take the name of the saved segment they share most customers with
 * (one to one, largest overlaps first); one left over is "New segment n".
 */
public final class ClusterSnapshots {

    /**
     * What to track.
     *
     * @param sources  the log the clustering was built from
     * @param features the clustered features
     * @param params   the algorithm and parameters of the kept run (for re-fitting)
     * @param saved    the kept run's scaling and centres
     * @param names    the name of each segment id of the kept run
     * @param days     the as-of days, in order
     * @param refit    true: the snapshots hold the re-fitted segments; false: the saved centres' segments
     */
    public record Input(CustomerTableSources sources, List<String> features, ClusteringParams params,
                        SegmentationModel saved, List<String> names, List<LocalDate> days, boolean refit) {
        public Input {
            Objects.requireNonNull(sources, "sources");
            features = List.copyOf(features);
            Objects.requireNonNull(params, "params");
            Objects.requireNonNull(saved, "saved");
            names = List.copyOf(names);
            days = List.copyOf(days);
        }
    }

    /**
     * @param snapshots one per day: re-fitted segments when asked for, else the saved centres'
     * @param matrices  the features of each day's customers, for a bootstrap
     * @param savedLabels the saved centres' segment of each customer, per day
     * @param adjustedRand per day, the agreement of the saved centres with the re-fit (NaN when it could not be fitted)
     */
    public record Result(List<Snapshot> snapshots, List<FeatureMatrix> matrices, List<int[]> savedLabels,
                         List<Double> adjustedRand, List<String> warnings) {
        public Result {
            snapshots = List.copyOf(snapshots);
            matrices = List.copyOf(matrices);
            savedLabels = List.copyOf(savedLabels);
            adjustedRand = List.copyOf(adjustedRand);
            warnings = List.copyOf(warnings);
        }
    }

    public Result compute(Input input, Progress progress) {
        if (input.days().isEmpty()) {
            throw new IllegalArgumentException("no as-of day given");
        }
        LocalDate first = input.sources().timeSpan().map(CustomerTableSources.TimeSpan::firstDay).orElse(null);
        List<Snapshot> snapshots = new ArrayList<>();
        List<FeatureMatrix> matrices = new ArrayList<>();
        List<int[]> savedLabels = new ArrayList<>();
        List<Double> ari = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int k = input.saved().centroids().length;
        CustomerTableBuilder builder = new CustomerTableBuilder();
        int days = input.days().size();
        for (int s = 0; s < days; s++) {
            LocalDate day = input.days().get(s);
            Progress step = progress.slice((double) s / days, (double) (s + 1) / days);
            step.checkCancelled();
            if (first == null || day.isBefore(first)) {
                throw new IllegalArgumentException("no customer has a record on or before " + day);
            }
            int window = (int) Math.min(CustomerTableWindow.MAX_WINDOW_DAYS, day.toEpochDay() - first.toEpochDay() + 1);
            CustomerTableParams params = CustomerTableParams.of(day).withWindowDays(window);
            CustomerTable table = builder.build(input.sources(), params, step.slice(0, 0.4)).table();
            FeatureMatrix matrix = table.toFeatureMatrix(input.features());
            int[] saved = input.saved().assign(matrix);
            int[] shown = saved;
            double agreement = Double.NaN;
            if (matrix.customerCount() >= Math.max(3, k)) {
                int[] refitted = Refit.labels(matrix, input.params(), step.slice(0.4, 1));
                agreement = AdjustedRandIndex.of(saved, refitted);
                if (input.refit()) {
                    shown = matchTo(saved, refitted, k);
                }
            } else {
                warnings.add("As of " + day + " there are only " + matrix.customerCount()
                        + " customers: the clustering is not fitted afresh"
                        + (input.refit() ? "; the saved centres place them" : "") + ".");
            }
            List<String> order = new ArrayList<>(input.names());
            String[] segments = new String[shown.length];
            for (int i = 0; i < shown.length; i++) {
                segments[i] = nameOf(shown[i], input.names());
                if (!order.contains(segments[i])) {
                    order.add(segments[i]);
                }
            }
            Map<String, double[]> numeric = new LinkedHashMap<>();
            for (int f = 0; f < matrix.featureCount(); f++) {
                numeric.put(matrix.featureNames().get(f), matrix.column(f));
            }
            double[] revenue = table.numericFeatureNames().contains("monetary") ? table.numeric("monetary")
                    : new double[matrix.customerCount()];
            revenue = Arrays.stream(revenue).map(v -> Double.isNaN(v) ? 0 : v).toArray();
            snapshots.add(new Snapshot(day, order, matrix.customerIds(), segments, revenue, numeric, Map.of()));
            matrices.add(matrix);
            savedLabels.add(saved);
            ari.add(agreement);
            step.update(1, "Segments as of " + day);
        }
        return new Result(snapshots, matrices, savedLabels, ari, warnings);
    }

    /** The name of a segment id: its kept name, "New segment n" beyond them, "Noise" for −1. */
    static String nameOf(int id, List<String> names) {
        if (id < 0) {
            return "Noise";
        }
        return id < names.size() ? names.get(id) : "New segment " + (id - names.size() + 1);
    }

    /**
     * The re-fitted segments renumbered to the saved segment each shares most customers with: pairs
     * are taken largest overlap first, one to one; a re-fitted segment left over gets an id from
     * {@code k} upwards. Noise stays −1.
     */
    static int[] matchTo(int[] saved, int[] refitted, int k) {
        int m = 0;
        for (int l : refitted) {
            m = Math.max(m, l + 1);
        }
        int kk = k;
        for (int l : saved) {
            kk = Math.max(kk, l + 1);
        }
        long[][] overlap = new long[m][kk];
        for (int i = 0; i < saved.length; i++) {
            if (refitted[i] >= 0 && saved[i] >= 0) {
                overlap[refitted[i]][saved[i]]++;
            }
        }
        int[] to = new int[m];
        Arrays.fill(to, -1);
        boolean[] taken = new boolean[kk];
        for (int round = 0; round < Math.min(m, kk); round++) {
            long best = 0;
            int br = -1;
            int bs = -1;
            for (int r = 0; r < m; r++) {
                if (to[r] >= 0) {
                    continue;
                }
                for (int s = 0; s < kk; s++) {
                    if (!taken[s] && overlap[r][s] > best) {
                        best = overlap[r][s];
                        br = r;
                        bs = s;
                    }
                }
            }
            if (br < 0) {
                break;
            }
            to[br] = bs;
            taken[bs] = true;
        }
        int next = kk;
        for (int r = 0; r < m; r++) {
            if (to[r] < 0) {
                to[r] = next++;
            }
        }
        int[] out = new int[refitted.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = refitted[i] < 0 ? -1 : to[refitted[i]];
        }
        return out;
    }
}
