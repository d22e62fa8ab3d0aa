package org.segmentlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.segmentlab.core.Progress;
import tech.tablesaw.api.ColumnType;

/**
 * Reads a delimited text file into an {@link ImportedTable}, with sniffing, type and role detection.
 *
 * <p>Comma, semicolon, tab, pipe and whitespace-separated files; UTF-8 with or without a byte order
 * mark, and ISO-8859-1 when the bytes are not UTF-8. Rows that cannot be used are left out and listed
 * in the report; a file that cannot be used at all raises a {@link DataFileException} whose message
 * names the file and the problem in one line.
 */
public final class TableImporter {

    /** Files from this size on are read in two parts at once when there is a second processor. */
    static final long TWO_PARTS_FROM_BYTES = 16 << 20;

    static {
        // Tablesaw's column types initialise one another in their static initialisers, so two threads
        // creating their first columns of different types at once can deadlock (tablesaw issue 1230),
        // as two files read side by side did. Initialising them all here, once, avoids it: a second
        // thread waits for this class to be ready.
        ColumnType.values();
    }

    /** Where a pass starts its second part: for the file's size, a byte near which to split, or -1. */
    private final LongUnaryOperator splitNear;

    public TableImporter() {
        this(size -> size >= TWO_PARTS_FROM_BYTES && Runtime.getRuntime().availableProcessors() > 1 ? size / 2 : -1);
    }

    /** With another choice of split, so tests can split small files anywhere. */
    TableImporter(LongUnaryOperator splitNear) {
        this.splitNear = splitNear;
    }

    public ImportedTable read(ImportOptions options, Progress progress) throws DataFileException {
        return read(options, ColumnChoice.ALL, progress);
    }

    /**
     * Reads only the columns {@code columns} chooses from a delimited file (an Excel sheet is read
     * whole); the report says which were left out.
     */
    public ImportedTable read(ImportOptions options, ColumnChoice columns, Progress progress) throws DataFileException {
        if (ExcelWorkbook.isWorkbook(options.file())) {
            return readSheet(options, null, progress);
        }
        if (ExcelWorkbook.isOldWorkbook(options.file())) {
            checkReadable(options.file());
            throw new DataFileException(options.file(), "is an Excel 97-2003 workbook (.xls), which is not read; "
                    + "save it as .xlsx or CSV");
        }
        return readDelimited(options, columns, progress);
    }

    /**
     * Reads one sheet of an Excel workbook (null = the first) through the same import as CSV: the
     * sheet is streamed into a temporary CSV ({@link ExcelWorkbook#toCsv}), read, and the report
     * names the workbook, the sheet, and the sheet's own row numbers.
     */
    public ImportedTable readSheet(ImportOptions options, String sheet, Progress progress) throws DataFileException {
        Path file = options.file();
        checkReadable(file);
        Path csv = null;
        try {
            csv = Files.createTempFile("segmentlab-sheet-", ".csv");
            ExcelWorkbook.Extracted sheetCsv = ExcelWorkbook.toCsv(file, sheet, csv, progress.slice(0, 0.5));
            ImportOptions asCsv = new ImportOptions(csv, ',', options.header(), "UTF-8", options.dayFirst(),
                    options.roles());
            ImportedTable read;
            try {
                read = readDelimited(asCsv, ColumnChoice.ALL, progress.slice(0.5, 1));
            } catch (DataFileException e) {
                String problem = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
                throw new DataFileException(file, "sheet '" + sheetCsv.sheet() + "' " + problem, e);
            }
            ImportReport r = read.report();
            List<ImportReport.Rejection> rejections = new java.util.ArrayList<>();
            for (ImportReport.Rejection rejection : r.rejections()) {
                List<ImportReport.RowProblem> first = new java.util.ArrayList<>();
                for (ImportReport.RowProblem p : rejection.first()) {
                    first.add(new ImportReport.RowProblem(sheetCsv.sheetRow(p.line()), p.column(), p.columnName(), p.value()));
                }
                rejections.add(new ImportReport.Rejection(rejection.reason(), rejection.count(), first));
            }
            List<String> notes = new java.util.ArrayList<>();
            notes.add("Sheet '" + sheetCsv.sheet() + "' of the workbook; line numbers are the sheet's row numbers.");
            notes.addAll(r.notes());
            read.table().setName(String.valueOf(file.getFileName()));
            return new ImportedTable(read.table(), new ImportReport(file, "xlsx", ',', r.header(), r.rowsRead(),
                    r.rowsKept(), rejections, r.rowsWithoutCustomerId(), r.columns(), notes));
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e.getMessage(), e);
        } finally {
            if (csv != null) {
                try {
                    Files.deleteIfExists(csv);
                } catch (IOException ignored) {
                    // a temporary copy is left behind in the temporary folder
                }
            }
        }
    }

    private ImportedTable readDelimited(ImportOptions options, ColumnChoice columns, Progress progress)
            throws DataFileException {
        Path file = options.file();
        long size = checkReadable(file);
        byte[] head = new byte[Sniffer.HEAD_BYTES];
        int length = readHead(file, head);
        Sniffer.Format format = Sniffer.sniff(file, head, length, length >= size, options);
        String latin1Note = "The file is not valid UTF-8; it was read as ISO-8859-1 (Latin-1).";
        try {
            try {
                boolean guessedLatin1 = options.charset() == null && format.charset().equals(StandardCharsets.ISO_8859_1);
                return new ImportRun(options, size, format, progress,
                        guessedLatin1 ? List.of(latin1Note) : List.of(), splitNear).reading(columns).run();
            } catch (TextDecoder.NotUtf8Exception notUtf8) {
                Sniffer.Format latin1 = format.withCharset(StandardCharsets.ISO_8859_1, false);
                return new ImportRun(options, size, latin1, progress, List.of(latin1Note), splitNear).reading(columns)
                        .run();
            }
        } catch (AccessDeniedException e) {
            throw new DataFileException(file, "cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static long checkReadable(Path file) throws DataFileException {
        if (Files.isDirectory(file)) {
            throw new DataFileException(file, "is a directory, not a file");
        }
        if (!Files.exists(file)) {
            if (Files.isSymbolicLink(file)) {
                throw new DataFileException(file, brokenLink(file));
            }
            throw new DataFileException(file, "file not found");
        }
        if (!Files.isReadable(file)) {
            throw new DataFileException(file, "cannot be read (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new DataFileException(file, "is empty (0 bytes)");
        }
        return size;
    }

    /** Why a symbolic link leads to no file: a loop of links, or a target that is gone. */
    static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "file not found";
        } catch (java.nio.file.FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic link")) {
                return "is a symbolic link in a loop of links that never reaches a file";
            }
            return "is a symbolic link to a file that does not exist";
        } catch (IOException e) {
            return "is a symbolic link to a file that does not exist";
        }
    }

    private static int readHead(Path file, byte[] head) throws DataFileException {
        try (InputStream in = Files.newInputStream(file)) {
            int n = 0;
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return n;
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new DataFileException(file, "cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
