package org.segmentlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportOptions;

class ProjectStoreTest {

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path folder = Files.createDirectories(dir.resolve("project"));
        Project project = ProjectFixtures.everyField(folder, elsewhere);
        Path file = folder.resolve("retail" + ProjectStore.EXTENSION);

        store.save(project, file);
        Project loaded = store.load(file);

        assertThat(loaded).isEqualTo(project);
        assertThat(loaded.settings().rfm().segmentMap().get(1).monetary()).isEqualTo(ScoreRange.of(5));
        assertThat(loaded.settings().rfm().columns()).containsEntry("amount", "Revenue").hasSize(2);
        assertThat(loaded.settings().rfm().actions()).containsEntry("Champions", "Early access; ask for reviews");
        assertThat(loaded.source("events").orElseThrow().options().delimiter()).isEqualTo('\t');
        assertThat(loaded.source("transactions").orElseThrow().options().roles().keySet())
                .containsExactly("CustomerID", "InvoiceDate", "Description");
    }

    @Test
    void dataUnderTheProjectFolderIsStoredRelativeWithSlashes() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path folder = Files.createDirectories(dir.resolve("project"));
        Path file = folder.resolve("retail.slproj.json");

        store.save(ProjectFixtures.everyField(folder, elsewhere), file);
        String json = Files.readString(file);

        assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"name\": \"Retail Q4\",");
        assertThat(json).contains("\"path\": \"data/transactions.csv\"")
                .contains("\"path\": \"accounts.csv\"")
                .contains("\"path\": " + quoted(elsewhere.resolve("events.tsv").toString()))
                .doesNotContain("\r");
    }

    @Test
    void aMovedProjectFolderFindsItsDataInTheNewPlace() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("before"));
        Project project = Project.named("Moved").withSource(DataSourceRef.of("customers", SourceKind.CUSTOMERS,
                folder.resolve("data").resolve("customers.csv"), ImportSettings.DETECT));
        store.save(project, folder.resolve("moved.slproj.json"));

        Path after = Files.createDirectories(dir.resolve("after"));
        Files.move(folder.resolve("moved.slproj.json"), after.resolve("moved.slproj.json"));
        Project loaded = store.load(after.resolve("moved.slproj.json"));

        DataSourceRef customers = loaded.source("customers").orElseThrow();
        assertThat(Path.of(customers.path())).isEqualTo(after.resolve("data").resolve("customers.csv"));
        assertThat(ProjectStore.resolve(customers, after.resolve("moved.slproj.json")))
                .isEqualTo(after.resolve("data").resolve("customers.csv"));
    }

    @Test
    void resolveTakesRelativePathsFromTheProjectFolderAndAbsoluteOnesAsTheyAre() {
        Path projectFile = dir.resolve("p").resolve("x.slproj.json");
        DataSourceRef relative = new DataSourceRef("a", SourceKind.EVENTS, "data/../logs/events.csv", null);
        DataSourceRef absolute = DataSourceRef.of("b", SourceKind.EVENTS, dir.resolve("other.csv"), null);

        assertThat(ProjectStore.resolve(relative, projectFile)).isEqualTo(dir.resolve("p").resolve("logs").resolve("events.csv"));
        assertThat(ProjectStore.resolve(absolute, projectFile)).isEqualTo(dir.resolve("other.csv"));
    }

    @Test
    void importSettingsGiveTheImporterTheSavedOptions() {
        ImportSettings settings = ImportSettings.DETECT.withDelimiter(';').withDayFirst(true)
                .withRole("CustomerID", ColumnRole.CUSTOMER_ID);
        ImportOptions options = settings.toImportOptions(dir.resolve("t.csv"));

        assertThat(options.delimiter()).isEqualTo(';');
        assertThat(options.dayFirst()).isTrue();
        assertThat(options.header()).isNull();
        assertThat(options.roles()).containsEntry("CustomerID", ColumnRole.CUSTOMER_ID).hasSize(1);
        assertThat(ImportSettings.from(options)).isEqualTo(settings);
    }

    @Test
    void aFileWithoutSeedOrSettingsGetsTheDefaults() throws Exception {
        Path file = write("minimal.slproj.json", "{\"schemaVersion\": 1, \"name\": \"Bare\"}");

        Project loaded = store.load(file);

        assertThat(loaded.seed()).isEqualTo(42L);
        assertThat(loaded.sources()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(ProjectSettings.EMPTY);
    }

    @Test
    void fieldsAddedLaterInTheSameSchemaAreIgnored() throws Exception {
        Path file = write("later.slproj.json", "{\"schemaVersion\": 1, \"name\": \"Later\", \"seed\": 9,"
                + " \"settings\": {\"rfm\": {\"bins\": 4, \"weights\": [1, 2, 3]}, \"uplift\": {\"on\": true}},"
                + " \"sources\": [{\"id\": \"t\", \"kind\": \"TRANSACTIONS\", \"path\": \"t.csv\", \"colour\": \"red\"}]}");

        Project loaded = store.load(file);

        assertThat(loaded.seed()).isEqualTo(9L);
        assertThat(loaded.settings().rfm().bins()).isEqualTo(4);
        assertThat(loaded.sources()).extracting(DataSourceRef::id).containsExactly("t");
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() throws Exception {
        Path file = write("broken.slproj.json", "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\"\n  \"seed\": 42\n}\n");

        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("broken.slproj.json: not valid JSON at line 4, column 3: ")
                .hasMessageContaining("was expecting comma")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aTruncatedFileIsReportedWhereItEnds() throws Exception {
        Path file = write("cut.slproj.json", "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",\n  \"sources\": [");

        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("cut.slproj.json: not valid JSON at line 4, column 15: Unexpected end-of-input")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Source"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldAndItsPlace() throws Exception {
        Path file = write("typed.slproj.json", "{\n  \"schemaVersion\": 1,\n  \"seed\": \"many\"\n}\n");

        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("typed.slproj.json: unexpected content at line 3, column 11 (seed): ");
    }

    @Test
    void aSourceWithoutPathSaysSo() throws Exception {
        Path file = write("nopath.slproj.json", "{\"schemaVersion\": 1,\n \"sources\": [\n"
                + "  {\"id\": \"tx\", \"kind\": \"TRANSACTIONS\"}]}");

        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("nopath.slproj.json: unexpected content at line 3")
                .hasMessageContaining("(sources[0])")
                .hasMessageEndingWith(": data source 'tx' needs a path");
    }

    @Test
    void aFileWithoutSchemaVersionIsRefused() throws Exception {
        Path file = write("other.json", "{\"name\": \"not ours\"}");

        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("other.json: no schemaVersion; not a SegmentLab project file?");
    }

    @Test
    void aFileFromANewerVersionSaysWhichSchemaItHas() throws Exception {
        Path file = write("future.slproj.json", "{\"schemaVersion\": 3, \"name\": \"x\", \"hyperspace\": {}}");

        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("future.slproj.json: was written by a newer SegmentLab (schema 3); this version reads up to 1");
    }

    @Test
    void missingAndEmptyFilesAreNamed() throws Exception {
        Path empty = write("empty.slproj.json", "  \n");

        assertThatThrownBy(() -> store.load(dir.resolve("gone.slproj.json")))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("gone.slproj.json: file not found");
        assertThatThrownBy(() -> store.load(empty))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("empty.slproj.json: file is empty");
    }

    @Test
    void aSaveKilledHalfWayLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("safe.slproj.json");
        store.save(Project.named("First version"), file);
        byte[] before = Files.readAllBytes(file);
        ProjectStore dying = new ProjectStore(out -> new DiesAfter(out, 20));

        Project second = ProjectFixtures.everyField(dir, dir).withName("Second version");
        assertThatThrownBy(() -> dying.save(second, file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("safe.slproj.json: cannot be saved: ");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("safe.slproj.json");
        assertThat(store.load(file).name()).isEqualTo("First version");
    }

    @Test
    void savingAgainReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("again.slproj.json");
        store.save(Project.named("One"), file);
        store.save(Project.named("Two").withSeed(3), file);

        assertThat(store.load(file)).isEqualTo(Project.named("Two").withSeed(3));
        assertThat(filesIn(dir)).containsExactly("again.slproj.json");
    }

    @Test
    void theSameProjectAlwaysGivesTheSameBytes() throws Exception {
        Project project = ProjectFixtures.everyField(dir, dir.resolve("x"));
        store.save(project, dir.resolve("a.slproj.json"));
        new ProjectStore().save(project, dir.resolve("b.slproj.json"));

        assertThat(Files.readAllBytes(dir.resolve("a.slproj.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b.slproj.json")));
    }

    @Test
    void twoSourcesWithOneIdAreRefused() {
        DataSourceRef a = new DataSourceRef("t", SourceKind.TRANSACTIONS, "a.csv", null);
        DataSourceRef b = new DataSourceRef("t", SourceKind.TRANSACTIONS, "b.csv", null);

        assertThatThrownBy(() -> Project.named("x").withSources(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two data sources share an id");
        assertThat(Project.named("x").withSource(a).withSource(b).sources()).containsExactly(b);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\") + "\"";
    }

    /** A stream that passes on a few bytes and then fails, as a disk that fills up or a killed write would. */
    private static final class DiesAfter extends FilterOutputStream {
        private int left;

        DiesAfter(OutputStream out, int bytes) {
            super(out);
            this.left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                out.flush();
                throw new IOException("disk gone");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
