package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.DatabaseRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.RfmSettings;
import org.segmentlab.core.project.SourceKind;

/** A project whose transactions are a database table: the report reads the table again and hashes no file. */
class DatabaseSourceReportTest {

    @TempDir
    Path dir;

    @Test
    void reportOfADatabaseSourceReadsTheTableAndSaysItHasNoFileToHash() throws Exception {
        String url = "jdbc:duckdb:" + dir.resolve("shop.duckdb");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lines (invoice INTEGER, bought_at TIMESTAMP, amount DOUBLE, customer VARCHAR)");
            // customer k buys k times: ten customers, 55 lines
            s.execute("INSERT INTO lines SELECT 1000 + row_number() OVER (), TIMESTAMP '2024-01-31 10:00:00' - "
                    + "INTERVAL (j) DAY, 10.0, 'c' || lpad(CAST(k AS VARCHAR), 2, '0') "
                    + "FROM range(1, 11) a(k), range(0, 10) b(j) WHERE j < k");
        }
        Project project = Project.named("Shop").withSource(DataSourceRef.ofDatabase("sales", SourceKind.TRANSACTIONS,
                        new DatabaseRef(url, "lines", null, null, null, null), ImportSettings.DETECT))
                .withSettings(ProjectSettings.EMPTY.withRfm(new RfmSettings("sales", LocalDate.of(2024, 2, 1), 5,
                        null, null)));
        Path file = dir.resolve("shop" + ProjectStore.EXTENSION);
        new ProjectStore().save(project, file);

        ReportModel model = new ReportBuilder().build(file, "T", null, LocalDate.of(2026, 1, 1), Progress.none());

        assertThat(model.reproducibility().files()).containsExactly(new ReportModel.FileHash("lines",
                "none: a database table, read as it was when the report was made"));
        assertThat(model.segments().stream().mapToLong(ReportModel.SegmentEntry::customers).sum()).isEqualTo(10);
    }
}
