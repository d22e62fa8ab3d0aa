package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpliftCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /**
     * 3,000 customers without an id column; the offer lifts 'keen' customers from 10% to 30%, leaves
     * 'steady' at 10% and drops 'wary' from 20% to 10%.
     */
    private Path campaign() throws Exception {
        Random random = new Random(5);
        StringBuilder sb = new StringBuilder("kind,age,arm,bought\n");
        String[] kinds = {"keen", "steady", "wary"};
        for (int i = 0; i < 3000; i++) {
            String kind = kinds[i % 3];
            boolean offer = random.nextBoolean();
            double p = switch (kind) {
                case "keen" -> offer ? 0.30 : 0.10;
                case "steady" -> 0.10;
                default -> offer ? 0.10 : 0.20;
            };
            sb.append(kind).append(',').append(20 + random.nextInt(50)).append(',').append(offer ? "offer" : "none")
                    .append(',').append(random.nextDouble() < p ? 1 : 0).append('\n');
        }
        Path file = dir.resolve("campaign.csv");
        Files.writeString(file, sb);
        return file;
    }

    @Test
    void writesEveryCustomerNumberedByRowAndMetricsWithTheContractKeys() throws Exception {
        Path upliftCsv = dir.resolve("uplift.csv");
        Path metrics = dir.resolve("metrics.json");
        int code = run("uplift", "--input", campaign().toString(), "--group", "arm", "--treatment", "offer",
                "--control", "none", "--outcome", "bought", "--features", "kind,age", "--out", upliftCsv.toString(),
                "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(upliftCsv);
        assertThat(lines.get(0)).isEqualTo("customer_id,part,uplift,p_treated,p_control");
        assertThat(lines).hasSize(3001);
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(lines.get(3000)).startsWith("3000,");
        long test = lines.stream().skip(1).filter(l -> l.split(",")[1].equals("test")).count();
        assertThat(test).isBetween(898L, 902L);

        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.subList(0, 5)).containsExactly("qini_auc", "uplift_at_10", "uplift_at_20", "uplift_at_30",
                "deciles");
        assertThat(json.get("deciles")).hasSize(10);
        assertThat(json.get("qini_auc").asDouble()).isPositive();
        // the top 30% is the keen third: about 20 points of uplift
        assertThat(json.get("uplift_at_30").asDouble()).isGreaterThan(0.1);
    }

    @Test
    void keenCustomersGetTheHighestUpliftAndWaryTheLowest() throws Exception {
        Path upliftCsv = dir.resolve("uplift.csv");
        int code = run("uplift", "--input", campaign().toString(), "--group", "arm", "--treatment", "offer",
                "--control", "none", "--outcome", "bought", "--features", "kind", "--method", "two-model",
                "--out", upliftCsv.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(upliftCsv);
        // rows 1, 2, 3 are keen, steady, wary
        double keen = Double.parseDouble(lines.get(1).split(",")[2]);
        double steady = Double.parseDouble(lines.get(2).split(",")[2]);
        double wary = Double.parseDouble(lines.get(3).split(",")[2]);
        assertThat(keen).isBetween(0.12, 0.28);
        assertThat(steady).isBetween(-0.05, 0.05);
        assertThat(wary).isBetween(-0.18, -0.02);
    }

    @Test
    void aControlValueMissingFromTheFileExitsOneNamingTheColumn() throws Exception {
        int code = run("uplift", "--input", campaign().toString(), "--group", "arm", "--treatment", "offer",
                "--control", "holdout", "--outcome", "bought", "--out", dir.resolve("u.csv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("group column 'arm' has no value 'holdout' (its values: none, offer)");
    }
}
