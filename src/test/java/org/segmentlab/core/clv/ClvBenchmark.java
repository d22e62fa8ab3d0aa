package org.segmentlab.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
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
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.report.ClvCsv;
import org.segmentlab.testing.SharedDatasets;

/**
 * CLV speed. Run with {@code mvn -Pbench -Dtest=ClvBenchmark test} (run {@code mvn package} first for the
 * whole-process figures). Goals (issue #16): CDNOW master (23,570 customers) fit and write well under a
 * second in-process; 1,000,000 customers simulated from BG/NBD, summary + fit + per-customer values under
 * 10 s on 2 cores; {@code segmentlab clv} on the CDNOW sample, whole process, no slower than a SciPy script
 * doing the same ({@code src/test/resources/org/segmentlab/core/clv/clv_scipy.py}). Figures are printed and
 * written to {@code target/bench/ClvBenchmark.txt} with the load average they were taken under.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClvBenchmark {

    private static final List<String> REPORT = new ArrayList<>();
    private static final ClvOptions CDNOW = ClvOptions.defaults().withAsOf(LocalDate.of(1997, 9, 30))
            .withHoldoutEnd(LocalDate.of(1998, 6, 30)).withTimeUnit(org.segmentlab.core.clv.TimeUnit.WEEK);

    private static String load() {
        return String.format(Locale.ROOT, "(load average %.1f on %d cores)",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[ClvBenchmark] " + line);
        REPORT.add(line);
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.write(dir.resolve("ClvBenchmark.txt"), REPORT, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void cdnowMasterFitAndWriteInOneJvm() throws Exception {
        Path file = SharedDatasets.require("cdnow/CDNOW_master.txt");
        long t0 = System.nanoTime();
        ImportedTable table = new TableImporter().read(ImportOptions.of(file), Progress.none());
        TransactionLog log = TransactionLog.from(table, TransactionColumns.detect(), Progress.none());
        double importMs = (System.nanoTime() - t0) / 1e6;
        Path out = Files.createTempFile("clv-bench", ".csv");
        ClvCalculator calculator = new ClvCalculator();
        int warmUps = 3;
        int runs = 5;
        double[] ms = new double[runs];
        ClvResult last = null;
        for (int i = -warmUps; i < runs; i++) {
            long s = System.nanoTime();
            last = calculator.compute(log, CDNOW, Progress.none());
            ClvCsv.write(out, last);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        assertThat(last.summary().size()).isEqualTo(23570);
        Files.delete(out);
        FittedPurchaseModel m = last.purchaseModel();
        report("CDNOW master (69,659 lines, 23,570 customers; weeks, holdout to 1998-06-30) %s:", load());
        report("  import + log (first, cold) %.0f ms", importMs);
        report("  summary + BG/NBD + Gamma-Gamma + values + holdout + clv.csv: best %.0f ms, median %.0f ms"
                + " (goal well under 1000 ms)", best(ms), median(ms));
        report("  r %.4f alpha %.4f a %.4f b %.4f, LL %.2f; holdout actual %d, expected %.1f", m.parameters()[0],
                m.parameters()[1], m.parameters()[2], m.parameters()[3], m.logLikelihood(), last.holdout().actual(),
                last.holdout().expected());
    }

    @Test
    @Order(2)
    void aMillionSimulatedCustomersSummaryFitAndValues() {
        int customers = 1_000_000;
        double[] truth = {0.5, 8.0, 0.6, 3.0};
        long t0 = System.nanoTime();
        TransactionLog log = simulate(customers, truth, 42);
        double generate = (System.nanoTime() - t0) / 1e9;
        ClvOptions options = ClvOptions.defaults().withAsOf(LocalDate.of(2024, 12, 31))
                .withTimeUnit(org.segmentlab.core.clv.TimeUnit.WEEK);
        ClvCalculator calculator = new ClvCalculator();
        double[] seconds = new double[3];
        ClvResult result = null;
        double[] cpu = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            long s = System.nanoTime();
            long c = cpuNanos();
            result = calculator.compute(log, options, Progress.none());
            seconds[i] = (System.nanoTime() - s) / 1e9;
            cpu[i] = (cpuNanos() - c) / 1e9;
        }
        assertThat(result.summary().size()).isEqualTo(customers);
        double[] p = result.purchaseModel().parameters();
        long c0 = cpuNanos();
        long w0 = System.nanoTime();
        CustomerSummary summary = new CustomerSummaryBuilder().summarize(log, options.asOf(), null,
                options.timeUnit(), Progress.none());
        long c1 = cpuNanos();
        long w1 = System.nanoTime();
        RepeatTriples triples = RepeatTriples.of(summary);
        FittedPurchaseModel fit = new ClvFitter().fit(triples, options.model(), options.timeUnit(), 0, Progress.none());
        long c2 = cpuNanos();
        long w2 = System.nanoTime();
        new ClvFitter().fitSpend(summary, 0, new ArrayList<>(), Progress.none());
        long c3 = cpuNanos();
        long w3 = System.nanoTime();
        calculator.compute(summary, options, Progress.none());
        long c4 = cpuNanos();
        long w4 = System.nanoTime();
        report("  parts (wall / process CPU): summary %.2f / %.2f s; BG/NBD on %,d distinct triples %.2f / %.2f s"
                + " (%d iterations); Gamma-Gamma %.2f / %.2f s; everything from the summary %.2f / %.2f s",
                (w1 - w0) / 1e9, (c1 - c0) / 1e9, triples.size, (w2 - w1) / 1e9, (c2 - c1) / 1e9, fit.iterations(),
                (w3 - w2) / 1e9, (c3 - c2) / 1e9, (w4 - w3) / 1e9, (c4 - c3) / 1e9);
        report("1,000,000 customers from BG/NBD (r 0.5, alpha 8, a 0.6, b 3 weeks) over 2023-2024, %,d lines,"
                + " generated in %.1f s %s:", log.size(), generate, load());
        report("  summary + BG/NBD + Gamma-Gamma + P(alive), expected purchases, CLV per customer: %.2f s, %.2f s,"
                + " %.2f s wall (process CPU %.2f s, %.2f s, %.2f s; goal < 10 s); fitted r %.4f alpha %.3f a %.4f"
                + " b %.3f", seconds[0], seconds[1], seconds[2], cpu[0], cpu[1], cpu[2], p[0], p[1], p[2], p[3]);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Customers arriving over 2023, buying as BG/NBD says to the end of 2024, Gamma-Gamma spends. */
    static TransactionLog simulate(int customers, double[] purchase, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TransactionLog.Builder b = TransactionLog.builder(false, false, customers * 5);
        long first = LocalDate.of(2023, 1, 1).toEpochDay();
        long last = LocalDate.of(2024, 12, 31).toEpochDay();
        for (int c = 0; c < customers; c++) {
            int code = b.customerCode(Integer.toString(1_000_000 + c));
            long start = first + random.nextInt(365);
            double nu = ClvSimulation.gamma(random, 4) / 60;
            b.addCoded(code, start * 86_400L, ClvSimulation.gamma(random, 5) / nu, Double.NaN, -1);
            for (double t : ClvSimulation.bgNbdPurchaseTimes(purchase, (last - start + 1) / 7.0, random)) {
                long day = Math.min(last, start + (long) Math.floor(t * 7));
                b.addCoded(code, day * 86_400L, ClvSimulation.gamma(random, 5) / nu, Double.NaN, -1);
            }
        }
        return b.build();
    }

    @Test
    @Order(3)
    void wholeProcessAgainstScipy() throws Exception {
        Path sample = SharedDatasets.require("cdnow/CDNOW_sample.txt");
        Path jar = Path.of("target", "segmentlab.jar");
        assumeTrue(Files.isRegularFile(jar), "target/segmentlab.jar not built: run mvn package first");
        Path script = Path.of("src/test/resources/org/segmentlab/core/clv/clv_scipy.py");
        Path python = Path.of("/usr/bin/python3");
        Path time = Path.of("/usr/bin/time");
        assumeTrue(Files.isExecutable(python) && Files.isExecutable(time), "python3 or /usr/bin/time missing");
        Path out = Files.createTempFile("clv-bench", ".csv");
        Path timing = Files.createTempFile("clv-bench", ".time");
        List<String> java = List.of("java", "-jar", jar.toString(), "clv", "--input", sample.toString(), "--customer",
                "column_2", "--date", "column_3", "--amount", "column_5", "--as-of", "1997-09-30", "--horizon-days",
                "273", "--discount-monthly", "0", "--out", out.toString());
        List<String> scipy = List.of(python.toString(), script.toString(), sample.toString(), "1997-09-30", "273",
                out.toString());
        for (int i = 0; i < 3; i++) {
            // Interleaved, so both meet the same load.
            report("whole process, CDNOW sample, round %d %s: segmentlab clv %s; SciPy script %s", i + 1, load(),
                    timed(java, time, timing), timed(scipy, time, timing));
        }
        Files.delete(out);
        Files.delete(timing);
    }

    /** Runs a command under /usr/bin/time: wall, user and system seconds. */
    private static String timed(List<String> command, Path time, Path timing) throws Exception {
        List<String> full = new ArrayList<>(List.of(time.toString(), "-o", timing.toString(), "-f",
                "%e s wall, %U s user + %S s sys CPU"));
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(timing).strip();
    }

    private static double best(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
