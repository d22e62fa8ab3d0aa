package org.segmentlab.core.segment.cluster;

/** The shape a Gaussian mixture component may take. */
public enum CovarianceType {
    /** Any ellipsoid, tilted as the data are: d(d+1)/2 parameters per component. */
    FULL,
    /** Ellipsoids along the feature axes only: d parameters per component, steadier with few customers. */
    DIAGONAL
}
