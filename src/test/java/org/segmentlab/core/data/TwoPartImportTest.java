package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmentlab.core.Progress;
import org.segmentlab.testing.SharedDatasets;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A file read in two parts at once gives the table and report of reading it in one go, wherever the
 * second part starts: in a quoted line break, among blank lines, before a rejected row or a value
 * that widens its column, in bytes that are not UTF-8.
 */
class TwoPartImportTest {

    @TempDir
    Path dir;

    private final Logger log = (Logger) LoggerFactory.getLogger(ImportRun.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level level;
    private boolean additive;

    @BeforeEach
    void listen() {
        level = log.getLevel();
        additive = log.isAdditive();
        log.setLevel(Level.DEBUG);
        log.setAdditive(false);
        events.start();
        log.addAppender(events);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(events);
        log.setLevel(level);
        log.setAdditive(additive);
    }

    private long readsInTwoParts() {
        return events.list.stream().filter(e -> e.getFormattedMessage().contains("read in two parts")).count();
    }

    private static ImportedTable read(Path file, long splitNear) throws DataFileException {
        return new TableImporter(size -> splitNear).read(ImportOptions.of(file), Progress.none());
    }

    /** Splits near every byte of the file; returns how many of those reads kept the second part. */
    private long assertEverySplitGivesTheSameImport(Path file) throws Exception {
        ImportedTable whole = read(file, -1);
        long size = Files.size(file);
        events.list.clear();
        for (long near = 1; near < size; near++) {
            assertSameImport(read(file, near), whole, near);
        }
        return readsInTwoParts();
    }

    static void assertSameImport(ImportedTable actual, ImportedTable expected, long near) {
        assertThat(actual.report()).as("report, split near byte %d", near).isEqualTo(expected.report());
        Table a = actual.table();
        Table e = expected.table();
        assertThat(a.columnNames()).isEqualTo(e.columnNames());
        for (int c = 0; c < e.columnCount(); c++) {
            Column<?> ac = a.column(c);
            Column<?> ec = e.column(c);
            assertThat(ac.type()).as("type of %s, split near byte %d", ec.name(), near).isEqualTo(ec.type());
            assertThat(ac.asList()).as("%s, split near byte %d", ec.name(), near).isEqualTo(ec.asList());
            if (ec instanceof StringColumn) {
                StringColumn as = (StringColumn) ac;
                StringColumn es = (StringColumn) ec;
                assertThat(as.unique().asList()).isEqualTo(es.unique().asList());
                assertThat(as.getDictionary().getClass()).isEqualTo(es.getDictionary().getClass());
                for (int r = 0; r < es.size(); r++) {
                    assertThat(as.getDictionary().getKeyForIndex(r)).isEqualTo(es.getDictionary().getKeyForIndex(r));
                }
            }
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aPlainFileSplitAnywhereGivesTheSameTable() throws Exception {
        StringBuilder csv = new StringBuilder("CustomerID,InvoiceDate,Quantity,UnitPrice,Country\r\n");
        Random random = new Random(42);
        for (int i = 0; i < 24; i++) {
            csv.append(random.nextInt(3) == 0 ? "" : "C" + random.nextInt(7)).append(',')
                    .append("2024-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                    .append(" 1").append(random.nextInt(10)).append(":3").append(random.nextInt(10)).append(',')
                    .append(1 + random.nextInt(20)).append(',').append(random.nextInt(500) / 100.0).append(',')
                    .append(random.nextInt(4) == 0 ? "" : List.of("UK", "France", "Spain").get(random.nextInt(3)))
                    .append("\r\n");
        }
        Path file = write("plain.csv", csv.toString());

        assertThat(assertEverySplitGivesTheSameImport(file)).isGreaterThan(Files.size(file) / 2);
    }

    @Test
    void quotedLineBreaksAndBlankLinesAroundTheSplitGiveTheSameTable() throws Exception {
        Path file = write("quoted.csv", "id,note,amount\n"
                + "1,plain,10\n"
                + "2,\"two\nlines, and a comma\",20\n"
                + "\n"
                + "3,\"\"\"quoted\"\" word\",30\n"
                + "\n\n"
                + "4,\"a\n\nb\",40\n"
                + "5,last,50\n");

        long kept = assertEverySplitGivesTheSameImport(file);

        // splits inside the quotes fall back to one part; the others keep the second part
        assertThat(kept).isPositive().isLessThan(Files.size(file) - 1);
    }

    @Test
    void rejectedRowsAndWidenedColumnsInTheSecondPartGiveTheSameTableAndReport() throws Exception {
        Path file = write("messy.csv", "CustomerID,Quantity,InvoiceDate,Segment,Score\n"
                + "17850,6,2010-12-01 08:26:00,gold,1\n"
                + "17850,2,2010-12-01 08:28:00,silver,2\n"
                + "13047,3,2010-12-01 08:34:00,gold,3\n"
                + "13047,six,2010-12-01 08:35:00,gold,4\n"
                + "12583,1\n"
                + "12583,4,2010-12-02 09:00:00,bronze,5.5\n"
                + "17850.0,2,2010-12-02 09:10:00,,6\n"
                + "12583,8,yesterday,gold,7\n"
                + "13047,1,2010-12-03 10:00:00,silver,x\n");

        ImportedTable whole = read(file, -1);
        assertThat(whole.report().rejections()).hasSize(3);
        assertThat(whole.report().notes()).anyMatch(note -> note.contains("17850.0"));
        assertEverySplitGivesTheSameImport(file);
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsInEitherPartAreReportedAtTheirLines() throws Exception {
        Path file = write("ragged.csv", "id,name,amount\n"
                + "1,a,10\n"
                + "2,b\n"
                + "3,c,30\n"
                + "4,d,40,extra\n"
                + "5,e,50\n"
                + "6\n"
                + "7,g,70\n"
                + "8,h,80,,\n"
                + "9,i,90\n"
                + "10,\"j\n");

        ImportedTable whole = read(file, -1);
        assertThat(whole.report().rejections().stream().flatMap(r -> r.first().stream())
                .map(ImportReport.RowProblem::line)).containsExactly(3L, 5L, 7L, 9L, 11L);

        assertThat(assertEverySplitGivesTheSameImport(file)).isGreaterThan(Files.size(file) / 2);
    }

    @Test
    void bytesThatAreNotUtf8InTheSecondPartGiveTheSameLatin1Table() throws Exception {
        byte[] head = "name,city\nAnna,Paris\nBo,Lyon\nCarl,Nice\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "Dora,K\u00f6ln\nEmil,M\u00fcnchen\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Path file = dir.resolve("latin1.csv");
        Files.write(file, all);

        ImportedTable whole = read(file, -1);
        assertThat(whole.report().charset()).isEqualTo("ISO-8859-1");
        assertThat(whole.table().stringColumn("city").asList()).contains("K\u00f6ln");
        assertEverySplitGivesTheSameImport(file);
    }

    @Test
    void whatTheSecondPartSeesBeyondTheSampleJoinsTheColumnsNotes() throws Exception {
        // Beyond the 10,000-row sample: times with seconds and ids written as decimals appear only late.
        StringBuilder csv = new StringBuilder("user_id,timestamp,event_type\n");
        int rows = ImportRun.SAMPLE_ROWS + 3000;
        for (int i = 0; i < rows; i++) {
            boolean late = i > ImportRun.SAMPLE_ROWS + 1500;
            csv.append(late && i % 7 == 0 ? (1000 + i % 50) + ".0" : Integer.toString(1000 + i % 50)).append(',')
                    .append("2024-05-").append(10 + i % 20).append(' ').append(10 + i % 12).append(':')
                    .append(10 + i % 50).append(late ? ":" + (10 + i % 40) : "").append(',')
                    .append(List.of("view", "cart", "buy").get(i % 3)).append('\n');
        }
        Path file = write("late.csv", csv.toString());
        ImportedTable whole = read(file, -1);
        assertThat(whole.report().columns().get(1).datePattern()).isEqualTo("yyyy-MM-dd HH:mm[:ss]");
        assertThat(whole.report().notes()).anyMatch(note -> note.contains(".0 → "));

        long size = Files.size(file);
        events.list.clear();
        List<Long> splits = new ArrayList<>();
        for (int k = 1; k < 20; k++) {
            splits.add(size * k / 20);
        }
        for (long near : splits) {
            assertSameImport(read(file, near), whole, near);
        }
        assertThat(readsInTwoParts()).isEqualTo(splits.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"online-retail/online_retail_combined.csv", "cdnow/CDNOW_master.txt",
        "bank-marketing/bank-additional-full.csv"})
    void sharedDatasetsReadInTwoPartsGiveTheSameTable(String name) throws Exception {
        Path file = SharedDatasets.require(name);
        ImportedTable whole = read(file, -1);
        long size = Files.size(file);
        events.list.clear();
        for (long near : new long[] {size / 3, size * 4 / 5}) {
            assertSameImport(read(file, near), whole, near);
        }
        assertThat(readsInTwoParts()).isEqualTo(2);
    }
}
