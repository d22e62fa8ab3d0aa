package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.segmentlab.core.data.TestFiles.column;
import static org.segmentlab.core.data.TestFiles.read;
import static org.segmentlab.core.data.TestFiles.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import tech.tablesaw.api.Table;

class FileFormatImportTest {

    @TempDir
    Path dir;

    @Test
    void quotedFieldsMayHoldDelimitersLineBreaksAndDoubledQuotes() throws Exception {
        ImportedTable t = read(dir, "InvoiceNo,Description,Quantity\n"
                + "1,\"BAG, RED\",2\n"
                + "2,\"two\nlines\",3\n"
                + "3,\"12\"\" RULER\",4\n");
        Table table = t.table();
        assertThat(table.stringColumn("Description").asList())
                .containsExactly("BAG, RED", "two\nlines", "12\" RULER");
        assertThat(table.longColumn("Quantity").asList()).containsExactly(2L, 3L, 4L);
        assertThat(t.report().rowsRead()).isEqualTo(3);
    }

    @ParameterizedTest(name = "delimiter {0}")
    @CsvSource(value = {"','", "';'", "'\t'", "'|'"}, quoteCharacter = '\'')
    void theDelimiterIsFoundFromTheData(char delimiter) throws Exception {
        String d = String.valueOf(delimiter);
        ImportedTable t = read(dir, String.join(d, "customer_id", "city", "amount") + "\n"
                + String.join(d, "1", "\"Paris" + d + " France\"", "10.5") + "\n"
                + String.join(d, "2", "Lyon", "3") + "\n");
        assertThat(t.report().delimiter()).isEqualTo(delimiter);
        assertThat(t.table().columnNames()).containsExactly("customer_id", "city", "amount");
        assertThat(t.table().stringColumn("city").get(0)).isEqualTo("Paris" + d + " France");
        assertThat(t.table().doubleColumn("amount").asList()).containsExactly(10.5, 3.0);
    }

    @Test
    void commasInsideTextDoNotMakeASemicolonFileLookCommaSeparated() throws Exception {
        ImportedTable t = read(dir, "name;price\nBig, red;1.5\nSmall;2\nTall, thin, blue;3\n");
        assertThat(t.report().delimiter()).isEqualTo(';');
        assertThat(t.table().stringColumn("name").asList()).containsExactly("Big, red", "Small", "Tall, thin, blue");
    }

    @Test
    void aRaggedCommaFileWithSpacesInItsValuesIsStillCommaSeparated() throws Exception {
        ImportReport r = read(dir, "id,when,amount\n"
                + "1,2010-12-01 08:26:00,2\n"
                + "2,2010-12-01 08:27:00\n"
                + "3,2010-12-01 08:28:00,4,5\n").report();
        assertThat(r.delimiter()).isEqualTo(',');
        assertThat(r.rowsKept()).isEqualTo(1);
    }

