package org.segmentlab.core.segment.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.segmentlab.core.Progress;

/**
 * One k-means run over a flat row-major array: greedy k-means++ seeding, then Lloyd iterations
 * that skip most distance computations with Hamerly's bounds (an upper bound on the distance to
 * the own centre, a lower bound on the distance to any other). The bounds give exactly Lloyd's
 * result, only faster: a customer far inside its segment is not looked at again.
 */
final class KMeans {

    /** Relative tolerance on the total squared centre shift, in units of the mean feature variance. */
    static final double RELATIVE_TOLERANCE = 1e-4;

    /**
     * @param labels     segment per row, 0..k−1 (a segment may be empty when rows repeat)
     * @param centers    k × d centres, row-major: the means of their members
     * @param wcss       within-segment sum of squared distances to the centres
     * @param iterations Lloyd iterations run
     * @param converged  false when the iteration limit stopped it
     */
    record Fit(int[] labels, double[] centers, double wcss, int iterations, boolean converged) {
    }

    private final double[] x;
    private final int n;
    private final int d;
    private double[] transposed;
    private double[] scratch;

    KMeans(double[] x, int n, int d) {
        this.x = x;
        this.n = n;
        this.d = d;
    }

    /** The mean variance of the features: the scale the convergence tolerance is measured in. */
    static double meanVariance(double[] x, int n, int d) {
        double total = 0;
        for (int f = 0; f < d; f++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + f];
            }
            mean /= n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double diff = x[i * d + f] - mean;
                ss += diff * diff;
            }
            total += ss / n;
        }
        return total / d;
    }

    Fit fit(int k, long seed, int maxIterations, double shiftTolerance, Progress progress) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and the number of customers (" + n + "), was " + k);
        }
        int[] a = new int[n];
        double[] upper = new double[n];
        double[] c = seedPlusPlus(k, new SplittableRandom(seed), a, upper, progress);
        if (k == 1) {
            return finish(a, c, k, 0, true);
        }
        // Seeding left each customer with its nearest centre and the distance to it; a lower bound
        // of 0 is valid for any other centre, so the first pass measures all and no extra pass is needed.
        double[] lower = new double[n];
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            upper[i] = Math.sqrt(upper[i]);
            counts[a[i]]++;
            addRow(sums, a[i], i, 1);
        }
        double[] shift = new double[k];
        double[] half = new double[k];
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations) {
            progress.checkCancelled();
            iteration++;
            double shiftSq = 0;
            for (int j = 0; j < k; j++) {
                if (counts[j] == 0) {
                    relocateEmpty(j, a, upper, lower, sums, counts);
                }
                double moved = 0;
                for (int f = 0; f < d; f++) {
                    double v = sums[j * d + f] / counts[j];
                    double diff = v - c[j * d + f];
                    moved += diff * diff;
                    c[j * d + f] = v;
                }
                shift[j] = Math.sqrt(moved);
                shiftSq += moved;
            }
            transpose(c, k);
            halfDistanceToNearestCentre(c, k, half);
            int changes = assign(c, k, shift, half, a, upper, lower, sums, counts);
            // Stopping on the tolerance comes after the pass, so labels always match the centres.
            if (changes == 0 || shiftSq <= shiftTolerance) {
                converged = true;
                break;
            }
        }
        return finish(a, c, k, iteration, converged);
    }

    /**
     * One pass of Hamerly's assignment: first the bounds follow the centres' moves (the own centre
     * moved by shift[own], any other by at most the largest shift), then only customers whose
     * bounds overlap are measured. One pass over the arrays instead of two: at 100,000 customers
     * the pass is limited by memory traffic, not arithmetic.
     */
    private int assign(double[] c, int k, double[] shift, double[] half, int[] a, double[] upper, double[] lower,
                       double[] sums, int[] counts) {
        int far = 0;
        for (int j = 1; j < k; j++) {
            if (shift[j] > shift[far]) {
                far = j;
            }
        }
        double second = 0;
        for (int j = 0; j < k; j++) {
            if (j != far) {
                second = Math.max(second, shift[j]);
            }
        }
        double farShift = shift[far];
        int changes = 0;
        for (int i = 0; i < n; i++) {
            int own = a[i];
            double u = upper[i] + shift[own];
            double l = lower[i] - (own == far ? second : farShift);
            double bound = Math.max(half[own], l);
            if (u <= bound) {
                upper[i] = u;
                lower[i] = l;
                continue;
            }
            u = Math.sqrt(dist2(i, c, own));
            if (u <= bound) {
                upper[i] = u;
                lower[i] = l;
                continue;
            }
            nearestTwo(i, c, k, a, upper, lower);
            if (a[i] != own) {
                changes++;
                counts[own]--;
                counts[a[i]]++;
                addRow(sums, own, i, -1);
                addRow(sums, a[i], i, 1);
            }
        }
        return changes;
    }

    /** Centres recomputed from scratch as member means (no drift from the running sums), and the WCSS. */
    private Fit finish(int[] a, double[] previous, int k, int iterations, boolean converged) {
        double[] c = new double[k * d];
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            counts[a[i]]++;
            addRow(c, a[i], i, 1);
        }
        for (int j = 0; j < k; j++) {
            for (int f = 0; f < d; f++) {
                c[j * d + f] = counts[j] == 0 ? previous[j * d + f] : c[j * d + f] / counts[j];
            }
        }
        double wcss = 0;
        for (int i = 0; i < n; i++) {
            wcss += dist2(i, c, a[i]);
        }
        return new Fit(a, c, wcss, iterations, converged);
    }

    /**
     * Greedy k-means++: each new centre is the best of a few candidates drawn with probability
     * proportional to the squared distance to the nearest centre so far (best = lowest potential).
     * The candidates are scored together in one pass over the data. Leaves each customer's nearest
     * centre in {@code owner} and the squared distance to it in {@code closest}.
     */
    private double[] seedPlusPlus(int k, SplittableRandom rnd, int[] owner, double[] closest, Progress progress) {
        double[] c = new double[k * d];
        int first = rnd.nextInt(n);
        System.arraycopy(x, first * d, c, 0, d);
        double[] cumulative = new double[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = dist2(i, c, 0);
            potential += closest[i];
            cumulative[i] = potential;
        }
        int trials = 2 + (int) Math.log(k);
        int[] candidates = new int[trials];
        double[] candidatePotential = new double[trials];
        // The candidates' distances are kept so the chosen one's need not be computed again.
        double[][] candidateDistance = new double[trials][n];
        for (int j = 1; j < k; j++) {
            progress.checkCancelled();
            for (int t = 0; t < trials; t++) {
                candidates[t] = potential > 0 ? draw(cumulative, rnd.nextDouble() * potential) : rnd.nextInt(n);
            }
            Arrays.fill(candidatePotential, 0);
            for (int i = 0; i < n; i++) {
                int row = i * d;
                double own = closest[i];
                for (int t = 0; t < trials; t++) {
                    double s = squaredDistance(x, row, x, candidates[t] * d, d);
                    candidateDistance[t][i] = s;
                    candidatePotential[t] += Math.min(own, s);
                }
            }
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (candidatePotential[t] < candidatePotential[best]) {
                    best = t;
                }
            }
            System.arraycopy(x, candidates[best] * d, c, j * d, d);
            double[] chosen = candidateDistance[best];
            potential = 0;
            for (int i = 0; i < n; i++) {
                if (chosen[i] < closest[i]) {
                    closest[i] = chosen[i];
                    owner[i] = j;
                }
                potential += closest[i];
                cumulative[i] = potential;
            }
        }
        return c;
    }

    /** The first index whose cumulative weight exceeds {@code r}. */
    private static int draw(double[] cumulative, double r) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Sets the nearest centre of row i, the distance to it (upper) and to the second nearest (lower). */
    private void nearestTwo(int i, double[] c, int k, int[] a, double[] upper, double[] lower) {
        // Centres feature by feature (transposed), so the inner loop runs over centres and the JIT
        // can compute several distances at once.
        double[] t = transposed;
        double[] dist = scratch;
        int row = i * d;
        double v0 = x[row];
        for (int j = 0; j < k; j++) {
            double e = v0 - t[j];
            dist[j] = e * e;
        }
        for (int f = 1; f < d; f++) {
            double v = x[row + f];
            int at = f * k;
            for (int j = 0; j < k; j++) {
                double e = v - t[at + j];
                dist[j] += e * e;
            }
        }
        double best = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        int bestJ = 0;
        for (int j = 0; j < k; j++) {
            double s = dist[j];
            if (s < best) {
                second = best;
                best = s;
                bestJ = j;
            } else if (s < second) {
                second = s;
            }
        }
        a[i] = bestJ;
        upper[i] = Math.sqrt(best);
        lower[i] = Math.sqrt(second);
    }

    /** Copies the centres into {@link #transposed} after they moved. */
    private void transpose(double[] c, int k) {
        if (transposed == null || transposed.length != k * d) {
            transposed = new double[k * d];
            scratch = new double[k];
        }
        for (int j = 0; j < k; j++) {
            for (int f = 0; f < d; f++) {
                transposed[f * k + j] = c[j * d + f];
            }
        }
    }

    private void halfDistanceToNearestCentre(double[] c, int k, double[] half) {
        Arrays.fill(half, Double.POSITIVE_INFINITY);
        for (int j = 0; j < k; j++) {
            for (int m = j + 1; m < k; m++) {
                double s = 0;
                for (int f = 0; f < d; f++) {
                    double diff = c[j * d + f] - c[m * d + f];
                    s += diff * diff;
                }
                double h = 0.5 * Math.sqrt(s);
                half[j] = Math.min(half[j], h);
                half[m] = Math.min(half[m], h);
            }
        }
    }

    /**
     * Gives an empty segment the customer that is furthest (by its upper bound) from its own
     * centre, taken from a segment that keeps at least one member.
     */
    private void relocateEmpty(int empty, int[] a, double[] upper, double[] lower, double[] sums, int[] counts) {
        int pick = -1;
        for (int i = 0; i < n; i++) {
            if (counts[a[i]] > 1 && (pick < 0 || upper[i] > upper[pick])) {
                pick = i;
            }
        }
        if (pick < 0) {
            throw new IllegalStateException("fewer distinct customers than segments");
        }
        int from = a[pick];
        counts[from]--;
        addRow(sums, from, pick, -1);
        counts[empty]++;
        addRow(sums, empty, pick, 1);
        a[pick] = empty;
        upper[pick] = 0;
        lower[pick] = 0;
    }

    private void addRow(double[] sums, int j, int i, int sign) {
        int row = i * d;
        int at = j * d;
        for (int f = 0; f < d; f++) {
            sums[at + f] += sign * x[row + f];
        }
    }

    private double dist2(int i, double[] c, int j) {
        return squaredDistance(x, i * d, c, j * d, d);
    }

    /**
     * Squared Euclidean distance between a[ai..ai+d) and b[bi..bi+d). Four running sums instead of
     * one: the additions no longer wait for each other, which roughly halves the time per distance.
     */
    static double squaredDistance(double[] a, int ai, double[] b, int bi, int d) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int f = 0;
        for (; f + 3 < d; f += 4) {
            double e0 = a[ai + f] - b[bi + f];
            double e1 = a[ai + f + 1] - b[bi + f + 1];
            double e2 = a[ai + f + 2] - b[bi + f + 2];
            double e3 = a[ai + f + 3] - b[bi + f + 3];
            s0 += e0 * e0;
            s1 += e1 * e1;
            s2 += e2 * e2;
            s3 += e3 * e3;
        }
        for (; f < d; f++) {
            double e = a[ai + f] - b[bi + f];
            s0 += e * e;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
