package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ModelInput} into the numbers a classifier reads, with settings fitted on the
 * training rows only so nothing about the test rows leaks into the model:
 * <ul>
 *   <li>numeric features: a missing value (or one that is not a finite number) takes the training median, then the value is
 *       standardised with the training mean and standard deviation (a constant column is only centred);</li>
 *   <li>categorical features: one 0/1 column per level, for the {@code levelLimit} most frequent
 *       training levels; rarer, unseen and missing values get zeros in every column of the feature.</li>
 * </ul>
 * Encoded columns come in feature order: the numeric features, then each categorical feature's levels.
 */
public final class Preparation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> numericNames;
    private final double[] medians;
    private final double[] means;
    private final double[] scales;
    private final List<String> categoricalNames;
    private final List<List<String>> levels;
    private transient volatile List<Map<String, Integer>> levelIndex;

    private Preparation(List<String> numericNames, double[] medians, double[] means, double[] scales,
                        List<String> categoricalNames, List<List<String>> levels) {
        this.numericNames = List.copyOf(numericNames);
        this.medians = medians;
        this.means = means;
        this.scales = scales;
        this.categoricalNames = List.copyOf(categoricalNames);
        this.levels = levels.stream().map(List::copyOf).toList();
    }

    /** Fits the preparation on training rows. */
    public static Preparation fit(ModelInput train, int levelLimit) {
        if (levelLimit < 1) {
            throw new IllegalArgumentException("the level limit must be at least 1, not " + levelLimit);
        }
        int p = train.numericNames().size();
        int n = train.rowCount();
        double[][] rows = train.numeric().rows();
        double[] medians = new double[p];
        double[] means = new double[p];
        double[] scales = new double[p];
        double[] values = new double[n];
        for (int j = 0; j < p; j++) {
            int present = 0;
            for (double[] row : rows) {
                if (Double.isFinite(row[j])) {
                    values[present++] = row[j];
                }
            }
            medians[j] = median(values, present);
            double sum = 0;
            for (double[] row : rows) {
                sum += Double.isFinite(row[j]) ? row[j] : medians[j];
            }
            means[j] = n == 0 ? 0 : sum / n;
            double squares = 0;
            for (double[] row : rows) {
                double d = (Double.isFinite(row[j]) ? row[j] : medians[j]) - means[j];
                squares += d * d;
            }
            double sd = n == 0 ? 0 : Math.sqrt(squares / n);
            scales[j] = sd > 1e-12 * Math.max(1, Math.abs(means[j])) ? sd : 1;
        }
        List<List<String>> levels = new ArrayList<>();
        String[][] cat = train.categorical();
        for (int j = 0; j < train.categoricalNames().size(); j++) {
            Map<String, Integer> counts = new HashMap<>();
            for (String[] row : cat) {
                if (row[j] != null) {
                    counts.merge(row[j], 1, Integer::sum);
                }
            }
            List<String> kept = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(levelLimit)
                    .map(Map.Entry::getKey)
                    .toList();
            levels.add(kept);
        }
        return new Preparation(train.numericNames(), medians, means, scales, train.categoricalNames(), levels);
    }

    private static double median(double[] values, int count) {
        if (count == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    /** Number of encoded columns. */
    public int width() {
        int w = numericNames.size();
        for (List<String> l : levels) {
            w += l.size();
        }
        return w;
    }

    /** Encoded column names: numeric names, then {@code feature=level}. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(numericNames);
        for (int j = 0; j < categoricalNames.size(); j++) {
            for (String level : levels.get(j)) {
                names.add(categoricalNames.get(j) + "=" + level);
            }
        }
        return names;
    }

    /** For each encoded column, the index of its feature in {@link #featureNames()}. */
    public int[] featureOfColumn() {
        int[] out = new int[width()];
        int c = 0;
        for (int j = 0; j < numericNames.size(); j++) {
            out[c++] = j;
        }
        for (int j = 0; j < categoricalNames.size(); j++) {
            for (int k = 0; k < levels.get(j).size(); k++) {
                out[c++] = numericNames.size() + j;
            }
        }
        return out;
    }

    /** The features: numeric, then categorical. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>(numericNames);
        names.addAll(categoricalNames);
        return names;
    }

    public List<String> numericNames() {
        return numericNames;
    }

    public List<String> categoricalNames() {
        return categoricalNames;
    }

    /** The training median of a numeric feature (what a missing value becomes). */
    public double median(int numericFeature) {
        return medians[numericFeature];
    }

    /** The training mean of a numeric feature after imputation. */
    public double mean(int numericFeature) {
        return means[numericFeature];
    }

    /** The training standard deviation of a numeric feature after imputation (1 for a constant feature). */
    public double scale(int numericFeature) {
        return scales[numericFeature];
    }

    /** The levels of a categorical feature that have a column, most frequent first. */
    public List<String> levels(int categoricalFeature) {
        return levels.get(categoricalFeature);
    }

    /** Encodes every row. */
    public double[][] apply(ModelInput input) {
        requireSameFeatures(input);
        double[][] out = new double[input.rowCount()][width()];
        for (int i = 0; i < out.length; i++) {
            encode(input, i, out[i]);
        }
        return out;
    }

    /** Encodes one row into {@code out} (length {@link #width()}). */
    public void applyRow(ModelInput input, int row, double[] out) {
        requireSameFeatures(input);
        encode(input, row, out);
    }

    /** {@link #applyRow} for callers that checked the features once for many rows. */
    void encode(ModelInput input, int row, double[] out) {
        double[] num = input.numeric().rows()[row];
        int c = 0;
        for (int j = 0; j < numericNames.size(); j++) {
            double v = Double.isFinite(num[j]) ? num[j] : medians[j];
            out[c++] = (v - means[j]) / scales[j];
        }
        List<Map<String, Integer>> index = levelIndex();
        String[] cat = input.categorical()[row];
        for (int j = 0; j < categoricalNames.size(); j++) {
            int size = levels.get(j).size();
            Arrays.fill(out, c, c + size, 0);
            Integer k = cat[j] == null ? null : index.get(j).get(cat[j]);
            if (k != null) {
                out[c + k] = 1;
            }
            c += size;
        }
    }

    /** The value a customer has for a feature, as the user would read it ("missing" when absent). */
    public String displayValue(ModelInput input, int row, int feature) {
        if (feature < numericNames.size()) {
            double v = input.numeric().rows()[row][feature];
            if (Double.isNaN(v)) {
                return "missing";
            }
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        String v = input.categorical()[row][feature - numericNames.size()];
        return v == null ? "missing" : v;
    }

    void requireSameFeatures(ModelInput input) {
        if (!input.numericNames().equals(numericNames) || !input.categoricalNames().equals(categoricalNames)) {
            throw new IllegalArgumentException("the input has features " + input.featureNames()
                    + " but the model was prepared for " + featureNames());
        }
    }

    private List<Map<String, Integer>> levelIndex() {
        List<Map<String, Integer>> index = levelIndex;
        if (index == null) {
            List<Map<String, Integer>> built = new ArrayList<>();
            for (List<String> l : levels) {
                Map<String, Integer> m = new HashMap<>();
                for (int k = 0; k < l.size(); k++) {
                    m.put(l.get(k), k);
                }
                built.add(Map.copyOf(m));
            }
            index = List.copyOf(built);
            levelIndex = index;
        }
        return index;
    }
}
