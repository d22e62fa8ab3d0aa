package org.segmentlab.core.segment.cluster;

import java.util.Arrays;

/**
 * Principal components of the scaled features, to draw segments in two dimensions. The d × d
 * covariance matrix is small (d is the number of features), so its eigenvectors come from Jacobi
 * rotations in plain Java: no native linear-algebra library is needed.
 *
 * @param mean          the feature means the data are centred on
 * @param components    unit eigenvectors, one per row, by decreasing variance; the sign is fixed so
 *                      that the largest coordinate of each is positive
 * @param variances     the variance along each component (eigenvalues)
 */
public record PrincipalComponents(double[] mean, double[][] components, double[] variances) {

    private static final int MAX_SWEEPS = 100;

    /** Fits the components of {@code rows} (customers × features, no missing values). */
    public static PrincipalComponents fit(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no customers to project");
        }
        int d = rows[0].length;
        int n = rows.length;
        double[] mean = new double[d];
        for (double[] r : rows) {
            for (int f = 0; f < d; f++) {
                mean[f] += r[f];
            }
        }
        for (int f = 0; f < d; f++) {
            mean[f] /= n;
        }
        double[][] cov = new double[d][d];
        for (double[] r : rows) {
            for (int f = 0; f < d; f++) {
                double a = r[f] - mean[f];
                for (int g = 0; g <= f; g++) {
                    cov[f][g] += a * (r[g] - mean[g]);
                }
            }
        }
        int dof = Math.max(1, n - 1);
        for (int f = 0; f < d; f++) {
            for (int g = 0; g <= f; g++) {
                cov[f][g] /= dof;
                cov[g][f] = cov[f][g];
            }
        }
        double[][] vectors = new double[d][d];
        double[] values = jacobi(cov, vectors);
        Integer[] order = new Integer[d];
        for (int f = 0; f < d; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
        double[][] components = new double[d][d];
        double[] variances = new double[d];
        for (int c = 0; c < d; c++) {
            int col = order[c];
            variances[c] = Math.max(0, values[col]);
            int biggest = 0;
            for (int f = 0; f < d; f++) {
                components[c][f] = vectors[f][col];
                if (Math.abs(components[c][f]) > Math.abs(components[c][biggest])) {
                    biggest = f;
                }
            }
            if (components[c][biggest] < 0) {
                for (int f = 0; f < d; f++) {
                    components[c][f] = -components[c][f];
                }
            }
        }
        return new PrincipalComponents(mean, components, variances);
    }

    /** The share of the total variance each component explains. */
    public double[] explainedShare() {
        double total = Arrays.stream(variances).sum();
        return Arrays.stream(variances).map(v -> total > 0 ? v / total : 0).toArray();
    }

    /** Coordinates of each row on the first {@code dimensions} components. */
    public double[][] project(double[][] rows, int dimensions) {
        int dims = Math.min(dimensions, components.length);
        double[][] out = new double[rows.length][dims];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < dims; c++) {
                double s = 0;
                for (int f = 0; f < mean.length; f++) {
                    s += (rows[i][f] - mean[f]) * components[c][f];
                }
                out[i][c] = s;
            }
        }
        return out;
    }

    /**
     * Eigen-decomposition of the symmetric matrix {@code a} (destroyed) by cyclic Jacobi rotations.
     * Returns the eigenvalues; eigenvector j is column j of {@code vectors}.
     */
    static double[] jacobi(double[][] a, double[][] vectors) {
        int d = a.length;
        for (int i = 0; i < d; i++) {
            Arrays.fill(vectors[i], 0);
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double diag = 0;
            for (int p = 0; p < d; p++) {
                diag += a[p][p] * a[p][p];
                for (int q = p + 1; q < d; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= 1e-30 * Math.max(diag, Double.MIN_NORMAL)) {
                break;
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    // The rotation angle that zeroes a[p][q] (Golub & Van Loan, 8.4).
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < d; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < d; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < d; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = c * vkp - s * vkq;
                        vectors[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[d];
        for (int i = 0; i < d; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] variances() {
        return variances.clone();
    }

    @Override
    public double[][] components() {
        double[][] copy = new double[components.length][];
        for (int i = 0; i < components.length; i++) {
            copy[i] = components[i].clone();
        }
        return copy;
    }
}
