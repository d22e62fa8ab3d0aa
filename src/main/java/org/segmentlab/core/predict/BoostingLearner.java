package org.segmentlab.core.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.segmentlab.core.Progress;

/**
 * Gradient boosting of log loss with trees grown on binned columns ({@link Binning}), as
 * scikit-learn's {@code HistGradientBoostingClassifier} does it: the model starts at the log-odds
 * of the training rate; each tree is fitted to the gradients {@code p − y} and hessians
 * {@code p(1 − p)} by growing the leaf with the largest gain first
 * ({@code G_L²/H_L + G_R²/H_R − G²/H}) until {@code maxNodes} leaves, the depth limit, or no leaf
 * can be split keeping {@code minLeaf} rows on each side; a leaf's step is
 * {@code −shrinkage · G / H}. A node's histogram is built from its rows only for the smaller child;
 * the larger child's is the parent's minus it. Two-bin columns no row has in its upper bin at the
 * same time (the indicators of one text column's levels) are read as one bundle, as LightGBM's
 * exclusive feature bundling does: one pass over a leaf's rows sums each member's upper bin, and its
 * lower bin is the bundle's total minus that, so a text column of twelve levels costs one pass, not
 * twelve. With more than {@value #EARLY_STOPPING_ROWS}
 * training rows, {@value #VALIDATION_SHARE} of them (stratified, seeded) are held back and trees
 * stop being added once their log loss has not improved for {@value #PATIENCE} trees; the notes
 * say so.
 */
final class BoostingLearner {

    static final int EARLY_STOPPING_ROWS = 10_000;
    static final double VALIDATION_SHARE = 0.1;
    static final int PATIENCE = 10;
    private static final double TOLERANCE = 1e-7;
    private static final double MIN_HESSIAN = 1e-3;
    /** Below this many row-columns a histogram is built on one thread. */
    private static final int PARALLEL_WORK = 64 * 1024;

    private final Binning bins;
    private final int[] y;
    private final ModelParams params;
    private final int p;
    /** {@code offset[j]}: where column j's bins start in a histogram. */
    private final int[] offset;
    private final int width;
    private final double[] gradient;
    private final double[] hessian;
    /** The weight of a row of class 0 and of class 1. */
    private final double[] weight;
    /** The columns a histogram pass reads one by one, and the bundles it reads in one pass each. */
    private final Bundles bundles;

    private BoostingLearner(Binning bins, int[] y, ModelParams params, int[] classWeight, boolean bundle) {
        this.bins = bins;
        this.y = y;
        this.params = params;
        this.p = bins.columns();
        this.offset = new int[p + 1];
        for (int j = 0; j < p; j++) {
            offset[j + 1] = offset[j] + bins.bins(j);
        }
        this.width = offset[p];
        this.gradient = new double[y.length];
        this.hessian = new double[y.length];
        this.weight = classWeight == null ? new double[] {1, 1} : new double[] {classWeight[0], classWeight[1]};
        this.bundles = bundle ? Bundles.of(bins, y.length) : Bundles.none(bins);
    }

    /** Two-bin columns grouped so that no row is in the upper bin of two members of a group. */
    static final class Bundles {
        /** The columns in no bundle. */
        final int[] single;
        /** Each bundle's member columns; member m's upper bin is the bundle's code {@code m + 1}. */
        final int[][] members;
        /** {@code codes[k][i]}: 0, or {@code m + 1} when row {@code i} is in member m's upper bin. */
        final byte[][] codes;

        private Bundles(int[] single, int[][] members, byte[][] codes) {
            this.single = single;
            this.members = members;
            this.codes = codes;
        }

        /** Every column single. */
        static Bundles none(Binning bins) {
            return new Bundles(IntStream.range(0, bins.columns()).toArray(), new int[0][], new byte[0][]);
        }

