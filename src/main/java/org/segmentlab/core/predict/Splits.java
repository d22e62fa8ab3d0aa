package org.segmentlab.core.predict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Cuts labelled rows into training and test parts: stratified hold-out, chronological, stratified k folds. */
public final class Splits {

    private Splits() {
    }

    /** The partition a spec asks for. */
    public static Partition split(SplitSpec spec, ModelInput input, long seed) {
        if (!input.hasLabels()) {
            throw new IllegalArgumentException("the input has no labels to split on");
        }
        if (spec.kind() == SplitSpec.Kind.STRATIFIED) {
            return stratified(input.labels(), spec.testFraction(), seed);
        }
        if (spec.kind() == SplitSpec.Kind.NONE) {
            int[] all = new int[input.rowCount()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return new Partition(all, new int[0]);
        }
        if (input.dates() == null) {
            throw new IllegalArgumentException("the input has no dates for a split on '" + spec.dateColumn() + "'");
        }
        return chronological(input.dates(), spec.cutoff());
    }

    /**
     * Holds out {@code round(testFraction × count)} rows of each class, chosen at random with the seed,
     * so both parts keep the class ratio. A class of two or more rows has at least one row in each part.
     */
    public static Partition stratified(int[] labels, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("the test fraction must be between 0 and 1, not " + testFraction);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int cls = 0; cls <= 1; cls++) {
            int[] members = shuffledMembers(labels, cls, random);
            int inTest = (int) Math.round(testFraction * members.length);
            if (members.length >= 2) {
                inTest = Math.max(1, Math.min(members.length - 1, inTest));
            }
            for (int k = 0; k < members.length; k++) {
                (k < inTest ? test : train).add(members[k]);
            }
        }
        return new Partition(sorted(train), sorted(test));
    }

    /** Rows dated before the cutoff train, rows on or after it test; undated rows are left out. */
    public static Partition chronological(LocalDate[] dates, LocalDate cutoff) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] != null) {
                (dates[i].isBefore(cutoff) ? train : test).add(i);
            }
        }
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("cutting at " + cutoff + " leaves " + train.size()
                    + " rows before it and " + test.size() + " on or after it; both parts need rows");
        }
        return new Partition(sorted(train), sorted(test));
    }

    /**
     * Stratified k folds: each class is shuffled with the seed and dealt round the folds, so every
     * fold keeps the class ratio (to within one row). Partition {@code f} tests on fold {@code f}.
     */
    public static List<Partition> stratifiedFolds(int[] labels, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
        }
        Random random = new Random(seed);
        int[] fold = new int[labels.length];
        int dealt = 0;
        for (int cls = 0; cls <= 1; cls++) {
            int[] members = shuffledMembers(labels, cls, random);
            if (members.length < k) {
                throw new IllegalArgumentException(k + " folds need at least " + k + " rows of each class; class "
                        + cls + " has " + members.length);
            }
            for (int m : members) {
                fold[m] = dealt++ % k;
            }
        }
        List<Partition> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                (fold[i] == f ? test : train).add(i);
            }
            folds.add(new Partition(sorted(train), sorted(test)));
        }
        return folds;
    }

    private static int[] shuffledMembers(int[] labels, int cls, Random random) {
        int[] members = new int[labels.length];
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == cls) {
                members[count++] = i;
            }
        }
        members = Arrays.copyOf(members, count);
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = members[i];
            members[i] = members[j];
            members[j] = t;
        }
        return members;
    }

    private static int[] sorted(List<Integer> rows) {
        int[] out = rows.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }
}
