package org.segmentlab.core.predict;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.testing.SharedDatasets;

/**
 * Speed of the churn models on IBM Telco (7,043 customers, 19 features). Goals: each model
 * trains and evaluates (hold-out metrics and permutation importance) in under 3 s; 5-fold
 * cross-validation of the forest in under 15 s; a saved forest scores 1,000,000 customers in
 * under 10 s (loading the model and scoring; reading a million-row CSV comes on top and is
 * measured too, stage by stage). Run with {@code mvn -B -ntp -Pbench -Dtest=PredictBenchmark test}; figures go to
 * stdout and to {@code target/bench/PredictBenchmark.txt}. Wall times are after warm-up runs; the
 * process CPU time beside them shows how much of the machine the run had.
 */
class PredictBenchmark {

    private static final String TELCO = "telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv";
    private static final int CUSTOMERS = 1_000_000;
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @TempDir
    Path dir;

    private final List<String> report = new ArrayList<>();

    @Test
    void trainingCrossValidationAndScoring() throws Exception {
        Path file = SharedDatasets.require(TELCO);
        report.add(String.format(Locale.ROOT, "PredictBenchmark: JDK %s, %d cores, max heap %d MB, load average %.1f",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, OS.getSystemLoadAverage()));
        ModelInputReader.Read telco = ModelInputReader.forTraining(importTelco(file),
                ModelInputSpec.of("customerID", "Churn", List.of()).withPositiveValue("Yes"));
        ModelTraining training = new ModelTraining();

        for (ModelKind kind : ModelKind.values()) {
            TrainingParams params = TrainingParams.defaults(kind);
            TrainingResult[] last = new TrainingResult[1];
            measure("Telco train + evaluate, " + kind + " (" + describe(params.model()) + ")", 2, 3, 3000, () -> {
                last[0] = training.train(telco.input(), telco.schema(), params, Progress.none());
                return last[0];
            });
            Evaluation e = last[0].evaluation();
            report.add(String.format(Locale.ROOT, "    ROC AUC %.4f, PR AUC %.4f, F1 at 0.5 %.4f, top feature %s",
                    e.rocAuc(), e.prAuc(), e.f1(), last[0].importance().get(0).feature()));
        }

        CrossValidationResult[] cv = new CrossValidationResult[1];
        measure("Telco 5-fold cross-validation, forest", 1, 2, 15000, () -> {
            cv[0] = training.crossValidate(telco.input(), telco.schema(), TrainingParams.defaults(ModelKind.FOREST), 5,
                    Progress.none());
            return cv[0];
        });
        report.add(String.format(Locale.ROOT, "    ROC AUC %.4f ± %.4f over the folds",
                cv[0].metric("auc_roc").mean(), cv[0].metric("auc_roc").std()));

        TrainingResult forest = training.train(telco.input(), telco.schema(),
                TrainingParams.defaults(ModelKind.FOREST).withImportanceRepeats(0), Progress.none());
        Path modelFile = Path.of("target", "bench", "telco-forest.slm");
        ModelFile.save(modelFile, ModelHeader.of(forest, "bench", "bench"), forest.model());
        ModelInput million = repeat(telco.input(), CUSTOMERS);
        PropensityScoring scoring = new PropensityScoring();
        ScoredCustomers[] scored = new ScoredCustomers[1];
        measure("Score 1,000,000 customers with the saved forest (load model + score, in memory)", 1, 3, 10000, () -> {
            SavedModel saved = load(modelFile);
            scored[0] = scoring.score(saved.model(), million, Progress.none());
            return scored[0];
        });
        assertThat(scored[0].size()).isEqualTo(CUSTOMERS);

        Path csv = writeMillionCsv(file, dir.resolve("customers-1m.csv"));
        Path out = dir.resolve("scores.csv");
        report.add(String.format(Locale.ROOT, "1M-customer CSV: %.1f MB", Files.size(csv) / 1e6));
        long[] stages = new long[5];
        measure("Score the 1M-customer CSV end to end (import, load model, score, write scores.csv)", 1, 2, 0,
                () -> {
                    try {
                        long t0 = System.nanoTime();
                        ImportedTable table = new TableImporter().read(ImportOptions.of(csv)
                                .withRoles(Map.of("customerID", ColumnRole.CUSTOMER_ID)), Progress.none());
                        long t1 = System.nanoTime();
                        SavedModel saved = ModelFile.load(modelFile);
                        long t2 = System.nanoTime();
                        ModelInput input = ModelInputReader.forScoring(table, saved.model().schema()).input();
                        long t3 = System.nanoTime();
                        ScoredCustomers s = scoring.score(saved.model(), input, Progress.none());
                        long t4 = System.nanoTime();
                        ScoresCsv.write(out, s);
                        long t5 = System.nanoTime();
                        long[] now = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4};
                        for (int i = 0; i < now.length; i++) {
                            stages[i] = now[i] / 1_000_000;
                        }
                        return s;
                    } catch (IOException | DataFileException e) {
                        throw new IllegalStateException(e);
                    }
                });
        report.add(String.format(Locale.ROOT, "    last run by stage (wall ms): import CSV %d, load model %d, read features %d, "
                + "score %d, write scores.csv %d", stages[0], stages[1], stages[2], stages[3], stages[4]));

