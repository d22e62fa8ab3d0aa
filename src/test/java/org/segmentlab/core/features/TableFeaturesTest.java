package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;

class TableFeaturesTest {

    @TempDir
    Path dir;

    private ImportedTable read(String csv) throws Exception {
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, csv);
        return new TableImporter().read(ImportOptions.of(file), Progress.none());
    }

    @Test
    void numbersAndYesNoBecomeFeaturesMissingValuesNaNAndRowsWithoutIdAreCounted() throws Exception {
        ImportedTable table = read("CustomerID,Income,Member,Name\n1,15,true,Ann\n2,,false,Bob\n,40,true,Cy\n3,25,true,Di\n");

        TableFeatures.Read read = TableFeatures.read("customers.csv", table, "CustomerID", List.of("Income", "Member"));

        assertThat(read.matrix().customerIds()).containsExactly("1", "2", "3");
        assertThat(read.matrix().rows()[0]).containsExactly(15, 1);
        assertThat(read.matrix().rows()[1][0]).isNaN();
        assertThat(read.matrix().rows()[1][1]).isZero();
        assertThat(read.rowsWithoutId()).isEqualTo(1);
    }

    @Test
    void textFeatureAndRepeatedIdAreRefusedNamingThem() throws Exception {
        ImportedTable table = read("CustomerID,Income,Name\n1,15,Ann\n1,20,Bob\n");

        assertThatThrownBy(() -> TableFeatures.read("customers.csv", table, "CustomerID", List.of("Name")))
                .hasMessage("customers.csv: feature column 'Name' is not numeric (read as TEXT)");
        assertThatThrownBy(() -> TableFeatures.read("customers.csv", table, "CustomerID", List.of("Income")))
                .hasMessageContaining("customer id '1' appears on more than one row");
    }
}
