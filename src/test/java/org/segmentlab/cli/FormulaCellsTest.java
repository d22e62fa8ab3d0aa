package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CSV a command writes neutralises text a spreadsheet would run as a formula. */
class FormulaCellsTest {

    private static final List<String> HOSTILE_IDS = List.of("=1+1", "+cmd", "@SUM(1)", "-2+3");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Four customers with formula-looking ids, two purchases each, and one plain customer. */
    private Path sales() throws Exception {
        StringBuilder csv = new StringBuilder("InvoiceNo,InvoiceDate,Amount,CustomerID\n");
        int invoice = 1;
        for (String id : HOSTILE_IDS) {
            csv.append(invoice++).append(",2024-01-0").append(invoice % 9 + 1).append(",10.50,\"").append(id).append("\"\n");
            csv.append(invoice++).append(",2024-02-0").append(invoice % 9 + 1).append(",-0.5e1,\"").append(id).append("\"\n");
        }
        csv.append(invoice).append(",2024-02-01,7,c1\n");
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static void assertNeutralised(List<String> lines) {
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                    .doesNotStartWith("-");
        }
        String all = String.join("\n", lines);
        for (String id : HOSTILE_IDS) {
            assertThat(all).contains("'" + id);
        }
    }

    @Test
    void rfmCsvNeutralisesFormulaIdsAndIsReadableByOthers() throws Exception {
        Path target = dir.resolve("rfm.csv");
        assertThat(run("rfm", "--input", sales().toString(), "--out", target.toString())).as(err.toString()).isZero();
        assertNeutralised(Files.readAllLines(target));
        // the usual umask (022) gives others read access, as for any file a user writes
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(target);
        assertThat(mode).contains(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ);
    }

    @Test
    void featuresCsvNeutralisesFormulaIds() throws Exception {
        Path target = dir.resolve("customers.csv");
        assertThat(run("features", "--transactions", sales().toString(), "--as-of", "2024-03-01",
                "--out", target.toString())).as(err.toString()).isZero();
        assertNeutralised(Files.readAllLines(target));
        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OTHERS_READ);
    }

    @Test
    void clusterAssignmentsNeutraliseFormulaIds() throws Exception {
        StringBuilder csv = new StringBuilder("id,a,b\n");
        for (int i = 0; i < 12; i++) {
            csv.append('"').append(HOSTILE_IDS.get(i % 4)).append(i).append("\",").append(i % 2 * 10 + i * 0.1)
                    .append(',').append(i % 3).append('\n');
        }
        Path input = dir.resolve("points.csv");
        Files.writeString(input, csv);
        Path target = dir.resolve("assignments.csv");
        assertThat(run("cluster", "--input", input.toString(), "--id", "id", "--features", "a,b",
                "--algorithm", "kmeans", "--k", "2", "--out", target.toString())).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(target);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).startsWith("'");
        }
        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OTHERS_READ);
    }
}
