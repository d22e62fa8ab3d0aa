package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.RfmSettings;
import org.segmentlab.core.project.SourceKind;

/** What report and export do with the data files a project names: changed, outside, in system folders. */
class ProjectSourcesTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String sales(int customers) {
        StringBuilder csv = new StringBuilder("InvoiceNo,InvoiceDate,Amount,CustomerID\n");
        for (int k = 1; k <= customers; k++) {
            csv.append(1000 + k).append(",2024-01-").append(String.format("%02d", 1 + k % 28)).append(",10.00,c")
                    .append(k).append('\n');
        }
        return csv.toString();
    }

    private Path project(Path data) throws Exception {
        RfmSettings rfm = new RfmSettings("sales", LocalDate.of(2024, 2, 1), 5, null, null, null, Map.of());
        Project project = Project.named("Shop")
                .withSource(new DataSourceRef("sales", SourceKind.TRANSACTIONS, data.toString(), ImportSettings.DETECT))
                .withSettings(ProjectSettings.EMPTY.withRfm(rfm));
        Path file = dir.resolve("shop" + ProjectStore.EXTENSION);
        new ProjectStore().save(project, file);
        return file;
    }

    @Test
    void theProjectFileKeepsSizeTimeAndHashOfItsDataRelativeToItsFolder() throws Exception {
        Path data = dir.resolve("sales.csv");
        Files.writeString(data, sales(30));
        String json = Files.readString(project(data));
        assertThat(json).contains("\"path\": \"sales.csv\"").contains("\"fingerprint\"")
                .contains("\"size\": " + Files.size(data)).contains("\"sha256\"");
    }

    @Test
    void aChangedDataFileIsNamedWithWhatChangedAndStrictRefusesIt() throws Exception {
        Path data = dir.resolve("sales.csv");
        Files.writeString(data, sales(30));
        Path file = project(data);
        Files.writeString(data, sales(10));

        assertThat(run("report", "--project", file.toString(), "--out", dir.resolve("r.html").toString()))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("warning: data source 'sales'").contains("changed since the project took it")
                .contains("size").contains("content differs");

        err.getBuffer().setLength(0);
        assertThat(run("export", "--project", file.toString(), "--out", dir.resolve("x").toString(), "--strict"))
                .isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("shop.slproj.json").contains("sales").contains("--strict");
    }

    @Test
    void anOldProjectWithoutFingerprintsIsNotWarnedAbout() throws Exception {
        Path data = dir.resolve("sales.csv");
        Files.writeString(data, sales(30));
        Path file = project(data);
        Files.writeString(file, Files.readString(file).replaceAll(",\\s*\"fingerprint\": \\{[^}]*\\}", ""));
        assertThat(Files.readString(file)).doesNotContain("fingerprint");
        assertThat(run("report", "--project", file.toString(), "--out", dir.resolve("r.html").toString(), "--strict"))
                .as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("warning");
    }

    @Test
    void aFileOutsideTheProjectFolderIsPointedOut() throws Exception {
        Path elsewhere = Files.createTempDirectory("segmentlab-elsewhere");
        try {
            Path data = elsewhere.resolve("sales.csv");
            Files.writeString(data, sales(30));
            Path file = project(data);
            assertThat(run("report", "--project", file.toString(), "--out", dir.resolve("r.html").toString()))
                    .as(err.toString()).isZero();
            assertThat(err.toString()).contains("outside its folder").contains(data.toString());
        } finally {
            Files.walk(elsewhere).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aSystemFileIsRefusedAndNoLineOfItIsShown() throws Exception {
        assertThat(Path.of("/etc/passwd")).exists();
        for (String path : List.of("/etc/passwd", "../../../../../../../../etc/passwd", "/proc/self/environ")) {
            Path file = dir.resolve("shop" + ProjectStore.EXTENSION);
            String json = Files.readString(project(dir.resolve("sales.csv")))
                    .replace("\"sales.csv\"", "\"" + path + "\"");
            Files.writeString(file, json);
            err.getBuffer().setLength(0);
            assertThat(run("report", "--project", file.toString(), "--out", dir.resolve("r.html").toString()))
                    .isEqualTo(1);
            assertThat(err.toString().strip().lines()).hasSize(1);
            assertThat(err.toString()).contains("system folder").doesNotContain("root:");
            assertThat(run("export", "--project", file.toString(), "--out", dir.resolve("x").toString()))
                    .isEqualTo(1);
        }
    }
}
