package org.segmentlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.testing.TestPostgres;

/** Reading a whole database table into memory: progress by rows, and cancelling. */
class RelationImportTest {

    /** Progress that records what it is told and says "cancelled" once {@code cancelWhen} is reported. */
    private static final class Recording implements Progress {
        final List<String> seen = new ArrayList<>();
        final AtomicBoolean cancelled = new AtomicBoolean();
        private final String cancelWhen;

        Recording(String cancelWhen) {
            this.cancelWhen = cancelWhen;
        }

        @Override
        public synchronized void update(double fraction, String message) {
            seen.add(String.format(java.util.Locale.ROOT, "%.3f %s", fraction, message));
            if (cancelWhen != null && message != null && message.startsWith(cancelWhen)) {
                cancelled.set(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    private static long temporaryCopies() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("segmentlab-db-")).count();
        }
    }

    @Test
    void readsEveryRowAndReportsProgressByRowsOfTheCountedTable() throws Exception {
        try (SqlEngine duck = SqlEngine.embedded(EngineSettings.defaults())) {
            duck.inTransaction(c -> c.createStatement().execute("CREATE TABLE lines AS SELECT i AS customer_id, "
                    + "TIMESTAMP '2011-01-01 00:00:00' + INTERVAL (i % 300) DAY AS bought_at, (i % 7) + 0.5 AS amount "
                    + "FROM range(25000) t(i)"), Progress.none());
            Recording progress = new Recording(null);

            ImportedTable read = new RelationImport().read(duck, new JdbcSource("jdbc:duckdb:", "lines", null, null, null),
                    "lines", ImportOptions.of(Path.of("lines")), progress);

            assertThat(read.rowCount()).isEqualTo(25_000);
            assertThat(read.table().numberColumn("amount").sum()).isEqualTo(
                    // i % 7 cycles 0..6: 3,571 full cycles (sum 21 each) and i = 24,997..24,999 give 0, 1, 2
                    3_571 * 21 + 3 + 25_000 * 0.5);
            // the copy is the first half of the work: 10,000 of 25,000 rows is 0.4 of it, 0.2 of the whole
            assertThat(progress.seen).contains("0.000 Counting the rows of table lines",
                    "0.200 Read 10,000 rows of 25,000", "0.400 Read 20,000 rows of 25,000",
                    "1.000 Checking the types and roles of table lines");
            assertThat(progress.seen).noneMatch(line -> line.contains("segmentlab-db-"));
        }
    }

    @Test
    void cancellingStopsTheCopyAndLeavesNoTemporaryFile() throws Exception {
        long before = temporaryCopies();
        try (SqlEngine duck = SqlEngine.embedded(EngineSettings.defaults())) {
            Recording progress = new Recording("Read 10,000 rows");

            assertThatThrownBy(() -> new RelationImport().read(duck,
                    new JdbcSource("jdbc:duckdb:", null, "SELECT i AS customer_id FROM range(1000000) t(i)", null, null),
                    "query", ImportOptions.of(Path.of("query")), progress)).isInstanceOf(CancelledException.class);

            assertThat(progress.seen).last().isEqualTo("0.000 Read 10,000 rows");
        }
        assertThat(temporaryCopies()).isEqualTo(before);
    }

    @Test
    void cancellingALongPostgresQueryCancelsTheStatement() throws Exception {
        String url = TestPostgres.url();
        try (SqlEngine pg = SqlEngine.connect(new JdbcSource(url, "x", null, null, null), name -> null)) {
            // cancelled as soon as the statement is under way: only Statement.cancel can end it before 60 s
            Recording progress = new Recording("Reading query");
            assertTimeoutPreemptively(Duration.ofSeconds(40), () -> assertThatThrownBy(() -> new RelationImport().read(pg,
                    new JdbcSource(url, null, "SELECT 1 AS customer_id, pg_sleep(60) AS slept", null, null),
                    "query", ImportOptions.of(Path.of("query")), progress)).isInstanceOf(CancelledException.class));
        }
    }
}
