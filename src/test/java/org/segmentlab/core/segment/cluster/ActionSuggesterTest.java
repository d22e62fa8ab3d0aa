package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionSuggesterTest {

    /** A profile whose z-scores are those given, feature by feature; the notable ones set it apart, largest first. */
    private static SegmentProfile profile(int id, String[] features, double[] z) {
        List<FeatureProfile> fp = new ArrayList<>();
        List<Integer> notable = new ArrayList<>();
        for (int f = 0; f < features.length; f++) {
            fp.add(new FeatureProfile(features[f], 1, 1, z[f]));
            if (Math.abs(z[f]) >= SegmentProfiler.NOTABLE_Z) {
                notable.add(f);
            }
        }
        notable.sort((a, b) -> Double.compare(Math.abs(z[b]), Math.abs(z[a])));
        return new SegmentProfile(id, "x", 10, 0.1, fp, notable.stream().map(f -> features[f]).toList());
    }

    private static final String[] RFM = {"recency_days", "frequency", "monetary"};

    @Test
    void eachKindOfSegmentGetsItsOwnSuggestionAndEveryOneIsMarked() {
        String winBack = ActionSuggester.suggest(profile(0, RFM, new double[] {1.4, -0.2, 0.9}));
        String reward = ActionSuggester.suggest(profile(1, RFM, new double[] {-0.9, 1.3, 1.1}));
        String lapsedSmall = ActionSuggester.suggest(profile(2, RFM, new double[] {1.2, -0.6, -0.7}));
        String core = ActionSuggester.suggest(profile(3, RFM, new double[] {0.1, -0.3, 0.4}));
        String outliers = ActionSuggester.suggest(profile(-1, RFM, new double[] {3, 3, 3}));
        String support = ActionSuggester.suggest(profile(4, new String[] {"support_contacts", "seats"},
                new double[] {2.5, 0.1}));
        String other = ActionSuggester.suggest(profile(5, new String[] {"Annual Income (k$)"}, new double[] {-1.3}));

        assertThat(winBack).contains("win them back");
        assertThat(reward).contains("reward and keep them");
        assertThat(lapsedSmall).contains("low-cost win-back");
        assertThat(core).contains("core of the base");
        assertThat(outliers).contains("one by one");
        assertThat(support).contains("support");
        assertThat(other).contains("low Annual Income");
        for (String s : List.of(winBack, reward, lapsedSmall, core, outliers, support, other)) {
            assertThat(s).startsWith(ActionSuggester.PREFIX);
            assertThat(ActionSuggester.isSuggestion(s)).isTrue();
        }
        assertThat(List.of(winBack, reward, lapsedSmall, core, outliers, support, other)).doesNotHaveDuplicates();
    }

    @Test
    void aWrittenActionWinsOverTheSuggestion() {
        SegmentProfile p = profile(0, RFM, new double[] {1.4, -0.2, 0.9});
        assertThat(ActionSuggester.actionOrSuggestion("  Call them  ", p)).isEqualTo("Call them");
        assertThat(ActionSuggester.actionOrSuggestion(" ", p)).isEqualTo(ActionSuggester.suggest(p));
        assertThat(ActionSuggester.isSuggestion("Call them")).isFalse();
    }
}
