package org.segmentlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.rfm.CancellationHandling;

/** The generated SQL text where the dialects differ, and the parts every dialect shares. */
class SqlDialectTest {

    @Test
    void theUrlTellsTheDialect() {
        assertThat(SqlDialect.ofUrl("jdbc:postgresql://localhost:5432/shop")).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(SqlDialect.ofUrl("jdbc:duckdb:")).isEqualTo(SqlDialect.DUCKDB);
        assertThat(SqlDialect.ofUrl("jdbc:trino://host:8080/hive/sales")).isEqualTo(SqlDialect.TRINO);
        assertThat(SqlDialect.ofUrl("jdbc:hive2://spark-thrift:10000/default")).isEqualTo(SqlDialect.SPARK);
        assertThat(SqlDialect.ofUrl("jdbc:databricks://adb.azuredatabricks.net:443")).isEqualTo(SqlDialect.SPARK);
        assertThat(SqlDialect.ofUrl("jdbc:snowflake://acct.snowflakecomputing.com/")).isEqualTo(SqlDialect.SNOWFLAKE);
        assertThat(SqlDialect.ofUrl("jdbc:bigquery://https://www.googleapis.com/bigquery/v2:443")).isEqualTo(SqlDialect.BIGQUERY);
        assertThat(SqlDialect.ofUrl("jdbc:sqlserver://db:1433")).isEqualTo(SqlDialect.ANSI);
    }

    @Test
    void namesAreQuotedWithDoubleQuotesExceptInSparkAndBigQuery() {
        assertThat(SqlDialect.POSTGRESQL.quote("Customer \"ID\"")).isEqualTo("\"Customer \"\"ID\"\"\"");
        assertThat(SqlDialect.SNOWFLAKE.quote("InvoiceDate")).isEqualTo("\"InvoiceDate\"");
        assertThat(SqlDialect.TRINO.quote("InvoiceDate")).isEqualTo("\"InvoiceDate\"");
        assertThat(SqlDialect.SPARK.quote("Invoice`Date")).isEqualTo("`Invoice``Date`");
        assertThat(SqlDialect.BIGQUERY.quote("InvoiceDate")).isEqualTo("`InvoiceDate`");
    }

    @Test
    void dayNumbersUseEachDatabasesDateDifference() {
        assertThat(SqlDialect.DUCKDB.epochDay("ts")).isEqualTo("(CAST(ts AS DATE) - DATE '1970-01-01')");
        assertThat(SqlDialect.POSTGRESQL.epochDay("ts")).isEqualTo("(CAST(ts AS DATE) - DATE '1970-01-01')");
        assertThat(SqlDialect.TRINO.epochDay("ts")).isEqualTo("date_diff('day', DATE '1970-01-01', CAST(ts AS DATE))");
        assertThat(SqlDialect.SPARK.epochDay("ts")).isEqualTo("datediff(CAST(ts AS DATE), DATE '1970-01-01')");
        assertThat(SqlDialect.SNOWFLAKE.epochDay("ts")).isEqualTo("DATEDIFF(day, DATE '1970-01-01', CAST(ts AS DATE))");
        assertThat(SqlDialect.BIGQUERY.epochDay("ts")).isEqualTo("UNIX_DATE(CAST(ts AS DATE))");
        assertThat(SqlDialect.ANSI.epochDay("ts")).isEqualTo("EXTRACT(DAY FROM (CAST(ts AS DATE) - DATE '1970-01-01'))");
    }

