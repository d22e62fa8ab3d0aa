package org.segmentlab.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sample projects SegmentLab can write. */
public final class Samples {

    private Samples() {
    }

    /**
     * The samples the workbench offers on its first start and in File ▸ Open Sample: the segmentation
     * samples. The value and campaign samples join them once the workbench has their steps.
     */
    public static List<SampleGenerator> all() {
        return List.of(new RetailRfmSample(), new SaasChurnSample(), new CdpEventsSample(),
                new MallDemographicsSample());
    }

    /** Every sample the command line writes: those of {@link #all()}, then the value and campaign samples. */
    public static List<SampleGenerator> everything() {
        List<SampleGenerator> every = new ArrayList<>(all());
        every.add(new ShopClvSample());
        every.add(new EmailCampaignSample());
        return List.copyOf(every);
    }

    public static Optional<SampleGenerator> find(String name) {
        return everything().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The names of {@link #all()}. */
    public static List<String> names() {
        return all().stream().map(SampleGenerator::name).collect(Collectors.toList());
    }

    /** The names of {@link #everything()}. */
    public static List<String> everyName() {
        return everything().stream().map(SampleGenerator::name).collect(Collectors.toList());
    }
}
