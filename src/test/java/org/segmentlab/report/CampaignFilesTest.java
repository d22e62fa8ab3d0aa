package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignOutcomes;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.CampaignReadouts;
import org.segmentlab.core.campaign.ReadoutParams;

class CampaignFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSegmentNamedLikeAFormulaIsNeutralisedAndMissingValuesAreEmpty() throws Exception {
        // segment "=HYPERLINK(…)" has no control customer: no rate, no difference
        CampaignOutcomes outcomes = new CampaignOutcomes(List.of("a", "b", "c", "d"),
                new boolean[] {true, false, true, true}, new int[] {1, 0, 0, 1}, null,
                new String[] {"plain", "plain", "=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")"});
        CampaignReadout r = new CampaignReadouts().read(outcomes, ReadoutParams.defaults(), Progress.none());
        Path file = dir.resolve("readout.csv");
        CampaignFiles.writeReadout(file, r);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(CampaignFiles.READOUT_HEADER);
        assertThat(lines.get(1)).startsWith("All,3,1,0.6666666666666666,0,0.6666666666666666,");
        assertThat(lines.get(2)).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",2,0,0.5,,,,,,,,,,,");
        assertThat(lines.get(3)).startsWith("plain,1,1,1,0,1,");
        // no revenue: the three revenue cells are empty
        assertThat(lines.get(1)).endsWith(",,,");
        assertThat(r.warnings()).anyMatch(w -> w.contains("has 2 treated and 0 control customers"));
    }

    @Test
    void numbersAreWrittenInFullWithoutExponents() {
        assertThat(CampaignFiles.number(1.5e-13)).isEqualTo("0.00000000000015");
        assertThat(CampaignFiles.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(CampaignFiles.number(12.0)).isEqualTo("12");
        assertThat(CampaignFiles.number(Double.NaN)).isEmpty();
    }
}