    @Test
    void typesAndRegularExpressionsFollowTheDialect() {
        assertThat(SqlDialect.POSTGRESQL.asDouble("x")).isEqualTo("CAST(x AS DOUBLE PRECISION)");
        assertThat(SqlDialect.BIGQUERY.asDouble("x")).isEqualTo("CAST(x AS FLOAT64)");
        assertThat(SqlDialect.SPARK.asText("x")).isEqualTo("CAST(x AS STRING)");
        assertThat(SqlDialect.TRINO.asText("x")).isEqualTo("CAST(x AS VARCHAR)");
        // the regular expression only runs on ids with a '.'; DuckDB trims only what starts or ends with a space
        assertThat(SqlDialect.POSTGRESQL.normalisedId("c"))
                .isEqualTo("NULLIF(CASE WHEN POSITION('.' IN c) > 0 THEN regexp_replace(TRIM(c), '^([+-]?[0-9]+)\\.0+$', "
                        + "'\\1') ELSE TRIM(c) END, '')");
        String spaced = "CASE WHEN c LIKE ' %' OR c LIKE '% ' THEN TRIM(c) ELSE c END";
        assertThat(SqlDialect.DUCKDB.normalisedId("c"))
                .isEqualTo("NULLIF(CASE WHEN POSITION('.' IN c) > 0 THEN regexp_replace(" + spaced
                        + ", '^([+-]?[0-9]+)\\.0+$', '\\1') ELSE " + spaced + " END, '')");
        assertThat(SqlDialect.TRINO.normalisedId("c"))
                .isEqualTo("NULLIF(regexp_replace(TRIM(c), '^([+-]?[0-9]+)\\.0+$', '$1'), '')");
        // Spark reads backslashes in literals as escapes, so the pattern's backslash is doubled
        assertThat(SqlDialect.SPARK.normalisedId("c"))
                .isEqualTo("NULLIF(regexp_replace(TRIM(c), '^([+-]?[0-9]+)\\\\.0+$', '$1'), '')");
        assertThat(SqlDialect.SNOWFLAKE.normalisedId("c"))
                .isEqualTo("NULLIF(REGEXP_REPLACE(TRIM(c), '^([+-]?[0-9]+)\\\\.0+$', '\\\\1'), '')");
        assertThat(SqlDialect.BIGQUERY.normalisedId("c"))
                .isEqualTo("NULLIF(REGEXP_REPLACE(TRIM(c), r'^([+-]?[0-9]+)\\.0+$', r'\\1'), '')");
        assertThat(SqlDialect.ANSI.normalisedId("c")).isEqualTo("NULLIF(TRIM(c), '')");
        assertThat(SqlDialect.ANSI.limit(5)).isEqualTo(" FETCH FIRST 5 ROWS ONLY");
        assertThat(SqlDialect.SPARK.limit(5)).isEqualTo(" LIMIT 5");
    }

    private static TransactionLines lines(SqlDialect d, boolean invoices) {
        return new TransactionLines(d.quote("sales"), d.quote("cust"), d.epochDay(d.quote("ts")), d.quote("amt"),
                d.quote("qty"), invoices ? d.quote("inv") : null, null, null, "sales");
    }

    @Test
    void rfmGroupsByOrderThenByCustomerWithRankWindowsForTheScores() {
        String sql = new PushdownSql(SqlDialect.SPARK, lines(SqlDialect.SPARK, true))
                .rfm(LocalDate.of(2011, 12, 10), 5, CancellationHandling.EXCLUDED);
        assertThat(sql).contains("GROUP BY customer_id")
                .contains("FROM `sales`")
                .contains("WHEN day_no > 15318 THEN 1")
                .contains("WHEN invoice LIKE 'C%' OR invoice LIKE 'c%' OR quantity <= 0 OR amount < 0 THEN 2")
                .contains("GROUP BY customer_id, invoice, CASE WHEN invoice IS NULL THEN day_no END, kind\n")
                .contains("CAST(SUM(CASE WHEN kind = 4 THEN 1 ELSE 0 END) AS BIGINT) AS frequency")
                .contains("SUM(amount) AS amount")
                .contains("CAST(1 + FLOOR(CAST(5 * (RANK() OVER (PARTITION BY buyer ORDER BY last_day) - 1) AS DOUBLE)"
                        + " / COUNT(*) OVER (PARTITION BY buyer)) AS BIGINT) AS r_score")
                .contains("ORDER BY FLOOR(monetary * 100 + 0.5)")
                .doesNotContain("ABS(amount)");
        assertThat(sql.split("GROUP BY", -1)).hasSize(3);
    }

