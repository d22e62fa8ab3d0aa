package org.segmentlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.segmentlab.testing.SharedDatasets;

/**
 * Whole-process figures of the engines (run {@code mvn -q package} first, then
 * {@code mvn -Pbench -Dtest=EngineBenchmark test}): {@code rfm} on Online Retail in memory, in DuckDB
 * and (with {@code SEGMENTLAB_TEST_POSTGRES_URL}) in PostgreSQL against a pandas script of the same
 * rules; {@code rfm} of 10,000,000 generated lines (50,000,000 with {@code -Dsegmentlab.bench.big=true})
 * with {@code -Xmx1g}. Each run is timed by {@code /usr/bin/time} (wall, CPU, peak RSS) with the load
 * average next to it. Figures go to {@code target/bench/EngineBenchmark.txt}.
 */
class EngineBenchmark {

    private static final List<String> REPORT = new ArrayList<>();
    private static final Path JAR = Path.of("target", "segmentlab.jar");

    @AfterAll
    static void writeReport() throws IOException {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.write(dir.resolve("EngineBenchmark.txt"), REPORT, StandardCharsets.UTF_8);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Runs a command under /usr/bin/time; returns wall s, user s, sys s, peak RSS kB. */
    private static String timed(String label, List<String> command) throws Exception {
        Path times = Files.createTempFile("time", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
        full.addAll(command);
        double before = load();
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        String[] t = Files.readString(times).strip().split(" ");
        Files.deleteIfExists(times);
        String line = String.format(Locale.ROOT, "%s: exit %d, wall %s s, CPU %.2f s, peak RSS %d MB (load %.1f-%.1f)",
                label, code, t[0], Double.parseDouble(t[1]) + Double.parseDouble(t[2]), Long.parseLong(t[3]) / 1024,
                before, load());
        System.out.println("[EngineBenchmark] " + line);
        REPORT.add(line);
        assertThat(code).as(label).isZero();
        return line;
    }

    private static List<String> segmentlab(String xmx, String... args) {
        List<String> c = new ArrayList<>(List.of("java"));
        if (xmx != null) {
            c.add("-Xmx" + xmx);
        }
        c.addAll(List.of("-jar", JAR.toString()));
        c.addAll(List.of(args));
        return c;
    }

    @Test
    void onlineRetailRfmInEachEngineAndInPandas() throws Exception {
        assumeTrue(Files.isRegularFile(JAR) && Files.isExecutable(Path.of("/usr/bin/time")),
                "needs target/segmentlab.jar (mvn -q package) and /usr/bin/time");
        Path retail = SharedDatasets.require("online-retail/online_retail_combined.csv");
        Path out = Files.createTempDirectory("engine-bench");
        Path pandas = out.resolve("rfm.py");
        Files.writeString(pandas, String.join("\n",
                "import sys, pandas as pd",
                "df = pd.read_csv(sys.argv[1], dtype={'InvoiceNo': str, 'StockCode': str, 'CustomerID': str})",
                "df = df[df['CustomerID'].notna()]",
                "df['amount'] = df['Quantity'] * df['UnitPrice']",
                "df = df[~df['InvoiceNo'].str.upper().str.startswith('C') & (df['Quantity'] > 0) & (df['amount'] > 0)]",
                "df['day'] = pd.to_datetime(df['InvoiceDate']).dt.normalize()",
                "asof = df['day'].max() + pd.Timedelta(days=1)",
                "g = df.groupby('CustomerID').agg(last=('day', 'max'), f=('InvoiceNo', 'nunique'), m=('amount', 'sum'))",
                "g['r'] = (asof - g['last']).dt.days",
                "n = len(g)",
                "g['r_score'] = 1 + (5 * (n - g['r'].rank(method='max'))) // n",
                "g['f_score'] = 1 + (5 * (g['f'].rank(method='min') - 1)) // n",
                "g['m_score'] = 1 + (5 * (g['m'].round(2).rank(method='min') - 1)) // n",
                "g.to_csv(sys.argv[2])", ""));
        String url = System.getenv(org.segmentlab.testing.TestPostgres.URL_VARIABLE);
        if (url != null) {
            org.segmentlab.testing.TestPostgres.loadOnlineRetail("online_retail");
        }
        for (int round = 0; round < 2; round++) {
            timed("Online Retail rfm, memory", segmentlab(null, "rfm", "--input", retail.toString(), "--engine", "memory",
                    "--out", out.resolve("m.csv").toString()));
            timed("Online Retail rfm, duckdb", segmentlab(null, "rfm", "--input", retail.toString(), "--engine", "duckdb",
                    "--out", out.resolve("d.csv").toString()));
            timed("Online Retail rfm, pandas 1.5.3", List.of("/usr/bin/python3", pandas.toString(), retail.toString(),
                    out.resolve("p.csv").toString()));
            if (url != null) {
                timed("Online Retail rfm, PostgreSQL pushdown", segmentlab(null, "rfm", "--jdbc", url, "--table",
                        "online_retail", "--out", out.resolve("pg.csv").toString()));
            }
        }
        assertThat(Files.readString(out.resolve("d.csv"))).isEqualTo(Files.readString(out.resolve("m.csv")));
    }

    @Test
    void generatedLinesWithAOneGigabyteHeap() throws Exception {
        assumeTrue(Files.isRegularFile(JAR) && Files.isExecutable(Path.of("/usr/bin/time")),
                "needs target/segmentlab.jar (mvn -q package) and /usr/bin/time");
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        List<Long> sizes = new ArrayList<>(List.of(10_000_000L));
        if (Boolean.getBoolean("segmentlab.bench.big")) {
            sizes.add(50_000_000L);
        }
        for (long lines : sizes) {
            Path file = dir.resolve("generated-" + lines + ".csv");
            if (!Files.isRegularFile(file)) {
                TransactionFileGenerator.write(file, lines, 200_000, 42);
            }
            timed(String.format(Locale.ROOT, "rfm of %,d generated lines, -Xmx1g", lines),
                    segmentlab("1g", "rfm", "--input", file.toString(), "--out", dir.resolve("rfm-" + lines + ".csv").toString()));
            timed(String.format(Locale.ROOT, "features of %,d generated lines, -Xmx1g", lines),
                    segmentlab("1g", "features", "--transactions", file.toString(), "--as-of", "2023-12-31",
                            "--out", dir.resolve("features-" + lines + ".csv").toString()));
        }
    }
}
