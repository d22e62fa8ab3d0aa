package org.segmentlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.rfm.Money;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.testing.SharedDatasets;

/**
 * The generated SQL in the Spark dialect, run by Spark SQL in local mode over the Online Retail CSV,
 * gives the in-memory RFM and transaction features. Runs in the {@code spark} Maven profile
 * ({@code mvn -Pspark test -Dtest=SparkPushdownTest}); without Spark on the class path it is skipped
 * and says so. Spark is reached by reflection so the test compiles without the profile.
 */
class SparkPushdownTest {

    private static final String RELATION = "online_retail";

    @Test
    void rfmAndTransactionFeaturesInSparkSqlEqualTheInMemoryPath() throws Exception {
        Class<?> sessionClass;
        try {
            sessionClass = Class.forName("org.apache.spark.sql.SparkSession");
        } catch (ClassNotFoundException e) {
            System.err.println("skipped: Spark is not on the class path (run with -Pspark)");
            assumeThat(false).as("Spark is not on the class path (run with -Pspark)").isTrue();
            return;
        }
        Path file = SharedDatasets.require("online-retail/online_retail_combined.csv");
        Object builder = sessionClass.getMethod("builder").invoke(null);
        builder = call(builder, "master", "local[2]");
        builder = call(builder, "appName", "segmentlab-pushdown-test");
        for (String[] kv : new String[][] {{"spark.ui.enabled", "false"}, {"spark.sql.shuffle.partitions", "4"},
                {"spark.sql.session.timeZone", "UTC"}, {"spark.driver.host", "localhost"}}) {
            builder = builder.getClass().getMethod("config", String.class, String.class).invoke(builder, kv[0], kv[1]);
        }
        Object spark = builder.getClass().getMethod("getOrCreate").invoke(builder);
        try {
            String schema = "InvoiceNo STRING, StockCode STRING, Description STRING, Quantity INT, InvoiceDate TIMESTAMP, "
                    + "UnitPrice DOUBLE, CustomerID DOUBLE, Country STRING";
            Object reader = spark.getClass().getMethod("read").invoke(spark);
            reader = call(reader, "option", "header", "true");
            reader = call(reader, "option", "timestampFormat", "yyyy-MM-dd HH:mm:ss");
            reader = reader.getClass().getMethod("schema", String.class).invoke(reader, schema);
            Object frame = reader.getClass().getMethod("csv", String.class).invoke(reader, file.toString());
            frame.getClass().getMethod("createOrReplaceTempView", String.class).invoke(frame, RELATION);

            List<Engine.SourceColumn> columns = List.of(
                    new Engine.SourceColumn("InvoiceNo", Types.VARCHAR, "STRING"),
                    new Engine.SourceColumn("StockCode", Types.VARCHAR, "STRING"),
                    new Engine.SourceColumn("Description", Types.VARCHAR, "STRING"),
                    new Engine.SourceColumn("Quantity", Types.INTEGER, "INT"),
                    new Engine.SourceColumn("InvoiceDate", Types.TIMESTAMP, "TIMESTAMP"),
                    new Engine.SourceColumn("UnitPrice", Types.DOUBLE, "DOUBLE"),
                    new Engine.SourceColumn("CustomerID", Types.DOUBLE, "DOUBLE"),
                    new Engine.SourceColumn("Country", Types.VARCHAR, "STRING"));
            TransactionLines lines = LineSources.typed(SqlDialect.SPARK, columns, RELATION, RELATION,
                    TransactionColumns.detect(), null);
            PushdownSql sql = new PushdownSql(SqlDialect.SPARK, lines);
            EngineFixtures.InMemory memory = EngineFixtures.inMemory(file);

            RfmResult expected = EngineFixtures.rfm(memory, RfmOptions.defaults());
            Map<String, Object[]> rfm = new HashMap<>();
            for (Object[] row : rows(spark, sql.rfm(null, 5, org.segmentlab.core.features.rfm.CancellationHandling.EXCLUDED))) {
                if (row[0] != null && row[8] != null) {
                    rfm.put((String) row[0], row);
                }
            }
            assertThat(rfm).hasSize(expected.size()).hasSize(4338);
            for (int i = 0; i < expected.size(); i++) {
                Object[] row = rfm.get(expected.customerId(i));
                String id = expected.customerId(i);
                assertThat(((Number) row[9]).longValue()).as("as-of").isEqualTo(expected.asOf().toEpochDay());
                assertThat(((Number) row[10]).intValue()).as("R of %s", id).isEqualTo(expected.recencyDays(i));
                assertThat(((Number) row[11]).intValue()).as("F of %s", id).isEqualTo(expected.frequency(i));
                assertThat(Money.cents(((Number) row[12]).doubleValue())).as("M of %s", id)
                        .isEqualTo(Money.cents(expected.monetary(i)));
                assertThat(((Number) row[13]).intValue() + "" + ((Number) row[14]).intValue() + ((Number) row[15]).intValue())
                        .as("cell of %s", id).isEqualTo(expected.cell(i));
            }

            CustomerTableWindow window = new CustomerTableWindow(LocalDate.of(2011, 12, 9), 180);
            CustomerTable features = EngineFixtures.features(memory, window);
            List<Object[]> featureRows = rows(spark, sql.transactionFeatures(window, false));
            Map<String, Object[]> byId = new HashMap<>();
            featureRows.forEach(r -> byId.put((String) r[0], r));
            assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(features.customerIds());
            List<String> names = features.featureNames();
            for (int c = 0; c < names.size(); c++) {
                double[] values = features.numeric(names.get(c));
                for (int r = 0; r < values.length; r++) {
                    Object v = byId.get(features.customerIds().get(r))[c + 1];
                    double got = v == null ? Double.NaN : ((Number) v).doubleValue();
                    if (Double.isNaN(values[r])) {
                        assertThat(got).as("%s of %s", names.get(c), features.customerIds().get(r)).isNaN();
                    } else {
                        assertThat(got).as("%s of %s", names.get(c), features.customerIds().get(r))
                                .isCloseTo(values[r], org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(values[r]))));
                    }
                }
            }
        } finally {
            spark.getClass().getMethod("stop").invoke(spark);
        }
    }

    private static Object call(Object target, String method, String... args) throws Exception {
        Class<?>[] types = new Class<?>[args.length];
        java.util.Arrays.fill(types, String.class);
        return target.getClass().getMethod(method, types).invoke(target, (Object[]) args);
    }

    /** The rows of a Spark SQL query, each as its values. */
    private static List<Object[]> rows(Object spark, String query) throws Exception {
        Object frame = spark.getClass().getMethod("sql", String.class).invoke(spark, query);
        List<?> collected = (List<?>) frame.getClass().getMethod("collectAsList").invoke(frame);
        List<Object[]> out = new ArrayList<>(collected.size());
        for (Object row : collected) {
            Method size = row.getClass().getMethod("size");
            Method get = row.getClass().getMethod("get", int.class);
            int n = (Integer) size.invoke(row);
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = get.invoke(row, i);
            }
            out.add(values);
        }
        return out;
    }
}
