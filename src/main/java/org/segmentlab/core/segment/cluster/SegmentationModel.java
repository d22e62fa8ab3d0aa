package org.segmentlab.core.segment.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.Scaler;

/**
 * A saved segmentation that places new customers: their features go through the same scaling,
 * and each joins the segment with the nearest centre. For DBSCAN that centre is the mean of the
 * segment's members, so new customers are never marked noise.
 *
 * @param scaler    the scaling fitted when the segments were found
 * @param centroids segment centres in the scaled space, indexed by segment id
 */
public record SegmentationModel(Scaler scaler, double[][] centroids) {

    public SegmentationModel {
        Objects.requireNonNull(scaler, "scaler");
        int d = scaler.featureNames().size();
        double[][] copy = new double[centroids.length][];
        for (int j = 0; j < centroids.length; j++) {
            if (centroids[j].length != d) {
                throw new IllegalArgumentException("segment " + j + " has " + centroids[j].length
                        + " coordinates for " + d + " features");
            }
            copy[j] = centroids[j].clone();
        }
        centroids = copy;
    }

    static SegmentationModel of(Scaler scaler, double[][] centroids) {
        return new SegmentationModel(scaler, centroids);
    }

    public List<String> featureNames() {
        return scaler.featureNames();
    }

    /**
     * The segment of every customer in {@code customers}. Features are matched by name, so their
     * order may differ and extra features are ignored; missing values take the saved medians.
     *
     * @throws IllegalArgumentException naming the features the segmentation needs but {@code customers} lacks
     */
    public int[] assign(FeatureMatrix customers) {
        List<String> needed = featureNames();
        int[] at = new int[needed.size()];
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < needed.size(); f++) {
            at[f] = customers.featureNames().indexOf(needed.get(f));
            if (at[f] < 0) {
                missing.add(needed.get(f));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the segmentation needs the features " + missing
                    + ", which the new customers do not have");
        }
        double[][] rows = customers.rows();
        int[] out = new int[rows.length];
        double[] values = new double[needed.size()];
        for (int i = 0; i < rows.length; i++) {
            for (int f = 0; f < at.length; f++) {
                values[f] = rows[i][at[f]];
            }
            out[i] = assign(values);
        }
        return out;
    }

    /** The segment of one customer whose values are in this model's feature order (missing = NaN). */
    public int assign(double[] values) {
        double[] z = scaler.transformRow(values);
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < centroids.length; j++) {
            double s = 0;
            for (int f = 0; f < z.length; f++) {
                double diff = z[f] - centroids[j][f];
                s += diff * diff;
            }
            if (s < bestDistance) {
                bestDistance = s;
                best = j;
            }
        }
        return best;
    }

    @Override
    public double[][] centroids() {
        double[][] copy = new double[centroids.length][];
        for (int j = 0; j < centroids.length; j++) {
            copy[j] = centroids[j].clone();
        }
        return copy;
    }
}
