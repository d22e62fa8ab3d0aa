package org.segmentlab.core.track;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.segment.cluster.KMeansParams;
import org.segmentlab.core.segment.cluster.Refit;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.testing.SharedDatasets;

/**
 * Speed of segments over time. Goals: Online Retail, 12 monthly snapshots with migration and drift,
 * under 3 s for the whole process ({@code java -jar target/segmentlab.jar track …}, measured when the
 * jar is built); bootstrap of 100 k-means refits on 10,000 customers × 6 features under 10 s on 2 cores.
 * Run with {@code mvn -B -ntp -Pbench -Dtest=TrackBenchmark test}; figures go to stdout and to
 * {@code target/bench/TrackBenchmark.txt}, each with the load average and the process CPU time.
 */
class TrackBenchmark {

    private static final String RETAIL = "online-retail/online_retail_combined.csv";
    private static final String MONTHLY = "monthly:2011-01-09..2011-12-09";
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @TempDir
    Path dir;

    private final List<String> report = new ArrayList<>();

    @Test
    void snapshotsMigrationDriftAndBootstrap() throws Exception {
        report.add(String.format(Locale.ROOT, "TrackBenchmark: JDK %s, %d cores, load average %.1f",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                OS.getSystemLoadAverage()));
        Path file = SharedDatasets.require(RETAIL);
        List<LocalDate> days = AsOfDays.parse(MONTHLY);
        for (int run = 0; run < 3; run++) {
            long w0 = System.nanoTime();
            long c0 = OS.getProcessCpuTime();
            ImportedTable table = new TableImporter().read(ImportOptions.of(file), Progress.none());
            TransactionLog log = TransactionLog.from(table, TransactionColumns.detect(), Progress.none());
            long w1 = System.nanoTime();
            List<RfmSegmentation> rfm = new RfmSnapshots().compute(log, RfmOptions.defaults(), SegmentMap.standard(),
                    days, Progress.none());
            List<Snapshot> snapshots = new ArrayList<>();
            for (RfmSegmentation s : rfm) {
                snapshots.add(RfmSnapshots.snapshotOf(s));
            }
            SnapshotComparison.Changes changes = new SnapshotComparison().compare(snapshots, Progress.none());
            long w2 = System.nanoTime();
            report.add(String.format(Locale.ROOT, "  in process, run %d: read %d ms, 12 snapshots + %d migrations + %d "
                    + "PSI %d ms; CPU %d ms; load %.1f", run + 1, (w1 - w0) / 1_000_000, changes.migrations().size(),
                    changes.drift().size(), (w2 - w1) / 1_000_000, (OS.getProcessCpuTime() - c0) / 1_000_000,
                    OS.getSystemLoadAverage()));
        }

        Path jar = Path.of("target/segmentlab.jar");
        if (Files.isRegularFile(jar)) {
            for (int run = 0; run < 3; run++) {
                long w0 = System.nanoTime();
                // /usr/bin/time reports the child's user + system CPU, which says how much of the machine it had
                Path times = dir.resolve("times.txt");
                List<String> command = new ArrayList<>();
                boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
                if (timed) {
                    command.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
                }
                command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar", jar.toString(), "track", "--input", file.toString(), "--as-of", MONTHLY,
                        "--out", dir.resolve("track").toString()));
                Process p = new ProcessBuilder(command)
                        .redirectErrorStream(true).redirectOutput(dir.resolve("track.log").toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroy();
                }
                long wall = (System.nanoTime() - w0) / 1_000_000;
                long cpu = -1;
                if (timed && Files.isRegularFile(times)) {
                    String[] f = Files.readString(times).trim().split("\\s+");
                    cpu = Math.round(1000 * (Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1])));
                }
                report.add(String.format(Locale.ROOT, "  whole process (java -jar … track, 12 monthly snapshots), "
                        + "run %d: %d ms wall (goal 3000), CPU %d ms, exit %d; load %.1f", run + 1, wall, cpu, p.exitValue(),
                        OS.getSystemLoadAverage()));
            }
        } else {
            report.add("  whole process: not measured (build target/segmentlab.jar first)");
        }

        FeatureMatrix m = blobs(10_000, 6, 5, 42);
        KMeansParams params = KMeansParams.of(5);
        int[] labels = Refit.labels(m, params, Progress.none());
        for (int run = 0; run < 2; run++) {
            long w0 = System.nanoTime();
            long c0 = OS.getProcessCpuTime();
            List<SegmentStability> s = new StabilityBootstrap().assess(m, params, labels, List.of(), 100, 42,
                    Progress.none());
            report.add(String.format(Locale.ROOT, "  bootstrap 100 × k-means (k = 5, %d restarts) on 10,000 × 6, run %d: "
                    + "%d ms wall (goal 10000), CPU %d ms, mean Jaccard %.3f; load %.1f", params.restarts(), run + 1,
                    (System.nanoTime() - w0) / 1_000_000, (OS.getProcessCpuTime() - c0) / 1_000_000,
                    s.stream().mapToDouble(SegmentStability::jaccardMean).average().orElse(Double.NaN),
                    OS.getSystemLoadAverage()));
        }
        write();
    }

    /** k Gaussian blobs with unit spread around centres drawn with spread 2: they overlap, as real segments do. */
    private static FeatureMatrix blobs(int n, int d, int k, long seed) {
        Random random = new Random(seed);
        double[][] centres = new double[k][d];
        for (int j = 0; j < k; j++) {
            for (int f = 0; f < d; f++) {
                centres[j][f] = 2 * random.nextGaussian();
            }
        }
        List<String> ids = new ArrayList<>(n);
        List<String> names = new ArrayList<>();
        for (int f = 0; f < d; f++) {
            names.add("f" + f);
        }
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            ids.add("c" + i);
            int j = i % k;
            for (int f = 0; f < d; f++) {
                rows[i][f] = centres[j][f] + random.nextGaussian();
            }
        }
        return new FeatureMatrix(ids, names, rows);
    }

    private void write() throws IOException {
        report.forEach(System.out::println);
        Path out = Path.of("target/bench/TrackBenchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }
}
