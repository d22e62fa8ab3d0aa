package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class MissingWordsTest {

    @TempDir
    Path dir;

    private static final String CSV = String.join("\n",
            "CustomerID,Country,Amount",
            "c1,France,10",
            "NULL,NA,-",
            "NA,null,N/A",
            "null,None,NaN",
            "N/A,-,NULL",
            "-,,7",
            "None,Spain,",
            "NaN,Spain,3") + "\n";

    @Test
    void eachWordIsFoundByItsBytesWhateverItsLengthOrFirstLetter() {
        String longWord = "not recorded at the time of the sale, see the paper ledger of the shop";
        MissingWords words = MissingWords.of(List.of("ø", "-", "kein Wert", longWord));
        assertThat(indexOf(words, "  ø ")).isEqualTo(0);
        assertThat(indexOf(words, "-")).isEqualTo(1);
        assertThat(indexOf(words, "kein Wert")).isEqualTo(2);
        assertThat(indexOf(words, longWord)).isEqualTo(3);
        assertThat(indexOf(words, " \t")).isEqualTo(MissingWords.EMPTY);
        for (String other : List.of("-1", "kein wert", "keinWert", "ö", longWord + ".", "7", "Ø")) {
            assertThat(indexOf(words, other)).as(other).isEqualTo(MissingWords.NOT_A_WORD);
        }
        assertThat(indexOf(MissingWords.NONE, "NA")).isEqualTo(MissingWords.NOT_A_WORD);
        assertThat(indexOf(MissingWords.DEFAULT, "#N/A")).isEqualTo(MissingWords.USUAL.indexOf("#N/A"));
    }

    private static int indexOf(MissingWords words, String field) {
        byte[] b = ("x," + field + ",y").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return words.indexOf(b, 2, b.length - 2);
    }

    @Test
    void missingValueWordsAreMissingInTextAndIdColumnsToo() throws Exception {
        ImportedTable t = TestFiles.read(TestFiles.write(dir, "words.csv", CSV));
        Table table = t.table();
        assertThat(TestFiles.column(t, "CustomerID").missing()).isEqualTo(7);
        assertThat(TestFiles.column(t, "Country").missing()).isEqualTo(5);
        assertThat(TestFiles.column(t, "Amount").missing()).isEqualTo(5);
        assertThat(table.column("CustomerID").countMissing()).isEqualTo(7);
        assertThat(t.report().rowsWithoutCustomerId()).isEqualTo(7);
        assertThat(table.stringColumn("Country").asList()).containsOnly("France", "Spain", "");
    }

    @Test
    void theImportReportSaysWhichWordsWereReadAsMissing() throws Exception {
        ImportedTable t = TestFiles.read(TestFiles.write(dir, "words.csv", CSV));
        assertThat(t.report().notes()).anySatisfy(note -> assertThat(note)
                .contains("read as missing").contains("NULL").contains("NA").contains("None").contains("-"));
    }

    @Test
    void theWordsCanBeChosenAndNoneKeepsThemAsValues() throws Exception {
        Path file = TestFiles.write(dir, "words.csv", CSV);
        ImportedTable only = TestFiles.read(ImportOptions.of(file).withMissingWords(MissingWords.of(List.of("NULL"))));
        // NULL twice in CustomerID is missing; NA, null, N/A, -, None, NaN are ids now
        assertThat(TestFiles.column(only, "CustomerID").missing()).isEqualTo(1);
        ImportedTable none = TestFiles.read(ImportOptions.of(file).withMissingWords(MissingWords.NONE));
        assertThat(TestFiles.column(none, "CustomerID").missing()).isZero();
        assertThat(none.report().notes()).noneMatch(n -> n.contains("read as missing"));
    }

    @Test
    void absurdAmountsAndFarFutureDatesAreNamedInTheImportReport() throws Exception {
        ImportedTable t = TestFiles.read(TestFiles.write(dir, "odd.csv", String.join("\n",
                "CustomerID,InvoiceDate,Amount",
                "c1,2024-01-02,1e308",
                "c2,2999-12-31,12.5",
                "c3,2024-01-03,9999999999999999999999") + "\n"));
        assertThat(t.report().notes()).anySatisfy(n -> assertThat(n).startsWith("Amount: 2 values of 1,000,000,000,000 or more"));
        assertThat(t.report().notes()).anySatisfy(n -> assertThat(n).startsWith("InvoiceDate: 1 dates more than a year ahead (latest 2999-12-31)"));
    }
}
