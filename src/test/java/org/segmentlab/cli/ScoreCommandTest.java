package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.predict.ModelFile;
import org.segmentlab.core.predict.ModelInputReader;
import org.segmentlab.core.predict.SavedModel;

class ScoreCommandTest {

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
                "--features", "tenure,spend,tickets,plan", "--model", "forest", "--trees", "40",
                "--save", model.toString())).as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    /** Model files of an older SegmentLab hold Smile's models; they load and score as they did then. */
    @Test
    void modelFilesHoldingSmileModelsScoreAsTheyDidWhenSaved() throws Exception {
        Path fixtures = Path.of("src/test/resources/org/segmentlab/core/predict/smile-models");
        for (String kind : List.of("logistic", "forest", "boosting")) {
            scoresAsWhenSaved(fixtures.resolve("old-" + kind + ".slm"), fixtures.resolve("old-format.csv"),
                    fixtures.resolve("old-" + kind + "-scores.csv"), kind);
        }
    }

    /**
     * Model files that hold the records as Java serialization writes records (before
     * {@code SerialForm}) load and score as they did then; a file saved now holds no record.
     */
    @Test
    void modelFilesHoldingRecordsScoreAsTheyDidWhenSavedAndNewFilesHoldNone() throws Exception {
        Path fixtures = Path.of("src/test/resources/org/segmentlab/core/predict/record-models");
        Path customers = Path.of("src/test/resources/org/segmentlab/core/predict/smile-models/old-format.csv");
        for (String kind : List.of("logistic", "forest", "boosting")) {
            Path old = fixtures.resolve(kind + ".slm");
            assertThat(streamClasses(old)).contains("org.segmentlab.core.predict.ModelHeader");
            scoresAsWhenSaved(old, customers, fixtures.resolve(kind + "-scores.csv"), kind);

            Path fresh = dir.resolve("fresh-" + kind + ".slm");
            assertThat(run("train", "--input", customers.toString(), "--id", "customer_id", "--label", "churned",
                    "--positive", "yes", "--model", kind, "--trees", "5", "--split", "none", "--seed", "3",
                    "--save", fresh.toString())).as(err.toString()).isZero();
            assertThat(streamClasses(fresh)).contains("org.segmentlab.core.predict.SerialForm")
                    .doesNotContain("org.segmentlab.core.predict.ModelHeader",
                            "org.segmentlab.core.predict.TrainingProfile", "org.segmentlab.core.predict.InputSchema");
            scoresAsWhenSaved(fresh, customers, fixtures.resolve(kind + "-scores.csv"), kind);
        }
    }

    /** The class names written into a model file's Java-serialised parts. */
    private static String streamClasses(Path modelFile) throws java.io.IOException {
        StringBuilder names = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(modelFile.toFile())) {
            for (String part : List.of("model.bin", "meta.bin")) {
                byte[] bytes = zip.getInputStream(zip.getEntry(part)).readAllBytes();
                names.append(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return names.toString();
    }

    private void scoresAsWhenSaved(Path modelFile, Path customers, Path expected, String kind) throws Exception {
        Path scores = dir.resolve(kind + ".csv");
        assertThat(run("score", "--model", modelFile.toString(), "--input", customers.toString(), "--out",
                scores.toString())).as(err.toString()).isZero();
        List<String> now = Files.readAllLines(scores);
        List<String> then = Files.readAllLines(expected);
        assertThat(now).hasSize(121).hasSameSizeAs(then);
        for (int i = 1; i < then.size(); i++) {
            String[] a = now.get(i).split(",");
            String[] b = then.get(i).split(",");
            assertThat(a[0]).isEqualTo(b[0]);
            assertThat(Double.parseDouble(a[1])).as("%s %s", kind, a[0])
                    .isCloseTo(Double.parseDouble(b[1]), org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    @Test
    void scoresEveryCustomerWithTheSavedModel() throws Exception {
        Path fresh = ChurnCsv.write(dir.resolve("new.csv"), 300, 12, true);
        Path scores = dir.resolve("scores.csv");
        assertThat(run("score", "--model", model.toString(), "--input", fresh.toString(), "--out", scores.toString()))
                .as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(scores);
        assertThat(lines.get(0)).isEqualTo("customer_id,score");
        assertThat(lines).hasSize(301);
        assertThat(lines.get(1)).matches("K00000,0\\.\\d+");

        SavedModel saved = ModelFile.load(model);
        double[] expected = saved.model().probabilities(ModelInputReader.forScoring(
                new TableImporter().read(ImportOptions.of(fresh), Progress.none()), saved.model().schema()).input(),
                Progress.none());
        for (int i = 0; i < 300; i++) {
            double written = Double.parseDouble(lines.get(i + 1).split(",")[1]);
            // Full precision: the file reads back as the very double the model gave.
            assertThat(written).isEqualTo(expected[i]);
        }
        assertThat(out.toString()).contains("Scored 300 customers with the forest model");
    }

    @Test
    void aFileWithoutAModelFeatureIsAnErrorNamingIt() throws Exception {
        Path noSpend = ChurnCsv.write(dir.resolve("nospend.csv"), 50, 13, false);
        int code = run("score", "--model", model.toString(), "--input", noSpend.toString(),
                "--out", dir.resolve("s.csv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo(
                "segmentlab: nospend.csv: column 'spend' is needed by the model but missing from the file");
        assertThat(Files.exists(dir.resolve("s.csv"))).isFalse();
    }

    @Test
    void aFileThatIsNotAModelIsRefused() throws Exception {
        Path notModel = Files.writeString(dir.resolve("fake.slm"), "hello");
        int code = run("score", "--model", notModel.toString(), "--input", model.toString(),
                "--out", dir.resolve("s.csv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("segmentlab: fake.slm: not a SegmentLab model file");
    }
}
