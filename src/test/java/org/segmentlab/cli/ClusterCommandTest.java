package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.SharedDatasets;

class ClusterCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Two tight groups of three on "Annual Income (k$)" and "Spending Score (1-100)", and a far outlier. */
    private Path smallMall() throws IOException {
        return write("mall.csv", "CustomerID,Genre,Annual Income (k$),Spending Score (1-100)\n"
                + "1,Male,15,39\n2,Female,16,41\n3,Female,17,40\n"
                + "4,Male,80,90\n5,Female,81,88\n6,Male,79,89\n"
                + "7,Female,300,1\n");
    }

    @Test
    void mallCustomersSweepWritesTwoHundredAssignmentsAndNineSweepRows() throws Exception {
        Path input = SharedDatasets.require("mall-customers/Mall_Customers.csv");
        Path assignments = dir.resolve("a.csv");
        Path metrics = dir.resolve("m.json");
        int code = run("cluster", "--input", input.toString(), "--id", "CustomerID",
                "--features", "Annual Income (k$),Spending Score (1-100)", "--algorithm", "kmeans",
                "--k-range", "2..10", "--out", assignments.toString(), "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(assignments, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("customer_id,segment_id,segment_name");
        assertThat(lines).hasSize(201);
        assertThat(lines.get(1)).startsWith("1,");

        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("algorithm", "k", "silhouette", "sweep");
        assertThat(json.get("algorithm").asText()).isEqualTo("kmeans");
        assertThat(json.get("k").asInt()).isEqualTo(5);
        assertThat(json.get("silhouette").asDouble()).isBetween(0.55, 0.56);
        assertThat(json.get("sweep")).hasSize(9);
        JsonNode first = json.get("sweep").get(0);
        List<String> rowKeys = new ArrayList<>();
        first.fieldNames().forEachRemaining(rowKeys::add);
        assertThat(rowKeys).containsExactly("k", "wcss", "silhouette", "calinski_harabasz", "davies_bouldin");
        assertThat(first.get("k").asInt()).isEqualTo(2);
        assertThat(out.toString()).contains("Suggested k = 5: highest silhouette");
    }

    @Test
    void kGivenWithARangeDecidesTheAssignments() throws Exception {
        Path assignments = dir.resolve("a.csv");
        Path metrics = dir.resolve("m.json");
        int code = run("cluster", "--input", smallMall().toString(), "--id", "CustomerID",
                "--features", "Annual Income (k$), Spending Score (1-100)", "--algorithm", "kmeans",
                "--k-range", "2..4", "--k", "3", "--scale", "none", "--out", assignments.toString(),
                "--metrics", metrics.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(assignments, StandardCharsets.UTF_8);
        assertThat(lines.subList(1, 8)).extracting(l -> l.split(",")[1])
                .containsExactly("0", "0", "0", "1", "1", "1", "2");
        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        assertThat(json.get("k").asInt()).isEqualTo(3);
        assertThat(json.get("sweep")).hasSize(3);
    }

    @Test
    void dbscanMarksNoiseAsMinusOne() throws Exception {
        Path assignments = dir.resolve("a.csv");
        int code = run("cluster", "--input", smallMall().toString(), "--id", "CustomerID",
                "--features", "Annual Income (k$),Spending Score (1-100)", "--algorithm", "dbscan",
                "--eps", "5", "--min-points", "3", "--scale", "none", "--out", assignments.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(assignments, StandardCharsets.UTF_8);
        assertThat(lines.get(7)).isEqualTo("7,-1,Outliers (no segment)");
        // minPoints 3: the distance to the 2nd nearest other customer; the outlier's is far above the rest
        assertThat(out.toString()).contains("The k-distance curve (k = 2) bends at eps = ");
        assertThat(lines.subList(1, 7)).extracting(l -> l.split(",")[1]).containsExactly("0", "0", "0", "1", "1", "1");
    }

    @Test
    void hierarchicalAndGaussianMixtureRunFromTheCommandLine() throws Exception {
        for (String[] extra : new String[][] {{"hierarchical", "--linkage", "complete"}, {"gmm"}}) {
            Path assignments = dir.resolve(extra[0] + ".csv");
            List<String> args = new ArrayList<>(List.of("cluster", "--input", smallMall().toString(), "--id",
                    "CustomerID", "--features", "Annual Income (k$),Spending Score (1-100)", "--k", "2",
                    "--out", assignments.toString(), "--algorithm"));
            args.addAll(List.of(extra));
            assertThat(run(args.toArray(new String[0]))).as(err.toString()).isZero();
            assertThat(Files.readAllLines(assignments, StandardCharsets.UTF_8)).hasSize(8);
        }
    }

    @Test
    void aMissingFeatureColumnIsNamedAndExitsWithOne() throws Exception {
        int code = run("cluster", "--input", smallMall().toString(), "--id", "CustomerID",
                "--features", "Annual Income (k$),Age", "--algorithm", "kmeans", "--k", "2",
                "--out", dir.resolve("a.csv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("mall.csv").contains("no feature column 'Age'")
                .doesNotContain("Exception");
        assertThat(dir.resolve("a.csv")).doesNotExist();
    }

    @Test
    void aTextFeatureOrARepeatedCustomerIsBadInput() throws Exception {
        int code = run("cluster", "--input", smallMall().toString(), "--id", "CustomerID",
                "--features", "Genre", "--algorithm", "kmeans", "--k", "2", "--out", dir.resolve("a.csv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("'Genre' is not numeric");

        Path twice = write("twice.csv", "id,x\n1,1\n2,5\n1,7\n");
        assertThat(run("cluster", "--input", twice.toString(), "--id", "id", "--features", "x",
                "--algorithm", "kmeans", "--k", "2", "--out", dir.resolve("b.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("customer id '1' appears on more than one row");
    }

    @Test
    void missingOrContradictoryOptionsAreUsageErrors() throws Exception {
        String input = smallMall().toString();
        String a = dir.resolve("a.csv").toString();
        assertThat(run("cluster", "--input", input, "--id", "CustomerID", "--features", "Genre",
                "--algorithm", "kmeans", "--out", a)).isEqualTo(2);
        assertThat(err.toString()).contains("kmeans needs --k N or --k-range A..B");
        assertThat(run("cluster", "--input", input, "--id", "CustomerID", "--features", "Genre",
                "--algorithm", "dbscan", "--out", a)).isEqualTo(2);
        assertThat(err.toString()).contains("dbscan needs --eps");
        assertThat(run("cluster", "--input", input, "--id", "CustomerID", "--features", "Genre",
                "--algorithm", "kmeans", "--k-range", "2-5", "--out", a)).isEqualTo(2);
        assertThat(err.toString()).contains("--k-range must look like 2..12");
        assertThat(run("cluster", "--input", input, "--id", "CustomerID", "--features", "Genre",
                "--algorithm", "kmeans", "--k", "2", "--scale", "log", "--out", a)).isEqualTo(2);
        assertThat(err.toString()).contains("zscore|minmax|robust|log-zscore|none");
        assertThat(run("cluster", "--input", input, "--id", "CustomerID", "--features", "Genre",
                "--algorithm", "spectral", "--k", "2", "--out", a)).isEqualTo(2);
        assertThat(err.toString()).contains("kmeans|dbscan|hierarchical|gmm");
    }
}
