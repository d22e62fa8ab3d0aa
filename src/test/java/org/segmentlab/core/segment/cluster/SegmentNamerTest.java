package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentNamerTest {

    @Test
    void knownFeaturesGetMarketingWordsInOrderOfHowMuchTheyStandOut() {
        List<String> features = List.of("recency_days", "frequency", "monetary");
        List<String> names = SegmentNamer.suggest(features, new int[] {0},
                new double[][] {{-0.9, 0.7, 1.4}});
        assertThat(names).containsExactly("High spend · Recent · Frequent");
    }

    @Test
    void otherFeaturesAreNamedHighOrLowWithoutTheirUnits() {
        List<String> features = List.of("Annual Income (k$)", "Spending Score (1-100)", "support_calls");
        List<String> names = SegmentNamer.suggest(features, new int[] {0, 1},
                new double[][] {{1.2, -1.1, 0.1}, {0.2, 0.1, 2.0}});
        assertThat(names).containsExactly("High Annual Income · Low Spending Score", "High support calls");
    }

    @Test
    void lapsedCustomersWhoSpentMuchAreCalledLapsedBigSpenders() {
        List<String> features = List.of("Monetary", "Frequency", "Recency Days");
        List<String> names = SegmentNamer.suggest(features, new int[] {0}, new double[][] {{1.1, 0.6, 1.5}});
        assertThat(names).containsExactly("Lapsed big spenders · Frequent");
    }

    @Test
    void namesAreUniqueWithinARun() {
        List<String> features = List.of("monetary", "frequency");
        List<String> names = SegmentNamer.suggest(features, new int[] {0, 1, 2, 3},
                new double[][] {{2, 0.1}, {1.5, -0.2}, {0.1, 0.1}, {-0.2, 0}});
        // the second "High spend" takes its next feature; both quiet segments are "Close to average"
        assertThat(names).containsExactly("High spend", "High spend · Infrequent", "Close to average",
                "Low spend");
        List<String> same = SegmentNamer.suggest(List.of("monetary"), new int[] {0, 1},
                new double[][] {{2}, {2}});
        assertThat(same).containsExactly("High spend", "High spend 2");
        // the same words in another order are the same name
        List<String> reordered = SegmentNamer.suggest(List.of("monetary", "frequency"), new int[] {0, 1},
                new double[][] {{-2, -1}, {-1, -2}});
        assertThat(reordered).containsExactly("Low spend · Infrequent", "Infrequent · Low spend 2");
    }

    @Test
    void windowedFeaturesOfTheCustomerTableGetTheWordsOfWhatTheyCount() {
        assertThat(SegmentNamer.word("monetary_90d", true)).isEqualTo("High spend");
        assertThat(SegmentNamer.word("frequency_30d", false)).isEqualTo("Infrequent");
        assertThat(SegmentNamer.word("visits_90d", true)).isEqualTo("High visits 90d");
    }

    @Test
    void noiseHasAFixedName() {
        assertThat(SegmentNamer.suggest(List.of("x"), new int[] {0, -1}, new double[][] {{1}, {-3}}))
                .containsExactly("High x", "Outliers (no segment)");
    }
}