    @Test
    void singleQuotesAreTheQuoteWhenTheFileUsesThem() throws Exception {
        ImportedTable t = read(dir, "'id','text'\n'1','a,b'\n'2','c'\n");
        assertThat(t.table().columnNames()).containsExactly("id", "text");
        assertThat(t.table().stringColumn("text").asList()).containsExactly("a,b", "c");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write("CustomerID,Country\n1,España\n".getBytes(StandardCharsets.UTF_8));
        ImportedTable t = read(TestFiles.writeBytes(dir, "bom.csv", bytes.toByteArray()));
        assertThat(t.table().columnNames()).containsExactly("CustomerID", "Country");
        assertThat(t.table().stringColumn("Country").get(0)).isEqualTo("España");
        assertThat(t.report().charset()).isEqualTo("UTF-8");
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsLatin1AndTheReportSaysSo() throws Exception {
        Path file = write(dir, "latin1.csv", "Description,Price\nGift voucher £10,10\nCafé crème,2.5\n",
                StandardCharsets.ISO_8859_1);
        ImportedTable t = read(file);
        assertThat(t.report().charset()).isEqualTo("ISO-8859-1");
        assertThat(t.table().stringColumn("Description").asList())
                .containsExactly("Gift voucher £10", "Café crème");
        assertThat(t.report().notes()).anyMatch(n -> n.contains("not valid UTF-8"));
    }

    @Test
    void aLatin1ByteFarBeyondTheSampleStillSwitchesTheCharset() throws Exception {
        StringBuilder sb = new StringBuilder("Description,Quantity\n");
        for (int i = 0; i < ImportRun.SAMPLE_ROWS + 500; i++) {
            sb.append("plain item ").append(i).append(",1\n");
        }
        sb.append("Crème brûlée,2\n");
        ImportedTable t = read(write(dir, "late-latin1.csv", sb.toString(), StandardCharsets.ISO_8859_1));
        assertThat(t.report().charset()).isEqualTo("ISO-8859-1");
        Table table = t.table();
        assertThat(table.stringColumn("Description").get(table.rowCount() - 1)).isEqualTo("Crème brûlée");
    }

    @Test
    void theCharsetOptionOverridesDetection() throws Exception {
        Path file = write(dir, "cp1252.csv", "Description,Price\nVoucher \u20ac10,10\n",
                java.nio.charset.Charset.forName("windows-1252"));
        ImportedTable t = read(new ImportOptions(file, null, null, "windows-1252", null, null));
        assertThat(t.report().charset()).isEqualTo("windows-1252");
        assertThat(t.table().stringColumn("Description").get(0)).isEqualTo("Voucher \u20ac10");
        assertThat(t.report().notes()).noneMatch(n -> n.contains("UTF-8"));
    }

    @Test
    void crlfAndLfLineEndingsGiveTheSameTable() throws Exception {
        String lf = "customer_id,date,amount\n1,2011-01-02,3.5\n2,2011-01-03,4\n";
        ImportedTable a = read(write(dir, "lf.csv", lf));
        ImportedTable b = read(write(dir, "crlf.csv", lf.replace("\n", "\r\n")));
        assertThat(b.table().setName("t").print()).isEqualTo(a.table().setName("t").print());
        assertThat(b.report().columns()).isEqualTo(a.report().columns());
    }

    @Test
    void whitespaceSeparatedFixedWidthTextImportsWithItsHeader() throws Exception {
        ImportedTable t = read(dir, " customer_id  date number_of_cds  dollar_value\r\n"
                + " 00001 19970101  1   11.77\r\n"
                + " 00002 19970112  1   12.00\r\n"
                + " 00002 19970112  5   77.00\r\n");
        ImportReport r = t.report();
        assertThat(r.delimiter()).isEqualTo(' ');
        assertThat(r.header()).isTrue();
        assertThat(r.columns()).extracting(ColumnInfo::name, ColumnInfo::type, ColumnInfo::role).containsExactly(
                tuple("customer_id", ColumnType.TEXT, ColumnRole.CUSTOMER_ID),
                tuple("date", ColumnType.DATE, ColumnRole.TIMESTAMP),
                tuple("number_of_cds", ColumnType.INTEGER, ColumnRole.QUANTITY),
                tuple("dollar_value", ColumnType.DECIMAL, ColumnRole.AMOUNT));
        assertThat(t.table().stringColumn("customer_id").asList()).containsExactly("00001", "00002", "00002");
    }

    @Test
    void aFirstLineOfNumbersIsDataAndTheColumnsGetGeneratedNames() throws Exception {
        ImportedTable t = read(dir, " 00004 0001 19970101  2   29.33\r\n"
                + " 00004 0001 19970118  2   29.73\r\n"
                + " 00018 0002 19970104  1   14.96\r\n");
        ImportReport r = t.report();
        assertThat(r.header()).isFalse();
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(t.table().columnNames()).containsExactly("column_1", "column_2", "column_3", "column_4", "column_5");
        assertThat(t.table().stringColumn("column_1").get(0)).isEqualTo("00004");
        assertThat(r.notes()).anyMatch(n -> n.contains("No header row"));
    }

    @Test
    void theHeaderOptionOverridesDetection() throws Exception {
        Path file = write(dir, "nums.csv", "1,2\n3,4\n");
        ImportedTable t = read(ImportOptions.of(file).withHeader(true));
        assertThat(t.table().columnNames()).containsExactly("1", "2");
        assertThat(t.table().longColumn("1").asList()).containsExactly(3L);
    }

    @Test
    void raggedRowsAreRejectedWithTheirLineNumbersAndTheRestLoads() throws Exception {
        ImportedTable t = read(dir, "a,b,c\n"
                + "1,2,3\n"
                + "4,5\n"
                + "6,7,8\n"
                + "9,10,11,12\n"
                + "13,14,15\n");
        ImportReport r = t.report();
        assertThat(r.rowsRead()).isEqualTo(5);
        assertThat(r.rowsKept()).isEqualTo(3);
        assertThat(r.rowsRejected()).isEqualTo(2);
        assertThat(r.rejections()).extracting(ImportReport.Rejection::reason, ImportReport.Rejection::count)
                .containsExactly(tuple("too few fields (expected 3, found 2)", 1L),
                        tuple("too many fields (expected 3, found 4)", 1L));
        assertThat(r.rejections().get(0).first()).containsExactly(new ImportReport.RowProblem(3, 0, null, "4,5"));
        assertThat(r.rejections().get(1).first().get(0).line()).isEqualTo(5);
        assertThat(t.table().longColumn("a").asList()).containsExactly(1L, 6L, 13L);
    }

    @Test
    void onlyTheFirstTenRejectedRowsOfAReasonAreListedButAllAreCounted() throws Exception {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 25; i++) {
            sb.append("1\n");
        }
        sb.append("1,2\n");
        ImportReport r = read(dir, sb.toString()).report();
        ImportReport.Rejection rejection = r.rejections().get(0);
        assertThat(rejection.count()).isEqualTo(25);
        assertThat(rejection.first()).hasSize(10);
        assertThat(rejection.first()).extracting(ImportReport.RowProblem::line)
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(r.rowsKept()).isEqualTo(1);
    }

