package org.segmentlab.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;

class SampleDeterminismTest {

    @TempDir
    Path dir;

    static Iterable<String> sampleNames() {
        return Samples.everyName();
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedOtherData(String name) throws Exception {
        SampleGenerator sample = Samples.find(name).orElseThrow();

        SampleResult first = sample.write(dir.resolve("a"), 7, Progress.none());
        SampleResult second = sample.write(dir.resolve("b"), 7, Progress.none());

        Map<String, String> firstHashes = SampleFiles.hashes(first.folder());
        assertThat(SampleFiles.hashes(second.folder())).isEqualTo(firstHashes);
        // the committed samples were written with seed 42
        Path data = first.files().get(0);
        Path seed42 = CommittedSamplesTest.COMMITTED.resolve(name).resolve(data.getFileName());
        assertThat(Files.readAllBytes(data)).isNotEqualTo(Files.readAllBytes(seed42));
        assertThat(Files.readString(first.projectFile())).contains("\"seed\": 7");
    }

    @Test
    void theCatalogueNamesEverySampleAndTheWorkbenchOffersThemAll() {
        assertThat(Samples.names()).containsExactly("retail-rfm", "saas-churn", "cdp-events", "mall-demographics",
                "shop-clv", "email-campaign");
        assertThat(Samples.everyName()).containsExactly("retail-rfm", "saas-churn", "cdp-events", "mall-demographics",
                "shop-clv", "email-campaign");
        assertThat(Samples.find("email-campaign")).get().isInstanceOf(EmailCampaignSample.class);
        assertThat(Samples.all()).extracting(SampleGenerator::name)
                .containsExactly("retail-rfm", "saas-churn", "cdp-events", "mall-demographics", "shop-clv",
                        "email-campaign");
        assertThat(Samples.find("retail-rfm")).get().isInstanceOf(RetailRfmSample.class);
        assertThat(Samples.find("nope")).isEmpty();
    }

    @Test
    void progressRisesToTheEnd() throws Exception {
        org.segmentlab.testing.RecordingProgress watching = new org.segmentlab.testing.RecordingProgress();
        List<Double> fractions = watching.fractions();

        new SaasChurnSample().write(dir, 42, watching);

        assertThat(fractions).isSortedAccordingTo(Double::compare);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
        assertThat(fractions.size()).isGreaterThan(10);
    }

    @Test
    void aCancelledRunStopsBeforeWritingAnyFile() throws Exception {
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // not watched
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Path folder = dir.resolve("cancelled");

        assertThatThrownBy(() -> new RetailRfmSample().write(folder, 42, cancelled))
                .isInstanceOf(CancelledException.class);
        assertThat(Files.exists(folder) ? filesIn(folder) : List.of()).isEmpty();
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
