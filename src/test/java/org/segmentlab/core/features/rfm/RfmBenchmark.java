package org.segmentlab.core.features.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.RfmSegmenter;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.testing.SharedDatasets;

/**
 * RFM speed and memory. Run with {@code mvn -Pbench -Dtest=RfmBenchmark test} (the bench profile
 * gives the JVM -Xmx2g). Goals: Online Retail import + RFM ≤ 1 s after warm-up on 2 cores; the
 * whole {@code segmentlab rfm} process &lt; 3 s (needs {@code target/segmentlab.jar}, so run
 * {@code mvn package} first; {@code -Dbench.launcher=/usr/bin/segmentlab} times the installed command
 * instead of {@code java -jar}); 10,000,000 lines complete within 2 GB of heap. pandas on the same
 * file is timed for the README comparison when {@code python3} with pandas is installed.
 * Figures are printed and written to {@code target/bench/RfmBenchmark.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RfmBenchmark {

    private static final String RETAIL = "online-retail/online_retail_combined.csv";
    private static final List<String> REPORT = new ArrayList<>();

    /** Timings on a shared machine mean little without the load they were taken under. */
    private static String load() {
        return String.format(Locale.ROOT, "(load average %.1f on %d cores)",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[RfmBenchmark] " + line);
        REPORT.add(line);
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.write(dir.resolve("RfmBenchmark.txt"), REPORT, StandardCharsets.UTF_8);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }

    private static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at once. */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            bytes += pool.getPeakUsage().getUsed();
        }
        return bytes >> 20;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    @Test
    @Order(1)
    void onlineRetailImportAndRfmInOneJvm() throws Exception {
        Path file = SharedDatasets.require(RETAIL);
        TableImporter importer = new TableImporter();
        RfmCalculator calculator = new RfmCalculator();
        RfmSegmenter segmenter = new RfmSegmenter();
        int warmUps = 3;
        int runs = 5;
        double[] importMs = new double[runs];
        double[] rfmMs = new double[runs];
        double[] totalMs = new double[runs];
        RfmSegmentation last = null;
        resetPeakHeap();
        for (int i = -warmUps; i < runs; i++) {
            long t0 = System.nanoTime();
            ImportedTable table = importer.read(ImportOptions.of(file), Progress.none());
            long t1 = System.nanoTime();
            TransactionLog log = TransactionLog.from(table, TransactionColumns.detect(), Progress.none());
            RfmResult rfm = calculator.compute(log, RfmOptions.defaults(), Progress.none());
            last = segmenter.segment(rfm, SegmentMap.standard());
            long t2 = System.nanoTime();
            if (i >= 0) {
                importMs[i] = millis(t1 - t0);
                rfmMs[i] = millis(t2 - t1);
                totalMs[i] = millis(t2 - t0);
            }
        }
        assertThat(last.rfm().size()).isEqualTo(4338);
        report("Online Retail (541,909 lines), after %d warm-ups, %d runs %s:", warmUps, runs, load());
        report("  import            best %.0f ms, median %.0f ms", best(importMs), median(importMs));
        report("  log + RFM + map   best %.0f ms, median %.0f ms", best(rfmMs), median(rfmMs));
        report("  total             best %.0f ms, median %.0f ms (goal <= 1000 ms)", best(totalMs), median(totalMs));
        report("  peak heap (sum of pool peaks) %d MB", peakHeapMb());

        // RFM alone on a log already read: the part this package owns.
        TransactionLog log = TransactionLog.from(importer.read(ImportOptions.of(file), Progress.none()),
                TransactionColumns.detect(), Progress.none());
        double[] alone = new double[runs];
        for (int i = -warmUps; i < runs; i++) {
            long t0 = System.nanoTime();
            RfmResult rfm = calculator.compute(log, RfmOptions.defaults(), Progress.none());
            segmenter.segment(rfm, SegmentMap.standard());
            if (i >= 0) {
                alone[i] = millis(System.nanoTime() - t0);
            }
        }
        report("  RFM + segments on the log alone: best %.1f ms, median %.1f ms", best(alone), median(alone));
        double[] remap = new double[runs];
        RfmResult rfm = calculator.compute(log, RfmOptions.defaults(), Progress.none());
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            segmenter.segment(rfm, SegmentMap.standard());
            remap[i] = millis(System.nanoTime() - t0);
        }
        report("  applying a segment map again: best %.2f ms", best(remap));
    }

    @Test
    @Order(2)
    void tenMillionGeneratedLinesWithinTwoGigabytes() {
        int lines = 10_000_000;
        int customers = 500_000;
        resetPeakHeap();
        long t0 = System.nanoTime();
        TransactionLog log = generate(lines, customers, 42);
        long t1 = System.nanoTime();
        RfmCalculator calculator = new RfmCalculator();
        double[] runs = new double[3];
        RfmResult rfm = null;
        for (int i = 0; i < runs.length; i++) {
            long s = System.nanoTime();
            rfm = calculator.compute(log, RfmOptions.defaults(), Progress.none());
            new RfmSegmenter().segment(rfm, SegmentMap.standard());
            runs[i] = millis(System.nanoTime() - s);
        }
        assertThat(rfm.size()).isGreaterThan(customers * 9 / 10);
        report("10,000,000 generated lines (%,d customers, %,d invoices; seed 42), built straight into a"
                + " TransactionLog, max heap %d MB %s:", rfm.size(), log.invoiceCount(),
                Runtime.getRuntime().maxMemory() >> 20, load());
        report("  generating the log %.1f s", (t1 - t0) / 1e9);
        report("  RFM + segments: first %.2f s, then %.2f s, %.2f s", runs[0] / 1000, runs[1] / 1000, runs[2] / 1000);
        report("  peak heap (sum of pool peaks, log included) %d MB", peakHeapMb());
        report("  cleaning: %s", rfm.cleaning());
    }

    /**
     * Transactions shaped like a retailer's: invoices of 1 to 10 lines, customers drawn with a skew
     * (a few buy often), dates over two years, 2% of invoices cancelled ("C" prefix), some lines
     * without a customer id.
     */
    static TransactionLog generate(int lines, int customers, long seed) {
        Random random = new Random(seed);
        TransactionLog.Builder builder = TransactionLog.builder(true, true, lines);
        int[] codes = new int[customers];
        for (int c = 0; c < customers; c++) {
            codes[c] = builder.customerCode(Integer.toString(10_000 + c));
        }
        long start = LocalDate.of(2022, 1, 1).toEpochDay() * 86_400L;
        int invoiceNumber = 0;
        int written = 0;
        while (written < lines) {
            double u = random.nextDouble();
            int customer = (int) (u * u * customers);
            boolean cancelled = random.nextInt(50) == 0;
            boolean anonymous = random.nextInt(20) == 0;
            String invoiceId = (cancelled ? "C" : "") + (500_000 + invoiceNumber++);
            int invoice = builder.invoiceCode(invoiceId);
            long time = start + (long) random.nextInt(730) * 86_400L + random.nextInt(86_400);
            int size = 1 + random.nextInt(10);
            for (int k = 0; k < size && written < lines; k++, written++) {
                double quantity = (1 + random.nextInt(12)) * (cancelled ? -1 : 1);
                double price = Math.round(Math.exp(random.nextGaussian()) * 300) / 100.0;
                if (anonymous) {
                    builder.addWithoutCustomer();
                } else {
                    builder.addCoded(codes[customer], time, quantity * price, quantity, invoice);
                }
            }
        }
        return builder.build();
    }

    @Test
    @Order(3)
    void wholeRfmCommandProcess() throws Exception {
        Path file = SharedDatasets.require(RETAIL);
        Path jar = Path.of("target", "segmentlab.jar");
        // -Dbench.launcher=/usr/bin/segmentlab times the installed command instead of java -jar
        String launcher = System.getProperty("bench.launcher");
        assumeTrue(launcher != null || Files.isRegularFile(jar), "target/segmentlab.jar not built: run mvn package first");
        List<String> command = new ArrayList<>(launcher == null ? List.of("java", "-jar", jar.toString())
                : List.of(launcher));
        Path out = Files.createTempFile("rfm-bench", ".csv");
        command.addAll(List.of("rfm", "--input", file.toString(), "--out", out.toString()));
        double[] seconds = new double[3];
        for (int i = 0; i < seconds.length; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            assertThat(p.exitValue()).isZero();
        }
        assertThat(Files.readAllLines(out)).hasSize(4339);
        Files.delete(out);
        report("whole process '%s rfm' on Online Retail: %.2f s, %.2f s, %.2f s (goal < 3 s) %s",
                launcher == null ? "java -jar target/segmentlab.jar" : launcher, seconds[0], seconds[1], seconds[2],
                load());
    }

    /** The same RFM in pandas: read, drop missing ids, cancellations and zero amounts, group, rank. */
    private static final String PANDAS = String.join("\n",
            "import sys, time",
            "t0 = time.perf_counter()",
            "import pandas as pd",
            "t1 = time.perf_counter()",
            "df = pd.read_csv(sys.argv[1], dtype={'InvoiceNo': str, 'StockCode': str}, parse_dates=['InvoiceDate'])",
            "t2 = time.perf_counter()",
            "df = df[df.CustomerID.notna() & ~df.InvoiceNo.str.startswith('C') & (df.Quantity > 0)"
                    + " & (df.Quantity * df.UnitPrice != 0)]",
            "df = df.assign(Amount=df.Quantity * df.UnitPrice, Day=df.InvoiceDate.dt.normalize())",
            "asof = df.Day.max() + pd.Timedelta(days=1)",
            "g = df.groupby('CustomerID')",
            "rfm = pd.DataFrame({'R': (asof - g.Day.max()).dt.days, 'F': g.InvoiceNo.nunique(), 'M': g.Amount.sum()})",
            "n = len(rfm)",
            "rfm['r'] = 1 + (5 * (n - rfm.R.rank(method='max'))) // n",
            "rfm['f'] = 1 + (5 * (rfm.F.rank(method='min') - 1)) // n",
            "rfm['m'] = 1 + (5 * ((rfm.M * 100).round().rank(method='min') - 1)) // n",
            "t3 = time.perf_counter()",
            "print(pd.__version__, n, round(rfm.M.sum(), 2), round(t1 - t0, 3), round(t2 - t1, 3), round(t3 - t2, 3))");

    @Test
    @Order(4)
    void pandasOnTheSameFile() throws Exception {
        Path file = SharedDatasets.require(RETAIL);
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "python3 not installed");
        Path script = Files.createTempFile("rfm-pandas", ".py");
        Files.writeString(script, PANDAS);
        try {
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(python.toString(), script.toString(), file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                double wall = (System.nanoTime() - t0) / 1e9;
                assumeTrue(p.exitValue() == 0, "pandas not available: " + output);
                String[] f = output.split(" ");
                report("pandas %s: %s customers, total monetary %s; import pandas %s s, read_csv %s s, RFM %s s;"
                        + " whole process %.2f s %s", f[0], f[1], f[2], f[3], f[4], f[5], wall, load());
            }
        } finally {
            Files.delete(script);
        }
    }

    private static double best(double[] values) {
        double best = Double.MAX_VALUE;
        for (double v : values) {
            best = Math.min(best, v);
        }
        return best;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
