package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import tech.tablesaw.api.Table;

/** An import that reads only the columns a task chose gives those columns as a whole read does, and says so. */
class ColumnChoiceTest {

    @TempDir
    Path dir;

    private static final String CSV = String.join("\n",
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
            "536365,85123A,\"WHITE HANGING HEART, T-LIGHT\",6,2010-12-01 08:26:00,2.55,17850,United Kingdom",
            "536366,22633,HAND WARMER,6,2010-12-01 08:28:00,1.85,17850,United Kingdom",
            "536367,84879,ASSORTED BIRD,32,2010-12-01 08:34:00,1.69,13047,France",
            "536368,22745,POPPY'S PLAYHOUSE,6,2010-12-01 08:34:00,2.10,13047,n/a",
            // too few fields: rejected whatever is read
            "536369,21756,BATH BUILDING BLOCK",
            "536370,22728,ALARM CLOCK,24,2010-12-01 08:45:00,3.75,12583,France") + "\n";

    @Test
    void theChosenColumnsAreReadAsAWholeReadReadsThemAndTheRestAreNamedInANote() throws Exception {
        Path file = Files.writeString(dir.resolve("lines.csv"), CSV);
        ImportedTable whole = new TableImporter().read(ImportOptions.of(file), Progress.none());
        List<List<ColumnInfo>> seen = new ArrayList<>();
        ColumnChoice choice = planned -> {
            seen.add(planned);
            return Set.of("CustomerID", "InvoiceDate", "Quantity", "UnitPrice");
        };
        ImportedTable some = new TableImporter().read(ImportOptions.of(file), choice, Progress.none());

        // the choice saw every column with its planned type and role
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).extracting(ColumnInfo::name).containsExactly("InvoiceNo", "StockCode", "Description",
                "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country");
        assertThat(seen.get(0).get(6).role()).isEqualTo(ColumnRole.CUSTOMER_ID);
        assertThat(seen.get(0).get(3).type()).isEqualTo(ColumnType.INTEGER);

        Table t = some.table();
        assertThat(t.columnNames()).containsExactly("Quantity", "InvoiceDate", "UnitPrice", "CustomerID");
        for (String name : t.columnNames()) {
            assertThat(t.column(name).asList()).as(name).isEqualTo(whole.table().column(name).asList());
        }
        assertThat(some.report().columns()).extracting(ColumnInfo::name)
                .containsExactly("Quantity", "InvoiceDate", "UnitPrice", "CustomerID");
        // positions in the file are kept
        assertThat(some.report().columns()).extracting(ColumnInfo::index).containsExactly(3, 4, 5, 6);
        assertThat(some.report().notes())
                .contains("Not read, as this task does not use them: InvoiceNo, StockCode, Description, Country.");
        assertThat(some.report().rowsRead()).isEqualTo(whole.report().rowsRead()).isEqualTo(6);
        assertThat(some.report().rowsKept()).isEqualTo(whole.report().rowsKept()).isEqualTo(5);
        assertThat(some.report().rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("too few fields"));
    }

    @Test
    void withNoChoiceEveryColumnIsReadAndNothingIsSaid() throws Exception {
        Path file = Files.writeString(dir.resolve("lines.csv"), CSV);
        ImportedTable all = new TableImporter().read(ImportOptions.of(file), planned -> null, Progress.none());
        assertThat(all.table().columnCount()).isEqualTo(8);
        assertThat(all.report().notes()).noneMatch(n -> n.startsWith("Not read"));
    }

    @Test
    void aFileReadInTwoPartsGivesTheSameChosenColumns() throws Exception {
        StringBuilder big = new StringBuilder("customer,day,amount,note\n");
        for (int i = 0; i < 5000; i++) {
            big.append('c').append(i % 97).append(",2024-01-").append(String.format("%02d", 1 + i % 28)).append(',')
                    .append(i % 13).append('.').append(i % 10).append(",\"note ").append(i).append(", long\"\n");
        }
        Path file = Files.writeString(dir.resolve("big.csv"), big);
        ColumnChoice choice = planned -> Set.of("customer", "amount");
        ImportedTable one = new TableImporter(size -> -1).read(ImportOptions.of(file), choice, Progress.none());
        ImportedTable two = new TableImporter(size -> size / 2).read(ImportOptions.of(file), choice, Progress.none());
        assertThat(two.table().columnNames()).containsExactly("customer", "amount");
        for (String name : one.table().columnNames()) {
            assertThat(two.table().column(name).asList()).as(name).isEqualTo(one.table().column(name).asList());
        }
        assertThat(two.report().rowsKept()).isEqualTo(5000);
    }
}
