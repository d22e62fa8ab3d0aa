package org.segmentlab.core.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.segmentlab.core.Progress;

/**
 * An Excel workbook (.xlsx, .xlsm) read as a stream of rows, one sheet at a time, never held whole.
 * A sheet is written out as a CSV (comma, RFC 4180 quoting, UTF-8) that the CSV import then reads
 * with the same detection, roles, checks and report: text cells as they are, numbers in full
 * precision without grouping, cells with a date format as {@code yyyy-MM-dd HH:mm:ss} (or
 * {@code yyyy-MM-dd} at midnight), booleans as TRUE/FALSE, formulas as their saved result, error
 * cells ({@code #N/A}) as written, which the import reads as missing. Blank rows are left out; the
 * CSV line of each sheet row is kept so the report names the sheet's own row numbers.
 */
public final class ExcelWorkbook {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private ExcelWorkbook() {
    }

    /** True for the workbook files we read (.xlsx, .xlsm). */
    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    /** True for Excel 97-2003 workbooks (.xls), which we do not read. */
    public static boolean isOldWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    /** The names of the workbook's sheets, in order. */
    public static List<String> sheets(Path file) throws DataFileException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            return wb.getSheets().map(Sheet::getName).toList();
        } catch (IOException | ExcelReaderException e) {
            throw unreadable(file, e);
        }
    }

    /** What a sheet became: the sheet's name and, per CSV data line, its row number in the sheet. */
    public record Extracted(String sheet, int[] sheetRowOfLine, int lines) {
        /** The sheet row of a 1-based CSV line (the header is line 1), or the line itself when unknown. */
        public long sheetRow(long csvLine) {
            return csvLine >= 1 && csvLine <= lines ? sheetRowOfLine[(int) csvLine - 1] : csvLine;
        }
    }

    /**
     * Writes one sheet as CSV.
     *
     * @param sheet the sheet's name (case-insensitive), or null for the first sheet
     * @throws DataFileException when the workbook cannot be read or has no such sheet
     */
    public static Extracted toCsv(Path file, String sheet, Path csv, Progress progress) throws DataFileException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Sheet chosen = sheet == null ? wb.getFirstSheet() : find(wb, sheet, file);
            int[] rowOfLine = new int[1024];
            int lines = 0;
            int width = -1;
            try (Stream<Row> rows = chosen.openStream();
                 BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                Iterator<Row> it = rows.iterator();
                StringBuilder line = new StringBuilder(256);
                String[] fields = new String[0];
                while (it.hasNext()) {
                    Row row = it.next();
                    if ((lines & 0xFFFF) == 0) {
                        progress.checkCancelled();
                        progress.update(0, "Reading sheet " + chosen.getName() + " (" + lines + " rows)");
                    }
                    int cells = row.getCellCount();
                    if (fields.length < cells) {
                        fields = new String[cells];
                    }
                    Arrays.fill(fields, 0, cells, "");
                    boolean blank = true;
                    int last = -1;
                    for (int i = 0; i < cells; i++) {
                        Cell cell = row.getCell(i);
                        String text = cell == null ? "" : text(cell);
                        fields[i] = text;
                        if (!text.isEmpty()) {
                            blank = false;
                            last = i;
                        }
                    }
                    if (blank) {
                        continue;
                    }
                    if (width < 0) {
                        width = last + 1;
                    }
                    line.setLength(0);
                    int n = Math.max(width, last + 1);
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            line.append(',');
                        }
                        appendField(line, i < cells ? fields[i] : "");
                    }
                    out.append(line).append('\n');
                    if (lines == rowOfLine.length) {
                        rowOfLine = Arrays.copyOf(rowOfLine, lines * 2);
                    }
                    rowOfLine[lines++] = row.getRowNum();
                }
            }
            if (lines == 0) {
                throw new DataFileException(file, "sheet '" + chosen.getName() + "' is empty");
            }
            return new Extracted(chosen.getName(), rowOfLine, lines);
        } catch (IOException | ExcelReaderException e) {
            throw unreadable(file, e);
        }
    }

    private static Sheet find(ReadableWorkbook wb, String name, Path file) throws DataFileException {
        List<Sheet> all = wb.getSheets().toList();
        for (Sheet s : all) {
            if (s.getName().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        throw new DataFileException(file, "has no sheet '" + name + "'; its sheets are "
                + all.stream().map(Sheet::getName).toList());
    }

    private static DataFileException unreadable(Path file, Exception e) {
        // the reader's own message names temporary paths and zip internals; the cause keeps it for the log
        return new DataFileException(file, "cannot be read as an Excel workbook (damaged, or not an .xlsx file); "
                + "open and save it again in Excel, or save it as CSV", e);
    }

    static String text(Cell cell) {
        CellType type = cell.getType();
        switch (type) {
            case EMPTY:
                return "";
            case STRING:
                return cell.getText();
            case BOOLEAN:
                return Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE";
            case ERROR:
                return cell.getRawValue() == null ? "" : cell.getRawValue();
            case NUMBER:
            case FORMULA:
            default:
                String raw = cell.getRawValue();
                if (raw == null || raw.isEmpty()) {
                    return "";
                }
                if (!(cell.getValue() instanceof BigDecimal) && type == CellType.FORMULA) {
                    return raw;
                }
                if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                    LocalDateTime t = cell.asDate();
                    return t.toLocalTime().toSecondOfDay() == 0 && !hasTimePart(cell.getDataFormatString())
                            ? t.format(DATE) : t.format(DATE_TIME);
                }
                try {
                    return new BigDecimal(raw).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return raw;
                }
        }
    }

    /** Excel's built-in date formats (14–22, 45–47) and custom formats with date or time letters outside quotes. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        if (format == null || format.isEmpty() || format.equalsIgnoreCase("general")) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (!quoted && c == '[') {
                bracket = true;
            } else if (!quoted && c == ']') {
                bracket = false;
            } else if (!quoted && !bracket) {
                char l = Character.toLowerCase(c);
                if (l == 'y' || l == 'd' || l == 'h' || l == 's') {
                    return true;
                }
                if (l == 'm' && !format.contains("0")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasTimePart(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT);
        return f.contains("h") || f.contains("s");
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static void appendField(StringBuilder sb, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            sb.append(value);
        } else {
            sb.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }
}
