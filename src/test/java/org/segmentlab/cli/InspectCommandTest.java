package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static final String RAGGED = "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
            + "1,6,2010-12-01 08:26:00,2.55,17850.0\n"
            + "2,6,2010-12-01 08:27:00\n"
            + "3,x,2010-12-01 08:28:00,2.55,17850.0\n"
            + "4,1,2010-12-01 08:29:00,1.00,\n"
            + "5,1,2010-12-01 08:30:00,1.00,13047.0,extra\n";

    @Test
    void jsonReportHasTheContractKeysCountsAndRejectedLines() throws Exception {
        Path file = write("ragged.csv", RAGGED);
        assertThat(run("inspect", "--input", file.toString(), "--json")).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("file", "charset", "delimiter", "header", "rowsRead", "rowsKept",
                "rowsRejected", "rowsWithoutCustomerId", "columns", "rejections", "notes", "missingWords");
        assertThat(json.get("file").asText()).isEqualTo(file.toString());
        assertThat(json.get("delimiter").asText()).isEqualTo(",");
        assertThat(json.get("header").asBoolean()).isTrue();
        assertThat(json.get("rowsRead").asLong()).isEqualTo(5);
        assertThat(json.get("rowsKept").asLong()).isEqualTo(2);
        assertThat(json.get("rowsRejected").asLong()).isEqualTo(3);
        assertThat(json.get("rowsWithoutCustomerId").asLong()).isEqualTo(1);

        JsonNode firstColumn = json.get("columns").get(0);
        List<String> columnKeys = new ArrayList<>();
        firstColumn.fieldNames().forEachRemaining(columnKeys::add);
        assertThat(columnKeys).containsExactly("name", "index", "type", "role", "datePattern", "missing");
        JsonNode date = json.get("columns").get(2);
        assertThat(date.get("name").asText()).isEqualTo("InvoiceDate");
        assertThat(date.get("type").asText()).isEqualTo("DATE_TIME");
        assertThat(date.get("role").asText()).isEqualTo("TIMESTAMP");
        assertThat(date.get("datePattern").asText()).isEqualTo("yyyy-MM-dd HH:mm:ss");
        assertThat(json.get("columns").get(4).get("role").asText()).isEqualTo("CUSTOMER_ID");
        assertThat(json.get("columns").get(4).get("missing").asLong()).isEqualTo(1);

        List<Long> rejectedLines = new ArrayList<>();
        for (JsonNode rejection : json.get("rejections")) {
            assertThat(rejection.get("count").asLong()).isEqualTo(1);
            for (JsonNode problem : rejection.get("first")) {
                rejectedLines.add(problem.get("line").asLong());
            }
        }
        assertThat(rejectedLines).containsExactlyInAnyOrder(3L, 4L, 6L);
        JsonNode quantity = json.get("rejections").get(1).get("first").get(0);
        assertThat(json.get("rejections").get(1).get("reason").asText()).isEqualTo("unparseable number in Quantity");
        assertThat(quantity.get("column").asInt()).isEqualTo(2);
        assertThat(quantity.get("columnName").asText()).isEqualTo("Quantity");
        assertThat(quantity.get("value").asText()).isEqualTo("x");
    }

    @Test
    void textReportShowsFormatCountsColumnsAndRejectedLines() throws Exception {
        Path file = write("ragged.csv", RAGGED);
        assertThat(run("inspect", "--input", file.toString())).isZero();
        String text = out.toString();
        assertThat(text).contains("comma-separated, UTF-8, header row");
        assertThat(text).contains("5 read, 2 kept, 3 rejected; 1 without a customer id");
        assertThat(text).containsPattern("InvoiceDate\\s+DATE_TIME\\s+Timestamp\\s+0\\s+yyyy-MM-dd HH:mm:ss");
        assertThat(text).containsPattern("CustomerID\\s+TEXT\\s+Customer id\\s+1");
        assertThat(text).contains("too few fields (expected 5, found 3): 1 row, line 3");
        assertThat(text).contains("unparseable number in Quantity: 1 row, line 4");
        assertThat(text).contains("too many fields (expected 5, found 6): 1 row, line 6");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnusableFileExitsOneWithOneLineOnStderr() throws Exception {
        Path file = write("header-only.csv", "a,b,c\n");
        assertThat(run("inspect", "--input", file.toString(), "--json")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("segmentlab: header-only.csv: has a header line but no data rows"
                + System.lineSeparator());
    }

    @Test
    void aMissingFileExitsOne() {
        assertThat(run("inspect", "--input", dir.resolve("nope.csv").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("segmentlab: nope.csv: file not found");
    }

    @Test
    void withoutInputItIsAUsageError() {
        assertThat(run("inspect", "--json")).isEqualTo(2);
        assertThat(err.toString()).contains("--input");
        assertThat(out.toString()).isEmpty();
    }
}