    @Test
    void withoutAnAsOfDayTheDayAfterTheLastPurchaseIsTakenAndNettingSubtractsReturns() {
        String sql = new PushdownSql(SqlDialect.POSTGRESQL, lines(SqlDialect.POSTGRESQL, false))
                .rfm(null, 4, CancellationHandling.NETTED);
        assertThat(sql).contains("MAX(CASE WHEN customer_id IS NOT NULL THEN last_day END) OVER () + 1 AS as_of_day")
                .contains("SUM(ABS(amount)) AS amount")
                .contains("WHEN kind = 2 THEN -amount")
                .contains("GROUP BY customer_id, day_no, kind\n")
                .contains("CAST(SUM(CASE WHEN kind = 4 THEN 1 ELSE 0 END) AS BIGINT) AS frequency")
                .contains("CAST(NULL AS VARCHAR) AS invoice")
                .contains("AS DOUBLE PRECISION)")
                .contains("flagged AS (")
                .doesNotContain("WHEN day_no >")
                .doesNotContain("LIKE 'C%'");
    }

    @Test
    void transactionFeaturesKeepTheWindowsDays() {
        String sql = new PushdownSql(SqlDialect.BIGQUERY, lines(SqlDialect.BIGQUERY, true))
                .transactionFeatures(new CustomerTableWindow(LocalDate.of(2011, 12, 9), 90), false);
        // 2011-12-09 is day 15317; 90 days end there and start on day 15228
        assertThat(sql).contains("WHERE day_no >= 15228 AND day_no <= 15317")
                .contains("15317 - last_day AS recency_days")
                .contains("monetary / CAST(NULLIF(frequency, 0) AS FLOAT64) AS average_order_value")
                .contains("UNIX_DATE(CAST(`ts` AS DATE)) AS day_no")
                .doesNotContain("distinct_products")
                .doesNotContain("OFFSET 0");
        // PostgreSQL would inline the lines into every aggregate; OFFSET 0 keeps them computed once per row
        String pg = new PushdownSql(SqlDialect.POSTGRESQL, lines(SqlDialect.POSTGRESQL, true))
                .transactionFeatures(new CustomerTableWindow(LocalDate.of(2011, 12, 9), 90), false);
        assertThat(pg).contains("WHERE day_no >= 15228 AND day_no <= 15317\n  OFFSET 0\n),\nper_customer AS (");
    }

    @Test
    void theClvSummaryAddsUpDaysFirstThenCustomers() {
        String sql = new PushdownSql(SqlDialect.TRINO, lines(SqlDialect.TRINO, true)).clvSummary(null);
        assertThat(sql).contains("GROUP BY customer_id, day_no")
                .contains("MIN(day_no) OVER (PARTITION BY customer_id) AS first_day")
                .contains("MAX(day_no) OVER () AS end_day")
                .contains("COUNT(*) - 1 AS frequency")
                .contains("SUM(CASE WHEN day_no > first_day THEN spend END) / CAST(COUNT(*) - 1 AS DOUBLE)");
    }

    @Test
    void strptimeFormatsCoverEveryOptionalPart() {
        assertThat(StrptimeFormats.of("M/d/yyyy H:mm")).containsExactly("%m/%d/%Y %H:%M");
        assertThat(StrptimeFormats.of("yyyy-MM-dd HH:mm[:ss]")).containsExactly("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M");
        assertThat(StrptimeFormats.of("dd.MM.yyyy['T'HH:mm]")).containsExactly("%d.%m.%Y T%H:%M".replace(" ", ""),
                "%d.%m.%Y");
        assertThat(StrptimeFormats.of("yyyyMMdd")).containsExactly("%Y%m%d");
        assertThat(StrptimeFormats.of("MM/dd/yyyy hh:mm a")).containsExactly("%m/%d/%Y %I:%M %p");
    }
}
