package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --holdout, then abtest joins the outcomes to the control group it drew. */
class ExportHoldoutTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path copyOfMallSample() throws Exception {
        Path from = Path.of(System.getProperty("basedir", ".")).resolve("sample-projects/mall-demographics");
        Path to = dir.resolve("mall");
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to.resolve("mall-demographics.slproj.json");
    }

    @Test
    void holdoutAddsAGroupColumnAndIsRecordedInTheProject() throws Exception {
        Path project = copyOfMallSample();
        Path folder = dir.resolve("activation");
        int code = run("export", "--project", project.toString(), "--out", folder.toString(), "--holdout", "0.1");
        assertThat(code).as(err.toString()).isZero();

        List<String> lines = Files.readAllLines(folder.resolve("customers.csv"));
        assertThat(lines.get(0)).endsWith(",group");
        Map<String, int[]> bySegment = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int[] counts = bySegment.computeIfAbsent(cells[1], k -> new int[2]);
            counts[cells[cells.length - 1].equals("control") ? 1 : 0]++;
        }
        assertThat(lines).hasSize(301);
        for (int[] counts : bySegment.values()) {
            assertThat(counts[1]).isEqualTo((int) Math.round(0.1 * (counts[0] + counts[1])));
        }
        // the per-segment files carry the column too
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segment_0")).toList()) {
                assertThat(Files.readAllLines(f).get(0)).endsWith(",group");
            }
        }

        JsonNode saved = new ObjectMapper().readTree(project.toFile());
        JsonNode holdout = saved.get("settings").get("campaign").get("holdouts").get(0);
        assertThat(holdout.get("share").asDouble()).isEqualTo(0.1);
        assertThat(holdout.get("seed").asLong()).isEqualTo(42);
        assertThat(holdout.get("date").asText()).isEqualTo(LocalDate.now().toString());
        int control = bySegment.values().stream().mapToInt(c -> c[1]).sum();
        assertThat(holdout.get("control").asInt()).isEqualTo(control);
        assertThat(err.toString()).contains("Held back " + control + " customers");

        // the same project, seed and segments draw the same control group again
        Path again = dir.resolve("again");
        assertThat(run("export", "--project", project.toString(), "--out", again.toString(), "--holdout", "0.1"))
                .isZero();
        assertThat(Files.readAllLines(again.resolve("customers.csv"))).isEqualTo(lines);
    }

    @Test
    void outcomesComingBackAreReadOutAgainstTheHoldout() throws Exception {
        Path project = copyOfMallSample();
        Path folder = dir.resolve("activation");
        assertThat(run("export", "--project", project.toString(), "--out", folder.toString(), "--holdout", "0.2"))
                .isZero();
        List<String> lines = Files.readAllLines(folder.resolve("customers.csv"));
        // outcomes: every treated customer with an even id bought, no control customer did
        StringBuilder outcomes = new StringBuilder("customer_id,bought\n");
        int treatedBuyers = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            boolean treated = cells[cells.length - 1].equals("treatment");
            boolean bought = treated && Integer.parseInt(cells[0]) % 2 == 0;
            treatedBuyers += bought ? 1 : 0;
            outcomes.append(cells[0]).append(',').append(bought ? 1 : 0).append('\n');
        }
        Path results = dir.resolve("outcomes.csv");
        Files.writeString(results, outcomes);
        Path readout = dir.resolve("readout.csv");
        int code = run("abtest", "--input", results.toString(), "--group", "group", "--treatment", "treatment",
                "--control", "control", "--outcome", "bought", "--segments", folder.resolve("customers.csv").toString(),
                "--out", readout.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> rows = Files.readAllLines(readout);
        String[] all = rows.get(1).split(",");
        assertThat(all[0]).isEqualTo("All");
        assertThat(Integer.parseInt(all[1]) + Integer.parseInt(all[2])).isEqualTo(300);
        assertThat(Double.parseDouble(all[9])).isCloseTo(treatedBuyers, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rows).hasSize(2 + 5);
        assertThat(err.toString()).contains("'group' taken from customers.csv by customer id")
                .doesNotContain("sample-ratio mismatch");
    }
}
