package org.segmentlab.core.predict;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.testing.SharedDatasets;

class ScratchE2eTest {
    @Test
    void explore() throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path f = SharedDatasets.require("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
        var t = new TableImporter().read(ImportOptions.of(f).withRoles(Map.of("customerID", ColumnRole.CUSTOMER_ID)), Progress.none());
        var read = ModelInputReader.forTraining(t, ModelInputSpec.of("customerID", "Churn", List.of()).withPositiveValue("Yes"));
        TrainedModel m = new ModelTraining().train(read.input(), read.schema(), TrainingParams.defaults(ModelKind.FOREST).withImportanceRepeats(0), Progress.none()).model();
        Path csv = Path.of("target/bench/scratch-1m.csv");
        Files.createDirectories(csv.getParent());
        List<String> lines = Files.readAllLines(f);
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write(lines.get(0)); w.write('\n');
            for (int i = 0; i < 1_000_000; i++) { String l = lines.get(1 + i % 7043); w.write(String.format(Locale.ROOT, "C%07d", i)); w.write(l, l.indexOf(','), l.length() - l.indexOf(',')); w.write('\n'); }
        }
        for (int rep = 0; rep < 3; rep++) {
            long c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
            var table = new TableImporter().read(ImportOptions.of(csv).withRoles(Map.of("customerID", ColumnRole.CUSTOMER_ID)), Progress.none());
            long c1 = os.getProcessCpuTime(), w1 = System.nanoTime();
            ModelInput in = ModelInputReader.forScoring(table, m.schema()).input();
            long c2 = os.getProcessCpuTime(), w2 = System.nanoTime();
            ScoredCustomers s = new PropensityScoring().score(m, in, Progress.none());
            long c3 = os.getProcessCpuTime(), w3 = System.nanoTime();
            ScoresCsv.write(Path.of("target/bench/scratch-scores.csv"), s);
            long c4 = os.getProcessCpuTime(), w4 = System.nanoTime();
            TopList top = new PropensityScoring().topList(m, in, s, 0.1, 3, null, Progress.none());
            long c5 = os.getProcessCpuTime(), w5 = System.nanoTime();
            System.out.printf("import %d/%d  read %d/%d  score %d/%d  write %d/%d  top %d/%d (cpu/wall ms) load %.1f%n",
                (c1-c0)/1000000, (w1-w0)/1000000, (c2-c1)/1000000, (w2-w1)/1000000, (c3-c2)/1000000, (w3-w2)/1000000, (c4-c3)/1000000, (w4-w3)/1000000, (c5-c4)/1000000, (w5-w4)/1000000, os.getSystemLoadAverage());
        }
    }
}
