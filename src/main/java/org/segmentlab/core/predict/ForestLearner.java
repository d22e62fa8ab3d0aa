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
        final int[] rows;
        final byte[] cls;
        final double[] wt;
        final GrowingTree nodes = new GrowingTree();
        final int[] columns;
        /** Weighted count of class c in bin b at {@code 2b + c}. */
        final double[] hist = new double[2 * Binning.MAX_BINS];
        final int[] distinct = new int[Binning.MAX_BINS];

        Tree(SplittableRandom random, double[] weight, int[] rows) {
            this.random = random;
            this.rows = rows;
            this.cls = new byte[rows.length];
            this.wt = new double[rows.length];
            for (int k = 0; k < rows.length; k++) {
                cls[k] = (byte) y[rows[k]];
                wt[k] = weight[rows[k]];
            }
            this.columns = new int[bins.columns()];
            for (int j = 0; j < columns.length; j++) {
                columns[j] = j;
            }
        }

        /**
         * Grows the node over {@code rows[from, to)}, whose class weights are {@code w0} and
         * {@code w1}, and returns its index. {@code cls} and {@code wt} hold each row's class and
         * weight in the order of {@code rows}, so the histograms read only the column codes at random.
         */
        int node(int from, int to, int depth, double w0, double w1) {
            int at = nodes.add(w1 / (w0 + w1), w0 + w1);
            if (w0 == 0 || w1 == 0 || depth >= maxDepth || to - from < 2 * minLeaf) {
                return at;
            }
            int bestColumn = -1;
            int bestBin = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            double bestL0 = 0;
            double bestL1 = 0;
            int visited = 0;
            int found = 0;
            for (int drawn = 0; drawn < columns.length && (visited < mtry || found == 0); drawn++) {
                int pick = drawn + random.nextInt(columns.length - drawn);
                int j = columns[pick];
                columns[pick] = columns[drawn];
                columns[drawn] = j;
                visited++;
                int range = fill(bins.codes[j], from, to);
                int lo = range >>> 16;
                int hi = range & 0xFFFF;
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
                        bestL0 = l0;
                        bestL1 = l1;
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
            int middle = partition(bins.codes[bestColumn], bestBin, from, to);
            int left = node(from, middle, depth + 1, bestL0, bestL1);
            int right = node(middle, to, depth + 1, w0 - bestL0, w1 - bestL1);
            nodes.split(at, bestColumn, bins.cuts[bestColumn][bestBin], left, right);
            return at;
        }

        /** Fills the histogram of one column over {@code rows[from, to)}; returns its lowest and highest bin. */
        private int fill(byte[] code, int from, int to) {
            int lo = Binning.MAX_BINS;
            int hi = -1;
            for (int k = from; k < to; k++) {
                int b = code[rows[k]] & 0xFF;
                hist[2 * b + cls[k]] += wt[k];
                distinct[b]++;
                lo = Math.min(lo, b);
                hi = Math.max(hi, b);
            }
            return lo << 16 | hi;
        }

        /** Moves the rows at or below the bin to the front (with their class and weight); returns where the rest start. */
        private int partition(byte[] code, int bin, int from, int to) {
            int i = from;
            int k = to - 1;
            while (i <= k) {
                if ((code[rows[i]] & 0xFF) <= bin) {
                    i++;
                } else {
                    int t = rows[i];
                    rows[i] = rows[k];
                    rows[k] = t;
                    byte c = cls[i];
                    cls[i] = cls[k];
                    cls[k] = c;
                    double w = wt[i];
                    wt[i] = wt[k];
                    wt[k--] = w;
                }
            }
            return i;
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
        double w0 = 0;
        double w1 = 0;
        for (int r : rows) {
            if (y[r] == 1) {
                w1 += weight[r];
            } else {
                w0 += weight[r];
            }
        }
        tree.node(0, rows.length, 0, w0, w1);
        return tree.nodes.finish();
    }
}
