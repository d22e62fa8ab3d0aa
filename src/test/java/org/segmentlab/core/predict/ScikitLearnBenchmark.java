package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.SharedDatasets;

/**
 * {@code segmentlab train} + {@code segmentlab score} (two whole processes, as a user runs them) against
 * one Python process that reads the same file, prepares it the same way, fits the scikit-learn
 * counterpart and predicts ({@code sklearn_train.py}, fit on the split {@code --split-out} wrote):
 * Telco, online-shoppers and bank marketing without {@code duration}, each model, three interleaved
 * rounds, median wall seconds. Run {@code mvn package} first, then
 * {@code mvn -Pbench -Dtest=ScikitLearnBenchmark test}; needs {@code /usr/bin/python3} with scikit-learn
 * (Debian's python3-sklearn). Figures go to stdout and {@code target/bench/ScikitLearnBenchmark.txt}
 * with the load average they were taken under. Set {@code -Dbench.launcher=PATH} to time an installed
 * launcher (e.g. {@code target/installer/SegmentLab/bin/segmentlab}) instead of {@code java -jar};
 * {@code -Dbench.data=telco|online|bank}, {@code -Dbench.models=forest,boosting} and
 * {@code -Dbench.rounds=N} narrow a run.
 */
class ScikitLearnBenchmark {

    private static final List<String> REPORT = new ArrayList<>();
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    private static void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[ScikitLearnBenchmark] " + line);
        REPORT.add(line);
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.write(out.resolve("ScikitLearnBenchmark.txt"), REPORT, StandardCharsets.UTF_8);
    }

    private record Data(String name, Path file, String id, String label, String positive, String features) {
    }

    @Test
    void trainAndScoreAgainstScikitLearn() throws Exception {
        Path jar = Path.of("target", "segmentlab.jar").toAbsolutePath();
        String launcher = System.getProperty("bench.launcher");
        assumeTrue(launcher != null || Files.isRegularFile(jar), "target/segmentlab.jar not built: run mvn package first");
        Path python = Path.of("/usr/bin/python3");
        Path time = Path.of("/usr/bin/time");
        assumeTrue(Files.isExecutable(python) && Files.isExecutable(time), "python3 or /usr/bin/time missing");
        Process probe = new ProcessBuilder(python.toString(), "-c", "import sklearn, pandas").start();
        assumeTrue(probe.waitFor() == 0, "python3 has no scikit-learn/pandas (apt-get install python3-sklearn)");
        Path script = Path.of("src/test/resources/org/segmentlab/core/predict/sklearn_train.py").toAbsolutePath();

        Path bank = withoutColumn(ScikitLearnParityTest.withRowNumbers(
                SharedDatasets.require("bank-marketing/bank-additional-full.csv"), ";", dir.resolve("bank-all.csv")),
                ";", "\"duration\"", dir.resolve("bank.csv"));
        List<Data> data = List.of(
                new Data("Telco (7,043)", SharedDatasets.require("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv"),
                        "customerID", "Churn", "Yes", null),
                new Data("online-shoppers (12,330)", ScikitLearnParityTest.withRowNumbers(
                        SharedDatasets.require("online-shoppers/online_shoppers_intention.csv"), ";",
                        dir.resolve("shoppers.csv")), "id", "Revenue", "TRUE", null),
                new Data("bank (41,188)", bank, "id", "y", "yes", null));
        report("JDK %s, %d cores; %s", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                launcher == null ? "java -jar target/segmentlab.jar" : launcher);
        report("| data | model | ROC AUC ours / scikit-learn | seconds ours (train + score) / scikit-learn | load |");
        report("|---|---|---|---|---|");
        String onlyData = System.getProperty("bench.data", "");
        List<String> models = List.of(System.getProperty("bench.models", "logistic,forest,boosting").split(","));
        int rounds = Integer.getInteger("bench.rounds", ROUNDS);
        for (Data d : data) {
            if (!d.name().toLowerCase(Locale.ROOT).startsWith(onlyData.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String model : models) {
                double[] ours = new double[rounds];
                double[] theirs = new double[rounds];
                double oursAuc = Double.NaN;
                String theirsAuc = "";
                double loadBefore = load();
                for (int r = 0; r < rounds; r++) {
                    Path split = dir.resolve("split.csv");
                    Path metrics = dir.resolve("metrics.json");
                    List<String> train = new ArrayList<>(List.of("train", "--input", d.file().toString(), "--id",
                            d.id(), "--label", d.label(), "--positive", d.positive(), "--model", model, "--split",
                            "stratified:0.2", "--seed", "7", "--split-out", split.toString(), "--save",
                            dir.resolve("m.slm").toString(), "--metrics", metrics.toString()));
                    if (d.features() != null) {
                        train.addAll(List.of("--features", d.features()));
                    }
                    double t = timed(command(launcher, jar, train));
                    t += timed(command(launcher, jar, List.of("score", "--input", d.file().toString(), "--model",
                            dir.resolve("m.slm").toString(), "--out", dir.resolve("scores.csv").toString())));
                    ours[r] = t;
                    oursAuc = new ObjectMapper().readTree(metrics.toFile()).get("auc_roc").asDouble();
                    Path said = dir.resolve("sklearn.txt");
                    theirs[r] = timed(List.of(python.toString(), script.toString(), d.file().toString(), d.id(),
                            sklearnLabel(d), sklearnPositive(d), split.toString(), model), said);
                    theirsAuc = Files.readString(said).replaceAll("(?s).*roc_auc (\\S+).*", "$1");
                }
                report("| %s | %s | %.4f / %s | %.2f / %.2f | %.1f–%.1f |", d.name(), model, oursAuc, theirsAuc,
                        median(ours), median(theirs), loadBefore, load());
            }
        }
    }

    /**
     * A copy without one column (bank's {@code duration}, known only after the call), so both sides
     * read the same file; the bank file quotes its text and has no delimiter inside a field.
     */
    private static Path withoutColumn(Path source, String delimiter, String header, Path out) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int drop = List.of(lines.get(0).split(delimiter, -1)).indexOf(header);
        assertThat(drop).as("column %s of %s", header, source).isNotNegative();
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(List.of(line.split(delimiter, -1)));
            fields.remove(drop);
            kept.add(String.join(delimiter, fields));
        }
        Files.write(out, kept, StandardCharsets.UTF_8);
        return out;
    }

    private static String sklearnLabel(Data d) {
        return d.label();
    }

    /** pandas reads online-shoppers' TRUE/FALSE as booleans, which the script compares as the text "True". */
    private static String sklearnPositive(Data d) {
        return d.name().startsWith("online") ? "True" : d.positive();
    }

    private static List<String> command(String launcher, Path jar, List<String> args) {
        List<String> out = new ArrayList<>(launcher == null ? List.of("java", "-jar", jar.toString())
                : List.of(launcher));
        out.addAll(args);
        return out;
    }

    private static double timed(List<String> command) throws Exception {
        return timed(command, null);
    }

    /** Wall seconds of a command, its stdout kept in {@code stdout} when given. */
    private static double timed(List<String> command, Path stdout) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        long t0 = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(p.exitValue()).as("%s", command).isZero();
        return seconds;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
