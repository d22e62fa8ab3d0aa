package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.segmentlab.core.data.TestFiles.column;
import static org.segmentlab.core.data.TestFiles.read;
import static org.segmentlab.core.data.TestFiles.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

class TypeDetectionTest {

    @TempDir
    Path dir;

    @Test
    void eachColumnGetsTheNarrowestTypeAllItsValuesFit() throws Exception {
        ImportedTable t = read(dir, "n,x,flag,day,at,word\n"
                + "1,1.5,TRUE,2011-01-02,2011-01-02 10:00:00,abc\n"
                + "-2,2,false,2011-01-03,2011-01-03 11:30:15,12\n"
                + "3,-0.25,True,2011-01-04,2011-01-04 00:00:01,x y\n");
        assertThat(t.report().columns()).extracting(ColumnInfo::name, ColumnInfo::type).containsExactly(
                tuple("n", ColumnType.INTEGER),
                tuple("x", ColumnType.DECIMAL),
                tuple("flag", ColumnType.BOOLEAN),
                tuple("day", ColumnType.DATE),
                tuple("at", ColumnType.DATE_TIME),
                tuple("word", ColumnType.TEXT));
        Table table = t.table();
        assertThat(table.longColumn("n").asList()).containsExactly(1L, -2L, 3L);
        assertThat(table.doubleColumn("x").asList()).containsExactly(1.5, 2.0, -0.25);
        assertThat(table.booleanColumn("flag").asList()).containsExactly(true, false, true);
        assertThat(table.dateColumn("day").get(2)).isEqualTo(LocalDate.of(2011, 1, 4));
        assertThat(table.dateTimeColumn("at").get(1)).isEqualTo(LocalDateTime.of(2011, 1, 3, 11, 30, 15));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2010-12-01 08:26:00     | 2010-12-01 09:41:07     | 2010-12-01T08:26 | yyyy-MM-dd HH:mm:ss",
        "2010-12-01 08:26        | 2010-12-01 09:41        | 2010-12-01T08:26 | yyyy-MM-dd HH:mm",
        "2010-12-01T08:26:00     | 2010-12-01T09:41:07     | 2010-12-01T08:26 | yyyy-MM-dd'T'HH:mm:ss",
        "2010-12-01T08:26:00.250Z| 2010-12-01T09:41:07.5Z  | 2010-12-01T08:26:00.250 | yyyy-MM-dd'T'HH:mm:ss[.SSS]['Z']",
        "12/1/2010 8:26          | 12/13/2010 19:41        | 2010-12-01T08:26 | M/d/yyyy H:mm",
        "12/1/2010 8:26 AM       | 12/13/2010 7:41 PM      | 2010-12-01T08:26 | M/d/yyyy h:mm a",
        "1291191960              | 1291196467              | 2010-12-01T08:26 | epoch-seconds",
        "1291191960000           | 1291196467000           | 2010-12-01T08:26 | epoch-millis",
    })
    void dateTimeLayoutsAreRecognised(String first, String second, String expected, String pattern) throws Exception {
        ImportedTable t = read(dir, "customer_id,event_time\n1," + first.strip() + "\n2," + second.strip() + "\n");
        ColumnInfo info = column(t, "event_time");
        assertThat(info.type()).isEqualTo(ColumnType.DATE_TIME);
        assertThat(info.role()).isEqualTo(ColumnRole.TIMESTAMP);
        assertThat(info.datePattern()).isEqualTo(pattern);
        assertThat(t.table().dateTimeColumn("event_time").get(0)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2010-12-01 | 2011-01-31 | 2010-12-01 | yyyy-MM-dd",
        "12/1/2010  | 1/31/2011  | 2010-12-01 | M/d/yyyy",
        "01/12/2010 | 31/01/2011 | 2010-12-01 | dd/MM/yyyy",
        "04-09-2012 | 21-08-2013 | 2012-09-04 | dd-MM-yyyy",
        "04.09.2012 | 21.08.2013 | 2012-09-04 | dd.MM.yyyy",
        "19970101   | 19971231   | 1997-01-01 | yyyyMMdd",
    })
    void dateLayoutsAreRecognised(String first, String second, String expected, String pattern) throws Exception {
        ImportedTable t = read(dir, "id,date\n1," + first.strip() + "\n2," + second.strip() + "\n");
        ColumnInfo info = column(t, "date");
        assertThat(info.type()).isEqualTo(ColumnType.DATE);
        assertThat(info.datePattern()).isEqualTo(pattern);
        assertThat(t.table().dateColumn("date").get(0)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void aFirstPartAbove12MeansDayFirstAndTheNoteSaysWhy() throws Exception {
        ImportedTable t = read(dir, "customer,Dt_Customer\n1,04-09-2012\n2,08-03-2014\n3,21-08-2013\n");
        assertThat(t.table().dateColumn("Dt_Customer").asList()).containsExactly(
                LocalDate.of(2012, 9, 4), LocalDate.of(2014, 3, 8), LocalDate.of(2013, 8, 21));
        assertThat(t.report().notes()).contains(
                "Dt_Customer: read as day-month-year because some values, such as 21-08-2013, have a first part above 12.");
    }

    @Test
    void aSecondPartAbove12MeansMonthFirst() throws Exception {
        ImportedTable t = read(dir, "customer,date\n1,03/04/2011\n2,12/25/2011\n");
        assertThat(t.table().dateColumn("date").asList())
                .containsExactly(LocalDate.of(2011, 3, 4), LocalDate.of(2011, 12, 25));
        assertThat(t.report().notes()).anyMatch(n -> n.startsWith("date: read as month/day/year") && n.contains("12/25/2011"));
    }

    @Test
    void undecidableSlashDatesAreReadUsStyleAndTheUserIsTold() throws Exception {
        ImportedTable t = read(dir, "customer,date\n1,03/04/2011\n2,05/06/2011\n");
        assertThat(t.table().dateColumn("date").asList())
                .containsExactly(LocalDate.of(2011, 3, 4), LocalDate.of(2011, 5, 6));
        assertThat(t.report().notes()).anyMatch(n -> n.contains("cannot be told apart")
                && n.contains("month/day/year (US style)"));
    }

    @Test
    void theDayFirstOptionDecidesAmbiguousDates() throws Exception {
        Path file = write(dir, "d.csv", "customer,date\n1,03/04/2011\n2,05/06/2011\n");
        ImportedTable t = read(ImportOptions.of(file).withDayFirst(true));
        assertThat(t.table().dateColumn("date").asList())
                .containsExactly(LocalDate.of(2011, 4, 3), LocalDate.of(2011, 6, 5));
        assertThat(t.report().notes()).contains("date: read as day/month/year, as set in the import options.");
    }

    @Test
    void dayFirstEvidenceFarBeyondTheSampleStillDecidesTheOrder() throws Exception {
        StringBuilder sb = new StringBuilder("customer,date\n");
        for (int i = 0; i < ImportRun.SAMPLE_ROWS + 100; i++) {
            sb.append(i).append(",0").append(1 + i % 9).append("/0").append(1 + i % 7).append("/2011\n");
        }
        sb.append("x,25/12/2011\n");
        ImportedTable t = read(dir, sb.toString());
        Table table = t.table();
        assertThat(column(t, "date").type()).isEqualTo(ColumnType.DATE);
        assertThat(table.dateColumn("date").get(0)).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(table.dateColumn("date").get(1)).isEqualTo(LocalDate.of(2011, 2, 2));
        assertThat(table.dateColumn("date").get(2)).isEqualTo(LocalDate.of(2011, 3, 3));
        assertThat(table.dateColumn("date").get(3)).isEqualTo(LocalDate.of(2011, 4, 4));
        assertThat(table.dateColumn("date").get(9)).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(table.dateColumn("date").get(table.rowCount() - 1)).isEqualTo(LocalDate.of(2011, 12, 25));
        assertThat(t.report().rowsKept()).isEqualTo(ImportRun.SAMPLE_ROWS + 101L);
    }

    @Test
    void eightDigitNumbersInAnOrdinaryColumnStayIntegers() throws Exception {
        // Not all plausible dates (month 13), and too few values without a date-like name.
        ImportedTable t = read(dir, "customer_id,code,amount_cents\n1,20111301,19970101\n2,20110101,19970102\n");
        assertThat(column(t, "code").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(column(t, "amount_cents").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(t.table().longColumn("amount_cents").get(0)).isEqualTo(19970101L);
    }

    @Test
    void tenDigitNumbersAreEpochSecondsOnlyInATimeLikeColumn() throws Exception {
        ImportedTable t = read(dir, "customer_id,phone,created\n1,1291191960,1291191960\n2,1291196467,1291196467\n");
        assertThat(column(t, "phone").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(column(t, "created").type()).isEqualTo(ColumnType.DATE_TIME);
        assertThat(column(t, "created").datePattern()).isEqualTo("epoch-seconds");
    }

    @Test
    void blankNumbersAreMissingNotText() throws Exception {
        ImportedTable t = read(dir, "customerID,tenure,TotalCharges\nA,1,29.85\nB,0, \nC,2,NA\nD,3,108.15\n");
        ColumnInfo charges = column(t, "TotalCharges");
        assertThat(charges.type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(charges.missing()).isEqualTo(2);
        assertThat(t.table().doubleColumn("TotalCharges").isMissing().size()).isEqualTo(2);
        assertThat(t.report().rowsKept()).isEqualTo(4);
    }

    @Test
    void aValueBeyondTheSampleThatIsNotANumberWidensTheColumnToTextAndKeepsEveryValue() throws Exception {
        StringBuilder sb = new StringBuilder("customer_id,size\n");
        int rows = ImportRun.SAMPLE_ROWS + 5_000;
        for (int i = 0; i < rows; i++) {
            sb.append(i).append(',').append(i == rows - 10 ? "XL" : String.valueOf(i % 50)).append('\n');
        }
        ImportedTable t = read(dir, sb.toString());
        assertThat(column(t, "size").type()).isEqualTo(ColumnType.TEXT);
        assertThat(t.report().rowsKept()).isEqualTo(rows);
        assertThat(t.table().stringColumn("size").get(rows - 10)).isEqualTo("XL");
        assertThat(t.table().stringColumn("size").get(7)).isEqualTo("7");
        assertThat(t.report().notes()).anyMatch(n -> n.startsWith("size: read as text") && n.contains("'XL'"));
    }

    @Test
    void aDecimalBeyondTheSampleWidensAnIntegerColumnToDecimal() throws Exception {
        StringBuilder sb = new StringBuilder("customer_id,quantity\n");
        int rows = ImportRun.SAMPLE_ROWS + 2_000;
        for (int i = 0; i < rows; i++) {
            sb.append(i).append(',').append(i == rows - 1 ? "2.5" : "3").append('\n');
        }
        ImportedTable t = read(dir, sb.toString());
        assertThat(column(t, "quantity").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(t.table().doubleColumn("quantity").sum()).isEqualTo(3.0 * (rows - 1) + 2.5);
        assertThat(t.report().rejections()).isEmpty();
    }

    @Test
    void numbersWithLeadingZerosAreCodesAndStayText() throws Exception {
        ImportedTable t = read(dir, "customer_id,zip\n1,02134\n2,10001\n");
        assertThat(column(t, "zip").type()).isEqualTo(ColumnType.TEXT);
        assertThat(t.table().stringColumn("zip").asList()).containsExactly("02134", "10001");
    }

    @Test
    void yesNoColumnsAreBooleans() throws Exception {
        ImportedTable t = read(dir, "customerID,Partner,Churn\nA,Yes,No\nB,No,Yes\n");
        assertThat(column(t, "Partner").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(t.table().booleanColumn("Churn").asList()).containsExactly(false, true);
    }
}