    @Test
    void aTrailingEmptyLineIsNotARow() throws Exception {
        ImportReport r = read(dir, "a,b\n1,2\n3,4\n\n").report();
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.rejections()).isEmpty();
    }

    @Test
    void aSeparatorAtTheEndOfEveryLineDoesNotAddAColumnOrRejectRows() throws Exception {
        ImportedTable t = read(dir, "a,b,\n1,2,\n3,4,\n");
        assertThat(t.table().columnNames()).containsExactly("a", "b");
        assertThat(t.report().rowsKept()).isEqualTo(2);
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfTheFileRejectsThatRow() throws Exception {
        ImportReport r = read(dir, "a,b\n1,x\n2,\"open\n").report();
        assertThat(r.rowsKept()).isEqualTo(1);
        assertThat(r.rejections()).extracting(ImportReport.Rejection::reason).containsExactly("unclosed quote");
        assertThat(r.rejections().get(0).first().get(0).line()).isEqualTo(3);
    }

    @Test
    void progressFollowsTheBytesReadAndEndsAtOne() throws Exception {
        StringBuilder sb = new StringBuilder("customer_id,amount\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i % 300).append(',').append(i % 17).append(".5\n");
        }
        Path file = write(dir, "big.csv", sb.toString());
        org.segmentlab.testing.RecordingProgress progress = new org.segmentlab.testing.RecordingProgress();
        List<Double> fractions = progress.fractions();
        new TableImporter().read(ImportOptions.of(file), progress);
        assertThat(fractions).isSorted();
        assertThat(fractions).anyMatch(f -> f > 0.1 && f < 0.9);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void cancellingStopsTheImportWithCancelledException() throws Exception {
        StringBuilder sb = new StringBuilder("customer_id,amount\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append(i).append(",1\n");
        }
        Path file = write(dir, "big.csv", sb.toString());
        int[] checks = {0};
        Progress cancelAfterFirstChunk = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // not needed here
            }

            @Override
            public boolean isCancelled() {
                return ++checks[0] > 1;
            }
        };
        assertThatThrownBy(() -> new TableImporter().read(ImportOptions.of(file), cancelAfterFirstChunk))
                .isInstanceOf(CancelledException.class);
        assertThat(checks[0]).isEqualTo(2);
    }

    @Test
    void theDelimiterOptionOverridesSniffing() throws Exception {
        Path file = write(dir, "d.txt", "a;b,c\n1;2,3\n");
        ImportedTable t = read(ImportOptions.of(file).withDelimiter(','));
        assertThat(t.table().columnNames()).containsExactly("a;b", "c");
        assertThat(column(t, "c").type()).isEqualTo(ColumnType.INTEGER);
    }
}
