package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;

class ModelFileTest {

    @TempDir
    Path dir;

    private static TrainingResult train(ModelKind kind) {
        ModelInput data = PlantedData.customers(1500, 21);
        TrainingParams params = TrainingParams.defaults(kind).withImportanceRepeats(0)
                .withModel(kind == ModelKind.LOGISTIC ? ModelParams.defaults(kind)
                        : ModelParams.defaults(kind).withTrees(40));
        return new ModelTraining().train(data, PlantedData.schema(), params, Progress.none());
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aSavedModelScoresNewCustomersExactlyAsBeforeSaving(ModelKind kind) throws IOException {
        TrainingResult result = train(kind);
        Path file = dir.resolve("churn.slm");
        ModelFile.save(file, ModelHeader.of(result, "test", "2024-01-01T00:00:00Z"), result.model());

        SavedModel loaded = ModelFile.load(file);
        ModelInput fresh = PlantedData.customers(500, 99);
        ModelInput unlabelled = new ModelInput(fresh.numeric(), fresh.categoricalNames(), fresh.categorical(), null,
                null);
        assertThat(loaded.model().probabilities(unlabelled, Progress.none()))
                .containsExactly(result.model().probabilities(unlabelled, Progress.none()));
        assertThat(loaded.model().explain(unlabelled, 3)).isEqualTo(result.model().explain(unlabelled, 3));
        assertThat(loaded.header().model()).isEqualTo(kind.cliName());
        assertThat(loaded.header().numericFeatures()).containsExactly("tenure_gap", "spend", "noise");
        assertThat(loaded.header().categoricalFeatures()).containsExactly("plan");
        assertThat(loaded.header().seed()).isEqualTo(42);
        assertThat(loaded.header().metrics().get("auc_roc")).isEqualTo(result.evaluation().rocAuc());
        assertThat(loaded.header().positiveValue()).isEqualTo("1");
        // Saved through a temporary file that is gone afterwards.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("churn.slm");
        }
    }

    /** meta.bin spares scoring a JSON reader; the header and profile it gives equal those of the JSON beside it. */
    @Test
    void theBinaryHeaderAndProfileEqualTheJsonOnes() throws IOException {
        TrainingResult result = train(ModelKind.FOREST);
        ModelInput data = PlantedData.customers(1500, 21);
        Path file = dir.resolve("m.slm");
        ModelFile.save(file, ModelHeader.of(result, "0.1.0", "2024-01-01T00:00:00Z"), result.model(),
                TrainingProfile.of(data));
        // the same file without meta.bin, as files written before it are
        Path jsonOnly = dir.resolve("json-only.slm");
        try (var in = new java.util.zip.ZipFile(file.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jsonOnly))) {
            List<String> names = in.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(names).contains("header.json", "model.bin", "profile.json", "meta.bin");
            for (String name : names) {
                if (!name.equals("meta.bin")) {
                    out.putNextEntry(new java.util.zip.ZipEntry(name));
                    out.write(in.getInputStream(in.getEntry(name)).readAllBytes());
                    out.closeEntry();
                }
            }
        }
        SavedModel binary = ModelFile.load(file);
        SavedModel json = ModelFile.load(jsonOnly);
        assertThat(binary.header()).isEqualTo(json.header());
        TrainingProfile a = binary.profile();
        TrainingProfile b = json.profile();
        assertThat(a.rows()).isEqualTo(b.rows()).isEqualTo(1500);
        assertThat(a.numeric()).hasSameSizeAs(b.numeric()).isNotEmpty();
        for (int i = 0; i < a.numeric().size(); i++) {
            assertThat(a.numeric().get(i).name()).isEqualTo(b.numeric().get(i).name());
            assertThat(a.numeric().get(i).edges()).containsExactly(b.numeric().get(i).edges());
            assertThat(a.numeric().get(i).shares()).containsExactly(b.numeric().get(i).shares());
        }
        assertThat(a.categorical()).isEqualTo(b.categorical()).isNotEmpty();
    }

    @Test
    void theHeaderIsPlainJsonInsideTheZip() throws IOException {
        TrainingResult result = train(ModelKind.LOGISTIC);
        Path file = dir.resolve("m.slm");
        ModelFile.save(file, ModelHeader.of(result, "0.1.0", "2024-01-01T00:00:00Z"), result.model());
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            String json = new String(zip.getInputStream(zip.getEntry("header.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(json).contains("\"segmentlabVersion\" : \"0.1.0\"").contains("\"labelColumn\" : \"churn\"")
                    .contains("\"split\" : \"stratified:0.2\"");
        }
    }

    @Test
    void scoringAFileWithoutAFeatureNamesIt() throws IOException {
        TrainingResult result = train(ModelKind.FOREST);
        ModelInput data = PlantedData.customers(10, 1);
        double[][] twoColumns = new double[10][];
        for (int i = 0; i < 10; i++) {
            twoColumns[i] = new double[] {data.numeric().rows()[i][0], data.numeric().rows()[i][2]};
        }
        ModelInput withoutSpend = new ModelInput(new FeatureMatrix(data.customerIds(), List.of("tenure_gap", "noise"),
                twoColumns), List.of("plan"), data.categorical(), null, null);
        assertThatThrownBy(() -> result.model().probabilities(withoutSpend, Progress.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spend");
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithItsName() throws IOException {
        Path text = dir.resolve("notes.slm");
        Files.writeString(text, "customer_id,score\n");
        assertThatThrownBy(() -> ModelFile.load(text)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("notes.slm: not a SegmentLab model file");
        assertThatThrownBy(() -> ModelFile.load(dir.resolve("absent.slm")))
                .hasMessage("absent.slm: no such model file");
    }

    @Test
    void aModelPartHoldingForeignClassesIsNotLoaded() throws IOException {
        TrainingResult result = train(ModelKind.LOGISTIC);
        Path good = dir.resolve("good.slm");
        ModelFile.save(good, ModelHeader.of(result, "test", "now"), result.model());
        byte[] header;
        try (var zip = new java.util.zip.ZipFile(good.toFile())) {
            header = zip.getInputStream(zip.getEntry("header.json")).readAllBytes();
        }
        Path bad = dir.resolve("bad.slm");
        try (OutputStream raw = Files.newOutputStream(bad); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.putNextEntry(new ZipEntry("header.json"));
            zip.write(header);
            zip.putNextEntry(new ZipEntry("model.bin"));
            ObjectOutputStream out = new ObjectOutputStream(zip);
            out.writeObject(URI.create("http://example.org/"));
            out.flush();
        }
        assertThatThrownBy(() -> ModelFile.load(bad)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.slm: the model part holds classes a model never has");
    }
}
