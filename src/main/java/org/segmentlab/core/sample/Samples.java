package org.segmentlab.core.sample;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sample projects SegmentLab can write. */
public final class Samples {

    private Samples() {
    }

    public static List<SampleGenerator> all() {
        return List.of(new RetailRfmSample(), new SaasChurnSample(), new CdpEventsSample(),
                new MallDemographicsSample());
    }

    public static Optional<SampleGenerator> find(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return all().stream().map(SampleGenerator::name).collect(Collectors.toList());
    }
}
