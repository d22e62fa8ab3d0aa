package org.segmentlab.core.predict;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.segmentlab.core.Progress;

/**
 * A random forest of Gini classification trees grown on binned columns ({@link Binning}). Each
 * tree sees a bootstrap sample drawn within each class (so the class ratio holds; class weights
 * multiply the draws), and at each split tries {@code mtry} columns drawn without replacement,
 * drawing on past columns that are constant in the node until one that is not has been tried (as
 * scikit-learn does). A node stops splitting when it is pure, at the depth limit, or when no split
 * leaves {@code minLeaf} distinct rows on each side. A leaf holds the (weighted) share of
 * positives of its rows; the forest's probability is the mean over trees. Every tree has its own
 * seed, so a forest is the same on any number of threads.
 */
final class ForestLearner {

    /** Trees are grown in this many batches, so progress moves and a cancel is heard between them. */
    private static final int BATCHES = 8;

    private final Binning bins;
    private final int[] y;
    private final int maxDepth;
    private final int minLeaf;
    private final int mtry;

    private ForestLearner(Binning bins, int[] y, int maxDepth, int minLeaf, int mtry) {
        this.bins = bins;
        this.y = y;
        this.maxDepth = maxDepth;
        this.minLeaf = minLeaf;
        this.mtry = mtry;
    }

    /**
     * Grows the forest.
     *
     * @param classWeight weights of class 0 and 1 (multiplying bootstrap draws), or null for equal weights
     */
    static TreeEnsemble fit(Binning bins, int[] y, ModelParams params, int[] classWeight, long seed,
                            Progress progress) {
        ForestLearner learner = new ForestLearner(bins, y, params.maxDepth(), params.nodeSize(),
                params.mtryFor(bins.columns()));
        int[][] members = classMembers(y);
        long[] seeds = new SplittableRandom(seed).longs(params.trees()).toArray();
        FlatTree[] trees = new FlatTree[params.trees()];
        AtomicInteger grown = new AtomicInteger();
        int step = Math.max(1, (trees.length + BATCHES - 1) / BATCHES);
        for (int first = 0; first < trees.length; first += step) {
            progress.checkCancelled();
            int last = Math.min(trees.length, first + step);
            IntStream.range(first, last).parallel().forEach(t -> {
                trees[t] = learner.grow(members, classWeight, new SplittableRandom(seeds[t]));
                grown.incrementAndGet();
            });
            progress.update((double) grown.get() / trees.length, "Growing trees " + grown.get() + "/" + trees.length);
        }
        return new TreeEnsemble(ModelKind.FOREST, trees, 0, List.of());
    }

    static int[][] classMembers(int[] y) {
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        int[][] members = {new int[y.length - positives], new int[positives]};
        int[] at = new int[2];
        for (int i = 0; i < y.length; i++) {
            members[y[i]][at[y[i]]++] = i;
        }
        return members;
    }

    /** One tree's work space: the rows of its sample and histogram buffers. */
    private final class Tree {
        final SplittableRandom random;
        final double[] weight;
        final int[] rows;
        final GrowingTree nodes = new GrowingTree();
        final int[] columns;
        /** Weighted count of class c in bin b at {@code 2b + c}. */
        final double[] hist = new double[2 * Binning.MAX_BINS];
        final int[] distinct = new int[Binning.MAX_BINS];

        Tree(SplittableRandom random, double[] weight, int[] rows) {
            this.random = random;
            this.weight = weight;
            this.rows = rows;
            this.columns = new int[bins.columns()];
            for (int j = 0; j < columns.length; j++) {
                columns[j] = j;
            }
        }

