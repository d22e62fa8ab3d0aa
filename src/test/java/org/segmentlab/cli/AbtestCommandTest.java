package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.SharedDatasets;

class AbtestCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path hand() throws Exception {
        Path copy = dir.resolve("hand_readout.csv");
        Files.copy(Path.of(getClass().getResource("/org/segmentlab/core/campaign/hand_readout.csv").toURI()), copy);
        return copy;
    }

    @Test
    void readoutCsvHasTheContractColumnsWithAllFirst() throws Exception {
        Path readout = dir.resolve("readout.csv");
        int code = run("abtest", "--input", hand().toString(), "--group", "arm", "--treatment", "mail", "--control",
                "holdout", "--outcome", "bought", "--revenue", "spend", "--by", "tier", "--out", readout.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(readout);
        assertThat(lines.get(0)).isEqualTo("segment,n_treated,n_control,rate_treated,rate_control,difference,low,high,"
                + "relative_lift,incremental_conversions,p_value,p_value_holm,revenue_difference,revenue_low,"
                + "revenue_high");
        assertThat(lines).hasSize(4);
        // the same figures as CampaignReadoutsTest, written in full precision
        String[] all = lines.get(1).split(",");
        assertThat(all[0]).isEqualTo("All");
        assertThat(all[1]).isEqualTo("23");
        assertThat(all[2]).isEqualTo("18");
        assertThat(Double.parseDouble(all[5])).isEqualTo(10.0 / 23 - 5.0 / 18);
        assertThat(lines.get(2)).startsWith("Gold,10,8,0.6,0.25,");
        assertThat(lines.get(3)).startsWith("Silver,12,10,0.25,0.3,");
        assertThat(err.toString()).contains("2 rows whose 'arm' is neither 'mail' nor 'holdout' were left out")
                .contains("1 customer has no segment");
    }

    @Test
    void aGroupValueMissingFromTheFileExitsOneNamingTheColumn() throws Exception {
        int code = run("abtest", "--input", hand().toString(), "--group", "arm", "--treatment", "email", "--control",
                "holdout", "--outcome", "bought", "--out", dir.resolve("r.csv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("segmentlab: hand_readout.csv: group column 'arm' has no value "
                + "'email' (its values: holdout, mail, pilot)");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    @Test
    void segmentsFromAnAssignmentsFileAreJoinedById() throws Exception {
        Path assignments = dir.resolve("assignments.csv");
        StringBuilder sb = new StringBuilder("customer_id,segment_id,segment_name\n");
        for (int c = 101; c <= 143; c++) {
            if (c != 101) {
                sb.append('C').append(c).append(',').append(c % 2).append(',').append(c % 2 == 0 ? "Even" : "Odd")
                        .append('\n');
            }
        }
        Files.writeString(assignments, sb);
        Path readout = dir.resolve("readout.csv");
        int code = run("abtest", "--input", hand().toString(), "--group", "arm", "--treatment", "mail", "--control",
                "holdout", "--outcome", "bought", "--segments", assignments.toString(), "--out", readout.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(readout);
        assertThat(lines).extracting(l -> l.split(",")[0]).containsExactly("segment", "All", "Even", "Odd");
        assertThat(err.toString()).contains("joined by id");
        // C101 is in the file (an arm, not the pilot) but not in the assignments
        assertThat(err.toString()).contains("1 customer has no segment");
    }

    @Test
    void byAndSegmentsTogetherAreAUsageError() throws Exception {
        int code = run("abtest", "--input", hand().toString(), "--group", "arm", "--treatment", "mail", "--control",
                "holdout", "--outcome", "bought", "--by", "tier", "--segments", "x.csv", "--out", "r.csv");
        assertThat(code).isEqualTo(2);
    }

    @Test
    void hillstromReadsOutSevenSpendBandsAndAll() throws Exception {
        Path file = SharedDatasets.require("hillstrom/hillstrom.csv");
        Path readout = dir.resolve("readout.csv");
        int code = run("abtest", "--input", file.toString(), "--group", "segment", "--treatment", "Mens E-Mail",
                "--control", "No E-Mail", "--outcome", "conversion", "--revenue", "spend", "--by", "history_segment",
                "--out", readout.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(readout);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(1)).startsWith("All,21307,21306,");
        assertThat(out.toString()).contains("+0.68 ( +0.50,  +0.86)");
        assertThat(err.toString()).contains("21,387 rows whose 'segment' is neither");
    }
}
