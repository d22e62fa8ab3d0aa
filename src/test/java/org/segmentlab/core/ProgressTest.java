package org.segmentlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final org.segmentlab.testing.RecordingProgress recording = new org.segmentlab.testing.RecordingProgress();
    private final List<Double> seen = recording.fractions();

    @Test
    void aSliceMapsItsOwnRangeIntoTheParentsShare() {
        Progress step = recording.slice(0.5, 0.7);

        step.update(0, "start");
        step.update(0.5, "half");
        step.update(1.5, "beyond the end");

        assertThat(seen).containsExactly(0.5, 0.6, 0.7);
    }

    @Test
    void forwardOnlyDropsReportsThatGoBack() {
        Progress forward = recording.forwardOnly();

        for (double f : new double[] {0.1, 0.3, 0.2, 0.3, 0.25, 0.9}) {
            forward.update(f, "k");
        }

        assertThat(seen).containsExactly(0.1, 0.3, 0.3, 0.9);
    }
}
