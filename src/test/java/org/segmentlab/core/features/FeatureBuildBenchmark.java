package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.events.EventColumns;
import org.segmentlab.core.features.events.EventFeatureSettings;
import org.segmentlab.core.features.events.EventFeatures;
import org.segmentlab.core.features.events.EventLog;

/**
 * Goal: 5,000,000 events of 100,000 customers to a customer table within 10 s and a 2 GB heap.
 * Run with {@code mvn -Pbench -Dtest=FeatureBuildBenchmark test}; figures go to target/bench.
 */
class FeatureBuildBenchmark {

    private static final int CUSTOMERS = 100_000;
    private static final int EVENTS = 5_000_000;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final String[] TYPES = {"page_viewed", "item_added", "purchased", "search", "support_contacted", "login"};
    private static final double[] TYPE_SHARE = {0.60, 0.15, 0.05, 0.15, 0.02, 0.03};

    @Test
    void eventLogToCustomerTable() throws IOException {
        List<String> lines = new ArrayList<>();
        long generateStart = System.nanoTime();
        EventLog log = generate(new Random(42));
        lines.add(String.format(Locale.ROOT, "generated %,d events of %,d customers in %.2f s",
                log.size(), log.customerCount(), seconds(generateStart)));

        EventFeatureSettings settings = EventFeatureSettings.of(new CustomerTableWindow(AS_OF, 90));
        CustomerTableParams params = CustomerTableParams.of(AS_OF);
        CustomerTable table = null;
        resetPeaks();
        for (int round = 0; round < 4; round++) {
            long start = System.nanoTime();
            table = new EventFeatures().build(log, settings, Progress.none());
            lines.add(String.format(Locale.ROOT, "%s event features only: %.2f s (%d customers, %d features)",
                    round == 0 ? "cold" : "warm", seconds(start), table.rowCount(), table.featureNames().size()));
        }
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            CustomerTableResult result = new CustomerTableBuilder().build(CustomerTableSources.ofEvents(log), params,
                    Progress.none());
            lines.add(String.format(Locale.ROOT, "customer table with summaries and warnings: %.2f s (%d warnings)",
                    seconds(start), result.warnings().size()));
        }
        lines.add(String.format(Locale.ROOT, "peak heap %.0f MB (max %.0f MB)", peakHeapMb(),
                Runtime.getRuntime().maxMemory() / 1e6));
        report(lines);
        assertThat(table.rowCount()).isGreaterThan(CUSTOMERS * 9 / 10);
    }

    /**
     * The same events written to CSV, read by the importer, turned into an event log and a customer
     * table: the path of a user who loads the file. One cold round, then warm ones; each round
     * reports wall time, the process's CPU time (all threads, garbage collection included), peak
     * heap and the machine's load average, which matters on a shared machine.
     */
    @Test
    void eventCsvThroughTheImporterToCustomerTable() throws Exception {
        List<String> lines = new ArrayList<>();
        EventLog generated = generate(new Random(42));
        Path csv = Path.of("target", "bench", "events-5m.csv");
        Files.createDirectories(csv.getParent());
        long writeStart = System.nanoTime();
        writeCsv(generated, csv);
        lines.add(String.format(Locale.ROOT, "wrote %s (%.0f MB) in %.2f s", csv.getFileName(),
                Files.size(csv) / 1e6, seconds(writeStart)));
        generated = null;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        lines.add(String.format(Locale.ROOT, "%d processors, max heap %.0f MB", os.getAvailableProcessors(),
                Runtime.getRuntime().maxMemory() / 1e6));
        double coldTotal = 0;
        List<Double> warmTotals = new ArrayList<>();
        try {
            for (int round = 0; round < 4; round++) {
                resetPeaks();
                double loadBefore = os.getSystemLoadAverage();
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                ImportedTable imported = new TableImporter().read(ImportOptions.of(csv), Progress.none());
                double importSeconds = seconds(start);
                long logStart = System.nanoTime();
                EventLog log = EventLog.from(imported, EventColumns.detect(imported));
                double logSeconds = seconds(logStart);
                imported = null;
                long tableStart = System.nanoTime();
                CustomerTableResult result = new CustomerTableBuilder().build(CustomerTableSources.ofEvents(log),
                        CustomerTableParams.of(AS_OF), Progress.none());
                double tableSeconds = seconds(tableStart);
                double total = seconds(start);
                double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
                if (round == 0) {
                    coldTotal = total;
                } else {
                    warmTotals.add(total);
                }
                lines.add(String.format(Locale.ROOT, "%s: import %.2f s + event log %.2f s + customer table %.2f s"
                                + " = %.2f s wall, %.2f s CPU (%d customers, %d features); peak heap %.0f MB;"
                                + " load average %.2f -> %.2f", round == 0 ? "cold" : "warm", importSeconds,
                        logSeconds, tableSeconds, total, cpu, result.table().rowCount(),
                        result.table().featureNames().size(), peakHeapMb(), loadBefore, os.getSystemLoadAverage()));
                assertThat(log.size()).isEqualTo(EVENTS);
                assertThat(result.table().rowCount()).isGreaterThan(CUSTOMERS * 9 / 10);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
        warmTotals.sort(null);
        lines.add(String.format(Locale.ROOT, "goal 10 s: cold %.2f s, warm best %.2f s, median %.2f s",
                coldTotal, warmTotals.get(0),
                warmTotals.get(warmTotals.size() / 2)));
        report(lines, "FeatureBuildBenchmark-csv.txt");
    }

    private static void writeCsv(EventLog log, Path csv) throws IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("user_id,timestamp,event_type,category\n");
            for (int i = 0; i < log.size(); i++) {
                out.write(log.customerIds().get(log.customerCode(i)));
                out.write(',');
                out.write(format.format(LocalDateTime.ofEpochSecond(log.epochSecond(i), 0, ZoneOffset.UTC)));
                out.write(',');
                out.write(log.eventTypes().get(log.eventTypeCode(i)));
                out.write(',');
                int category = log.categoryCode(i);
                if (category >= 0) {
                    out.write(log.categories().get(category));
                }
                out.write('\n');
            }
        }
    }

    /** Customers with sessions of a few events seconds to minutes apart, spread over 120 days, shuffled. */
    static EventLog generate(Random random) {
        int[] customer = new int[EVENTS];
        long[] time = new long[EVENTS];
        int[] type = new int[EVENTS];
        int[] category = new int[EVENTS];
        long end = (AS_OF.toEpochDay() + 1) * CustomerTableWindow.SECONDS_PER_DAY;
        long span = 120L * CustomerTableWindow.SECONDS_PER_DAY;
        int i = 0;
        while (i < EVENTS) {
            int c = random.nextInt(CUSTOMERS);
            long t = end - 1 - (long) (random.nextDouble() * span);
            int sessionLength = 1 + random.nextInt(9);
            for (int e = 0; e < sessionLength && i < EVENTS; e++, i++) {
                customer[i] = c;
                time[i] = t;
                type[i] = pick(random);
                category[i] = random.nextInt(25) - 1;
                t += 5 + random.nextInt(600);
            }
        }
        for (int k = EVENTS - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            swap(customer, k, j);
            swap(type, k, j);
            swap(category, k, j);
            long tt = time[k];
            time[k] = time[j];
            time[j] = tt;
        }
        List<String> ids = new ArrayList<>(CUSTOMERS);
        for (int c = 0; c < CUSTOMERS; c++) {
            ids.add(Integer.toString(100_000 + c));
        }
        List<String> categories = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            categories.add("category_" + k);
        }
        return EventLog.of(customer, ids, time, type, List.of(TYPES), category, categories);
    }

    private static int pick(Random random) {
        double u = random.nextDouble();
        for (int k = 0; k < TYPE_SHARE.length; k++) {
            u -= TYPE_SHARE[k];
            if (u < 0) {
                return k;
            }
        }
        return 0;
    }

    private static void swap(int[] a, int i, int j) {
        int x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1e6;
    }

    private static void report(List<String> lines) throws IOException {
        report(lines, "FeatureBuildBenchmark.txt");
    }

    private static void report(List<String> lines, String name) throws IOException {
        lines.forEach(System.out::println);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), lines);
    }
}
