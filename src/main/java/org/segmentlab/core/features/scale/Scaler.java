package org.segmentlab.core.features.scale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.segmentlab.core.features.FeatureMatrix;

/**
 * A fitted scaling: what was learnt from one set of customers (medians for missing values, centre
 * and spread per feature), kept so that customers added later are put on exactly the same scale.
 * The project file saves it as JSON.
 *
 * <p>For each feature {@code f}: a missing value becomes {@code imputeValues[f]} (the median of the
 * known values), then {@code scaled = (g(x) − centers[f]) / spreads[f]} where {@code g} is the
 * identity, or the sign-preserving {@code log(1 + |x|)} for {@link FeatureScaling#LOG_ZSCORE}.
 * A feature with no spread (all values equal) gets a spread of 1, so it scales to a constant.
 */
public record Scaler(FeatureScaling method, List<String> featureNames, double[] imputeValues,
                     double[] centers, double[] spreads) {

    @JsonCreator
    public Scaler(@JsonProperty("method") FeatureScaling method,
                  @JsonProperty("featureNames") List<String> featureNames,
                  @JsonProperty("imputeValues") double[] imputeValues,
                  @JsonProperty("centers") double[] centers,
                  @JsonProperty("spreads") double[] spreads) {
        this.method = Objects.requireNonNull(method, "method");
        this.featureNames = List.copyOf(featureNames);
        int d = this.featureNames.size();
        if (imputeValues.length != d || centers.length != d || spreads.length != d) {
            throw new IllegalArgumentException("scaler parameters do not match its " + d + " features");
        }
        for (double s : spreads) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("a scaler spread must be positive and finite, was " + s);
            }
        }
        this.imputeValues = imputeValues.clone();
        this.centers = centers.clone();
        this.spreads = spreads.clone();
    }

    /**
     * Learns the scaling from {@code matrix}. Missing values are filled with the feature's median
     * first, so centre and spread describe the values the algorithm will see.
     *
     * @throws IllegalArgumentException naming the feature when a feature has no known value at all
     */
    public static Scaler fit(FeatureMatrix matrix, FeatureScaling method) {
        int d = matrix.featureCount();
        double[] impute = new double[d];
        double[] center = new double[d];
        double[] spread = new double[d];
        for (int f = 0; f < d; f++) {
            double[] column = matrix.column(f);
            double[] known = Arrays.stream(column).filter(v -> !Double.isNaN(v)).toArray();
            if (known.length == 0) {
                throw new IllegalArgumentException("feature '" + matrix.featureNames().get(f)
                        + "' has no values (all missing)");
            }
            for (double v : known) {
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("feature '" + matrix.featureNames().get(f)
                            + "' has an infinite value");
                }
            }
            Arrays.sort(known);
            impute[f] = quantileOfSorted(known, 0.5);
            for (int i = 0; i < column.length; i++) {
                double v = Double.isNaN(column[i]) ? impute[f] : column[i];
                column[i] = method == FeatureScaling.LOG_ZSCORE ? signedLog1p(v) : v;
            }
            double[] cs = centerAndSpread(column, method);
            center[f] = cs[0];
            spread[f] = cs[1] > 0 && Double.isFinite(cs[1]) ? cs[1] : 1.0;
        }
        return new Scaler(method, matrix.featureNames(), impute, center, spread);
    }

    /** The scaled copy of {@code matrix}, whose features must be this scaler's, in the same order. */
    public double[][] transform(FeatureMatrix matrix) {
        if (!matrix.featureNames().equals(featureNames)) {
            throw new IllegalArgumentException("features " + matrix.featureNames()
                    + " do not match the scaled features " + featureNames);
        }
        double[][] rows = matrix.rows();
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = transformRow(rows[i]);
        }
        return out;
    }

    /** One customer's values (missing = NaN) on the fitted scale. */
    public double[] transformRow(double[] values) {
        int d = featureNames.size();
        if (values.length != d) {
            throw new IllegalArgumentException(values.length + " values for " + d + " features");
        }
        double[] out = new double[d];
        for (int f = 0; f < d; f++) {
            double v = Double.isNaN(values[f]) ? imputeValues[f] : values[f];
            if (method == FeatureScaling.LOG_ZSCORE) {
                v = signedLog1p(v);
            }
            out[f] = (v - centers[f]) / spreads[f];
        }
        return out;
    }

    /** Back from the scaled space to original units (missing values come back as the median). */
    public double[] inverseRow(double[] scaled) {
        int d = featureNames.size();
        double[] out = new double[d];
        for (int f = 0; f < d; f++) {
            double v = scaled[f] * spreads[f] + centers[f];
            out[f] = method == FeatureScaling.LOG_ZSCORE ? signedExpm1(v) : v;
        }
        return out;
    }

    /** log(1 + x) for x ≥ 0 and −log(1 + |x|) below, so refunds and credits stay negative. */
    static double signedLog1p(double x) {
        return x < 0 ? -Math.log1p(-x) : Math.log1p(x);
    }

    static double signedExpm1(double y) {
        return y < 0 ? -Math.expm1(-y) : Math.expm1(y);
    }

    private static double[] centerAndSpread(double[] values, FeatureScaling method) {
        switch (method) {
            case NONE:
                return new double[] {0, 1};
            case ZSCORE:
            case LOG_ZSCORE: {
                double mean = 0;
                for (double v : values) {
                    mean += v;
                }
                mean /= values.length;
                double ss = 0;
                for (double v : values) {
                    ss += (v - mean) * (v - mean);
                }
                return new double[] {mean, Math.sqrt(ss / values.length)};
            }
            case MINMAX: {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double v : values) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                return new double[] {min, max - min};
            }
            case ROBUST: {
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                return new double[] {quantileOfSorted(sorted, 0.5),
                    quantileOfSorted(sorted, 0.75) - quantileOfSorted(sorted, 0.25)};
            }
            default:
                throw new IllegalStateException("unhandled scaling " + method);
        }
    }

    /** The p-quantile with linear interpolation between order statistics (the common "type 7"). */
    static double quantileOfSorted(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    @Override
    public double[] imputeValues() {
        return imputeValues.clone();
    }

    @Override
    public double[] centers() {
        return centers.clone();
    }

    @Override
    public double[] spreads() {
        return spreads.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scaler && method == ((Scaler) o).method
                && featureNames.equals(((Scaler) o).featureNames)
                && Arrays.equals(imputeValues, ((Scaler) o).imputeValues)
                && Arrays.equals(centers, ((Scaler) o).centers)
                && Arrays.equals(spreads, ((Scaler) o).spreads);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, featureNames, Arrays.hashCode(imputeValues), Arrays.hashCode(centers),
                Arrays.hashCode(spreads));
    }

    @Override
    public String toString() {
        return "Scaler[" + method.cliName() + ", " + featureNames + ", centers=" + Arrays.toString(centers)
                + ", spreads=" + Arrays.toString(spreads) + "]";
    }
}
