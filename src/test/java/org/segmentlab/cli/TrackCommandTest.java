package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.SharedDatasets;

class TrackCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** 300 customers with 1–8 purchases each over 2023, seeded; some lines are cancellations. */
    private Path transactions() throws IOException {
        Random random = new Random(17);
        StringBuilder csv = new StringBuilder("InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n");
        int invoice = 1000;
        for (int c = 0; c < 300; c++) {
            int purchases = 1 + random.nextInt(8);
            for (int p = 0; p < purchases; p++) {
                int day = 1 + random.nextInt(28);
                int month = 1 + random.nextInt(12);
                String no = (random.nextInt(20) == 0 ? "C" : "") + invoice++;
                csv.append(no).append(',').append(1 + random.nextInt(5)).append(',')
                        .append(String.format("2023-%02d-%02d 10:00", month, day)).append(',')
                        .append(1 + random.nextInt(50)).append(".25,").append(10000 + c).append('\n');
            }
        }
        return Files.writeString(dir.resolve("tx.csv"), csv);
    }

    private static Map<String, String> segmentsOf(List<String> snapshotLines, String day) {
        Map<String, String> out = new HashMap<>();
        for (String line : snapshotLines.subList(1, snapshotLines.size())) {
            String[] f = line.split(",", -1);
            if (f[1].equals(day)) {
                out.put(f[0], f[2]);
            }
        }
        return out;
    }

    @Test
    void theLastSnapshotIsWhatRfmGivesForThatDay() throws Exception {
        Path tx = transactions();
        Path rfm = dir.resolve("rfm.csv");
        assertThat(run("rfm", "--input", tx.toString(), "--as-of", "2023-12-31", "--out", rfm.toString()))
                .as(err.toString()).isZero();
        Path track = dir.resolve("track");
        assertThat(run("track", "--input", tx.toString(), "--as-of", "monthly:2023-03-31..2023-12-31",
                "--out", track.toString())).as(err.toString()).isZero();

        Map<String, String> expected = new HashMap<>();
        for (String line : Files.readAllLines(rfm).subList(1, Files.readAllLines(rfm).size())) {
            String[] f = line.split(",", -1);
            expected.put(f[0], f[8]);
        }
        List<String> snapshots = Files.readAllLines(track.resolve("snapshots.csv"));
        assertThat(snapshots.get(0)).isEqualTo("customer_id,as_of,segment");
        assertThat(segmentsOf(snapshots, "2023-12-31")).isEqualTo(expected);
        Set<String> days = new HashSet<>();
        for (String line : snapshots.subList(1, snapshots.size())) {
            days.add(line.split(",")[1]);
        }
        assertThat(days).hasSize(10).contains("2023-03-31", "2023-04-30", "2023-06-30", "2023-12-31");
        assertThat(Files.exists(track.resolve("stability.csv"))).isFalse();
    }

    @Test
    void migrationAddsUpToTheLaterCustomersPlusTheGoneAndDriftHasOneRowPerRfmMeasure() throws Exception {
        Path tx = transactions();
        Path track = dir.resolve("track");
        assertThat(run("track", "--input", tx.toString(), "--as-of", "2023-06-30,2023-12-31", "--out", track.toString()))
                .as(err.toString()).isZero();
        checkAcceptance(track, "2023-06-30", "2023-12-31");
        JsonNode summary = new ObjectMapper().readTree(track.resolve("summary.json").toFile());
        JsonNode pair = summary.get("pairs").get(0);
        assertThat(pair.get("kept_share").asDouble()).isEqualTo(pair.get("kept").asDouble() / pair.get("from_customers").asDouble());
        assertThat(err.toString()).contains("kept their segment").contains("segment shares PSI");
    }

    /** The acceptance checks of the two-day run: four files, counts that add up, four drift rows. */
    private static void checkAcceptance(Path track, String from, String to) throws IOException {
        assertThat(track.resolve("summary.json")).exists();
        List<String> snapshots = Files.readAllLines(track.resolve("snapshots.csv"));
        int later = segmentsOf(snapshots, to).size();
        List<String> migration = Files.readAllLines(track.resolve("migration.csv"));
        assertThat(migration.get(0)).isEqualTo("from_as_of,to_as_of,from_segment,to_segment,customers,revenue");
        long total = 0;
        long gone = 0;
        for (String line : migration.subList(1, migration.size())) {
            String[] f = line.startsWith(from + "," + to + ",") ? splitCsv(line) : null;
            assertThat(f).as(line).isNotNull();
            total += Long.parseLong(f[4]);
            if (f[3].equals("(gone)")) {
                gone += Long.parseLong(f[4]);
            }
        }
        assertThat(total).isEqualTo(later + gone);
        List<String> drift = Files.readAllLines(track.resolve("drift.csv"));
        assertThat(drift.get(0)).isEqualTo("from_as_of,to_as_of,measure,psi,reading");
        assertThat(drift.subList(1, drift.size())).extracting(l -> l.split(",")[2])
                .containsExactly("segment_share", "recency_days", "frequency", "monetary");
        for (String line : drift.subList(1, drift.size())) {
            String[] f = line.split(",");
            double psi = Double.parseDouble(f[3]);
            assertThat(f[4]).isEqualTo(psi < 0.1 ? "stable" : psi > 0.25 ? "major" : "moderate");
        }
    }

    /** Splits a line of our CSV, where only segment names such as "Can't Lose Them" are plain text. */
    private static String[] splitCsv(String line) {
        return line.split(",", -1);
    }

    @Test
    void onlineRetailFromJuneToDecember() throws Exception {
        Path input = SharedDatasets.require("online-retail/online_retail_combined.csv");
        Path track = dir.resolve("retail");
        Path rfm = dir.resolve("rfm.csv");
        assertThat(run("track", "--input", input.toString(), "--as-of", "2011-06-04,2011-12-10",
                "--out", track.toString())).as(err.toString()).isZero();
        checkAcceptance(track, "2011-06-04", "2011-12-10");
        assertThat(run("rfm", "--input", input.toString(), "--out", rfm.toString())).as(err.toString()).isZero();
        List<String> rfmLines = Files.readAllLines(rfm);
        Map<String, String> expected = new HashMap<>();
        for (String line : rfmLines.subList(1, rfmLines.size())) {
            String[] f = line.split(",", -1);
            expected.put(f[0], f[8]);
        }
        assertThat(expected).hasSize(4338);
        assertThat(segmentsOf(Files.readAllLines(track.resolve("snapshots.csv")), "2011-12-10")).isEqualTo(expected);
    }

    @Test
    void aKeptClusteringRunIsTrackedWithItsCentresAndBootstrapped() throws Exception {
        Path project = clusteringProject();
        Path track = dir.resolve("clusters");
        assertThat(run("track", "--project", project.toString(), "--run", "rfm4",
                "--as-of", "2024-06-30,2024-12-31", "--bootstrap", "8", "--out", track.toString()))
                .as(err.toString()).isZero();
        List<String> stability = Files.readAllLines(track.resolve("stability.csv"));
        assertThat(stability.get(0)).isEqualTo("segment,jaccard_mean,jaccard_sd,reading");
        assertThat(stability).hasSize(5);
        for (String line : stability.subList(1, 5)) {
            String[] f = line.split(",");
            double mean = Double.parseDouble(f[1]);
            assertThat(mean).isBetween(0.0, 1.0);
            assertThat(f[3]).isEqualTo(mean >= 0.85 ? "highly stable" : mean >= 0.75 ? "stable"
                    : mean >= 0.6 ? "a pattern" : "do not trust");
        }
        List<String> drift = Files.readAllLines(track.resolve("drift.csv"));
        assertThat(drift.subList(1, drift.size())).extracting(l -> l.split(",")[2])
                .containsExactly("segment_share", "recency_days", "frequency", "monetary");
        JsonNode summary = new ObjectMapper().readTree(track.resolve("summary.json").toFile());
        assertThat(summary.get("segmentation").asText()).isEqualTo("rfm4");
        for (JsonNode s : summary.get("snapshots")) {
            double ari = s.get("adjusted_rand_saved_vs_refit").asDouble();
            assertThat(ari).isBetween(-1.0, 1.0);
        }
        assertThat(summary.get("stability")).hasSize(4);
    }

    @Test
    void reFittedSnapshotsOnAnotherLogKeepTheRunsSegmentNamesAndSaySo() throws Exception {
        Path project = clusteringProject();
        Path other = dir.resolve("other.csv");
        Files.copy(dir.resolve("transactions.csv"), other);
        Path track = dir.resolve("refit");
        assertThat(run("track", "--project", project.toString(), "--run", "rfm4", "--refit", "--bootstrap", "0",
                "--input", other.toString(), "--as-of", "2024-03-31,2024-12-31", "--out", track.toString()))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("The kept run 'rfm4' is tracked on other.csv, not on its own source.");
        assertThat(track.resolve("stability.csv")).doesNotExist();
        Set<String> names = new HashSet<>(segmentsOf(Files.readAllLines(track.resolve("snapshots.csv")), "2024-12-31")
                .values());
        assertThat(names).hasSizeBetween(2, 4);
        JsonNode summary = new ObjectMapper().readTree(track.resolve("summary.json").toFile());
        JsonNode last = summary.get("snapshots").get(1);
        assertThat(last.get("segments").size()).isGreaterThanOrEqualTo(names.size());
        for (String name : names) {
            assertThat(last.get("segments").has(name)).as(name).isTrue();
        }
    }

    @Test
    void aRunOverATableCannotBeTracked() throws Exception {
        Path project = clusteringProject();
        int code = run("track", "--project", project.toString(), "--run", "table",
                "--as-of", "2024-06-30,2024-12-31", "--out", dir.resolve("x").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().trim()).startsWith("segmentlab: p.slproj.json: clustering run 'table' clusters the rows")
                .doesNotContain("Exception");
    }

    @Test
    void badDaysAndMissingInputsAreUsageErrors() throws Exception {
        assertThat(run("track", "--input", "x.csv", "--as-of", "monthly:2011-01-01", "--out", "o")).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of: 'monthly:2011-01-01' is not of the form");
        assertThat(run("track", "--as-of", "2011-01-01", "--out", "o")).isEqualTo(2);
        assertThat(run("track", "--input", "x.csv", "--as-of", "2011-01-01", "--refit", "--out", "o")).isEqualTo(2);
        err.getBuffer().setLength(0);
        assertThat(run("track", "--input", dir.resolve("absent.csv").toString(), "--as-of", "2011-01-01",
                "--out", dir.resolve("o").toString())).isEqualTo(1);
        assertThat(err.toString().lines().count()).isEqualTo(1);
    }

    /** The retail-rfm sample with two kept runs: k-means on R, F, M of its customers, and one over a table. */
    private Path clusteringProject() throws IOException {
        Path sample = Path.of("sample-projects/retail-rfm");
        Files.copy(sample.resolve("transactions.csv"), dir.resolve("transactions.csv"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode project = (ObjectNode) json.readTree(sample.resolve("retail-rfm.slproj.json").toFile());
        ArrayNode runs = ((ObjectNode) project.get("settings")).putArray("clustering");
        runs.add(json.readTree("{\"id\":\"rfm4\",\"features\":[\"recency_days\",\"frequency\",\"monetary\"],"
                + "\"scaling\":\"log-zscore\",\"algorithm\":\"kmeans\",\"k\":4,\"seed\":42,"
                + "\"sourceId\":\"transactions\",\"input\":\"customers\"}"));
        runs.add(json.readTree("{\"id\":\"table\",\"features\":[\"Quantity\"],\"algorithm\":\"kmeans\",\"k\":2,"
                + "\"sourceId\":\"transactions\",\"input\":\"table\"}"));
        Path file = dir.resolve("p.slproj.json");
        json.writeValue(file.toFile(), project);
        return file;
    }
}
