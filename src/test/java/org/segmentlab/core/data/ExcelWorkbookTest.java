package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.testing.SharedDatasets;
import tech.tablesaw.api.Table;

/** Excel sheets go through the CSV import: same types, roles, values and report as the same data in a CSV. */
class ExcelWorkbookTest {

    private static Path workbook(Path dir) throws Exception {
        Path file = dir.resolve("orders.xlsx");
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet notes = wb.newWorksheet("Notes");
            notes.value(0, 0, "Note");
            notes.value(1, 0, "read me first");
            notes.value(2, 0, "then the orders");
            Worksheet ws = wb.newWorksheet("Orders");
            String[] header = {"InvoiceNo", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Note"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            Object[][] rows = {
                {"536365", 6.0, LocalDateTime.of(2010, 12, 1, 8, 26), 2.55, 17850.0, "first, with a comma"},
                {"C536379", -1.0, LocalDateTime.of(2010, 12, 1, 9, 41), 27.5, 14527.0, "say \"hi\""},
                {"536380", 24.0, LocalDateTime.of(2010, 12, 2, 0, 0), 0.1, null, ""},
            };
            int r = 1;
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    Object v = row[c];
                    if (v instanceof String) {
                        ws.value(r, c, (String) v);
                    } else if (v instanceof Double) {
                        ws.value(r, c, (Double) v);
                    } else if (v instanceof LocalDateTime) {
                        ws.value(r, c, (LocalDateTime) v);
                        ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
                    }
                }
                r++;
            }
            // a blank row, then one more line: the report must name sheet row 6
            ws.value(5, 0, "536381");
            ws.value(5, 1, "many");
            ws.value(5, 2, LocalDateTime.of(2010, 12, 3, 10, 0));
            ws.style(5, 2).format("yyyy-mm-dd hh:mm").set();
            ws.value(5, 3, 1.25);
            ws.value(5, 4, 13047.0);
            wb.finish();
        }
        return file;
    }

    @Test
    void aSheetIsImportedLikeTheSameDataInACsv(@TempDir Path dir) throws Exception {
        Path xlsx = workbook(dir);
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID,Note\n"
                + "536365,6,2010-12-01 08:26:00,2.55,17850,\"first, with a comma\"\n"
                + "C536379,-1,2010-12-01 09:41:00,27.5,14527,\"say \"\"hi\"\"\"\n"
                + "536380,24,2010-12-02 00:00:00,0.1,,\n"
                + "536381,many,2010-12-03 10:00:00,1.25,13047,\n");

        ImportedTable fromExcel = new TableImporter().readSheet(ImportOptions.of(xlsx), "orders", Progress.none());
        ImportedTable fromCsv = new TableImporter().read(ImportOptions.of(csv), Progress.none());

        assertThat(fromExcel.report().file()).isEqualTo(xlsx);
        assertThat(fromExcel.report().columns()).isEqualTo(fromCsv.report().columns());
        assertThat(rows(fromExcel.table())).isEqualTo(rows(fromCsv.table()));
        assertThat(fromExcel.report().rowsRead()).isEqualTo(4);
        assertThat(fromExcel.report().rowsKept()).isEqualTo(3);
        ImportReport.RowProblem problem = fromExcel.report().rejections().get(0).first().get(0);
        assertThat(problem.line()).as("the sheet's own row number").isEqualTo(6);
        assertThat(problem.value()).isEqualTo("many");
        assertThat(fromExcel.report().notes()).first().asString().contains("Sheet 'Orders'");
        assertThat(ExcelWorkbook.sheets(xlsx)).containsExactly("Notes", "Orders");
    }

    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < t.columnCount(); c++) {
                row.append(t.column(c).getString(r)).append('|');
            }
            out.add(row.toString());
        }
        return out;
    }

    @Test
    void theFirstSheetIsReadUnlessOneIsNamedAndAMissingSheetIsNamedInTheMessage(@TempDir Path dir) throws Exception {
        Path xlsx = workbook(dir);
        ImportedTable first = new TableImporter().read(ImportOptions.of(xlsx), Progress.none());
        assertThat(first.report().columns()).hasSize(1);
        assertThat(first.report().columns().get(0).name()).isEqualTo("Note");
        assertThat(first.report().rowsKept()).isEqualTo(2);
        assertThatThrownBy(() -> new TableImporter().readSheet(ImportOptions.of(xlsx), "Sales", Progress.none()))
                .isInstanceOf(DataFileException.class)
                .hasMessage("orders.xlsx: has no sheet 'Sales'; its sheets are [Notes, Orders]");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithAMessageThatSaysWhatToDo(@TempDir Path dir) throws Exception {
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertThatThrownBy(() -> new TableImporter().read(ImportOptions.of(xls), Progress.none()))
                .isInstanceOf(DataFileException.class)
                .hasMessage("old.xls: is an Excel 97-2003 workbook (.xls), which is not read; save it as .xlsx or CSV");
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertThat(ExcelWorkbook.isDateFormat(14, "m/d/yy")).isTrue();
        assertThat(ExcelWorkbook.isDateFormat(164, "yyyy-mm-dd hh:mm")).isTrue();
        assertThat(ExcelWorkbook.isDateFormat(165, "[$-409]d-mmm-yy;@")).isTrue();
        assertThat(ExcelWorkbook.isDateFormat(2, "0.00")).isFalse();
        assertThat(ExcelWorkbook.isDateFormat(166, "\"days\" 0")).isFalse();
        assertThat(ExcelWorkbook.isDateFormat(167, "#,##0.00 [$€-407]")).isFalse();
        assertThat(ExcelWorkbook.isDateFormat(0, "General")).isFalse();
    }

    @Test
    void onlineRetailLinesInAWorkbookImportLikeTheCsv(@TempDir Path dir) throws Exception {
        Path source = SharedDatasets.require("online-retail/online_retail_combined.csv");
        Path csv = dir.resolve("retail.csv");
        Path xlsx = dir.resolve("retail.xlsx");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(source)) {
            String line;
            while ((line = r.readLine()) != null && lines.size() < 5001) {
                lines.add(line);
            }
        }
        Files.write(csv, lines);
        try (OutputStream os = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Online Retail");
            for (int r = 0; r < lines.size(); r++) {
                List<String> f = csvFields(lines.get(r));
                for (int c = 0; c < f.size(); c++) {
                    String v = f.get(c);
                    if (r > 0 && (c == 3 || c == 5 || (c == 6 && !v.isEmpty()))) {
                        ws.value(r, c, Double.parseDouble(v));
                    } else if (r > 0 && c == 4) {
                        ws.value(r, c, LocalDateTime.parse(v.replace(' ', 'T')));
                        ws.style(r, c).format("m/d/yyyy h:mm").set();
                    } else if (!v.isEmpty()) {
                        ws.value(r, c, v);
                    }
                }
            }
            wb.finish();
        }
        ImportedTable fromExcel = new TableImporter().read(ImportOptions.of(xlsx), Progress.none());
        ImportedTable fromCsv = new TableImporter().read(ImportOptions.of(csv), Progress.none());
        assertThat(fromExcel.report().columns()).isEqualTo(fromCsv.report().columns());
        assertThat(fromExcel.report().rowsKept()).isEqualTo(5000);
        assertThat(rows(fromExcel.table())).isEqualTo(rows(fromCsv.table()));
    }

    private static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }
}
