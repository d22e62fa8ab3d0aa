package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerTableCsvTest {

    @TempDir
    Path dir;

    @Test
    void writesCustomerIdThenOneColumnPerFeature() throws Exception {
        CustomerTable table = new CustomerTable(List.of("17850", "x,1"), List.of(
                CustomerTable.Column.numeric(new CustomerTableFeature("monetary", FeatureFamily.TRANSACTIONS, "m"),
                        new double[] {4310.000000001, Double.NaN}),
                CustomerTable.Column.numeric(new CustomerTableFeature("conversion_rate", FeatureFamily.EVENTS, "c"),
                        new double[] {1 / 3.0, 0.000012}),
                CustomerTable.Column.categorical(new CustomerTableFeature("plan", FeatureFamily.ATTRIBUTES, "p"),
                        new String[] {"say \"pro\"", null})));
        Path file = dir.resolve("out/customers.csv");

        new CustomerTableCsv().write(table, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "customer_id,monetary,conversion_rate,plan\n"
                        + "17850,4310,0.333333333333,\"say \"\"pro\"\"\"\n"
                        + "\"x,1\",,0.000012,\n");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(CustomerTableCsv.number(-2.5)).isEqualTo("-2.5");
        assertThat(CustomerTableCsv.number(1e20)).isEqualTo("100000000000000000000");
        assertThat(CustomerTableCsv.number(-0.0)).isEqualTo("0");
        assertThat(CustomerTableCsv.number(12.0)).isEqualTo("12");
    }
}
