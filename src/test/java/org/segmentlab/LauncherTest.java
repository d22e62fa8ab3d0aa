package org.segmentlab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar as a user runs it: a fresh JVM, the production logging configuration, no display. */
class LauncherTest {

    @TempDir
    Path dir;

    private Path sales() throws Exception {
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, "CustomerID,InvoiceDate,Amount\nc1,2024-01-02,10.5\nc2,2024-01-03,7\n");
        return file;
    }

    @Test
    void inspectJsonPrintsOnlyJsonWhenTheHomeFolderDoesNotExist() throws Exception {
        JarProcess.Result r = JarProcess.run(Map.of("HOME", "/nonexistent"),
                List.of("-Duser.home=/nonexistent"), "inspect", "--input", sales().toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.stdout());
        assertThat(json.get("rowsRead").asInt()).isEqualTo(2);
        assertThat(r.stdout().strip()).startsWith("{").endsWith("}");
        assertThat(r.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void inspectJsonPrintsOnlyJsonWhenTheHomeFolderIsReadOnly() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root writes anyway; then the log folder is a file, which cannot be made a folder either
        Files.writeString(home.resolve(".segmentlab"), "not a folder");
        JarProcess.Result r = JarProcess.run(Map.of("HOME", home.toString()),
                List.of("-Duser.home=" + home), "inspect", "--input", sales().toString(), "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(r.stdout()).get("rowsKept").asInt()).isEqualTo(2);
        assertThat(r.stdout().strip()).startsWith("{").endsWith("}");
        assertThat(r.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownCommandWordIsAUsageErrorThatListsTheCommands() throws Exception {
        JarProcess.Result r = JarProcess.run(Map.of(), List.of("-Dsegmentlab.home=" + dir),
                "no-such-command", "--input", "x.csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("no-such-command").contains("inspect").contains("rfm").contains("report")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theWorkbenchWithoutADisplaySaysSoInOneLine() throws Exception {
        JarProcess.Result r = JarProcess.run(Map.of(), List.of("-Dsegmentlab.home=" + dir));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr().strip().lines()).hasSize(1);
        assertThat(r.stderr()).containsIgnoringCase("display").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void runningOutOfMemoryNamesTheFileTheMemoryJavaHadAndMoreThatWouldDo() throws Exception {
        Path big = dir.resolve("big.csv");
        try (java.io.BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write("CustomerID,InvoiceDate,Amount\n");
            for (int i = 0; i < 600_000; i++) {
                w.write("c" + i + ",2024-01-" + String.format("%02d", 1 + i % 28) + "," + (i % 500) + ".25\n");
            }
        }
        JarProcess.Result r = JarProcess.run(Map.of(), List.of("-Xmx16m", "-Dsegmentlab.home=" + dir),
                "rfm", "--input", big.toString(), "--out", dir.resolve("rfm.csv").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr().strip().lines()).hasSize(1);
        assertThat(r.stderr()).contains("out of memory reading big.csv").contains("Java had 16 MB")
                .contains("-Xmx1g").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aCommandLogsToTheLogFileInTheHomeFolderAndNothingToTheConsole() throws Exception {
        JarProcess.Result r = JarProcess.run(Map.of(), List.of("-Dsegmentlab.home=" + dir),
                "inspect", "--input", sales().toString(), "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout().strip()).startsWith("{").endsWith("}");
        List<String> log = Files.readAllLines(dir.resolve("logs").resolve("segmentlab.log"));
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main\\] "
                + "org\\.segmentlab\\.core\\.data\\.ImportRun - sales\\.csv: 2 rows read, 2 kept, 3 columns");
    }

    @Test
    void aLogFileOverFiveMegabytesRollsOverToNumberedFiles() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        String old = "an old line\n".repeat(5 * 1024 * 1024 / 12 + 1);
        Files.writeString(logs.resolve("segmentlab.log"), old);
        Files.writeString(logs.resolve("segmentlab.log.1"), "older\n");
        JarProcess.Result r = JarProcess.run(Map.of(), List.of("-Dsegmentlab.home=" + dir),
                "inspect", "--input", sales().toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(logs.resolve("segmentlab.log.2"))).isEqualTo("older\n");
        assertThat(Files.readString(logs.resolve("segmentlab.log.1"))).isEqualTo(old);
        assertThat(Files.readString(logs.resolve("segmentlab.log"))).contains("sales.csv: 2 rows read")
                .doesNotContain("an old line");
    }
}
