package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentlab.testing.HostileCorpus;

/**
 * Every command against the hostile-input corpus ({@link HostileCorpus}): exit 0, 1 or 2 only; a
 * failure is one line on stderr with no stack trace, no exception and no Java class name; and the
 * documented result where there is one.
 */
class HostileInputTest {

    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*");

    /** Documented exit codes of rfm, by file. */
    private static final Map<String, Integer> RFM_EXIT = Map.ofEntries(
            Map.entry("empty.csv", 1), Map.entry("header-only.csv", 1), Map.entry("binary.csv", 1),
            Map.entry("formula-ids.csv", 0), Map.entry("missing-word-ids.csv", 0), Map.entry("huge-amounts.csv", 0),
            Map.entry("overflowing-sum.csv", 1), Map.entry("far-future-date.csv", 0),
            Map.entry("long-segment-id.csv", 0), Map.entry("duplicate-columns.csv", 1),
            Map.entry("no-customer-column.csv", 1), Map.entry("only-cancellations.csv", 1));

    /** Documented exit codes of report (and export), by project file. */
    private static final Map<String, Integer> PROJECT_EXIT = Map.ofEntries(
            Map.entry("good.slproj.json", 0), Map.entry("bad-as-of.slproj.json", 1), Map.entry("bad-bins.slproj.json", 1),
            Map.entry("etc-passwd.slproj.json", 1), Map.entry("traversal.slproj.json", 1), Map.entry("proc.slproj.json", 1),
            Map.entry("missing-data.slproj.json", 1), Map.entry("truncated.slproj.json", 1),
            Map.entry("empty.slproj.json", 1), Map.entry("not-json.slproj.json", 1),
            Map.entry("deep-nesting.slproj.json", 1), Map.entry("sources-wrong-type.slproj.json", 1),
            Map.entry("future-version.slproj.json", 1), Map.entry("type-payload.slproj.json", 1),
            Map.entry("long-segment-name.slproj.json", 0));

    @TempDir
    static Path corpus;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @org.junit.jupiter.api.BeforeAll
    static void copyCorpus() throws Exception {
        for (Map.Entry<String, byte[]> e : HostileCorpus.dataFiles().entrySet()) {
            Files.write(corpus.resolve(e.getKey()), e.getValue());
        }
        for (Map.Entry<String, byte[]> e : HostileCorpus.projectFiles().entrySet()) {
            Files.write(corpus.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(corpus.resolve("sales.csv"), HostileCorpus.sales());
    }

    static Stream<String> dataFiles() {
        return HostileCorpus.dataFiles().keySet().stream();
    }

    static Stream<String> projectFiles() {
        return HostileCorpus.projectFiles().keySet().stream();
    }

    private int run(String... args) {
        int code = SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        String stderr = err.toString();
        assertThat(code).as(stderr).isIn(0, 1, 2);
        assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("Error:").doesNotContain("``");
        // no line of a file's content: the passwd-like corpus files start with "root:x:"
        assertThat(stderr).doesNotContain("root:x:").doesNotContain("'root'");
        assertThat(CLASS_NAME.matcher(stderr).find()).as("a Java class name in: %s", stderr).isFalse();
        if (code != 0) {
            // one line says what failed; a note said before it (rows left out on the way) may precede it
            List<String> errors = stderr.strip().lines().filter(l -> !l.startsWith("segmentlab: note:")
                    && !l.startsWith("note:") && !l.startsWith("warning:")).collect(java.util.stream.Collectors.toList());
            assertThat(errors).as(stderr).hasSize(1);
            assertThat(errors.get(0)).startsWith("segmentlab: ");
        }
        return code;
    }

    private String file(String name) {
        return corpus.resolve(name).toString();
    }

    @Test
    void theCommittedCorpusIsWhatTheGeneratorMakes() throws Exception {
        for (Map.Entry<String, byte[]> e : HostileCorpus.dataFiles().entrySet()) {
            assertThat(Files.readAllBytes(HostileCorpus.FOLDER.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
        for (Map.Entry<String, byte[]> e : HostileCorpus.projectFiles().entrySet()) {
            assertThat(Files.readAllBytes(HostileCorpus.FOLDER.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void inspect(String name) throws Exception {
        int code = run("inspect", "--input", file(name), "--json");
        if (code == 0) {
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).has("rowsRead")).isTrue();
        }
        if (name.equals("missing-word-ids.csv")) {
            assertThat(out.toString()).contains("\"rowsWithoutCustomerId\" : 5");
        }
        if (name.equals("unterminated-quote.csv")) {
            // the quote opened on line 3 swallows the 11 lines after it
            assertThat(out.toString()).contains("lines 3–14");
        }
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void rfm(String name) throws Exception {
        Path target = dir.resolve("rfm.csv");
        int code = run("rfm", "--input", file(name), "--out", target.toString());
        if (RFM_EXIT.containsKey(name)) {
            assertThat(code).as(err.toString()).isEqualTo(RFM_EXIT.get(name));
        }
        if (code == 0) {
            List<String> lines = Files.readAllLines(target);
            assertThat(lines.get(0)).isEqualTo(RfmCommand.HEADER);
            for (String line : lines.subList(1, lines.size())) {
                assertThat(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("-");
            }
            if (name.equals("missing-word-ids.csv")) {
                assertThat(lines).hasSize(3);
            }
        } else {
            assertThat(target).doesNotExist();
        }
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void features(String name) throws Exception {
        Path target = dir.resolve("customers.csv");
        int code = run("features", "--transactions", file(name), "--as-of", "2024-02-01", "--out", target.toString());
        if (code == 0) {
            for (String line : Files.readAllLines(target)) {
                assertThat(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void cluster(String name) throws Exception {
        Path target = dir.resolve("assignments.csv");
        int code = run("cluster", "--input", file(name), "--id", "CustomerID", "--features", "Amount",
                "--algorithm", "kmeans", "--k", "2", "--out", target.toString());
        if (code == 0) {
            for (String line : Files.readAllLines(target)) {
                assertThat(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void train(String name) {
        run("train", "--input", file(name), "--id", "CustomerID", "--label", "Amount", "--model", "logistic",
                "--save", dir.resolve("m.slm").toString());
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void scoreWithTheFileAsAModel(String name) {
        assertThat(run("score", "--model", file(name), "--input", file("sales.csv"),
                "--out", dir.resolve("scores.csv").toString())).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("projectFiles")
    void report(String name) throws Exception {
        Path target = dir.resolve("report.pdf");
        int code = run("report", "--project", file(name), "--out", target.toString());
        assertThat(code).as(err.toString()).isEqualTo(PROJECT_EXIT.get(name));
        assertThat(err.toString()).doesNotContain("root:");
        if (code == 0) {
            assertThat(Files.size(target)).isPositive();
            assertThat(err.toString()).as("a count of one reads in the singular")
                    .doesNotContain(" 1 segments").doesNotContain(" 1 customers");
        }
    }

    @ParameterizedTest
    @MethodSource("projectFiles")
    void export(String name) throws Exception {
        Path target = dir.resolve("export");
        int code = run("export", "--project", file(name), "--out", target.toString());
        assertThat(code).as(err.toString()).isEqualTo(PROJECT_EXIT.get(name));
        assertThat(err.toString()).doesNotContain("root:");
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void anUnknownCommandWordIsAUsageError(String name) {
        assertThat(run("no-such-command", "--input", file(name))).isEqualTo(2);
        assertThat(err.toString()).contains("'no-such-command' is not a command").contains("rfm");
    }
}
