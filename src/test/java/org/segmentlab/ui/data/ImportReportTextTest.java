package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.data.ImportReport.Rejection;
import org.segmentlab.core.data.ImportReport.RowProblem;
import org.segmentlab.core.data.ImportReport;

class ImportReportTextTest {

    private static ImportReport report(char delimiter, List<Rejection> rejections, long withoutId) {
        return new ImportReport(Path.of("orders.csv"), "UTF-8", delimiter, true, 1200, 1195, rejections, withoutId,
                List.of(), List.of("InvoiceDate: read as day/month/year"));
    }

    @Test
    void oneRowIsARowNotOneRows() {
        assertThat(ImportReportText.rows(1)).isEqualTo("1 row");
        assertThat(ImportReportText.rows(4000)).isEqualTo("4,000 rows");
        assertThat(ImportReportText.columns(1)).isEqualTo("1 column");
        assertThat(ImportReportText.columns(0)).isEqualTo("0 columns");
    }

    @Test
    void describesTheFormatInWords() {
        assertThat(ImportReportText.format(report(';', List.of(), 0))).isEqualTo("Semicolon-separated · UTF-8 · header row");
        assertThat(ImportReportText.delimiterName('\t')).isEqualTo("Tab-separated");
        assertThat(ImportReportText.delimiterName(' ')).isEqualTo("Whitespace-separated");
    }

    @Test
    void listsEachRejectionReasonWithItsFirstLinesAndColumns() {
        Rejection badQuantity = new Rejection("Quantity is not a number", 4, List.of(
                new RowProblem(5, 4, "Quantity", "abc"),
                new RowProblem(9, 4, "Quantity", "")));
        Rejection shortRow = new Rejection("Too few fields", 1, List.of(new RowProblem(1201, 0, null, null)));

        List<String> lines = ImportReportText.rejections(report(',', List.of(badQuantity, shortRow), 0));

        assertThat(lines).containsExactly(
                "Quantity is not a number: 4 rows — line 5 (Quantity = \"abc\"), line 9 (Quantity = \"\"), …",
                "Too few fields: 1 row — line 1201");
    }

    @Test
    void countsRowsWithoutCustomerIdWithThousandsSeparators() {
        assertThat(ImportReportText.withoutCustomerId(report(',', List.of(), 135_080)))
                .isEqualTo("135,080 rows have no customer id; RFM leaves them out.");
        assertThat(ImportReportText.withoutCustomerId(report(',', List.of(), 1)))
                .isEqualTo("1 row has no customer id; RFM leaves it out.");
        assertThat(ImportReportText.withoutCustomerId(report(',', List.of(), 0))).isEmpty();
    }
}
