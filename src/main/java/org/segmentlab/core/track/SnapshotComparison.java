package org.segmentlab.core.track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.drift.DriftReading;
import org.segmentlab.core.features.drift.PopulationStability;

/**
 * Compares each snapshot with the next: the migration between their segments and the drift of the
 * segment shares and of every feature both have.
 */
public final class SnapshotComparison {

    /**
     * What changed between consecutive snapshots.
     *
     * @param migrations one per pair of consecutive snapshots
     * @param drift      per pair: the segment shares first, then the features in the earlier snapshot's order
     * @param warnings   what the reader should know (features one snapshot lacks)
     */
    public record Changes(List<Migration> migrations, List<Drift> drift, List<String> warnings) {
        public Changes {
            migrations = List.copyOf(migrations);
            drift = List.copyOf(drift);
            warnings = List.copyOf(warnings);
        }
    }

    public Changes compare(List<Snapshot> snapshots, Progress progress) {
        List<Migration> migrations = new ArrayList<>();
        List<Drift> drift = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int s = 1; s < snapshots.size(); s++) {
            progress.checkCancelled();
            Snapshot a = snapshots.get(s - 1);
            Snapshot b = snapshots.get(s);
            migrations.add(migration(a, b));
            drift.addAll(drift(a, b, warnings));
            progress.update((double) s / (snapshots.size() - 1), "Compared " + a.asOf() + " with " + b.asOf());
        }
        progress.update(1, "Compared " + snapshots.size() + " snapshots");
        return new Changes(migrations, drift, warnings);
    }

    /** The migration from {@code a} to {@code b}; customers are matched by id. */
    public static Migration migration(Snapshot a, Snapshot b) {
        Set<String> union = new LinkedHashSet<>(a.segmentOrder());
        union.addAll(b.segmentOrder());
        for (String s : a.segments()) {
            union.add(s);
        }
        for (String s : b.segments()) {
            union.add(s);
        }
        List<String> segments = new ArrayList<>(union);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            index.put(segments.get(i), i);
        }
        int m = segments.size();
        long[][] count = new long[m + 1][m + 1];
        double[][] revenue = new double[m + 1][m + 1];
        Map<String, Integer> earlier = new HashMap<>(a.size() * 2);
        for (int i = 0; i < a.size(); i++) {
            earlier.put(a.customerIds().get(i), i);
        }
        boolean[] seen = new boolean[a.size()];
        for (int j = 0; j < b.size(); j++) {
            Integer i = earlier.get(b.customerIds().get(j));
            int row = m;
            if (i != null) {
                seen[i] = true;
                row = index.get(a.segments()[i]);
            }
            int column = index.get(b.segments()[j]);
            count[row][column]++;
            revenue[row][column] += b.revenue()[j];
        }
        for (int i = 0; i < a.size(); i++) {
            if (!seen[i]) {
                int row = index.get(a.segments()[i]);
                count[row][m]++;
                revenue[row][m] += a.revenue()[i];
            }
        }
        return new Migration(a.asOf(), b.asOf(), segments, count, revenue);
    }

    /** The segment-share PSI, then one PSI per feature of {@code a} that {@code b} also has. */
    public static List<Drift> drift(Snapshot a, Snapshot b, List<String> warnings) {
        List<Drift> out = new ArrayList<>();
        out.add(drift(a, b, Drift.SEGMENT_SHARE, PopulationStability.categorical(a.segments(), b.segments())));
        for (Map.Entry<String, double[]> e : a.numeric().entrySet()) {
            double[] later = b.numeric().get(e.getKey());
            if (later == null) {
                warnings.add("The snapshot of " + b.asOf() + " has no feature " + e.getKey() + "; its drift is not measured.");
                continue;
            }
            out.add(drift(a, b, e.getKey(), PopulationStability.numeric(e.getValue(), later)));
        }
        for (Map.Entry<String, String[]> e : a.categorical().entrySet()) {
            String[] later = b.categorical().get(e.getKey());
            if (later == null) {
                warnings.add("The snapshot of " + b.asOf() + " has no feature " + e.getKey() + "; its drift is not measured.");
                continue;
            }
            out.add(drift(a, b, e.getKey(), PopulationStability.categorical(e.getValue(), later)));
        }
        return out;
    }

    private static Drift drift(Snapshot a, Snapshot b, String measure, double psi) {
        return new Drift(a.asOf(), b.asOf(), measure, psi, DriftReading.of(psi));
    }
}
