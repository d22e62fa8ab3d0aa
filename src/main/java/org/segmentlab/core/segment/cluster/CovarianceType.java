package org.segmentlab.core.segment.cluster;

import java.util.Locale;
import org.segmentlab.core.CliNames;

/** The shape a Gaussian mixture component may take. */
public enum CovarianceType {
    /** Any ellipsoid, tilted as the data are: d(d+1)/2 parameters per component. */
    FULL,
    /** Ellipsoids along the feature axes only: d parameters per component, steadier with few customers. */
    DIAGONAL;

    /** The name project files use: {@code full} or {@code diagonal}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a saved name; null stands for {@link #FULL}, the default. */
    public static CovarianceType fromCliName(String name) {
        if (name == null) {
            return FULL;
        }
        return CliNames.parse(values(), CovarianceType::cliName, name, "covariance type");
    }
}