        /**
         * Greedily, in column order: a two-bin column joins the first group none of whose rows it
         * shares (at most 254 members), or starts one; groups of one member stay single columns.
         */
        static Bundles of(Binning bins, int n) {
            List<List<Integer>> groups = new ArrayList<>();
            List<byte[]> groupCodes = new ArrayList<>();
            List<Integer> single = new ArrayList<>();
            for (int j = 0; j < bins.columns(); j++) {
                if (bins.bins(j) != 2) {
                    single.add(j);
                    continue;
                }
                byte[] code = bins.codes[j];
                int joined = -1;
                for (int g = 0; g < groups.size() && joined < 0; g++) {
                    if (groups.get(g).size() >= 254) {
                        continue;
                    }
                    byte[] taken = groupCodes.get(g);
                    boolean free = true;
                    for (int i = 0; i < n && free; i++) {
                        free = code[i] == 0 || taken[i] == 0;
                    }
                    if (free) {
                        joined = g;
                    }
                }
                if (joined < 0) {
                    joined = groups.size();
                    groups.add(new ArrayList<>());
                    groupCodes.add(new byte[n]);
                }
                List<Integer> group = groups.get(joined);
                group.add(j);
                byte[] taken = groupCodes.get(joined);
                byte level = (byte) group.size();
                for (int i = 0; i < n; i++) {
                    if (code[i] != 0) {
                        taken[i] = level;
                    }
                }
            }
            List<int[]> members = new ArrayList<>();
            List<byte[]> codes = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                List<Integer> group = groups.get(g);
                if (group.size() == 1) {
                    single.add(group.get(0));
                } else {
                    members.add(group.stream().mapToInt(Integer::intValue).toArray());
                    codes.add(groupCodes.get(g));
                }
            }
            return new Bundles(single.stream().mapToInt(Integer::intValue).sorted().toArray(),
                    members.toArray(new int[0][]), codes.toArray(new byte[0][]));
        }
    }

    /**
     * Boosts trees.
     *
     * @param classWeight weights of class 0 and 1 (multiplying each row's gradient and hessian), or null
     *                    for equal weights
     */
    static TreeEnsemble fit(Binning bins, int[] y, ModelParams params, int[] classWeight, long seed,
                            Progress progress) {
        return fit(bins, y, params, classWeight, seed, progress, true);
    }

    /** As {@link #fit(Binning, int[], ModelParams, int[], long, Progress)}, with or without bundles. */
    static TreeEnsemble fit(Binning bins, int[] y, ModelParams params, int[] classWeight, long seed,
                            Progress progress, boolean bundle) {
        return new BoostingLearner(bins, y, params, classWeight, bundle).run(seed, progress);
    }

    private TreeEnsemble run(long seed, Progress progress) {
        int n = y.length;
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] held = new boolean[n];
        int validation = 0;
        if (n > EARLY_STOPPING_ROWS) {
            validation = holdBack(held, random);
        }
        int[] train = new int[n - validation];
        int[] valid = new int[validation];
        int ti = 0;
        int vi = 0;
        double positives = 0;
        double all = 0;
        for (int i = 0; i < n; i++) {
            if (held[i]) {
                valid[vi++] = i;
            } else {
                train[ti++] = i;
                positives += y[i] * weight[1];
                all += weight[y[i]];
            }
        }
        double intercept = Sigmoid.startingLogOdds(positives / all);
        double[] raw = new double[n];
        Arrays.fill(raw, intercept);
        List<FlatTree> trees = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        if (validation > 0) {
            scores.add(-logLoss(raw, valid));
        }
        int[] sample = train.clone();
        int stoppedAt = -1;
        for (int t = 0; t < params.trees(); t++) {
            progress.checkCancelled();
            for (int i : train) {
                double prob = Sigmoid.of(raw[i]);
                double w = weight[y[i]];
                gradient[i] = w * (prob - y[i]);
                hessian[i] = w * prob * (1 - prob);
            }
            int rows = train.length;
            if (params.subsample() < 1) {
                rows = subsample(train, sample, random);
            } else {
                System.arraycopy(train, 0, sample, 0, train.length);
            }
            Grown grown = growTree(sample, rows);
            trees.add(grown.tree);
            // Rows the tree was grown on take their leaf's step; others walk the binned tree.
            for (int leaf = 0; leaf < grown.leafFrom.length; leaf++) {
                double step = grown.tree.value[grown.leafNode[leaf]];
                for (int k = grown.leafFrom[leaf]; k < grown.leafTo[leaf]; k++) {
                    raw[sample[k]] += step;
                }
            }
            if (rows < train.length) {
                boolean[] in = new boolean[n];
                for (int k = 0; k < rows; k++) {
                    in[sample[k]] = true;
                }
                for (int i : train) {
                    if (!in[i]) {
                        raw[i] += grown.binnedValue(bins, i);
                    }
                }
            }
            for (int i : valid) {
                raw[i] += grown.binnedValue(bins, i);
            }
            progress.update((double) (t + 1) / params.trees(), "Boosting tree " + (t + 1) + "/" + params.trees());
            if (validation > 0) {
                scores.add(-logLoss(raw, valid));
                if (shouldStop(scores)) {
                    stoppedAt = t + 1;
                    break;
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (validation > 0) {
            notes.add(String.format(Locale.ROOT, "boosting held back %,d of its %,d training rows (%.0f%%, stratified) "
                    + "to stop adding trees once their log loss stopped improving: %s", validation, n,
                    100 * VALIDATION_SHARE, stoppedAt > 0 ? "stopped at " + stoppedAt + " of " + params.trees()
                            + " trees" : "all " + params.trees() + " trees kept improving it"));
        }
        return new TreeEnsemble(ModelKind.BOOSTING, trees.toArray(new FlatTree[0]), intercept, notes);
    }

    /** Marks a stratified {@value #VALIDATION_SHARE} of the rows as held back; returns how many. */
    private int holdBack(boolean[] held, SplittableRandom random) {
        int[][] members = ForestLearner.classMembers(y);
        int count = 0;
        for (int[] cls : members) {
            int take = (int) Math.round(cls.length * VALIDATION_SHARE);
            int[] rows = cls.clone();
            for (int k = 0; k < take; k++) {
                int pick = k + random.nextInt(rows.length - k);
                int r = rows[pick];
                rows[pick] = rows[k];
                rows[k] = r;
                held[r] = true;
                count++;
            }
        }
        return count;
    }

    /** Draws {@code subsample} of the training rows into the front of {@code sample}; returns how many. */
    private int subsample(int[] train, int[] sample, SplittableRandom random) {
        System.arraycopy(train, 0, sample, 0, train.length);
        int take = Math.max(1, (int) Math.round(train.length * params.subsample()));
        for (int k = 0; k < take; k++) {
            int pick = k + random.nextInt(train.length - k);
            int r = sample[pick];
            sample[pick] = sample[k];
            sample[k] = r;
        }
        return take;
    }

    /** The rows' mean log loss, weighted by class. */
    private double logLoss(double[] raw, int[] rows) {
        double sum = 0;
        double total = 0;
        for (int i : rows) {
            double w = weight[y[i]];
            sum += w * Sigmoid.logLoss(raw[i], y[i]);
            total += w;
        }
        return sum / total;
    }

    /** No score of the last {@value #PATIENCE} beats the one before them by more than the tolerance. */
    private static boolean shouldStop(List<Double> scores) {
        if (scores.size() <= PATIENCE) {
            return false;
        }
        double reference = scores.get(scores.size() - PATIENCE - 1);
        for (int k = scores.size() - PATIENCE; k < scores.size(); k++) {
            if (scores.get(k) > reference + TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** A leaf being grown: its rows {@code sample[from, to)}, sums, histogram and best split. */
    private final class Leaf {
        final int node;
        final int from;
        final int to;
        final int depth;
        final double g;
        final double h;
        /** Per bin b of the histogram: gradient sum {@code [3b]}, hessian sum {@code [3b + 1]}, rows {@code [3b + 2]}. */
        double[] hist;
        int column = -1;
        int bin;
        double gain;

        Leaf(int node, int from, int to, int depth, double g, double h) {
            this.node = node;
            this.from = from;
            this.to = to;
            this.depth = depth;
            this.g = g;
            this.h = h;
        }

        int rows() {
            return to - from;
        }
    }

    /** A grown tree and where its leaves' rows lie in the sample, plus its splits by bin. */
    private static final class Grown {
        FlatTree tree;
        int[] leafNode;
        int[] leafFrom;
        int[] leafTo;
        /** The bin a split node parts its rows after (the column is the tree's). */
        int[] splitBin;

        /** The tree's step for row {@code r}, walking the splits by bin. */
        double binnedValue(Binning bins, int r) {
            int n = 0;
            while (tree.yes[n] >= 0) {
                n = (bins.codes[tree.feature[n]][r] & 0xFF) <= splitBin[n] ? tree.yes[n] : tree.no[n];
            }
            return tree.value[n];
        }
    }

    private Grown growTree(int[] sample, int rows) {
        GrowingTree nodes = new GrowingTree();
        double g = 0;
        double h = 0;
        for (int k = 0; k < rows; k++) {
            g += gradient[sample[k]];
            h += hessian[sample[k]];
        }
        // a tree of at most maxNodes leaves has fewer than twice as many nodes
        int[] splitBin = new int[2 * params.maxNodes()];
        Leaf root = new Leaf(nodes.add(0, rows), 0, rows, 0, g, h);
        histogram(root, sample);
        findSplit(root);
        PriorityQueue<Leaf> open = new PriorityQueue<>((a, b) -> Double.compare(b.gain, a.gain));
        List<Leaf> done = new ArrayList<>();
        if (root.column >= 0) {
            open.add(root);
        } else {
            done.add(root);
        }
        int leaves = 1;
        while (!open.isEmpty() && leaves < params.maxNodes()) {
            Leaf leaf = open.poll();
            int mid = partition(sample, leaf);
            double lg = 0;
            double lh = 0;
            for (int k = leaf.from; k < mid; k++) {
                lg += gradient[sample[k]];
                lh += hessian[sample[k]];
            }
            Leaf left = new Leaf(nodes.add(0, mid - leaf.from), leaf.from, mid, leaf.depth + 1, lg, lh);
            Leaf right = new Leaf(nodes.add(0, leaf.to - mid), mid, leaf.to, leaf.depth + 1, leaf.g - lg,
                    leaf.h - lh);
            nodes.split(leaf.node, leaf.column, bins.cuts[leaf.column][leaf.bin], left.node, right.node);
            splitBin[leaf.node] = leaf.bin;
            leaves++;
            boolean splittable = leaf.depth + 1 < params.maxDepth() && leaves < params.maxNodes();
            if (splittable) {
                Leaf small = left.rows() <= right.rows() ? left : right;
                Leaf large = small == left ? right : left;
                histogram(small, sample);
                subtract(leaf, small, large);
                findSplit(left);
                findSplit(right);
            }
            leaf.hist = null;
            for (Leaf child : new Leaf[] {left, right}) {
                if (splittable && child.column >= 0) {
                    open.add(child);
                } else {
                    child.hist = null;
                    done.add(child);
                }
            }
        }
        done.addAll(open);
        Grown grown = new Grown();
        grown.leafNode = new int[done.size()];
        grown.leafFrom = new int[done.size()];
        grown.leafTo = new int[done.size()];
        for (int k = 0; k < done.size(); k++) {
            Leaf leaf = done.get(k);
            nodes.setValue(leaf.node, -params.shrinkage() * leaf.g / leaf.h);
            grown.leafNode[k] = leaf.node;
            grown.leafFrom[k] = leaf.from;
            grown.leafTo[k] = leaf.to;
        }
        grown.tree = nodes.finish();
        grown.splitBin = splitBin;
        return grown;
    }

    /** Moves the leaf's rows going left to the front of its range; returns where the right ones start. */
    private int partition(int[] sample, Leaf leaf) {
        byte[] code = bins.codes[leaf.column];
        int i = leaf.from;
        int k = leaf.to - 1;
        while (i <= k) {
            if ((code[sample[i]] & 0xFF) <= leaf.bin) {
                i++;
            } else {
                int t = sample[i];
                sample[i] = sample[k];
                sample[k--] = t;
            }
        }
        return i;
    }

    private void histogram(Leaf leaf, int[] sample) {
        leaf.hist = new double[3 * width];
        int n = leaf.rows();
        int from = leaf.from;
        double[] g = new double[n];
        double[] h = new double[n];
        int[] rows = new int[n];
        for (int k = 0; k < n; k++) {
            int r = sample[from + k];
            rows[k] = r;
            g[k] = gradient[r];
            h[k] = hessian[r];
        }
        int units = bundles.single.length + bundles.members.length;
        IntStream passes = IntStream.range(0, units);
        if ((long) n * units >= PARALLEL_WORK) {
            passes = passes.parallel();
        }
        passes.forEach(u -> {
            if (u < bundles.single.length) {
                columnPass(leaf, bundles.single[u], rows, g, h);
            } else {
                bundlePass(leaf, u - bundles.single.length, rows, g, h);
            }
        });
    }

    private void columnPass(Leaf leaf, int j, int[] rows, double[] g, double[] h) {
        byte[] code = bins.codes[j];
        int base = 3 * offset[j];
        double[] hist = leaf.hist;
        for (int k = 0; k < rows.length; k++) {
            int b = base + 3 * (code[rows[k]] & 0xFF);
            hist[b] += g[k];
            hist[b + 1] += h[k];
            hist[b + 2]++;
        }
    }

    /** One pass for a bundle's members: each one's upper bin, and its lower bin as the rest. */
    private void bundlePass(Leaf leaf, int bundle, int[] rows, double[] g, double[] h) {
        byte[] code = bundles.codes[bundle];
        int[] members = bundles.members[bundle];
        double[] sg = new double[members.length + 1];
        double[] sh = new double[members.length + 1];
        int[] sc = new int[members.length + 1];
        for (int k = 0; k < rows.length; k++) {
            int b = code[rows[k]] & 0xFF;
            sg[b] += g[k];
            sh[b] += h[k];
            sc[b]++;
        }
        double tg = 0;
        double th = 0;
        for (int b = 0; b < sg.length; b++) {
            tg += sg[b];
            th += sh[b];
        }
        for (int m = 0; m < members.length; m++) {
            int at = 3 * offset[members[m]];
            leaf.hist[at] = tg - sg[m + 1];
            leaf.hist[at + 1] = th - sh[m + 1];
            leaf.hist[at + 2] = rows.length - sc[m + 1];
            leaf.hist[at + 3] = sg[m + 1];
            leaf.hist[at + 4] = sh[m + 1];
            leaf.hist[at + 5] = sc[m + 1];
        }
    }

    /** The larger child's histogram: the parent's (reused) minus the smaller child's. */
    private static void subtract(Leaf parent, Leaf small, Leaf large) {
        double[] hist = parent.hist;
        double[] minus = small.hist;
        for (int b = 0; b < hist.length; b++) {
            hist[b] -= minus[b];
        }
        large.hist = hist;
    }

    private void findSplit(Leaf leaf) {
        leaf.column = -1;
        leaf.gain = 0;
        if (leaf.rows() < 2 * params.nodeSize()) {
            return;
        }
        double parent = leaf.g * leaf.g / leaf.h;
        int minLeaf = params.nodeSize();
        for (int j = 0; j < p; j++) {
            int base = offset[j];
            int last = offset[j + 1] - 1;
            double lg = 0;
            double lh = 0;
            int lc = 0;
            for (int b = base; b < last; b++) {
                lg += leaf.hist[3 * b];
                lh += leaf.hist[3 * b + 1];
                lc += (int) leaf.hist[3 * b + 2];
                if (lc < minLeaf || lh < MIN_HESSIAN) {
                    continue;
                }
                int rc = leaf.rows() - lc;
                double rh = leaf.h - lh;
                if (rc < minLeaf || rh < MIN_HESSIAN) {
                    break;
                }
                double rg = leaf.g - lg;
                double gain = lg * lg / lh + rg * rg / rh - parent;
                if (gain > leaf.gain) {
                    leaf.gain = gain;
                    leaf.column = j;
                    leaf.bin = b - base;
                }
            }
        }
    }
}
