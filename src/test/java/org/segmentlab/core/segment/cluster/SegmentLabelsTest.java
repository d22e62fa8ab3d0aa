package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.FeatureMatrix;

class SegmentLabelsTest {

    private static SegmentLabels labels() {
        FeatureMatrix m = new FeatureMatrix(List.of("a", "b", "c", "d"), List.of("monetary"),
                new double[][] {{10}, {12}, {500}, {9_000}});
        return SegmentLabels.from(SegmentProfiler.profile(m, new int[] {0, 0, 1, -1}));
    }

    @Test
    void startFromTheSuggestedNamesWithOneColourPerSegment() {
        SegmentLabels l = labels();
        assertThat(l.segments()).extracting(SegmentLabel::segmentId).containsExactly(0, 1, -1);
        assertThat(l.segments()).extracting(SegmentLabel::colourIndex).containsExactly(0, 1, -1);
        assertThat(l.nameOf(-1)).isEqualTo(SegmentNamer.NOISE_NAME);
        assertThat(l.nameOf(7)).isEqualTo("Segment 7");
    }

    @Test
    void renamingKeepsNamesUnique() {
        SegmentLabels l = labels().rename(0, "  Bargain hunters ").withNote(0, "coupon users").withColour(0, 4);
        assertThat(l.nameOf(0)).isEqualTo("Bargain hunters");
        assertThat(l.find(0).orElseThrow().note()).isEqualTo("coupon users");
        assertThat(l.find(0).orElseThrow().colourIndex()).isEqualTo(4);
        assertThatThrownBy(() -> l.rename(1, "bargain HUNTERS")).hasMessageContaining("two segments are named");
        assertThatThrownBy(() -> l.rename(1, " ")).hasMessageContaining("needs a name");
    }

    @Test
    void survivesJson() throws Exception {
        SegmentLabels l = labels().withNote(1, "VIP desk");
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(l);
        assertThat(text).contains("\"segmentId\":1").contains("\"note\":\"VIP desk\"");
        assertThat(json.readValue(text, SegmentLabels.class)).isEqualTo(l);
    }
}
