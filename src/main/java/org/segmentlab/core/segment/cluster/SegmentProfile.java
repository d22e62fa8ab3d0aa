package org.segmentlab.core.segment.cluster;

import java.util.List;

/**
 * Who is in a segment: its size, each feature's mean and median in original units and how far
 * that mean sits from the population's.
 *
 * @param segmentId      0..k−1, or −1 for DBSCAN noise
 * @param suggestedName  a name drawn from the profile, unique within the run (the user may rename)
 * @param share          size as a fraction of all customers
 * @param features       in the input's feature order
 * @param distinguishing the features that most set the segment apart (largest |z| first, at most
 *                       three, each at least half a standard deviation from the population)
 */
public record SegmentProfile(int segmentId, String suggestedName, int size, double share,
                             List<FeatureProfile> features, List<String> distinguishing) {

    public SegmentProfile {
        features = List.copyOf(features);
        distinguishing = List.copyOf(distinguishing);
    }

    public FeatureProfile feature(String name) {
        return features.stream().filter(f -> f.feature().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no feature '" + name + "' in the profile"));
    }
}
