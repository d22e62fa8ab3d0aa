package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.segmentlab.core.data.TestFiles.read;
import static org.segmentlab.core.data.TestFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be imported at all: one clear line naming the file and the problem. */
class UnusableFileTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nowhere.csv");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage("nowhere.csv: file not found")
                .satisfies(e -> assertThat(((DataFileException) e).file()).isEqualTo(file));
    }

    @Test
    void aSymbolicLinkLoopIsCalledALoopNotAMissingFile() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> read(a))
                .isInstanceOf(DataFileException.class)
                .hasMessage("a.csv: is a symbolic link in a loop of links that never reaches a file");
    }

    @Test
    void aLinkToNothingSaysSo() throws Exception {
        Path a = dir.resolve("a.csv");
        Files.createSymbolicLink(a, dir.resolve("gone.csv"));
        assertThatThrownBy(() -> read(a))
                .isInstanceOf(DataFileException.class)
                .hasMessage("a.csv: is a symbolic link to a file that does not exist");
    }

    @Test
    void aDirectoryIsNotAFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("exports"));
        assertThatThrownBy(() -> read(folder))
                .isInstanceOf(DataFileException.class)
                .hasMessage("exports: is a directory, not a file");
    }

    @Test
    void aFileWithoutReadPermissionIsReported() throws Exception {
        Path file = write(dir, "secret.csv", "a,b\n1,2\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        // Root reads every file regardless of permissions; the case cannot be produced then.
        assumeThat(Files.isReadable(file)).as("running as a user who still can read the file").isFalse();
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage("secret.csv: cannot be read (permission denied)");
    }

    @Test
    void anEmptyFileIsReported() {
        Path file = write(dir, "empty.csv", "");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage("empty.csv: is empty (0 bytes)");
    }

    @Test
    void aFileOfBlankLinesHasNoData() {
        Path file = write(dir, "blank.csv", "\n\n   \n");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage("blank.csv: has no data, only blank lines");
    }

    @Test
    void aHeaderWithoutDataRowsIsReported() {
        Path file = write(dir, "header.csv", "InvoiceNo,StockCode,Quantity\r\n");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage("header.csv: has a header line but no data rows");
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = TestFiles.writeBytes(dir, "photo.csv", bytes);
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage("photo.csv: is not a text file (binary data in the first 8 KB)");
    }

    @Test
    void aDamagedExcelWorkbookIsRefusedWithAHint() {
        // .xlsx workbooks are read (ExcelWorkbookTest); one that is not a whole workbook is named as such
        byte[] bytes = "PK\u0003\u0004 rest of a zip".getBytes(StandardCharsets.ISO_8859_1);
        Path file = TestFiles.writeBytes(dir, "customers.xlsx", bytes);
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage("customers.xlsx: cannot be read as an Excel workbook (damaged, or not an .xlsx file); "
                        + "open and save it again in Excel, or save it as CSV");
    }

    @Test
    void duplicateColumnNamesAreNamed() {
        Path file = write(dir, "dup.csv", "id,Amount,date,amount,date\n1,2,2011-01-01,3,2011-01-02\n");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage("dup.csv: duplicate column names: Amount, date");
    }

    @Test
    void everyMessageIsOneLine() {
        Path file = write(dir, "header.csv", "a,b\n");
        assertThatThrownBy(() -> read(file)).isInstanceOf(DataFileException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
