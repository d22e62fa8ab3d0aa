package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.SharedDatasets;

class ClvCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** The acceptance command of the issue, on the CDNOW sample. */
    @Test
    void cdnowSampleGivesThePublishedParametersAndOneRowPerCustomer() throws Exception {
        Path sample = SharedDatasets.require("cdnow/CDNOW_sample.txt");
        Path csv = dir.resolve("clv.csv");
        Path json = dir.resolve("p.json");

        int code = run("clv", "--input", sample.toString(), "--customer", "column_2", "--date", "column_3",
                "--amount", "column_5", "--as-of", "1997-09-30", "--holdout-end", "1998-06-30", "--time-unit", "week",
                "--horizon-days", "273", "--discount-monthly", "0", "--out", csv.toString(), "--params",
                json.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2358);
        assertThat(lines.get(0)).isEqualTo(
                "customer_id,frequency,recency,T,monetary_mean,p_alive,expected_purchases,expected_avg_spend,clv");
        String[] first = lines.get(1).split(",");
        assertThat(first[0]).isEqualTo("0001");
        assertThat(first[1]).isEqualTo("2");
        assertThat(Double.parseDouble(first[2])).isEqualTo(213 / 7.0);
        assertThat(Double.parseDouble(first[3])).isEqualTo(272 / 7.0);
        // Full precision: the published 1.226, to more digits than a fixed format would keep.
        assertThat(first[6]).hasSizeGreaterThan(12);
        assertThat(Double.parseDouble(first[6])).isCloseTo(1.226, within(0.0005));
        assertThat(Double.parseDouble(first[8]))
                .isCloseTo(Double.parseDouble(first[6]) * Double.parseDouble(first[7]), within(1e-9));

        JsonNode p = new ObjectMapper().readTree(json.toFile());
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = p.fieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        assertThat(keys.subList(0, 14)).containsExactly("model", "r", "alpha", "a", "b", "p", "q", "gamma",
                "log_likelihood", "customers", "repeat_customers", "time_unit", "standard_errors", "holdout");
        assertThat(p.get("model").asText()).isEqualTo("bgnbd");
        assertThat(p.get("r").asDouble()).isCloseTo(0.243, within(0.0006));
        assertThat(p.get("alpha").asDouble()).isCloseTo(4.414, within(0.0006));
        assertThat(p.get("a").asDouble()).isCloseTo(0.793, within(0.0006));
        assertThat(p.get("b").asDouble()).isCloseTo(2.426, within(0.0006));
        assertThat(p.get("p").asDouble()).isCloseTo(6.25, within(0.006));
        assertThat(p.get("q").asDouble()).isCloseTo(3.74, within(0.006));
        assertThat(p.get("gamma").asDouble()).isCloseTo(15.44, within(0.006));
        assertThat(p.get("log_likelihood").asDouble()).isCloseTo(-9582.4, within(0.06));
        assertThat(p.get("customers").asInt()).isEqualTo(2357);
        assertThat(p.get("repeat_customers").asInt()).isEqualTo(946);
        assertThat(p.get("time_unit").asText()).isEqualTo("week");
        assertThat(p.get("standard_errors").get("r").asDouble()).isPositive();
        JsonNode holdout = p.get("holdout");
        assertThat(holdout.get("actual").asLong()).isEqualTo(1882);
        assertThat(holdout.get("by_frequency")).hasSize(8);
        assertThat(holdout.get("by_frequency").get(7).get("frequency").asText()).isEqualTo("7+");
        assertThat(p.get("warnings").toString()).contains("8 lines with amount 0");
        assertThat(err.toString()).contains("2,357 customers (946 repeat)").contains("1,882 repeat purchases made");
    }

    @Test
    void paretoModelWritesSAndBeta() throws Exception {
        Path sample = SharedDatasets.require("cdnow/CDNOW_sample.txt");
        Path json = dir.resolve("p.json");
        int code = run("clv", "--input", sample.toString(), "--customer", "column_2", "--date", "column_3",
                "--amount", "column_5", "--as-of", "1997-09-30", "--model", "pareto", "--out",
                dir.resolve("c.csv").toString(), "--params", json.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode p = new ObjectMapper().readTree(json.toFile());
        assertThat(p.get("model").asText()).isEqualTo("pareto");
        assertThat(p.get("s").asDouble()).isCloseTo(0.606, within(0.0006));
        assertThat(p.get("beta").asDouble()).isCloseTo(11.669, within(0.0006));
        assertThat(p.has("a")).isFalse();
        assertThat(p.has("holdout")).isFalse();
    }

    @Test
    void formulaLikeCustomerIdsAreNeutralised() throws Exception {
        Path file = dir.resolve("t.csv");
        StringBuilder sb = new StringBuilder("customer,date,amount\n");
        String[] ids = {"=HYPERLINK(1)", "b", "c", "d", "e", "f"};
        for (int c = 0; c < ids.length; c++) {
            for (int k = 0; k <= c; k++) {
                sb.append('"').append(ids[c]).append("\",2024-01-").append(String.format("%02d", 1 + 4 * k + c))
                        .append(',').append(10 + c + k).append('\n');
            }
        }
        Files.writeString(file, sb.toString());
        Path csv = dir.resolve("clv.csv");
        int code = run("clv", "--input", file.toString(), "--as-of", "2024-01-31", "--time-unit", "day",
                "--out", csv.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(csv)).anyMatch(l -> l.startsWith("'=HYPERLINK(1)"))
                .noneMatch(l -> l.startsWith("=")).hasSize(7);
    }

    @Test
    void aMissingColumnIsOneLineNamingIt() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "customer,date,amount\n1,2024-01-01,5\n2,2024-01-02,6\n");
        int code = run("clv", "--input", file.toString(), "--amount", "spend", "--out", dir.resolve("c.csv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("spend").doesNotContain("Exception");
    }

    @Test
    void aHoldoutWithoutAsOfIsAUsageError() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "customer,date,amount\n1,2024-01-01,5\n");
        int code = run("clv", "--input", file.toString(), "--holdout-end", "2024-06-30", "--out",
                dir.resolve("c.csv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--holdout-end needs --as-of");
        assertThat(run("clv", "--input", file.toString(), "--time-unit", "year", "--out", "x.csv")).isEqualTo(2);
    }

    /** The supervised comparison on the shop-clv sample: one table on the console, the same numbers in the params file. */
    @Test
    void compareSetsTheRegressionAgainstTheValueModelOnTheHoldout() throws Exception {
        Path shop = Path.of("sample-projects/shop-clv/transactions.csv");
        Path json = dir.resolve("p.json");
        int code = run("clv", "--input", shop.toString(), "--as-of", "2024-06-30", "--holdout-end", "2024-12-31",
                "--out", dir.resolve("clv.csv").toString(), "--params", json.toString(), "--compare", "--seed", "7");

        assertThat(code).as(err.toString()).isZero();
        JsonNode c = new ObjectMapper().readTree(json.toFile()).get("comparison");
        assertThat(c.get("holdout_days").asInt()).isEqualTo(184);
        assertThat(c.get("training_as_of").asText()).isEqualTo("2023-12-29");
        assertThat(c.get("seed").asLong()).isEqualTo(7);
        List<String> names = new ArrayList<>();
        for (JsonNode m : c.get("methods")) {
            names.add(m.get("name").asText());
            assertThat(m.get("mae").asDouble()).isPositive();
            assertThat(m.get("spearman").asDouble()).isBetween(-1.0, 1.0);
            assertThat(m.get("top_decile_capture").asDouble()).isBetween(0.1, 1.0);
            // each row of the console table gives the method's MAE as the file does
            assertThat(err.toString()).contains(m.get("label").asText()).contains(String.format(java.util.Locale.ROOT,
                    "%,.2f", m.get("mae").asDouble()));
        }
        assertThat(names).containsExactly("value model", "gradient boosting", "previous period");
        // the value model's row is the fit's own prediction: its total against the holdout's actual spend
        JsonNode value = c.get("methods").get(0);
        assertThat(value.get("predicted_spend").asDouble() / c.get("actual_spend").asDouble()).isBetween(0.85, 1.15);
    }

    @Test
    void compareWithoutAHoldoutIsAUsageError() throws Exception {
        int code = run("clv", "--input", "sample-projects/shop-clv/transactions.csv", "--compare", "--out",
                dir.resolve("c.csv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--compare needs --holdout-end");
    }
}
