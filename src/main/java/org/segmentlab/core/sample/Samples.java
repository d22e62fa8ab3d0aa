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
     * The samples the workbench offers on its first start and in File ▸ Open Sample: the four
     * segmentation samples, then the value (shop-clv) and campaign (email-campaign) samples.
     */
    public static List<SampleGenerator> all() {
        return List.of(new RetailRfmSample(), new SaasChurnSample(), new CdpEventsSample(),
                new MallDemographicsSample(), new ShopClvSample(), new EmailCampaignSample());
    }

    /** Every sample the command line writes: the same as {@link #all()}. */
    public static List<SampleGenerator> everything() {
        return all();
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
