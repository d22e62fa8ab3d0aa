package org.segmentlab.core.segment.cluster;

/**
 * Silhouette per customer: {@code values[j]} belongs to the customer in row {@code rows[j]} of the
 * feature matrix. All non-noise customers when there are at most 10,000, else a seeded sample.
 *
 * @param sampled true when {@code rows} is a sample
 */
public record SilhouetteValues(int[] rows, double[] values, boolean sampled) {

    @Override
    public int[] rows() {
        return rows.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return rows.length;
    }
}
