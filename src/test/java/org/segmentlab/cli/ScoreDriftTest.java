package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.predict.ModelFile;
import org.segmentlab.core.predict.SavedModel;

/** {@code score} compares the scored file's features with the training data kept in the model file. */
class ScoreDriftTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path model;

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void train() throws Exception {
        Path data = ChurnCsv.write(dir.resolve("train.csv"), 800, 11, true);
        model = dir.resolve("model.slm");
        assertThat(run("train", "--input", data.toString(), "--id", "customer_id", "--label", "churned",
                "--features", "tenure,spend,tickets,plan", "--model", "logistic", "--save", model.toString()))
                .as(err.toString()).isZero();
        err.getBuffer().setLength(0);
    }

    @Test
    void theModelFileKeepsTheTrainingDecilesAndCategoryShares() throws Exception {
        SavedModel saved = ModelFile.load(model);
        assertThat(saved.profile()).isNotNull();
        assertThat(saved.profile().rows()).isEqualTo(800);
        assertThat(saved.profile().numeric()).extracting(n -> n.name()).contains("tenure", "spend", "tickets");
        assertThat(saved.profile().numeric().get(0).edges()).hasSize(9);
        assertThat(saved.profile().categorical()).extracting(c -> c.name()).containsExactly("plan");
        double sum = saved.profile().categorical().get(0).shares().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void dataLikeTheTrainingDataScoresWithoutAWarning() throws Exception {
        Path fresh = ChurnCsv.write(dir.resolve("new.csv"), 600, 12, true);
        assertThat(run("score", "--model", model.toString(), "--input", fresh.toString(),
                "--out", dir.resolve("s.csv").toString())).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("drifted");
    }

    @Test
    void aFeatureThatMovedIsNamedWithItsPsiAndRetrain() throws Exception {
        Path fresh = ChurnCsv.write(dir.resolve("new.csv"), 600, 12, true);
        List<String> lines = Files.readAllLines(fresh);
        List<String> moved = new ArrayList<>();
        moved.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            // spend goes up by 100 (every value above the training data's highest), plan becomes premium
            f[2] = f[2].isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(f[2]) + 100);
            f[4] = "premium";
            moved.add(String.join(",", f));
        }
        Path drifted = Files.write(dir.resolve("drifted.csv"), moved);
        assertThat(run("score", "--model", model.toString(), "--input", drifted.toString(),
                "--out", dir.resolve("s.csv").toString())).as(err.toString()).isZero();
        String warnings = err.toString();
        assertThat(warnings).containsPattern("segmentlab: warning: feature spend has drifted from the training data "
                + "\\(PSI \\d+\\.\\d{3} > 0\\.25\\): retrain the model");
        assertThat(warnings).contains("feature plan has drifted");
        assertThat(warnings).doesNotContain("feature tenure").doesNotContain("feature tickets");
        assertThat(Files.readAllLines(dir.resolve("s.csv"))).hasSize(601);
    }

    @Test
    void aModelFileWithoutAProfileStillScoresAndSaysDriftIsNotChecked() throws Exception {
        SavedModel saved = ModelFile.load(model);
        Path old = dir.resolve("old.slm");
        ModelFile.save(old, saved.header(), saved.model());
        assertThat(ModelFile.load(old).profile()).isNull();
        Path fresh = ChurnCsv.write(dir.resolve("new.csv"), 100, 12, true);
        assertThat(run("score", "--model", old.toString(), "--input", fresh.toString(),
                "--out", dir.resolve("s.csv").toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("old.slm keeps no profile of its training data");
    }
}