        /** Grows the node over {@code rows[from, to)} and returns its index. */
        int node(int from, int to, int depth) {
            double w0 = 0;
            double w1 = 0;
            for (int k = from; k < to; k++) {
                int r = rows[k];
                if (y[r] == 1) {
                    w1 += weight[r];
                } else {
                    w0 += weight[r];
                }
            }
            int at = nodes.add(w1 / (w0 + w1), w0 + w1);
            if (w0 == 0 || w1 == 0 || depth >= maxDepth || to - from < 2 * minLeaf) {
                return at;
            }
            int bestColumn = -1;
            int bestBin = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            int visited = 0;
            int found = 0;
            for (int drawn = 0; drawn < columns.length && (visited < mtry || found == 0); drawn++) {
                int pick = drawn + random.nextInt(columns.length - drawn);
                int j = columns[pick];
                columns[pick] = columns[drawn];
                columns[drawn] = j;
                visited++;
                byte[] code = bins.codes[j];
                int lo = Binning.MAX_BINS;
                int hi = -1;
                for (int k = from; k < to; k++) {
                    int r = rows[k];
                    int b = code[r] & 0xFF;
                    hist[2 * b + y[r]] += weight[r];
                    distinct[b]++;
                    lo = Math.min(lo, b);
                    hi = Math.max(hi, b);
                }
                if (lo == hi) {
                    clear(lo, hi);
                    continue;
                }
                found++;
                double l0 = 0;
                double l1 = 0;
                int ln = 0;
                int n = to - from;
                for (int b = lo; b < hi; b++) {
                    l0 += hist[2 * b];
                    l1 += hist[2 * b + 1];
                    ln += distinct[b];
                    if (ln < minLeaf) {
                        continue;
                    }
                    if (n - ln < minLeaf) {
                        break;
                    }
                    if (distinct[b] == 0) {
                        continue;
                    }
                    double r0 = w0 - l0;
                    double r1 = w1 - l1;
                    double score = (l0 * l0 + l1 * l1) / (l0 + l1) + (r0 * r0 + r1 * r1) / (r0 + r1);
                    if (score > bestScore) {
                        bestScore = score;
                        bestColumn = j;
                        // Between this bin and the next one the node's rows fill, any cut parts them
                        // alike: take the middle one, as a split halfway between two values would.
                        int next = b + 1;
                        while (distinct[next] == 0) {
                            next++;
                        }
                        bestBin = (b + next) / 2;
                    }
                }
                clear(lo, hi);
            }
            if (bestColumn < 0) {
                return at;
            }
            byte[] code = bins.codes[bestColumn];
            int i = from;
            int k = to - 1;
            while (i <= k) {
                if ((code[rows[i]] & 0xFF) <= bestBin) {
                    i++;
                } else {
                    int t = rows[i];
                    rows[i] = rows[k];
                    rows[k--] = t;
                }
            }
            int left = node(from, i, depth + 1);
            int right = node(i, to, depth + 1);
            nodes.split(at, bestColumn, bins.cuts[bestColumn][bestBin], left, right);
            return at;
        }

        private void clear(int lo, int hi) {
            for (int b = lo; b <= hi; b++) {
                hist[2 * b] = 0;
                hist[2 * b + 1] = 0;
                distinct[b] = 0;
            }
        }
    }

    private FlatTree grow(int[][] members, int[] classWeight, SplittableRandom random) {
        double[] weight = new double[y.length];
        int sampled = 0;
        for (int cls = 0; cls < 2; cls++) {
            int[] rows = members[cls];
            double w = classWeight == null ? 1 : classWeight[cls];
            for (int draw = 0; draw < rows.length; draw++) {
                int r = rows[random.nextInt(rows.length)];
                if (weight[r] == 0) {
                    sampled++;
                }
                weight[r] += w;
            }
        }
        int[] rows = new int[sampled];
        int at = 0;
        for (int r = 0; r < weight.length; r++) {
            if (weight[r] > 0) {
                rows[at++] = r;
            }
        }
        Tree tree = new Tree(random, weight, rows);
        tree.node(0, rows.length, 0);
        return tree.nodes.finish();
    }
}