        TopList[] top = new TopList[1];
        measure("Top 0.1% of the 1M customers (1,000) with 3 TreeSHAP drivers each", 1, 2, 0, () -> {
            top[0] = scoring.topList(forest.model(), million, scored[0], 0.1, 3, null, Progress.none());
            return top[0];
        });
        assertThat(top[0].customers()).hasSize(1000);

        report.forEach(System.out::println);
        Path txt = Path.of("target", "bench", "PredictBenchmark.txt");
        Files.createDirectories(txt.getParent());
        Files.write(txt, report, StandardCharsets.UTF_8);
    }

    private void measure(String what, int warmUps, int runs, long goalMillis, Supplier<Object> work) {
        for (int i = 0; i < warmUps; i++) {
            assertThat(work.get()).isNotNull();
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long c0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            assertThat(work.get()).isNotNull();
            wall[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (OS.getProcessCpuTime() - c0) / 1_000_000;
            peak = Math.max(peak, peakHeapBytes());
        }
        long best = Arrays.stream(wall).min().orElse(0);
        report.add(String.format(Locale.ROOT, "%s:%n    wall ms %s, process CPU ms %s; best %d ms%s; peak heap %d MB",
                what, Arrays.toString(wall), Arrays.toString(cpu), best,
                goalMillis > 0 ? " (goal < " + goalMillis + " ms" + (best < goalMillis ? ", met)" : ", NOT met)") : "",
                peak >> 20));
    }

    private static String describe(ModelParams p) {
        switch (p.kind()) {
            case LOGISTIC:
                return "lambda " + p.lambda();
            case FOREST:
                return p.trees() + " trees, depth ≤ " + p.maxDepth() + ", ≤ " + p.maxNodes() + " leaves";
            default:
                return p.trees() + " trees of ≤ " + p.maxNodes() + " leaves, shrinkage " + p.shrinkage();
        }
    }

    private static ImportedTable importTelco(Path file) throws DataFileException {
        return new TableImporter().read(ImportOptions.of(file).withRoles(Map.of("customerID", ColumnRole.CUSTOMER_ID)),
                Progress.none());
    }

    private static SavedModel load(Path file) {
        try {
            return ModelFile.load(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code n} customers made by cycling through the rows of {@code base}, each with its own id. */
    private static ModelInput repeat(ModelInput base, int n) {
        List<String> ids = new ArrayList<>(n);
        double[][] num = new double[n][];
        String[][] cat = new String[n][];
        for (int i = 0; i < n; i++) {
            int from = i % base.rowCount();
            ids.add(String.format(Locale.ROOT, "C%07d", i));
            num[i] = base.numeric().rows()[from];
            cat[i] = base.categorical()[from];
        }
        return new ModelInput(new FeatureMatrix(ids, base.numericNames(), num), base.categoricalNames(), cat, null,
                null);
    }

    /** The Telco file's rows repeated to a million, each with a new customer id. */
    private static Path writeMillionCsv(Path telco, Path file) throws IOException {
        List<String> lines = Files.readAllLines(telco, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(lines.get(0));
            w.write('\n');
            for (int i = 0; i < CUSTOMERS; i++) {
                String line = lines.get(1 + i % (lines.size() - 1));
                w.write(String.format(Locale.ROOT, "C%07d", i));
                w.write(line, line.indexOf(','), line.length() - line.indexOf(','));
                w.write('\n');
            }
        }
        return file;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
