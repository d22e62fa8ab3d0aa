package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.FakeReader;
import org.segmentlab.ui.testing.RecordingDialogs;

class DataViewModelTest {

    private final FakeReader reader = new FakeReader();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger changes = new AtomicInteger();
    private final DataViewModel model = new DataViewModel(reader, tasks, dialogs);

    DataViewModelTest() {
        model.revisionProperty().addListener((obs, old, now) -> changes.incrementAndGet());
    }

    @Test
    void importedFileBecomesTheSelectedSourceWithItsColumns() {
        model.importFile(Path.of("orders-3.csv"));

        assertThat(model.sources()).hasSize(1);
        assertThat(model.selected().name()).isEqualTo("orders-3.csv");
        assertThat(model.selected().table().rowCount()).isEqualTo(3);
        assertThat(model.columns()).extracting(ColumnRoleRow::name).containsExactly("CustomerID", "Amount");
        assertThat(model.columns()).extracting(ColumnRoleRow::role)
                .containsExactly(ColumnRole.CUSTOMER_ID, ColumnRole.AMOUNT);
        assertThat(changes).hasValue(1);
        assertThat(tasks.titles()).containsExactly("Importing orders-3.csv");
    }

    @Test
    void fileThatCannotBeUsedIsReportedInOneLineAndKeepsWhatWasLoaded() {
        model.importFile(Path.of("orders-4.csv"));

        model.importFile(Path.of("bad.csv"));

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("error");
            assertThat(shown.title()).isEqualTo("Cannot import bad.csv");
            assertThat(shown.message()).isEqualTo("bad.csv: not a delimited text file (binary content at byte 3)");
        });
        assertThat(model.sources()).extracting(DataSource::name).containsExactly("orders-4.csv");
        assertThat(model.selected().table().rowCount()).isEqualTo(4);
        assertThat(changes).hasValue(1);
    }

    @Test
    void changingARoleReadsTheFileAgainWithTheOverride() {
        model.importFile(Path.of("orders-2.csv"));

        model.columns().get(1).roleProperty().set(ColumnRole.ATTRIBUTE);

        assertThat(reader.calls()).hasSize(2);
        assertThat(reader.calls().get(1).roles()).isEqualTo(Map.of("Amount", ColumnRole.ATTRIBUTE));
        assertThat(model.selected().options().roles()).isEqualTo(Map.of("Amount", ColumnRole.ATTRIBUTE));
        assertThat(model.columns()).extracting(ColumnRoleRow::role)
                .containsExactly(ColumnRole.CUSTOMER_ID, ColumnRole.ATTRIBUTE);
        assertThat(model.selected().isLoading()).isFalse();
        assertThat(changes).hasValue(2);
    }

    @Test
    void importedSourcesGetAKindFromTheirRolesAndIdsThatDoNotClash() {
        model.importFile(Path.of("customers-2.csv"));
        model.importFile(Path.of("more-customers-3.csv"));
        model.columns().get(1).roleProperty().set(ColumnRole.IGNORE);

        List<DataSourceRef> refs = model.sourceRefs();

        assertThat(refs).extracting(DataSourceRef::id).containsExactly("attributes", "attributes-2");
        assertThat(refs).extracting(DataSourceRef::kind).containsOnly(SourceKind.ATTRIBUTES);
        assertThat(refs.get(0).options()).isEqualTo(ImportSettings.DETECT);
        assertThat(refs.get(1).options().roles()).isEqualTo(Map.of("Amount", ColumnRole.IGNORE));
        assertThat(Path.of(refs.get(1).path())).isEqualTo(Path.of("more-customers-3.csv").toAbsolutePath());
    }

    @Test
    void choosingTheRoleAColumnAlreadyHasDoesNotReadAgain() {
        model.importFile(Path.of("orders-2.csv"));

        model.changeRole("CustomerID", ColumnRole.CUSTOMER_ID);

        assertThat(reader.calls()).hasSize(1);
    }

    @Test
    void failedReReadKeepsTheOldTableAndShowsTheOldRoleAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("orders-2.csv");
        Files.writeString(file, "x");
        DataViewModel failingSecondTime = new DataViewModel(new FailingAfterFirst(), tasks, dialogs);
        failingSecondTime.importFile(file);
        DataSource source = failingSecondTime.selected();

        failingSecondTime.columns().get(0).roleProperty().set(ColumnRole.IGNORE);

        assertThat(dialogs.errors()).extracting(RecordingDialogs.Shown::title).containsExactly("Cannot read orders-2.csv");
        assertThat(source.table().rowCount()).isEqualTo(2);
        assertThat(source.options().roles()).isEmpty();
        assertThat(failingSecondTime.columns().get(0).role()).isEqualTo(ColumnRole.CUSTOMER_ID);
    }

    @Test
    void importingAFileAlreadyInTheProjectReadsItAgainInsteadOfAddingIt() {
        model.importFile(Path.of("orders-2.csv"));
        model.importFile(Path.of("orders-5.csv"));

        model.importFile(Path.of("orders-2.csv"));

        assertThat(model.sources()).extracting(DataSource::name).containsExactly("orders-2.csv", "orders-5.csv");
        assertThat(model.selected().name()).isEqualTo("orders-2.csv");
        assertThat(reader.calls()).hasSize(3);
    }

    @Test
    void projectSourcesAreReadAndAMissingOneIsMarkedWithoutADialog() {
        DataSourceRef orders = DataSourceRef.of("transactions", SourceKind.TRANSACTIONS, Path.of("/data/orders-3.csv"),
                ImportSettings.withRoles(Map.of("Amount", ColumnRole.IGNORE)));
        DataSourceRef missing = DataSourceRef.of("attributes", SourceKind.ATTRIBUTES, Path.of("/data/bad-missing.csv"),
                ImportSettings.DETECT);

        model.replaceSources(List.of(orders, missing), "attributes");

        assertThat(model.sources()).hasSize(2);
        assertThat(model.sources().get(0).table().report().columns().get(1).role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(model.sources().get(1).table()).isNull();
        assertThat(model.sources().get(1).problem()).contains("not a delimited text file");
        assertThat(dialogs.shown()).isEmpty();
        assertThat(model.selected().id()).isEqualTo("attributes");
        assertThat(model.sourceRefs()).containsExactly(orders, missing);
        assertThat(changes).hasValue(0);
    }

    @Test
    void removingTheSelectedSourceSelectsItsNeighbour() {
        model.importFile(Path.of("a-1.csv"));
        model.importFile(Path.of("b-2.csv"));
        model.importFile(Path.of("c-3.csv"));
        model.selectedProperty().set(model.sources().get(1));

        model.removeSelected();

        assertThat(model.sources()).extracting(DataSource::name).containsExactly("a-1.csv", "c-3.csv");
        assertThat(model.selected().name()).isEqualTo("c-3.csv");
        assertThat(model.columns()).hasSize(2);
    }

    @Test
    void exportWritesTheSelectedTableAsCsv(@TempDir Path dir) throws Exception {
        model.importFile(Path.of("orders-2.csv"));
        Path target = dir.resolve("out.csv");

        model.exportSelected(target);

        assertThat(Files.readAllLines(target)).containsExactly("CustomerID,Amount", "17850,1.5", "17851,3.0");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** Reads a file once, then fails as if it had been replaced by something unreadable. */
    private static final class FailingAfterFirst implements DataReader {
        private int calls;

        @Override
        public org.segmentlab.core.data.ImportedTable read(ImportOptions options, org.segmentlab.core.Progress progress)
                throws org.segmentlab.core.data.DataFileException {
            if (calls++ > 0) {
                throw new org.segmentlab.core.data.DataFileException(options.file(), "file is empty");
            }
            return FakeReader.table(options.file(), 2, options.roles());
        }
    }
}
