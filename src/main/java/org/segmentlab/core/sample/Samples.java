package org.segmentlab.core.sample;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sample projects SegmentLab can write. */
public final class Samples {

    private Samples() {
    }

    /** The samples the workbench offers on its first start. */
    public static List<SampleGenerator> all() {
        return List.of(new RetailRfmSample(), new SaasChurnSample(), new CdpEventsSample(),
                new MallDemographicsSample());
    }

    /**
     * Every sample the generator writes: those of {@link #all()}, then those whose analysis has no
     * workbench step yet and that the command line writes (shop-clv, until the Value step exists).
     */
    public static List<SampleGenerator> everything() {
        return List.of(new RetailRfmSample(), new SaasChurnSample(), new CdpEventsSample(),
                new MallDemographicsSample(), new ShopClvSample());
    }

    public static Optional<SampleGenerator> find(String name) {
        return everything().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The names of {@link #everything()}. */
    public static List<String> names() {
        return everything().stream().map(SampleGenerator::name).collect(Collectors.toList());
    }
}
