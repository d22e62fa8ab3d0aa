package org.segmentlab.core.predict;

import java.util.Objects;

/** Row indices of a training part and a test part, each ascending; rows in neither were left out. */
public record Partition(int[] train, int[] test) {

    public Partition {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
    }
}
