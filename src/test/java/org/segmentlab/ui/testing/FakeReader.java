package org.segmentlab.ui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ColumnType;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.ui.data.DataReader;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A reader that makes up a two-column table (CustomerID, Amount) with as many rows as the file
 * name says ("orders-3.csv" has 3 rows), and fails on files named "bad*".
 */
public final class FakeReader implements DataReader {

    private final List<ImportOptions> calls = new ArrayList<>();

    @Override
    public synchronized ImportedTable read(ImportOptions options, Progress progress) throws DataFileException {
        calls.add(options);
        String name = options.file().getFileName().toString();
        if (name.startsWith("bad")) {
            throw new DataFileException(options.file(), "not a delimited text file (binary content at byte 3)");
        }
        int rows = Integer.parseInt(name.replaceAll("\\D", "").isEmpty() ? "2" : name.replaceAll("\\D", ""));
        return table(options.file(), rows, options.roles());
    }

    public synchronized List<ImportOptions> calls() {
        return List.copyOf(calls);
    }

    public static ImportedTable table(Path file, int rows, Map<String, ColumnRole> overrides) {
        StringColumn ids = StringColumn.create("CustomerID");
        DoubleColumn amounts = DoubleColumn.create("Amount");
        for (int i = 0; i < rows; i++) {
            ids.append(Integer.toString(17850 + i));
            amounts.append(1.5 * (i + 1));
        }
        List<ColumnInfo> columns = List.of(
                new ColumnInfo("CustomerID", 0, ColumnType.TEXT,
                        overrides.getOrDefault("CustomerID", ColumnRole.CUSTOMER_ID), null, 0),
                new ColumnInfo("Amount", 1, ColumnType.DECIMAL,
                        overrides.getOrDefault("Amount", ColumnRole.AMOUNT), null, 0));
        ImportReport report = new ImportReport(file, "UTF-8", ',', true, rows, rows, List.of(), 0, columns,
                List.of());
        return new ImportedTable(Table.create(file.getFileName().toString(), ids, amounts), report);
    }
}
