package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static final String PROJECT = "sample-projects/retail-rfm/retail-rfm.slproj.json";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesEveryCustomerAndOneFilePerSegment() throws Exception {
        Path folder = dir.resolve("activation");

        assertThat(run("export", "--project", PROJECT, "--out", folder.toString(), "--bom")).isEqualTo(0);

        byte[] raw = Files.readAllBytes(folder.resolve("customers.csv"));
        assertThat(raw).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> customers = Files.readAllLines(folder.resolve("customers.csv"), StandardCharsets.UTF_8);
        assertThat(customers.get(0)).isEqualTo("\uFEFFcustomer_id,segment_id,segment_name,recency_days,frequency,monetary");
        assertThat(customers).hasSize(4001);
        long perSegmentRows;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> segments = files.filter(p -> p.getFileName().toString().startsWith("segment_")
                    && !p.getFileName().toString().equals("segment_summary.csv")).toList();
            assertThat(segments).hasSize(10).contains(folder.resolve("segment_01_champions.csv"));
            long rows = 0;
            for (Path p : segments) {
                rows += Files.readAllLines(p, StandardCharsets.UTF_8).size() - 1;
            }
            perSegmentRows = rows;
        }
        assertThat(perSegmentRows).isEqualTo(4000);
        // customers, summary, ten segments and the customer table
        assertThat(err.toString()).contains("Wrote 13 files", "4,000 customers");
    }

    @Test
    void aClusteringProjectExportsItsSegmentsWithScoresWhenAsked() throws Exception {
        Path folder = dir.resolve("saas");

        assertThat(run("export", "--project", "sample-projects/saas-churn/saas-churn.slproj.json", "--out",
                folder.toString(), "--with-scores")).isEqualTo(0);

        List<String> customers = Files.readAllLines(folder.resolve("customers.csv"), StandardCharsets.UTF_8);
        assertThat(customers.get(0)).isEqualTo("customer_id,segment_id,segment_name,count_logins,count_feature_uses,"
                + "activity_trend,support_contacts,days_since_last_visit,score,top_drivers");
        assertThat(customers).hasSize(5001);
        String[] first = customers.get(1).split(",");
        double score = Double.parseDouble(first[first.length - 2]);
        assertThat(score).isBetween(0.0, 1.0);
        assertThat(first[first.length - 1]).matches("[a-z_]+ \\([+-]\\d\\.\\d\\d\\)(; [a-z_]+ \\([+-]\\d\\.\\d\\d\\))*");
        List<String> summary = Files.readAllLines(folder.resolve("segment_summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary.get(0)).endsWith(",action,mean_score");
        assertThat(summary).hasSize(4).anyMatch(l -> l.contains("Gone quiet"));
        assertThat(err.toString()).contains("5,000 customers with scores");
    }

    @Test
    void withoutTheFlagNoModelIsTrainedAndNoScoreWritten() throws Exception {
        Path folder = dir.resolve("mall");

        assertThat(run("export", "--project", "sample-projects/mall-demographics/mall-demographics.slproj.json",
                "--out", folder.toString())).isEqualTo(0);

        List<String> customers = Files.readAllLines(folder.resolve("customers.csv"), StandardCharsets.UTF_8);
        assertThat(customers.get(0)).isEqualTo("customer_id,segment_id,segment_name,Annual Income (k$),"
                + "Spending Score (1-100)");
        assertThat(customers).hasSize(301);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segment_0")))
                    .contains("segment_01_affluent_big_spenders.csv", "segment_00_middle_of_the_road.csv");
        }
    }

    @Test
    void theSaasSampleScoresRankItsChurnersWithARocAucOfAtLeastNinetyPercent() throws Exception {
        Path folder = dir.resolve("scores");

        assertThat(run("export", "--project", "sample-projects/saas-churn/saas-churn.slproj.json", "--out",
                folder.toString(), "--with-scores")).isEqualTo(0);

        Map<String, Boolean> churned = new HashMap<>();
        List<List<String>> accounts = csv(Path.of("sample-projects/saas-churn/accounts.csv"));
        int churnColumn = accounts.get(0).indexOf("churned");
        for (List<String> row : accounts.subList(1, accounts.size())) {
            churned.put(row.get(0), row.get(churnColumn).equals("Yes"));
        }
        List<List<String>> scores = csv(folder.resolve("customers.csv"));
        int scoreColumn = scores.get(0).indexOf("score");
        List<Double> churners = new ArrayList<>();
        List<Double> stayers = new ArrayList<>();
        for (List<String> row : scores.subList(1, scores.size())) {
            double score = Double.parseDouble(row.get(scoreColumn));
            (churned.get(row.get(0)) ? churners : stayers).add(score);
        }
        assertThat(churners.size() + stayers.size()).isEqualTo(5000);
        assertThat(auc(churners, stayers)).isGreaterThanOrEqualTo(0.90);

        // the customer table carries the same segments and scores, customer by customer
        List<List<String>> table = csv(folder.resolve("customer_table.csv"));
        List<String> header = table.get(0);
        assertThat(header).contains("count_logins", "activity_trend", "plan", "segment", "churn_score");
        Map<String, List<String>> byId = new HashMap<>();
        table.subList(1, table.size()).forEach(row -> byId.put(row.get(0), row));
        assertThat(byId).hasSize(5000);
        for (List<String> row : scores.subList(1, scores.size())) {
            List<String> same = byId.get(row.get(0));
            assertThat(same.get(header.indexOf("segment"))).isEqualTo(row.get(2));
            assertThat(Double.parseDouble(same.get(header.indexOf("churn_score"))))
                    .isCloseTo(Double.parseDouble(row.get(scoreColumn)), within(0.00005));
        }
        assertThat(err.toString()).contains("customer_table.csv: 5,000 customers", "segment, churn_score");
    }

    /** ROC AUC as the share of (churner, stayer) pairs the scores order rightly, ties counting half. */
    private static double auc(List<Double> positives, List<Double> negatives) {
        double right = 0;
        for (double p : positives) {
            for (double n : negatives) {
                right += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return right / ((double) positives.size() * negatives.size());
    }

    /** The cells of a CSV file, quotes understood. */
    private static List<List<String>> csv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }
}
