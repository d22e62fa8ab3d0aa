package org.segmentlab.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Makes the hostile-input corpus in {@code src/test/resources/hostile}: small files that try to
 * break the import, the project store and the writers. Run {@code main} after changing it and
 * commit the files; {@code HostileCorpusTest} checks that the committed files are what this makes.
 */
public final class HostileCorpus {

    public static final Path FOLDER = Path.of("src/test/resources/hostile");

    private HostileCorpus() {
    }

    /** Data files (CSV-like), by file name. */
    public static Map<String, byte[]> dataFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String header = "InvoiceNo,InvoiceDate,Amount,CustomerID\n";
        text(files, "empty.csv", "");
        text(files, "header-only.csv", header);
        text(files, "only-newlines.csv", "\n\n\n\n");
        Random random = new Random(42);
        byte[] binary = new byte[2048];
        random.nextBytes(binary);
        files.put("binary.csv", binary);
        text(files, "unterminated-quote.csv", header + "1,2024-01-02,10,c1\n2,2024-01-03,\"10,c2\n"
                + "3,2024-01-04,10,c3\n".repeat(11));
        text(files, "formula-ids.csv", header + "1,2024-01-02,10,=1+1\n2,2024-01-03,10,+cmd\n"
                + "3,2024-01-04,10,@SUM(1)\n4,2024-01-05,10,-2+3\n5,2024-01-06,10,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n");
        text(files, "missing-word-ids.csv", header + "1,2024-01-02,10,c1\n2,2024-01-02,10,NULL\n3,2024-01-02,10,NA\n"
                + "4,2024-01-02,10,null\n5,2024-01-02,10,N/A\n6,2024-01-02,10,-\n7,2024-01-03,5,c2\n");
        text(files, "huge-amounts.csv", header + "1,2024-01-02,1e308,big\n2,2024-01-02,9999999999999999999999,wide\n"
                + "3,2024-01-03,12.5,small\n");
        text(files, "overflowing-sum.csv", header + "1,2024-01-02,1.7e308,big\n2,2024-01-03,1.7e308,big\n"
                + "3,2024-01-03,12.5,small\n");
        text(files, "far-future-date.csv", header + "1,2024-01-02,10,a\n2,2024-01-05,10,b\n3,2999-12-31,10,c\n");
        text(files, "nan-infinity.csv", header + "1,2024-01-02,NaN,a\n2,2024-01-02,Infinity,b\n3,2024-01-02,-Infinity,c\n"
                + "4,2024-01-03,5,d\n");
        text(files, "long-segment-id.csv", header + "1,2024-01-02,10," + "x".repeat(10_000) + "\n2,2024-01-03,5,c2\n");
        text(files, "duplicate-columns.csv", "CustomerID,Amount,Amount\nc1,1,2\n");
        text(files, "ragged-rows.csv", header + "1,2024-01-02\n2,2024-01-03,10,c2,extra,more\n3,2024-01-04,10,c3\n");
        text(files, "bad-dates.csv", header + "1,2024-13-45,10,c1\n2,yesterday,10,c2\n3,2024-01-04,10,c3\n");
        text(files, "no-customer-column.csv", "a,b,c\n1,2,3\n4,5,6\n");
        text(files, "not-a-table.csv", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        text(files, "only-cancellations.csv", header + "C1,2024-01-02,-10,c1\nC2,2024-01-03,-5,c2\n");
        text(files, "long-line.csv", "CustomerID,Amount\n" + "y".repeat(20_000) + ",5\n");
        files.put("latin1.csv", ("CustomerID,InvoiceDate,Amount\nJos\u00e9,2024-01-02,10\nM\u00fcller,2024-01-03,5\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        files.put("utf16.csv", ("CustomerID,InvoiceDate,Amount\nc1,2024-01-02,10\n").getBytes(StandardCharsets.UTF_16));
        text(files, "control-chars.csv", header + "1,2024-01-02,10,c\u0000\u0007\u001b[31m1\n2,2024-01-03,10,\u202eevil\n");
        return files;
    }

    /** Project files (slproj.json), by file name; they name {@code sales.csv} beside them, which is good data. */
    public static Map<String, byte[]> projectFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String sales = "{\"schemaVersion\":1,\"name\":\"P\",\"seed\":42,\"sources\":[{\"id\":\"sales\",\"kind\":\"TRANSACTIONS\","
                + "\"path\":\"%s\"}],\"settings\":{\"rfm\":{\"sourceId\":\"sales\",\"asOf\":\"%s\",\"bins\":%s}}}";
        text(files, "good.slproj.json", String.format(sales, "sales.csv", "2024-02-01", "5"));
        text(files, "bad-as-of.slproj.json", String.format(sales, "sales.csv", "2024-13-01", "5"));
        text(files, "bad-bins.slproj.json", String.format(sales, "sales.csv", "2024-02-01", "99"));
        text(files, "etc-passwd.slproj.json", String.format(sales, "/etc/passwd", "2024-02-01", "5"));
        text(files, "traversal.slproj.json", String.format(sales, "../../../../../../../../../../etc/passwd", "2024-02-01", "5"));
        text(files, "proc.slproj.json", String.format(sales, "/proc/self/environ", "2024-02-01", "5"));
        text(files, "missing-data.slproj.json", String.format(sales, "nowhere.csv", "2024-02-01", "5"));
        text(files, "truncated.slproj.json", String.format(sales, "sales.csv", "2024-02-01", "5").substring(0, 60));
        text(files, "empty.slproj.json", "");
        text(files, "not-json.slproj.json", "root:x:0:0:root:/root:/bin/bash\n");
        text(files, "deep-nesting.slproj.json", "[".repeat(5_000) + "]".repeat(5_000));
        text(files, "sources-wrong-type.slproj.json", "{\"schemaVersion\":1,\"name\":\"P\",\"sources\":\"sales.csv\"}");
        text(files, "future-version.slproj.json", "{\"schemaVersion\":999,\"name\":\"P\"}");
        text(files, "type-payload.slproj.json", "{\"schemaVersion\":1,\"name\":[\"java.net.URL\",\"http://x\"],\"sources\":[]}");
        text(files, "long-segment-name.slproj.json", "{\"schemaVersion\":1,\"name\":\"P\",\"seed\":42,\"sources\":[{\"id\":\"sales\","
                + "\"kind\":\"TRANSACTIONS\",\"path\":\"sales.csv\"}],\"settings\":{\"rfm\":{\"sourceId\":\"sales\","
                + "\"asOf\":\"2024-02-01\",\"bins\":5,\"segmentMap\":[{\"segment\":\"" + "N".repeat(10_000) + "\","
                + "\"recency\":{\"from\":1,\"to\":5},\"frequency\":{\"from\":1,\"to\":5}}]}}}");
        return files;
    }

    /** The good data the project files name. */
    public static String sales() {
        StringBuilder csv = new StringBuilder("InvoiceNo,InvoiceDate,Amount,CustomerID\n");
        for (int k = 1; k <= 40; k++) {
            csv.append(1000 + k).append(",2024-01-").append(String.format("%02d", 1 + k % 28)).append(',')
                    .append(5 + k % 7).append(".50,c").append(k % 15).append('\n');
        }
        return csv.toString();
    }

    private static void text(Map<String, byte[]> files, String name, String content) {
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FOLDER);
        for (Map.Entry<String, byte[]> e : dataFiles().entrySet()) {
            Files.write(FOLDER.resolve(e.getKey()), e.getValue());
        }
        for (Map.Entry<String, byte[]> e : projectFiles().entrySet()) {
            Files.write(FOLDER.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(FOLDER.resolve("sales.csv"), sales());
    }
}
